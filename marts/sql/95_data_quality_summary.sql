-- mart.data_quality_summary
-- Grain: one row, the warehouse. The headline figures of the data-quality
-- page and the footer of every page, over the source batches in force (not
-- replaced; meta.batches, as mart.data_quality's 'semua' rows):
--   batch_berlaku: batches in force; batch_diganti: batches replaced by a
--   later one (their rows are gone);
--   dimuat_terakhir: when the latest batch in force was loaded (WIB);
--   jenis_sumber: the kinds of source the batches in force hold
--   (employees, appraisals, ...), sorted and ','-separated ('' with none);
--   baris_dibaca, baris_dimuat, baris_karantina: rows read, loaded and
--   quarantined by the batches in force;
--   penilaian_disisihkan: appraisals the transform set aside
--   (core.appraisal_set_aside with a known reason; mart.set_aside_reason
--   per reason and region).
CREATE OR REPLACE TABLE mart.data_quality_summary AS
SELECT
    CAST(count(*) FILTER (WHERE replaced_by IS NULL) AS BIGINT) AS batch_berlaku,
    CAST(count(*) FILTER (WHERE replaced_by IS NOT NULL) AS BIGINT) AS batch_diganti,
    max(loaded_at) FILTER (WHERE replaced_by IS NULL) AS dimuat_terakhir,
    coalesce(string_agg(DISTINCT kind, ',' ORDER BY kind) FILTER (WHERE replaced_by IS NULL), '') AS jenis_sumber,
    CAST(coalesce(sum(rows_read) FILTER (WHERE replaced_by IS NULL), 0) AS BIGINT) AS baris_dibaca,
    CAST(coalesce(sum(rows_loaded) FILTER (WHERE replaced_by IS NULL), 0) AS BIGINT) AS baris_dimuat,
    CAST(coalesce(sum(rows_quarantined) FILTER (WHERE replaced_by IS NULL), 0) AS BIGINT) AS baris_karantina,
    (SELECT CAST(count(*) AS BIGINT) FROM core.appraisal_set_aside x JOIN core.ref_alasan_sisih r USING (alasan)) AS penilaian_disisihkan
FROM meta.batches;

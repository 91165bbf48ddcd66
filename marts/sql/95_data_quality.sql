-- mart.data_quality
-- Grain: one source batch (batch_id, a file loaded once; source and kind
-- name it) x periode. Every batch has one row with periode = 'semua' (the
-- whole batch); an appraisals batch has in addition one row per appraisal
-- period its rows cover.
--   baris_dibaca, baris_dimuat, baris_karantina: rows read, loaded into the
--     raw layer, and quarantined (on 'semua' rows: read = loaded +
--     quarantined; on period rows only baris_dimuat, the rows of the batch
--     for that period);
--   diganti_oleh: the batch that replaced this one (its rows are gone), NULL
--     while it is current;
--   alasan_karantina: the quarantine reasons of the batch, 'field: reason
--     (count)', most frequent first, '; '-separated (NULL when none);
--   predikat_kontradiksi: official (atasan) rows of the batch and period
--     whose written predikat contradicts the matrix (kept, not overwritten);
--     on the 'semua' row, those of the whole batch (every period);
--   pegawai, pegawai_dinilai, cakupan_persen (period rows only): the people
--     assigned to a unit on the period's last day, how many of them have an
--     atasan appraisal for the period (from any batch), and that share in %:
--     the coverage of the period.
-- A refresh from year Y recomputes every batch's 'semua' row, the period
-- rows of Y on, and every row of a batch replaced since (its rows are
-- gone): the period rows before Y count rows of unchanged batches only.
-- refresh: coalesce(tanggal_mulai >= {{start}}, true) OR batch_id IN (SELECT batch_id FROM meta.batches WHERE replaced_by IS NOT NULL)
CREATE OR REPLACE TABLE mart.data_quality AS
WITH q AS (
    SELECT batch_id,
        string_agg(field || ': ' || reason || ' (' || n || ')', '; ' ORDER BY n DESC, field, reason) AS alasan_karantina
    FROM (SELECT batch_id, coalesce(field, '-') AS field, reason, count(*) AS n FROM meta.quarantine GROUP BY ALL)
    GROUP BY batch_id
),
contra_batch AS (
    SELECT _batch AS batch_id, count(*) FILTER (WHERE predikat_kontradiksi) AS predikat_kontradiksi
    FROM core.fact_appraisal WHERE sumber = 'atasan' GROUP BY ALL
),
per_batch AS (
    SELECT b.batch_id, b.source, b.kind, b.path, b.loaded_at, b.replaced_by AS diganti_oleh,
           'semua' AS periode, CAST(NULL AS VARCHAR) AS jenis_periode, CAST(NULL AS DATE) AS tanggal_mulai,
           b.rows_read AS baris_dibaca, b.rows_loaded AS baris_dimuat, b.rows_quarantined AS baris_karantina,
           q.alasan_karantina,
           CASE WHEN b.kind = 'appraisals' THEN coalesce(cb.predikat_kontradiksi, 0) END AS predikat_kontradiksi
    FROM meta.batches b LEFT JOIN q USING (batch_id) LEFT JOIN contra_batch cb USING (batch_id)
),
appr_rows AS (
    SELECT _batch AS batch_id, periode, count(*) AS baris_dimuat FROM raw.appraisals
    WHERE coalesce(periode >= '{{year}}', true) OR periode NOT IN (SELECT periode FROM core.dim_period)
    GROUP BY ALL
),
contra AS (
    SELECT _batch AS batch_id, periode, count(*) FILTER (WHERE predikat_kontradiksi) AS predikat_kontradiksi
    FROM core.fact_appraisal WHERE sumber = 'atasan' AND tanggal_mulai >= {{start}} GROUP BY ALL
),
coverage AS (
    SELECT p.periode,
        (SELECT count(DISTINCT e.nip) FROM core.dim_employee e
          WHERE p.tanggal_selesai >= e.berlaku_mulai AND (e.berlaku_sampai IS NULL OR p.tanggal_selesai <= e.berlaku_sampai)) AS pegawai,
        (SELECT count(DISTINCT f.nip) FROM core.fact_appraisal f JOIN core.dim_employee e ON e.nip = f.nip
          WHERE f.periode = p.periode AND f.sumber = 'atasan'
            AND p.tanggal_selesai >= e.berlaku_mulai AND (e.berlaku_sampai IS NULL OR p.tanggal_selesai <= e.berlaku_sampai)) AS pegawai_dinilai
    FROM core.dim_period p
    WHERE p.periode IN (SELECT DISTINCT periode FROM raw.appraisals) AND p.tanggal_mulai >= {{start}}
),
per_period AS (
    SELECT b.batch_id, b.source, b.kind, b.path, b.loaded_at, b.replaced_by AS diganti_oleh,
           a.periode, p.jenis_periode, p.tanggal_mulai,
           CAST(NULL AS BIGINT) AS baris_dibaca, a.baris_dimuat, CAST(NULL AS BIGINT) AS baris_karantina,
           CAST(NULL AS VARCHAR) AS alasan_karantina,
           coalesce(c.predikat_kontradiksi, 0) AS predikat_kontradiksi,
           cv.pegawai, cv.pegawai_dinilai
    FROM appr_rows a
    JOIN meta.batches b USING (batch_id)
    LEFT JOIN core.dim_period p ON p.periode = a.periode
    LEFT JOIN contra c ON c.batch_id = a.batch_id AND c.periode = a.periode
    LEFT JOIN coverage cv ON cv.periode = a.periode
)
SELECT batch_id, source, kind, path, loaded_at, diganti_oleh, periode, jenis_periode, tanggal_mulai,
       baris_dibaca, baris_dimuat, baris_karantina, alasan_karantina,
       CAST(predikat_kontradiksi AS BIGINT) AS predikat_kontradiksi,
       CAST(pegawai AS BIGINT) AS pegawai, CAST(pegawai_dinilai AS BIGINT) AS pegawai_dinilai,
       100.0 * pegawai_dinilai / nullif(pegawai, 0) AS cakupan_persen
FROM (
    SELECT *, CAST(NULL AS BIGINT) AS pegawai,
           CAST(NULL AS BIGINT) AS pegawai_dinilai
    FROM per_batch
    UNION ALL BY NAME
    SELECT * FROM per_period
);

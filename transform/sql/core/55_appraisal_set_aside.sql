-- core.appraisal_set_aside: grain = one appraisal of stg.appraisals (same
-- key as core.fact_appraisal) that cannot be placed in a known unit, and is
-- therefore kept out of core.fact_appraisal and every mart built on it:
--   nip_tidak_dikenal          the NIP is in no employees file;
--   penugasan_setelah_periode  the person's first assignment starts after
--                              the period's last day;
--   unit_tidak_dikenal         the kode_unit the source gives (or, failing
--                              that, the one of the assignment) is in no
--                              units file.
-- An explicit kode_unit of a known unit places the row whatever the
-- employees files say, as in core.fact_appraisal. Together the two tables
-- hold every staged appraisal of a known period (test
-- rekonsiliasi_appraisal_staging); relasi_appraisal_penugasan fails the
-- transform when the set-aside rows are more than 0.5 % of the staged ones.
--   kode_unit: what the source gave (NULL when it gave none);
--   kode_wilayah: the region of the person's unit at the period's end, else
--     of their first assignment (NULL for an unknown NIP): where the row
--     would most likely have counted;
--   penugasan_pertama: the day the person's first assignment starts;
--   _batch, _line: the batch (meta.batches: source and file) and the line.
-- Only the people without an assignment at the period's end, or with a unit
-- unknown to core.dim_unit, are looked at: the rows of those (nip, periode)
-- pairs are de-duplicated here by the rule of stg.appraisals_since (latest
-- batch, then latest line, per nip, periode, sumber and rater), which gives
-- the same winners because nip and periode are part of that key.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE core.appraisal_set_aside AS
WITH first_assignment AS (
    SELECT nip, min(berlaku_mulai) AS penugasan_pertama, arg_min(kode_unit, berlaku_mulai) AS kode_unit_pertama,
           bool_or(kode_unit NOT IN (SELECT kode_unit FROM core.dim_unit)) AS unit_tak_dikenal
    FROM core.dim_employee GROUP BY nip
),
pairs AS (
    SELECT DISTINCT r.nip, p.periode, p.tanggal_selesai,
           r.kode_unit IS NOT NULL AND r.kode_unit NOT IN (SELECT kode_unit FROM core.dim_unit) AS unit_sumber_tak_dikenal
    FROM raw.appraisals r JOIN core.dim_period p ON p.periode = r.periode
    WHERE r.periode >= '{{year}}'
),
candidates AS (
    SELECT DISTINCT pr.nip, pr.periode
    FROM pairs pr LEFT JOIN first_assignment f ON f.nip = pr.nip
    WHERE f.nip IS NULL OR f.penugasan_pertama > pr.tanggal_selesai OR f.unit_tak_dikenal OR pr.unit_sumber_tak_dikenal
),
winners AS (
    SELECT * EXCLUDE (rn) REPLACE (coalesce(sumber, 'atasan') AS sumber) FROM (
        SELECT r.*, row_number() OVER (
                   PARTITION BY r.nip, r.periode, coalesce(r.sumber, 'atasan'),
                                CASE WHEN coalesce(r.sumber, 'atasan') = 'atasan' THEN '' ELSE coalesce(r.nip_penilai, '') END
                   ORDER BY r._batch DESC, r._line DESC) AS rn
        FROM raw.appraisals r SEMI JOIN candidates c ON c.nip = r.nip AND c.periode = r.periode
        WHERE r.periode >= '{{year}}'
    ) WHERE rn = 1
),
placed AS (
    SELECT a.*, p.jenis_periode, p.tahun, p.tanggal_mulai, p.tanggal_selesai, e.kode_unit AS kode_unit_penugasan
    FROM winners a
    JOIN core.dim_period p ON p.periode = a.periode
    ASOF LEFT JOIN core.dim_employee e ON e.nip = a.nip AND p.tanggal_selesai >= e.berlaku_mulai
)
SELECT
    a.nip,
    a.periode,
    a.jenis_periode,
    a.tahun,
    a.tanggal_mulai,
    a.tanggal_selesai,
    a.sumber,
    a.nip_penilai,
    a.kode_unit,
    r.alasan,
    r.keterangan,
    r.keterangan_en,
    coalesce(ue.kode_wilayah, uf.kode_wilayah) AS kode_wilayah,
    f.penugasan_pertama,
    a._batch,
    a._line
FROM placed a
LEFT JOIN first_assignment f ON f.nip = a.nip
LEFT JOIN core.dim_unit u ON u.kode_unit = coalesce(a.kode_unit, a.kode_unit_penugasan)
LEFT JOIN core.dim_unit ue ON ue.kode_unit = a.kode_unit_penugasan
LEFT JOIN core.dim_unit uf ON uf.kode_unit = f.kode_unit_pertama
JOIN core.ref_alasan_sisih r ON r.alasan = CASE
    WHEN a.kode_unit IS NOT NULL THEN 'unit_tidak_dikenal'
    WHEN f.nip IS NULL THEN 'nip_tidak_dikenal'
    WHEN a.kode_unit_penugasan IS NULL THEN 'penugasan_setelah_periode'
    ELSE 'unit_tidak_dikenal' END
WHERE u.kode_unit IS NULL;

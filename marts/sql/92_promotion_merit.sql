-- mart.promotion_merit
-- Grain: one promotion: a person (nip) x the date a new assignment took
-- effect (tanggal_kenaikan = berlaku_mulai) where, against the person's
-- previous assignment in core.dim_employee, the jabatan moved up a jenjang
-- (core.ref_jenjang_jabatan: Pemula < Terampil < Mahir < Penyelia < Ahli
-- Pertama < Muda < Madya < Utama) or the golongan rose (core.golongan_urutan;
-- PNS and PPPK grades are not compared with each other). A move between units
-- at the same jenjang and golongan is not a promotion. jenis_kenaikan:
-- jabatan | golongan | jabatan_dan_golongan.
-- The merit check, on what was known before the promotion:
--   periode_sebelum, predikat_sebelum: the person's latest atasan appraisal
--     that ended before tanggal_kenaikan (an annual one wins over a quarter
--     ending the same day);
--   potensi_sebelum: the latest talent assessment of the promotion's year or
--     earlier (assessments are dated by year only);
--   kotak_9_sebelum: the 9-box of those two (as in mart.talent_pool);
--   status_merit: dalam_kelompok_promosi (box 7-9) | di_luar_kelompok_promosi
--     (box 1-6) | data_tidak_lengkap (no appraisal or no assessment before);
--   ditandai: true when the person was promoted from outside the promotion
--     pool (di_luar_kelompok_promosi): the favouritism check the source
--     documents ask for.
CREATE OR REPLACE TABLE mart.promotion_merit AS
WITH e AS (
    SELECT e.*,
        (SELECT arg_min(j.jenjang, j.urutan_pola) FROM core.ref_jenjang_jabatan j WHERE contains(e.jabatan, j.pola)) AS jenjang,
        core.golongan_urutan(e.golongan) AS gol
    FROM core.dim_employee e
),
pairs AS (
    SELECT e.*,
        lag(e.jabatan) OVER w AS jabatan_lama, lag(e.jenjang) OVER w AS jenjang_lama,
        lag(e.golongan) OVER w AS golongan_lama, lag(e.gol) OVER w AS gol_lama,
        lag(e.kode_unit) OVER w AS kode_unit_lama
    FROM e WINDOW w AS (PARTITION BY nip ORDER BY berlaku_mulai)
),
naik AS (
    SELECT *,
        coalesce(jenjang > jenjang_lama, false) AS naik_jabatan,
        coalesce(gol > gol_lama AND (gol >= 100) = (gol_lama >= 100), false) AS naik_golongan
    FROM pairs
    WHERE kode_unit_lama IS NOT NULL OR jabatan_lama IS NOT NULL OR golongan_lama IS NOT NULL
),
promo AS MATERIALIZED (SELECT * FROM naik WHERE naik_jabatan OR naik_golongan),
appr AS (
    -- one appraisal per person and end date (annual before quarter), of the
    -- promoted people only: a few percent of the atasan appraisals to sort
    SELECT * FROM (
        SELECT nip, periode, predikat, CAST(tanggal_selesai AS DATE) AS tanggal_selesai,
               row_number() OVER (PARTITION BY nip, tanggal_selesai ORDER BY tanggal_mulai) AS rn
        FROM core.fact_appraisal WHERE sumber = 'atasan' AND nip IN (SELECT nip FROM promo)
    ) WHERE rn = 1
),
checked AS (
    SELECT p.*, a.periode AS periode_sebelum, a.predikat AS predikat_sebelum, pt.potensi AS potensi_sebelum
    FROM promo p
    ASOF LEFT JOIN appr a ON a.nip = p.nip AND p.berlaku_mulai > a.tanggal_selesai
    ASOF LEFT JOIN core.fact_potential pt ON pt.nip = p.nip AND year(p.berlaku_mulai) >= pt.tahun
)
SELECT
    c.nip, c.nama, c.jenis_asn, c.berlaku_mulai AS tanggal_kenaikan, CAST(year(c.berlaku_mulai) AS INTEGER) AS tahun,
    CASE WHEN c.naik_jabatan AND c.naik_golongan THEN 'jabatan_dan_golongan'
         WHEN c.naik_jabatan THEN 'jabatan' ELSE 'golongan' END AS jenis_kenaikan,
    c.jabatan_lama, c.jabatan AS jabatan_baru, c.golongan_lama, c.golongan AS golongan_baru,
    c.kode_unit_lama, c.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    c.periode_sebelum, c.predikat_sebelum, kt.kinerja AS kinerja_sebelum, c.potensi_sebelum,
    b.kotak AS kotak_9_sebelum,
    CASE WHEN b.kotak IS NULL THEN 'data_tidak_lengkap'
         WHEN b.kelompok_promosi THEN 'dalam_kelompok_promosi'
         ELSE 'di_luar_kelompok_promosi' END AS status_merit,
    coalesce(NOT b.kelompok_promosi, false) AS ditandai
FROM checked c
LEFT JOIN core.ref_kinerja_talenta kt ON kt.predikat = c.predikat_sebelum
LEFT JOIN core.ref_kotak_9 b ON b.kinerja = kt.kinerja AND b.potensi = c.potensi_sebelum
LEFT JOIN core.dim_unit u ON u.kode_unit = c.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah;

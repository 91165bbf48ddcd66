-- mart.talent_pool
-- Grain: one person (nip) x year (tahun) with an atasan appraisal or a
-- talent assessment (potensi) in that year.
-- The year's performance is the reference appraisal: the annual atasan
-- appraisal (periode_acuan = the year), else the person's latest atasan
-- appraisal of the year. kinerja (the 9-box's performance axis) is read off
-- its predikat (core.ref_kinerja_talenta: Sangat Baik = di_atas, Baik =
-- sesuai, the rest di_bawah). potensi is the year's talent assessment
-- (rendah | menengah | tinggi).
-- kotak_9 is the box of PermenPANRB 3/2020 (core.ref_kotak_9): 1 = di
-- bawah + rendah, 2 = sesuai + rendah, 3 = di bawah + menengah, 4 = di atas +
-- rendah, 5 = sesuai + menengah, 6 = di bawah + tinggi, 7 = di atas +
-- menengah, 8 = sesuai + tinggi, 9 = di atas + tinggi; NULL when kinerja or
-- potensi is missing. kelompok_promosi: in boxes 7-9 (false when kotak_9 is
-- NULL). kode_unit is the unit of the reference appraisal, else the unit the
-- person was assigned to on 31 December.
-- Everything here is per year, so a refresh reads only the years it
-- recomputes.
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.talent_pool AS
WITH acuan AS NOT MATERIALIZED (SELECT * FROM core.reference_appraisals({{year}})),
keys AS (
    SELECT nip, tahun FROM acuan UNION SELECT nip, tahun FROM core.fact_potential WHERE tahun >= {{year}}
)
SELECT
    k.nip, e.nama, e.jenis_asn, e.jabatan, e.golongan,
    CAST(k.tahun AS INTEGER) AS tahun,
    coalesce(a.kode_unit, e.kode_unit) AS kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    a.periode AS periode_acuan, a.predikat, kt.kinerja, pt.potensi,
    b.kotak AS kotak_9,
    coalesce(b.kelompok_promosi, false) AS kelompok_promosi
FROM keys k
LEFT JOIN acuan a ON a.nip = k.nip AND a.tahun = k.tahun
LEFT JOIN core.fact_potential pt ON pt.nip = k.nip AND pt.tahun = k.tahun
LEFT JOIN core.ref_kinerja_talenta kt ON kt.predikat = a.predikat
LEFT JOIN core.ref_kotak_9 b ON b.kinerja = kt.kinerja AND b.potensi = pt.potensi
ASOF LEFT JOIN core.dim_employee e ON e.nip = k.nip AND make_date(CAST(k.tahun AS INTEGER), 12, 31) >= e.berlaku_mulai
LEFT JOIN core.dim_unit u ON u.kode_unit = coalesce(a.kode_unit, e.kode_unit)
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah;

-- pelatihan.html "Pegawai di bawah ekspektasi per nilai BerAKHLAK · <year>":
-- per value the people of every region rated below expectation on it
-- (mart.training_needs, one name per value in nilai_di_bawah); the table
-- and CSV (one per year) per region, with its people (training_needs_unit).
WITH below AS (
    SELECT kode_wilayah, tahun, nilai, sum(n) AS n FROM pd_below() GROUP BY ALL
), reg AS (
    SELECT kode_wilayah, tahun, sum(pegawai) AS pegawai FROM mart.training_needs_unit
    WHERE kode_wilayah IN (SELECT kode_wilayah FROM mart.region_summary) GROUP BY ALL
), g AS (
    SELECT r.kode_wilayah, r.tahun, v.nilai, coalesce(b.n, 0) AS n
    FROM reg r CROSS JOIN pd_values() v
    LEFT JOIN below b ON b.kode_wilayah = r.kode_wilayah AND b.tahun = r.tahun AND b.nilai = v.nilai
)
SELECT 'chart' AS target, 'pelatihan.html' AS page, tahun::VARCHAR AS variant, nilai AS k, '0' AS s, pd_people(sum(n)) AS v
FROM g GROUP BY tahun, nilai
UNION ALL
SELECT 'csv', 'data/pelatihan_nilai_' || tahun || '.csv', '', kode_wilayah, nilai, pd_people(n) FROM g
UNION ALL
SELECT 'csv', 'data/pelatihan_nilai_' || tahun || '.csv', '', kode_wilayah, 'pegawai', pd_people(pegawai) FROM reg;

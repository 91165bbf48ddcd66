-- unit/<kode>.html "Pegawai di bawah ekspektasi per nilai BerAKHLAK ·
-- <year>": per year of the unit's training needs, the people rated below
-- expectation on each of the seven values (mart.training_needs, one name
-- per value in nilai_di_bawah), 0 when nobody.
WITH g AS (
    SELECT u.kode_unit, u.kode_wilayah, u.tahun, v.nilai, pd_people(coalesce(b.n, 0)) AS v
    FROM mart.training_needs_unit u CROSS JOIN pd_values() v
    LEFT JOIN pd_below() b ON b.kode_unit = u.kode_unit AND b.tahun = u.tahun AND b.nilai = v.nilai
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, tahun::VARCHAR AS variant, nilai AS k, '0' AS s, v
FROM g
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_pelatihan_nilai.csv', '', kode_unit || '|' || tahun, nilai, v
FROM g;

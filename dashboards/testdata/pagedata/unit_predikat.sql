-- unit/<kode>.html "Distribusi predikat per periode (%)": the unit's
-- predikat counts per quarter, the chart drawing each predikat's share of
-- the appraised, the table and CSV (the region's units' shared file) the
-- counts; each masked as mart.unit_performance's flags say ('<5'
-- kelompok_kecil, '×' pelindung).
WITH cells AS (
    SELECT kode_unit, kode_wilayah, periode, pegawai_dinilai AS n, pegawai_dinilai_alasan_ditahan AS a_n, unnest([
        {c: 'sangat_baik', i: '0', part: jumlah_sangat_baik, a: sangat_baik_alasan_ditahan},
        {c: 'baik', i: '1', part: jumlah_baik, a: baik_alasan_ditahan},
        {c: 'butuh_perbaikan', i: '2', part: jumlah_butuh_perbaikan, a: butuh_perbaikan_alasan_ditahan},
        {c: 'kurang', i: '3', part: jumlah_kurang, a: kurang_alasan_ditahan},
        {c: 'sangat_kurang', i: '4', part: jumlah_sangat_kurang, a: sangat_kurang_alasan_ditahan}]) AS x
    FROM mart.unit_performance
    WHERE jenis_periode = 'triwulan'
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, periode AS k, x.i AS s,
       pd_masked(x.a, pd_share(x.part, n, 1)) AS v
FROM cells
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_predikat.csv', '', kode_unit || '|' || periode, x.c, pd_masked(x.a, pd_people(x.part))
FROM cells
UNION ALL
SELECT DISTINCT 'csv', 'data/unit/' || kode_wilayah || '_predikat.csv', '', kode_unit || '|' || periode, 'pegawai_dinilai', pd_masked(a_n, pd_people(n))
FROM cells;

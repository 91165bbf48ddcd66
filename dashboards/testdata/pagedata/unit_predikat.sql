-- unit/<kode>.html "Distribusi predikat per periode (%)": the unit's
-- predikat counts per quarter, the chart drawing each predikat's share of
-- the appraised, the table and CSV (the region's units' shared file) the
-- counts.
WITH cells AS (
    SELECT kode_unit, kode_wilayah, periode, pegawai_dinilai AS n, unnest([
        {c: 'sangat_baik', i: '0', part: jumlah_sangat_baik}, {c: 'baik', i: '1', part: jumlah_baik},
        {c: 'butuh_perbaikan', i: '2', part: jumlah_butuh_perbaikan}, {c: 'kurang', i: '3', part: jumlah_kurang},
        {c: 'sangat_kurang', i: '4', part: jumlah_sangat_kurang}]) AS x
    FROM mart.unit_performance
    WHERE jenis_periode = 'triwulan'
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, periode AS k, x.i AS s,
       pd_share(x.part, n, 1) AS v
FROM cells
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_predikat.csv', '', kode_unit || '|' || periode, x.c, pd_people(x.part)
FROM cells
UNION ALL
SELECT DISTINCT 'csv', 'data/unit/' || kode_wilayah || '_predikat.csv', '', kode_unit || '|' || periode, 'pegawai_dinilai', pd_people(n)
FROM cells;

-- wilayah/<kode>.html "Distribusi predikat per periode (%)": the region's
-- predikat counts per quarter (every unit's summed), the chart drawing each
-- predikat's share of the appraised, the table and CSV the counts.
WITH r AS (
    SELECT kode_wilayah, periode, min(tanggal_mulai) AS mulai,
           sum(pegawai_dinilai) AS n, sum(jumlah_sangat_baik) AS sb, sum(jumlah_baik) AS b,
           sum(jumlah_butuh_perbaikan) AS bp, sum(jumlah_kurang) AS k, sum(jumlah_sangat_kurang) AS sk
    FROM mart.unit_performance
    WHERE jenis_periode = 'triwulan'
    GROUP BY kode_wilayah, periode
), cells AS (
    SELECT kode_wilayah, periode, unnest([
        {c: 'sangat_baik', i: '0', part: sb}, {c: 'baik', i: '1', part: b},
        {c: 'butuh_perbaikan', i: '2', part: bp}, {c: 'kurang', i: '3', part: k},
        {c: 'sangat_kurang', i: '4', part: sk}]) AS x, n
    FROM r
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, '' AS variant, periode AS k, x.i AS s,
       pd_share(x.part, n, 1) AS v
FROM cells
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_predikat.csv', '', periode, x.c, pd_people(x.part)
FROM cells
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_predikat.csv', '', periode, 'pegawai_dinilai', pd_people(n)
FROM r;

-- perbandingan.html "IKM per wilayah dan triwulan": a heatmap of quarter x
-- kab/kota, each cell the IKM (mart.region_benchmark); the table and CSV a
-- row per region, a column per quarter. The cell shows what the table
-- shows (two decimals).
WITH b AS (
    SELECT * FROM mart.region_benchmark
    WHERE jenis_periode = 'triwulan' AND kode_wilayah IN (SELECT kode_wilayah FROM mart.region_summary)
)
SELECT 'chart' AS target, 'perbandingan.html' AS page, '' AS variant, periode || '|' || nama_wilayah AS k, '0' AS s, pd_num(ikm, 2) AS v FROM b
UNION ALL
SELECT 'csv', 'data/perbandingan_heatmap_ikm.csv', '', kode_wilayah, periode, pd_num(ikm, 2) FROM b;

-- perbandingan.html "Sebaran % Sangat Baik antar unit dalam wilayah": per
-- kab/kota a box of its units' % Sangat Baik in the latest quarter: the
-- 10th, 25th, 50th, 75th and 90th percentile over EVERY appraised unit,
-- computed here from mart.unit_performance (issue 12: the statistic is on
-- full data, not on the units whose figure is shown).
WITH latest AS (
    SELECT max(tanggal_mulai) AS mulai FROM mart.unit_performance WHERE jenis_periode = 'triwulan'
), s AS (
    SELECT u.kode_wilayah, any_value(u.nama_wilayah) AS nama_wilayah, count(*) AS units,
           quantile_cont(u.persen_sangat_baik, [0.1, 0.25, 0.5, 0.75, 0.9]) AS q
    FROM mart.unit_performance u, latest
    WHERE u.jenis_periode = 'triwulan' AND u.tanggal_mulai = latest.mulai AND u.pegawai_dinilai > 0
    GROUP BY u.kode_wilayah
)
SELECT 'chart' AS target, 'perbandingan.html' AS page, '' AS variant, nama_wilayah AS k, (i - 1)::VARCHAR AS s,
       pd_num(q[i], 1) AS v
FROM s, range(1, 6) AS t(i)
UNION ALL
SELECT 'csv', 'data/perbandingan_sebaran_unit.csv', '', kode_wilayah, ['p10', 'q1', 'median', 'q3', 'p90'][i], pd_num(q[i], 1)
FROM s, range(1, 6) AS t(i)
UNION ALL
SELECT 'csv', 'data/perbandingan_sebaran_unit.csv', '', kode_wilayah, 'unit', units::VARCHAR FROM s;

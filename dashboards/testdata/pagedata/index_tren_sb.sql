-- index.html "% Sangat Baik per triwulan": one line per region (series by
-- region name), per quarter its % Sangat Baik (mart.region_summary); the
-- table and CSV a row per region, a column per quarter.
WITH r AS (
    SELECT kode_wilayah, nama_wilayah, periode, pd_pct(persen_sangat_baik, pegawai_dinilai, 1) AS v
    FROM mart.region_summary WHERE jenis_periode = 'triwulan'
)
SELECT 'chart' AS target, 'index.html' AS page, '' AS variant, periode AS k, nama_wilayah AS s, v FROM r
UNION ALL
SELECT 'csv', 'data/beranda_tren_sangat_baik.csv', '', kode_wilayah, periode, v FROM r;

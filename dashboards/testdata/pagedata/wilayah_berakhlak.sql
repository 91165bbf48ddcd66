-- wilayah/<kode>.html "Kekurangan nilai BerAKHLAK (% di bawah ekspektasi)
-- · <quarter>": a heatmap of value x unit, each cell the % of the unit's
-- appraised rated below expectation on the value (mart.berakhlak_unit); the
-- table and CSV one row per unit, one column per value.
WITH c AS (
    SELECT *, pd_pct(persen_di_bawah, dinilai, 1) AS v
    FROM mart.berakhlak_unit WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, periode AS variant,
       nilai_berakhlak || '|' || nama_unit AS k, '0' AS s, v
FROM c
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_berakhlak.csv', '', periode || '|' || kode_unit, nilai_berakhlak, v
FROM c;

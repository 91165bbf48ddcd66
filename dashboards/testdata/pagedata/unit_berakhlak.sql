-- unit/<kode>.html "Kekurangan nilai BerAKHLAK (% di bawah ekspektasi)":
-- one line per value (series by value key), per quarter the % of the
-- unit's appraised rated below expectation on it (mart.berakhlak_unit).
WITH c AS (
    SELECT *, pd_pct(persen_di_bawah, dinilai, 1) AS v
    FROM mart.berakhlak_unit WHERE jenis_periode = 'triwulan'
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, periode AS k, nilai_berakhlak AS s, v
FROM c
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_berakhlak.csv', '', kode_unit || '|' || periode, nilai_berakhlak, v
FROM c;

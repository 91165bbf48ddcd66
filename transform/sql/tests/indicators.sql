-- Data tests of the indicator facts (issue 11, point 13).

-- test: unik_fact_indicator
-- One value per (indikator, kode_unit or kode_wilayah, periode, kategori) in core.fact_indicator.
SELECT indikator, kode_unit, CASE WHEN kode_unit IS NULL THEN kode_wilayah END AS wilayah, periode, kategori, count(*) AS n
FROM core.fact_indicator GROUP BY ALL HAVING n > 1;

-- test: rekonsiliasi_indicator_konflik
-- Every key of the live indicator rows is in core.fact_indicator (its rows agree) or in core.indicator_conflict (they do not), never in both, never in neither.
WITH keys AS (
    SELECT DISTINCT indikator, kode_unit, CASE WHEN kode_unit IS NULL THEN kode_wilayah END AS wilayah, periode, kategori, konflik
    FROM stg.indicator_rows
),
f AS (SELECT DISTINCT indikator, kode_unit, CASE WHEN kode_unit IS NULL THEN kode_wilayah END AS wilayah, periode, kategori FROM core.fact_indicator),
c AS (SELECT DISTINCT indikator, kode_unit, CASE WHEN kode_unit IS NULL THEN kode_wilayah END AS wilayah, periode, kategori FROM core.indicator_conflict)
SELECT k.*, f.indikator IS NOT NULL AS di_fact, c.indikator IS NOT NULL AS di_konflik
FROM keys k
LEFT JOIN f ON f.indikator = k.indikator AND f.kode_unit IS NOT DISTINCT FROM k.kode_unit AND f.wilayah IS NOT DISTINCT FROM k.wilayah
    AND f.periode = k.periode AND f.kategori = k.kategori
LEFT JOIN c ON c.indikator = k.indikator AND c.kode_unit IS NOT DISTINCT FROM k.kode_unit AND c.wilayah IS NOT DISTINCT FROM k.wilayah
    AND c.periode = k.periode AND c.kategori = k.kategori
WHERE (f.indikator IS NOT NULL) = k.konflik OR (c.indikator IS NOT NULL) <> k.konflik;

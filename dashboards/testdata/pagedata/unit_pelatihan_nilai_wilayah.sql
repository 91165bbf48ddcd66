-- unit/<kode>.html "Pegawai di bawah ekspektasi per nilai BerAKHLAK ·
-- <region> · <year>": the chart a unit page draws for a year when most of
-- the unit's counts are withheld (its region's, region_fallback.go), given
-- on the region's page key: the region's people rated below expectation on
-- each value that year (mart.training_needs, every unit's people), 0 when
-- nobody. Variant: the year.
WITH y AS (SELECT DISTINCT kode_wilayah, tahun FROM mart.training_needs),
b AS (SELECT kode_wilayah, tahun, nilai, sum(n) AS n FROM pd_below() GROUP BY ALL)
SELECT 'chart' AS target, 'wilayah/' || y.kode_wilayah || '.html' AS page, y.tahun::VARCHAR AS variant, v.nilai AS k, '0' AS s,
       pd_people(coalesce(b.n, 0)) AS v
FROM y CROSS JOIN pd_values() v
LEFT JOIN b ON b.kode_wilayah = y.kode_wilayah AND b.tahun = y.tahun AND b.nilai = v.nilai;

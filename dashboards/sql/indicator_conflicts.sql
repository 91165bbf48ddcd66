-- Indicator values in conflict (core.indicator_conflict): every row of a key
-- (indikator, unit or region, periode, kategori) whose rows hold different
-- values, with its source and line. kategori '' is the total.
SELECT c.indikator,
       coalesce(u.nama_unit || ' (' || c.kode_unit || ')', c.kode_unit) AS unit,
       coalesce(r.nama || ' (' || c.kode_wilayah || ')', c.kode_wilayah) AS wilayah,
       c.periode, c.kategori, CAST(c.nilai AS DOUBLE) AS nilai, c.source, c.baris
FROM core.indicator_conflict c
LEFT JOIN core.dim_region r ON r.kode_wilayah = c.kode_wilayah
LEFT JOIN core.dim_unit u ON u.kode_unit = c.kode_unit
ORDER BY c.indikator, c.kode_wilayah, c.kode_unit, c.periode, c.kategori, c.nilai, c.source, c.baris;

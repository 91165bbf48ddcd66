-- core.fact_indicator: grain = one indicator value for a unit (kode_unit set)
-- or a region (kode_unit NULL) in a period.
CREATE OR REPLACE TABLE core.fact_indicator AS
SELECT i.kode_unit, coalesce(u.kode_wilayah, i.kode_wilayah) AS kode_wilayah, i.periode,
       p.jenis_periode, p.tahun, p.tanggal_mulai, i.indikator, i.nilai, i.target, i.satuan, i.arah, i._batch
FROM stg.indicators i
JOIN core.dim_period p ON p.periode = i.periode
LEFT JOIN core.dim_unit u ON u.kode_unit = i.kode_unit;

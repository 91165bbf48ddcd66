-- core.indicator_conflict: the indicator rows whose key (indikator,
-- kode_unit or kode_wilayah, periode, kategori; see core.fact_indicator)
-- holds different values: two nilai, or two targets where both are given,
-- in one file or across sources. Every row of such a key is listed, with
-- its batch, source, file and line; none of them reaches core.fact_indicator
-- or the marts, which show no value for the key until the sources agree
-- (correct or remove one and load again). Rows of one key with the same
-- value are no conflict and count once.
--   nilai_berbeda: how many different nilai the key holds.
CREATE OR REPLACE TABLE core.indicator_conflict AS
SELECT r.indikator, r.kode_unit, coalesce(u.kode_wilayah, r.kode_wilayah) AS kode_wilayah, r.periode, r.kategori,
       r.nilai, r.target, r.satuan, r.arah,
       count(DISTINCT r.nilai) OVER (PARTITION BY r.indikator, r.kode_unit,
           CASE WHEN r.kode_unit IS NULL THEN r.kode_wilayah END, r.periode, r.kategori) AS nilai_berbeda,
       r._batch AS batch_id, b.source, b.path, r._line AS baris
FROM stg.indicator_rows r
LEFT JOIN meta.batches b ON b.batch_id = r._batch
LEFT JOIN core.dim_unit u ON u.kode_unit = r.kode_unit
WHERE r.konflik
ORDER BY r.indikator, r.kode_unit, kode_wilayah, r.periode, r.kategori, r._batch, r._line;

-- core.dim_region: grain = one current region (province or kab/kota).
-- Regions whose validity ended (berlaku_sampai in the past, e.g. 92.71 Kota
-- Sorong) are not here: their history is crosswalked to the current code.
CREATE OR REPLACE TABLE core.dim_region AS
WITH r AS (
    SELECT * FROM stg.regions
    WHERE (berlaku_sampai IS NULL OR berlaku_sampai > current_date)
      AND kode_wilayah NOT IN (SELECT kode_lama FROM stg.region_crosswalk)
)
SELECT
    r.kode_wilayah,
    r.nama,
    coalesce(r.tingkat, CASE WHEN length(r.kode_wilayah) = 2 THEN 'provinsi' ELSE 'kabkota' END) AS tingkat,
    left(r.kode_wilayah, 2) AS kode_provinsi,
    p.nama AS nama_provinsi,
    r.penduduk_total,
    r.berlaku_mulai,
    r.kode_lama
FROM r
LEFT JOIN r AS p ON p.kode_wilayah = left(r.kode_wilayah, 2);

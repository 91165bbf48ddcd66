-- stg.units: one row per kode_unit, region codes crosswalked to current ones.
CREATE OR REPLACE VIEW stg.units AS
SELECT u.kode_unit, u.nama_unit, coalesce(cw.kode_wilayah, u.kode_wilayah) AS kode_wilayah,
       u.kode_unit_induk, coalesce(u.sektor, 'umum') AS sektor, u._batch
FROM (
    SELECT *, row_number() OVER (PARTITION BY kode_unit ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.units
) u
LEFT JOIN stg.region_crosswalk cw ON cw.kode_lama = u.kode_wilayah
WHERE u.rn = 1;

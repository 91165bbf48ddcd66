-- core.dim_unit: grain = one unit kerja; a tree through kode_unit_induk
-- (kedalaman 0 = an OPD, 1 = a puskesmas or school under it, ...).
CREATE OR REPLACE TABLE core.dim_unit AS
WITH RECURSIVE tree(kode_unit, kedalaman, jalur) AS (
    SELECT kode_unit, 0, [kode_unit] FROM stg.units
    WHERE kode_unit_induk IS NULL OR kode_unit_induk NOT IN (SELECT kode_unit FROM stg.units)
    UNION ALL
    SELECT u.kode_unit, t.kedalaman + 1, list_append(t.jalur, u.kode_unit)
    FROM stg.units u JOIN tree t ON u.kode_unit_induk = t.kode_unit
    WHERE NOT list_contains(t.jalur, u.kode_unit) AND t.kedalaman < 20
)
SELECT u.kode_unit, u.nama_unit, u.kode_wilayah, u.kode_unit_induk, u.sektor,
       coalesce(t.kedalaman, 0) AS kedalaman,
       coalesce(t.akar, u.kode_unit) AS kode_unit_akar
FROM stg.units u
LEFT JOIN (
    SELECT kode_unit, min(kedalaman) AS kedalaman, arg_min(jalur[1], kedalaman) AS akar
    FROM tree GROUP BY kode_unit
) t USING (kode_unit);

-- Every unit in the dimension, with its region's name.
SELECT u.kode_unit, coalesce(nullif(u.nama_unit, ''), u.kode_unit) AS nama_unit, u.kode_wilayah, coalesce(r.nama, u.kode_wilayah) AS nama_wilayah,
       coalesce(u.sektor, '') AS sektor
FROM core.dim_unit u
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
ORDER BY u.kode_wilayah, u.kode_unit;

-- Every kab/kota that has a region summary, with its province.
SELECT kode_wilayah,
       coalesce(nullif(any_value(nama_wilayah), ''), kode_wilayah) AS nama_wilayah,
       any_value(nama_provinsi) AS nama_provinsi,
       any_value(penduduk_total) AS penduduk_total
FROM mart.region_summary
GROUP BY kode_wilayah
ORDER BY kode_wilayah;

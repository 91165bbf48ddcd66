-- 20 JP compliance per region and year (mart.region_training).
SELECT kode_wilayah, tahun, pegawai, pegawai_kurang_20_jp, persen_kurang_20_jp
FROM mart.region_training
ORDER BY kode_wilayah, tahun;

-- 20 JP compliance and training needs per region and year (mart.region_training).
SELECT kode_wilayah, tahun, pegawai, pegawai_kurang_20_jp, persen_kurang_20_jp,
       total_kekurangan_jp, pegawai_prioritas_tinggi
FROM mart.region_training
ORDER BY kode_wilayah, tahun;

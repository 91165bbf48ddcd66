-- 20 JP compliance per unit and year.
SELECT kode_unit, kode_wilayah, tahun, pegawai, total_jp, rata_jp, pegawai_kurang_20_jp, persen_kurang_20_jp
FROM mart.training_compliance
ORDER BY kode_wilayah, kode_unit, tahun;

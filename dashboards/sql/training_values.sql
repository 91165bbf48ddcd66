-- People rated di_bawah per BerAKHLAK value, per unit and year
-- (mart.training_need_count, counts only).
SELECT kode_unit, kode_wilayah, tahun, kunci AS nilai, pegawai
FROM mart.training_need_count
WHERE aspek = 'nilai_di_bawah'
ORDER BY kode_wilayah, kode_unit, tahun, kunci;

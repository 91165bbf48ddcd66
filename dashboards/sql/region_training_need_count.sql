-- People per BerAKHLAK value rated di_bawah and per recommended training
-- focus, per region and for every region, per year
-- (mart.region_training_need_count, counts only).
SELECT tingkat, kode_wilayah, tahun, aspek, kunci, jenis_kompetensi, pegawai
FROM mart.region_training_need_count
ORDER BY tahun, tingkat, kode_wilayah, aspek, kunci;

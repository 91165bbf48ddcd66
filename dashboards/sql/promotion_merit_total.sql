-- The totals beside them (mart.promotion_merit_total): every region per
-- year and over every year, and each region over every year.
SELECT cakupan, kode_wilayah, periode, jenis_periode, tanggal_mulai, periode_awal, periode_akhir, kenaikan, kenaikan_jabatan,
       dalam_kelompok_promosi, di_luar_kelompok_promosi, data_tidak_lengkap, persen_di_luar, persen_di_luar_bawah, persen_di_luar_atas
FROM mart.promotion_merit_total
WHERE jenis_periode IN ('tahun', 'semua')
ORDER BY cakupan, kode_wilayah, tanggal_mulai;

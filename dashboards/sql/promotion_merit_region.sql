-- Each region's promotions per year: inside and outside the promotion
-- pool before the promotion, and without the data to tell
-- (mart.promotion_merit_region; the Promosi page shows years).
SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai, kenaikan, kenaikan_jabatan, dalam_kelompok_promosi,
       di_luar_kelompok_promosi, data_tidak_lengkap, persen_di_luar, persen_di_luar_bawah, persen_di_luar_atas
FROM mart.promotion_merit_region
WHERE jenis_periode = 'tahun'
ORDER BY kode_wilayah, tanggal_mulai;

-- Kab/kota compared with each other per period (mart.region_benchmark, tingkat
-- kabkota): key figures, IKM rank and the change on the same period a year earlier.
SELECT kode_wilayah, kode_provinsi, periode, jenis_periode, tanggal_mulai,
       pegawai_dinilai, persen_sangat_baik, ikm, mutu, median_jam_ktp_el, persen_tepat_waktu, permohonan,
       persen_kurang_20_jp, wilayah_dibandingkan, peringkat_ikm, periode_tahun_lalu,
       persen_sangat_baik_tahun_lalu, perubahan_persen_sangat_baik, ikm_tahun_lalu, perubahan_ikm,
       median_jam_ktp_el_tahun_lalu, perubahan_median_jam_ktp_el, persen_tepat_waktu_tahun_lalu, perubahan_persen_tepat_waktu
FROM mart.region_benchmark
WHERE tingkat = 'kabkota'
ORDER BY jenis_periode, tanggal_mulai, kode_wilayah;

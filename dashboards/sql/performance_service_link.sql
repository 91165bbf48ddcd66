-- Ratings against service per unit and period.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, pegawai_dinilai,
       persen_sangat_baik, ikm, mutu, median_jam, persen_tepat_waktu, permohonan,
       peringkat_nilai, peringkat_layanan, unit_dibandingkan, label_keselarasan,
       persen_sangat_baik_sebelumnya, ikm_sebelumnya,
       pegawai_dinilai_alasan_ditahan, sangat_baik_alasan_ditahan
FROM mart.performance_service_link
ORDER BY kode_wilayah, jenis_periode, tanggal_mulai, kode_unit;

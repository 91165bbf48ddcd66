-- All region summary rows, oldest first within each jenis_periode.
SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai, tahun,
       unit_dinilai, pegawai_dinilai, persen_sangat_baik, ikm, mutu,
       median_jam_ktp_el, persen_tepat_waktu, permohonan, backlog, persen_kurang_20_jp,
       pegawai_dinilai_alasan_ditahan, sangat_baik_alasan_ditahan
FROM mart.region_summary
ORDER BY kode_wilayah, jenis_periode, tanggal_mulai;

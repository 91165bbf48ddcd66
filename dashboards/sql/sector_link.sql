-- Each unit's % Sangat Baik beside its sector outcomes per period, and its
-- region's rank correlations (ratings against IKM and against the sector
-- outcomes) with their intervals and the units they stand on
-- (mart.performance_service_link), and what the marts withhold of
-- pegawai_dinilai and % Sangat Baik (mart.suppression).
SELECT kode_unit, kode_wilayah, sektor, periode, jenis_periode, tanggal_mulai, pegawai_dinilai, persen_sangat_baik,
       indikator_sektor, capaian_sektor, indikator_memenuhi_target, indikator_memburuk, memburuk_beruntun_maks,
       indikator_memburuk_beruntun, capaian_sektor_sebelumnya, label_sektor, unit_dibandingkan_sektor,
       spearman_nilai_sektor, spearman_sektor_bawah, spearman_sektor_atas, terlalu_sedikit_unit_sektor,
       spearman_nilai_ikm, spearman_bawah, spearman_atas, spearman_n, terlalu_sedikit_unit,
       pegawai_dinilai_alasan_ditahan, sangat_baik_alasan_ditahan
FROM mart.performance_service_link
ORDER BY kode_wilayah, tanggal_mulai, kode_unit;

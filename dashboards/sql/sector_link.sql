-- Each unit's % Sangat Baik beside its sector outcomes per period, and its
-- region's rank correlations (ratings against IKM and against the sector
-- outcomes) with their intervals and the units they stand on
-- (mart.performance_service_link).
SELECT kode_unit, kode_wilayah, sektor, periode, jenis_periode, tanggal_mulai, pegawai_dinilai, persen_sangat_baik,
       indikator_sektor, capaian_sektor, indikator_memenuhi_target, indikator_memburuk, memburuk_beruntun_maks,
       indikator_memburuk_beruntun, capaian_sektor_sebelumnya, label_sektor, unit_dibandingkan_sektor,
       spearman_nilai_sektor, spearman_sektor_bawah, spearman_sektor_atas, terlalu_sedikit_unit_sektor,
       spearman_nilai_ikm, spearman_bawah, spearman_atas, spearman_n, terlalu_sedikit_unit
FROM mart.performance_service_link
ORDER BY kode_wilayah, tanggal_mulai, kode_unit;

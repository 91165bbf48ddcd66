-- The IKM of each of the nine elements (unsur) per unit and period, in
-- PermenPANRB 14/2017's order, the weakest flagged (mart.ikm_unsur).
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, unsur, nama_unsur, urutan, responden, nrr, ikm_unsur,
       mutu_unsur, terendah
FROM mart.ikm_unsur
ORDER BY kode_wilayah, kode_unit, tanggal_mulai, urutan;

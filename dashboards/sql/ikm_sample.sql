-- Whether each unit's IKM stands on enough respondents (mart.ikm: the
-- Krejcie and Morgan minimum for the unit's service users in the period),
-- and its weakest element.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, responden, populasi, sumber_populasi, sampel_minimum,
       sampel_cukup, unsur_terendah, nama_unsur_terendah, nrr_terendah
FROM mart.ikm
ORDER BY kode_wilayah, kode_unit, tanggal_mulai;

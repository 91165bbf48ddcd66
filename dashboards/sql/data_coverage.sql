-- Appraisal coverage per period: the mart repeats it on every batch row of
-- the period, DISTINCT keeps one.
SELECT DISTINCT periode, jenis_periode, tanggal_mulai, pegawai, pegawai_dinilai, cakupan_persen
FROM mart.data_quality
WHERE periode <> 'semua' AND pegawai IS NOT NULL
ORDER BY jenis_periode, tanggal_mulai;

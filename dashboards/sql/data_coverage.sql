-- Appraisal coverage per period (the same on every batch row of the period).
SELECT periode, jenis_periode, tanggal_mulai, max(pegawai)::BIGINT, max(pegawai_dinilai)::BIGINT, max(cakupan_persen)
FROM mart.data_quality
WHERE periode <> 'semua' AND pegawai IS NOT NULL
GROUP BY periode, jenis_periode, tanggal_mulai
ORDER BY jenis_periode, tanggal_mulai;

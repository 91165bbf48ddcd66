-- People per recommended training focus (competency), per unit and year (counts only).
SELECT kode_unit, kode_wilayah, tahun, fokus_pelatihan, coalesce(jenis_kompetensi_fokus, ''), count(*)::BIGINT AS pegawai
FROM mart.training_needs
WHERE fokus_pelatihan IS NOT NULL
GROUP BY ALL
ORDER BY kode_unit, tahun, fokus_pelatihan;

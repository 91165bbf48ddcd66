-- People per recommended training focus (competency), per unit and year
-- (mart.training_need_count, counts only).
SELECT kode_unit, kode_wilayah, tahun, kunci AS fokus_pelatihan, jenis_kompetensi, pegawai
FROM mart.training_need_count
WHERE aspek = 'fokus_pelatihan'
ORDER BY kode_unit, tahun, kunci;

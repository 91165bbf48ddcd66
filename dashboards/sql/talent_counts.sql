-- 9-box counts per unit and year (mart.talent_count, no person); kotak_9 0 = incomplete.
SELECT kode_unit, kode_wilayah, tahun, kotak_9, pegawai
FROM mart.talent_count
ORDER BY kode_wilayah, kode_unit, tahun, kotak_9;

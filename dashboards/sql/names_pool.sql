-- Only with --show-names: the people in the promotion pool (boxes 7-9).
SELECT nip, nama, jabatan, kode_unit, kode_wilayah, tahun, kotak_9
FROM mart.talent_pool
WHERE kelompok_promosi
ORDER BY kode_wilayah, tahun, kotak_9 DESC, kode_unit, nama;

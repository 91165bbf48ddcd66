-- The 9-box per unit, per region and for every region, per year
-- (mart.talent_grid, counts only: boxes, tanpa_kotak, pool, kotak 1-6, total).
SELECT tingkat, kode_unit, kode_wilayah, nama_wilayah, tahun,
       kotak_1, kotak_2, kotak_3, kotak_4, kotak_5, kotak_6, kotak_7, kotak_8, kotak_9,
       tanpa_kotak, kelompok_promosi, kotak_1_6, pegawai
FROM mart.talent_grid
ORDER BY tingkat, kode_wilayah, kode_unit, tahun;

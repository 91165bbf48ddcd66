-- Only with --show-names: the people of kategori_prioritas tinggi for training.
SELECT nip, nama, jabatan, kode_unit, kode_wilayah, tahun,
       fokus_pelatihan, skor_prioritas, urutan_prioritas, kekurangan_jp
FROM mart.training_needs
WHERE kategori_prioritas = 'tinggi'
ORDER BY kode_wilayah, tahun, skor_prioritas DESC, kode_unit, urutan_prioritas;

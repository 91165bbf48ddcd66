-- Rapor pegawai: the person's training needs per year (mart.training_needs):
-- values rated di_bawah, performance gap, JP against 20 and the recommended
-- focus. Parameter $1: the NIP.
SELECT tahun, periode_acuan, predikat, nilai_di_bawah,
       kesenjangan_kinerja, jp, kekurangan_jp, memenuhi_20_jp,
       fokus_pelatihan, jenis_kompetensi_fokus, kategori_prioritas,
       skor_prioritas
FROM mart.training_needs
WHERE nip = $1
ORDER BY tahun;

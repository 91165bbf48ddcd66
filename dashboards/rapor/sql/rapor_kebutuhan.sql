-- Rapor pegawai: the person's training needs per year (mart.training_needs):
-- values rated di_bawah, performance gap, JP against 20 and the recommended
-- focus. Parameter $1: the NIP.
SELECT tahun, coalesce(periode_acuan, ''), coalesce(predikat, ''), coalesce(nilai_di_bawah, ''),
       coalesce(kesenjangan_kinerja, false), coalesce(jp, 0), coalesce(kekurangan_jp, 0), coalesce(memenuhi_20_jp, false),
       coalesce(fokus_pelatihan, ''), coalesce(jenis_kompetensi_fokus, ''), coalesce(kategori_prioritas, ''),
       coalesce(skor_prioritas, 0)
FROM mart.training_needs
WHERE nip = $1
ORDER BY tahun;

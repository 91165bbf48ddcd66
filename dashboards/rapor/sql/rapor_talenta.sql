-- Rapor pegawai: the person's 9-box per year (mart.talent_pool, kinerja x
-- core.fact_potential's potensi). Parameter $1: the NIP.
SELECT tahun, periode_acuan, predikat, kinerja, potensi,
       kotak_9, kelompok_promosi
FROM mart.talent_pool
WHERE nip = $1
ORDER BY tahun;

-- Rapor pegawai: the person's 9-box per year (mart.talent_pool, kinerja x
-- core.fact_potential's potensi). Parameter $1: the NIP.
SELECT tahun, coalesce(periode_acuan, ''), coalesce(predikat, ''), coalesce(kinerja, ''), coalesce(potensi, ''),
       coalesce(kotak_9, 0), coalesce(kelompok_promosi, false)
FROM mart.talent_pool
WHERE nip = $1
ORDER BY tahun;

-- Rapor pegawai: every training the person took (core.fact_training), in
-- date order; tahun is the year the training started (as in the marts).
-- Parameter $1: the NIP.
SELECT tahun, tanggal_mulai, tanggal_selesai, kegiatan, jenis_kompetensi,
       kompetensi, jp
FROM core.fact_training
WHERE nip = $1
ORDER BY tanggal_mulai, kegiatan;

-- Service outcomes per unit, layanan and period, with the previous period's backlog
-- (same unit, layanan and jenis_periode) to flag a growing backlog.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, layanan,
       permohonan, selesai, ditolak, median_jam, p90_jam, batas_jam, persen_tepat_waktu, backlog,
       lag(backlog) OVER (PARTITION BY kode_unit, layanan, jenis_periode ORDER BY tanggal_mulai) AS backlog_sebelumnya
FROM mart.service_outcomes
ORDER BY kode_wilayah, kode_unit, layanan, jenis_periode, tanggal_mulai;

-- Service outcomes per unit, layanan and period, with the previous period's
-- backlog (same unit, layanan and jenis_periode) and whether the change in
-- backlog and in % on time is an alert, both from mart.service_alert.
SELECT s.kode_unit, s.kode_wilayah, s.periode, s.jenis_periode, s.tanggal_mulai, s.layanan,
       s.permohonan, s.selesai, s.ditolak, s.median_jam, s.p90_jam, s.batas_jam, s.persen_tepat_waktu, s.backlog,
       CAST(b.nilai_sebelumnya AS BIGINT) AS backlog_sebelumnya,
       coalesce(b.peringatan, false) AS peringatan_backlog,
       coalesce(t.peringatan, false) AS peringatan_tepat_waktu
FROM mart.service_outcomes s
LEFT JOIN mart.service_alert b
       ON b.kode_unit = s.kode_unit AND b.periode = s.periode AND b.layanan = s.layanan AND b.ukuran = 'backlog'
LEFT JOIN mart.service_alert t
       ON t.kode_unit = s.kode_unit AND t.periode = s.periode AND t.layanan = s.layanan AND t.ukuran = 'persen_tepat_waktu'
ORDER BY s.kode_wilayah, s.kode_unit, s.layanan, s.jenis_periode, s.tanggal_mulai;

package dashtest

// ServiceAlertDDL is mart.service_alert (docs/MARTS.md).
const ServiceAlertDDL = `
CREATE TABLE mart.service_alert(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, layanan VARCHAR, ukuran VARCHAR, arah VARCHAR, nilai DOUBLE, nilai_sebelumnya DOUBLE, perubahan DOUBLE, jumlah BIGINT, jumlah_sebelumnya BIGINT, riwayat INTEGER, simpangan_baku DOUBLE, ambang DOUBLE, peringatan BOOLEAN, keterangan VARCHAR);
`

// serviceAlertInserts: the fixture's two quarters give no alert (the
// backlog of KTP_EL 30 -> 48 and KK 10 -> 12 have no earlier changes to be
// measured against: riwayat_kurang), as the mart's rule says.
func serviceAlertInserts() []string {
	return []string{`INSERT INTO mart.service_alert
		SELECT kode_unit, nama_unit, kode_wilayah, nama_wilayah, periode, jenis_periode, tanggal_mulai, layanan, ukuran, arah,
		       nilai, lag(nilai) OVER w, nilai - lag(nilai) OVER w, jumlah, lag(jumlah) OVER w,
		       greatest(count(*) OVER w - 2, 0), NULL, NULL, false,
		       CASE WHEN lag(nilai) OVER w IS NULL THEN 'tanpa_pembanding' ELSE 'riwayat_kurang' END
		FROM (SELECT s.*, m.* FROM mart.service_outcomes s,
		      LATERAL (VALUES ('backlog', 'turun', s.permohonan, CAST(s.backlog AS DOUBLE)),
		                      ('persen_tepat_waktu', 'naik', s.selesai, s.persen_tepat_waktu)) m(ukuran, arah, jumlah, nilai))
		WINDOW w AS (PARTITION BY kode_unit, layanan, ukuran, jenis_periode ORDER BY tanggal_mulai)`}
}

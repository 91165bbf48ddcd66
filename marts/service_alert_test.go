package marts_test

import (
	"database/sql"
	"testing"

	"kinerja/marts/martstest"
)

// TestServiceAlertRule: mart.service_alert alerts on a backlog that triples
// on enough requests, not on a jump that is large against a unit's own
// variation but small against its requests (the requests still open when
// the data end), not under 30 requests, not without 4 earlier changes, and
// never on a change the good way.
func TestServiceAlertRule(t *testing.T) {
	t.Parallel()
	db := martstest.ServiceJump(t, t.TempDir())
	type row struct {
		nilai, sebelum, ambang sql.NullFloat64
		riwayat                int
		peringatan             bool
		ket, arah              string
	}
	get := func(unit, periode, ukuran string) row {
		t.Helper()
		var r row
		if err := db.QueryRow(`SELECT nilai, nilai_sebelumnya, ambang, riwayat, peringatan, keterangan, arah FROM mart.service_alert
			WHERE kode_unit = ? AND periode = ? AND layanan = 'KTP_EL' AND ukuran = ?`, unit, periode, ukuran).
			Scan(&r.nilai, &r.sebelum, &r.ambang, &r.riwayat, &r.peringatan, &r.ket, &r.arah); err != nil {
			t.Fatalf("%s %s %s: %v", unit, periode, ukuran, err)
		}
		return r
	}
	// The tripled backlog: 5 -> 15 on 60 requests; its earlier changes
	// (+1 -1 +1 -1 +1 -1) have a standard deviation of 1.1, the floor is 6.
	j := get(martstest.JumpUnit, "2025-Q4", "backlog")
	if !j.peringatan || j.ket != "peringatan" || j.nilai.Float64 != 15 || j.sebelum.Float64 != 5 || j.riwayat != 6 || j.ambang.Float64 != 6 || j.arah != "turun" {
		t.Errorf("tripled backlog: %+v", j)
	}
	// Its earlier quarters: too little history, or no earlier quarter.
	if r := get(martstest.JumpUnit, "2024-Q4", "backlog"); r.peringatan || r.ket != "riwayat_kurang" || r.ambang.Valid {
		t.Errorf("2024-Q4 (3 earlier changes): %+v", r)
	}
	if r := get(martstest.JumpUnit, "2024-Q1", "backlog"); r.peringatan || r.ket != "tanpa_pembanding" {
		t.Errorf("2024-Q1: %+v", r)
	}
	// Every finished request is on time: % on time does not change.
	if r := get(martstest.JumpUnit, "2025-Q4", "persen_tepat_waktu"); r.peringatan || r.ket != "tetap" || r.arah != "naik" {
		t.Errorf("on time: %+v", r)
	}
	// 0 or 1, then 5 open at the end: 5 > 2 x 0.41 but under 6 (10 % of 60).
	if r := get(martstest.CutUnit, "2025-Q4", "backlog"); r.peringatan || r.ket != "dalam_ambang" || r.nilai.Float64 != 5 {
		t.Errorf("open at the data's end: %+v", r)
	}
	// 1 -> 6 on 20 requests.
	if r := get(martstest.SmallUnit, "2025-Q4", "backlog"); r.peringatan || r.ket != "jumlah_kurang" {
		t.Errorf("20 requests: %+v", r)
	}
	// A fall in backlog is the good way; a rise of 1 is within the threshold.
	if r := get(martstest.JumpUnit, "2025-Q3", "backlog"); r.peringatan || r.ket != "arah_baik" {
		t.Errorf("2025-Q3 (6 -> 5): %+v", r)
	}
	if r := get(martstest.JumpUnit, "2025-Q2", "backlog"); r.peringatan || r.ket != "dalam_ambang" {
		t.Errorf("2025-Q2 (5 -> 6): %+v", r)
	}
	// Years: two, no history.
	if r := get(martstest.JumpUnit, "2025", "backlog"); r.peringatan || r.ket != "riwayat_kurang" {
		t.Errorf("2025: %+v", r)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM mart.service_alert WHERE peringatan`).Scan(&n); err != nil || n != 1 {
		t.Errorf("alerts: %d (%v), want 1", n, err)
	}
}

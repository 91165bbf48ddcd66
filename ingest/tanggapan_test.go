package ingest

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/warehouse"
)

// Appraisals may carry the employee's response (CONTRACT.md: tanggapan
// setuju | keberatan, hasil_keberatan diterima | ditolak | proses). Long
// forms are folded; a value outside the vocabulary, and an outcome on an
// appraisal without an objection, go to the quarantine naming the file, the
// line and the field; a file without the two columns loads as before.
func TestAppraisalResponses(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "penilaian_dumai.csv")
	os.WriteFile(p, []byte("nip;periode;hasil_kerja;perilaku_kerja;Tanggapan;Hasil Keberatan\n"+
		"198503122010011003;2025-Q1;di_atas;sesuai;Setuju;\n"+ // line 2
		"198503122010011004;2025-Q1;sesuai;sesuai;KEBERATAN;Dikabulkan\n"+ // 3: diterima
		"198503122010011005;2025-Q1;sesuai;sesuai;mengajukan keberatan;tolak\n"+ // 4: ditolak
		"198503122010011006;2025-Q1;sesuai;sesuai;keberatan;\n"+ // 5: no outcome yet
		"198503122010011007;2025-Q1;sesuai;sesuai;;\n"+ // 6: no response
		"198503122010011008;2025-Q1;sesuai;sesuai;marah;\n"+ // 7: bad tanggapan
		"198503122010011009;2025-Q1;sesuai;sesuai;keberatan;menang\n"+ // 8: bad outcome
		"198503122010011010;2025-Q1;sesuai;sesuai;setuju;ditolak\n"+ // 9: outcome without objection
		"198503122010011011;2025-Q1;sesuai;sesuai;;proses\n"), 0o644) // 10: outcome without objection
	res, err := Load(ctx, db, Source{Kind: "appraisals", Path: p})
	if err != nil || res.Read != 9 || res.Loaded != 5 || res.Quarantined != 4 {
		t.Fatalf("load: %+v %v", res, err)
	}
	var got []string
	rows, err := db.Query(`SELECT _line, coalesce(tanggapan, '-'), coalesce(hasil_keberatan, '-') FROM raw.appraisals ORDER BY _line`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var line, tg, hk string
		rows.Scan(&line, &tg, &hk)
		got = append(got, line+" "+tg+" "+hk)
	}
	rows.Close()
	if want := "2 setuju -|3 keberatan diterima|4 keberatan ditolak|5 keberatan -|6 - -"; strings.Join(got, "|") != want {
		t.Errorf("raw rows %q, want %q", strings.Join(got, "|"), want)
	}
	var q []string
	rows, err = db.Query(`SELECT path || ' line ' || line || ' ' || field || ': ' || reason FROM meta.quarantine ORDER BY line`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		q = append(q, s)
	}
	rows.Close()
	want := []string{
		p + " line 7 tanggapan: not setuju or keberatan: 'marah'",
		p + " line 8 hasil_keberatan: not diterima, ditolak or proses: 'menang'",
		p + " line 9 hasil_keberatan: an objection's outcome (ditolak) on an appraisal without tanggapan keberatan",
		p + " line 10 hasil_keberatan: an objection's outcome (proses) on an appraisal without tanggapan keberatan",
	}
	if strings.Join(q, "\n") != strings.Join(want, "\n") {
		t.Errorf("quarantine:\n%s\nwant\n%s", strings.Join(q, "\n"), strings.Join(want, "\n"))
	}

	// An older file without the columns still loads; its rows have no response.
	old := filepath.Join(dir, "penilaian_lama.csv")
	os.WriteFile(old, []byte(apprHeader+"198503122010011003,2024,di_atas,sesuai\n"), 0o644)
	res, err = Load(ctx, db, Source{Kind: "appraisals", Path: old})
	if err != nil || res.Loaded != 1 || res.Quarantined != 0 {
		t.Fatalf("old file: %+v %v", res, err)
	}
	var tg, hk sql.NullString
	db.QueryRow(`SELECT tanggapan, hasil_keberatan FROM raw.appraisals WHERE periode = '2024'`).Scan(&tg, &hk)
	if tg.Valid || hk.Valid {
		t.Errorf("old file: tanggapan %v, hasil_keberatan %v; want NULL", tg, hk)
	}
	assertAccounting(t, db)
}

// A warehouse whose raw.appraisals predates the response columns gets them
// when it is opened (warehouse migration 006); its rows keep NULL.
func TestOldWarehouseGetsTanggapan(t *testing.T) {
	ctx := context.Background()
	db, path := openTestWarehouse(t)
	if _, err := db.Exec(`ALTER TABLE raw.appraisals DROP COLUMN tanggapan; ALTER TABLE raw.appraisals DROP COLUMN hasil_keberatan;
		INSERT INTO raw.appraisals (_batch, _line, nip, periode, hasil_kerja, perilaku_kerja) VALUES (999, 2, '198503122010011003', '2025', 'sesuai', 'sesuai')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := Prepare(ctx, db); err != nil {
		t.Fatal(err)
	}
	var tg, hk sql.NullString
	if err := db.QueryRow("SELECT tanggapan, hasil_keberatan FROM raw.appraisals WHERE _batch = 999").Scan(&tg, &hk); err != nil || tg.Valid || hk.Valid {
		t.Fatalf("old row: %v %v, %v; want the columns, NULL", tg, hk, err)
	}
	csv := filepath.Join(t.TempDir(), "p.csv")
	os.WriteFile(csv, []byte("nip,periode,hasil_kerja,perilaku_kerja,tanggapan\n198503122010011004,2025,sesuai,sesuai,keberatan\n"), 0o644)
	if res, err := Load(ctx, db, Source{Kind: "appraisals", Path: csv}); err != nil || res.Loaded != 1 {
		t.Fatalf("load: %+v %v", res, err)
	}
}

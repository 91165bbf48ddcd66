package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// titledCSV: two title lines and a blank one above the header on line 4;
// under it a good row (5), a ragged row (6), a blank line (7), a row with a
// quoted newline (8-9) and a row with a bad rating (10).
const titledCSV = "REKAP PENILAIAN KINERJA PEGAWAI,,,,\n" +
	"\"BKPSDM Kota Dumai, Semester I 2025\",,,,\n" +
	"\n" +
	"NIP Baru,Periode,Rating Hasil Kerja,Rating Perilaku Kerja,Keterangan\n" +
	"198503122010011003,2025-S1,Di Atas Ekspektasi,Sesuai Ekspektasi,-\n" +
	"199001012019221005,2025-S1,Sesuai Ekspektasi\n" +
	"\n" +
	"198001012005011001,2025-S1,Sesuai Ekspektasi,Sesuai Ekspektasi,\"cuti\nbersalin\"\n" +
	"198001012005011002,2025-S1,Hebat,Sesuai Ekspektasi,-\n"

// Issue 11.8: a CSV's header under title rows is found as in an XLSX sheet
// (or named with --header-row); the titles are not rows (rows_read counts
// the records under the header), a note names them, and every line keeps
// the number an editor shows.
func TestCSVHeaderUnderTitleRows(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	p := filepath.Join(t.TempDir(), "rekap.csv")
	os.WriteFile(p, []byte(titledCSV), 0o644)
	var batch4 int64
	for _, headerRow := range []int{0, 4} {
		res, err := Load(ctx, db, Source{Kind: "appraisals", Path: p, HeaderRow: headerRow})
		if err != nil {
			t.Fatalf("header_row %d: %v", headerRow, err)
		}
		if res.Unchanged || res.Read != 4 || res.Loaded != 2 || res.Quarantined != 2 {
			t.Fatalf("header_row %d: unchanged %v read %d loaded %d quarantined %d, want a new batch 4 2 2", headerRow, res.Unchanged, res.Read, res.Loaded, res.Quarantined)
		}
		batch4 = res.BatchID
		var lines string
		db.QueryRow("SELECT string_agg(CAST(_line AS VARCHAR), ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = ?", res.BatchID).Scan(&lines)
		if lines != "5,8" {
			t.Errorf("header_row %d: loaded lines %s, want 5,8", headerRow, lines)
		}
		q := quarantineOf(t, db, res.BatchID)
		if len(q) != 2 || !strings.HasPrefix(q[0], "line 6||") || !strings.HasPrefix(q[1], "line 10|hasil_kerja|") {
			t.Errorf("header_row %d: quarantine %q", headerRow, q)
		}
		want := `the header is on line 4; lines 1-3 above it are titles, not rows, and not counted in rows read (read as titles: 1 "REKAP PENILAIAN KINERJA PEGAWAI", 2 "BKPSDM Kota Dumai, Semester I 2025")`
		if !strings.Contains(strings.Join(res.Notes, "\n"), want) {
			t.Errorf("header_row %d: notes %q, want %q", headerRow, res.Notes, want)
		}
	}
	// The header row is part of how the file was read: header_row 4 above was
	// a new batch, not "unchanged", and so is a wrong one, which fails (so nothing is loaded twice).
	_, err := Load(ctx, db, Source{Kind: "appraisals", Path: p, HeaderRow: 2})
	if err == nil || !strings.Contains(err.Error(), "missing required column(s)") {
		t.Errorf("header_row 2: %v", err)
	}
	if _, err := Load(ctx, db, Source{Kind: "appraisals", Path: p, HeaderRow: 40}); err == nil || !strings.Contains(err.Error(), "header_row 40, but the file has 10 lines") {
		t.Errorf("header_row 40: %v", err)
	}
	// A kinerja.yaml source with header_row 4 reads the file as --header-row 4
	// did: the same batch.
	cfgPath := filepath.Join(filepath.Dir(p), "kinerja.yaml")
	os.WriteFile(cfgPath, []byte("sources:\n  - name: rekap\n    kind: appraisals\n    path: rekap.csv\n    header_row: 4\n"), 0o644)
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	srcs, _ := cfg.Files()
	res, err := Load(ctx, db, srcs[0])
	if err != nil || !res.Unchanged || res.BatchID != batch4 || res.ReadOptions != "header_row=4" {
		t.Fatalf("config header_row: %+v %v", res, err)
	}
	assertAccounting(t, db)
}

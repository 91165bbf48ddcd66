package marts_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kinerja/ingest"
)

// Issue 11.7: the incremental refresh maintains core.appraisal_set_aside
// like core.fact_appraisal: set-aside rows of a new batch appear, and the
// set-aside rows of a batch replaced since are recomputed from their year
// even when the replacement only holds later years; after each step every
// table equals a full rebuild.
func TestSetAsideRefreshEqualsFullRebuild(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"e.csv": {"employees", employees() + lateNIP + ",Baru,B,2026-02-01,Analis\n"},
		"a.csv": {"appraisals", nineAppraisals()},
	})
	dir := t.TempDir()
	load := func(content string) {
		t.Helper()
		p := filepath.Join(dir, "penilaian_susulan.csv")
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ingest.Load(ctx, db, ingest.Source{Kind: "appraisals", Path: p, Force: true}); err != nil {
			t.Fatal(err)
		}
	}
	setAside := func() string {
		return one[string](t, db, `SELECT coalesce(string_agg(nip || ' ' || periode || ' ' || alasan, ', ' ORDER BY periode, nip), '')
			FROM core.appraisal_set_aside`)
	}

	// A late batch: three 2025 rows that cannot be placed, one 2026-Q1 row that can.
	load("nip,periode,sumber,nip_penilai,kode_unit,hasil_kerja,perilaku_kerja\n" +
		"198501012010011999,2025,atasan,,,sesuai,sesuai\n" +
		lateNIP + ",2025,atasan,,,sesuai,sesuai\n" +
		nips[1] + ",2025,rekan," + nips[0] + ",ZZ,sesuai,sesuai\n" +
		lateNIP + ",2026-Q1,atasan,,,sesuai,sesuai\n")
	if p := runPlan(t, db); p.Full || p.Year != 2025 {
		t.Fatalf("late batch: %v, want a refresh from 2025", p)
	}
	if got, want := setAside(), nips[1]+" 2025 unit_tidak_dikenal, 198501012010011999 2025 nip_tidak_dikenal, "+lateNIP+" 2025 penugasan_setelah_periode"; got != want {
		t.Errorf("set aside after the refresh: %s\nwant %s", got, want)
	}
	sameAsFullRebuild(t, db, "late batch with set-aside rows")

	// The batch replaced by one with a single 2026-Q1 row: its 2025 rows,
	// set aside, not in the fact, must go too (the refresh starts at 2025).
	load("nip,periode,hasil_kerja,perilaku_kerja\n198501012010011998,2026-Q1,sesuai,sesuai\n")
	if p := runPlan(t, db); p.Full || p.Year != 2025 || p.Changed != 2 {
		t.Fatalf("batch replaced: %v, want a refresh from 2025 of 2 batches (the gone one's set-aside rows are of 2025)", p)
	}
	if got, want := setAside(), "198501012010011998 2026-Q1 nip_tidak_dikenal"; got != want {
		t.Errorf("set aside after the replacement: %s\nwant %s", got, want)
	}
	sameAsFullRebuild(t, db, "batch with set-aside rows replaced")
}

package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// TestTestDataCommand runs `kinerja test-data` on a demo warehouse: every test
// passes; then breaks a mart and expects a readable failure.
func TestTestDataCommand(t *testing.T) {
	wh := filepath.Join(t.TempDir(), "w.duckdb")
	db, _ := martstest.Demo(t, filepath.Dir(wh), demogen.Options{Seed: 3, Employees: 300})
	db.Close()
	if out := kinerja(t, "-w", wh, "transform"); !strings.Contains(out, "data tests passed") {
		t.Errorf("transform output: %s", out)
	}
	run := func() (string, error) {
		out, errOut, err := runCLI(t, "-w", wh, "test-data", "--verbose")
		return out + errOut, err
	}
	out, err := run()
	if err != nil || !strings.Contains(out, "  ok    test/unik_dim_unit") || !strings.Contains(out, " 0 failed") {
		t.Fatalf("test-data: %v\n%s", err, out)
	}
	// Break a mart behind the pipeline's back: a duplicated row.
	a := &app{warehouse: wh}
	db, err = a.open(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO mart.ikm SELECT * FROM mart.ikm LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	out, err = run()
	if err == nil || !strings.Contains(out, "FAIL  test/unik_ikm: 1 offending row(s)") || !strings.Contains(out, "e.g. kode_unit=") {
		t.Errorf("test-data on a broken mart: %v\n%s", err, out)
	}
}

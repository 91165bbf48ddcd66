package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/demogen"
)

// TestTestDataCommand runs `kinerja test-data` (through newTestData, until
// the command is registered in main.go) on a demo warehouse: every test
// passes; then breaks a mart and expects a readable failure.
func TestTestDataCommand(t *testing.T) {
	dir := t.TempDir()
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(dir, "data"), Seed: 5, Employees: 300})
	if err != nil {
		t.Fatal(err)
	}
	wh := filepath.Join(dir, "w.duckdb")
	kinerja(t, "-w", wh, "ingest", "--config", sum.Config)
	if out := kinerja(t, "-w", wh, "transform"); !strings.Contains(out, "data tests passed") {
		t.Errorf("transform output: %s", out)
	}
	run := func() (string, error) {
		var out bytes.Buffer
		a := &app{warehouse: wh, out: &out}
		cmd := newTestData(a)
		cmd.SetArgs([]string{"--verbose"})
		cmd.SetOut(&out)
		cmd.SetErr(&out)
		err := cmd.ExecuteContext(context.Background())
		return out.String(), err
	}
	out, err := run()
	if err != nil || !strings.Contains(out, "  ok    test/unik_dim_unit") || !strings.Contains(out, " 0 failed") {
		t.Fatalf("test-data: %v\n%s", err, out)
	}
	// Break a mart behind the pipeline's back: a duplicated row.
	a := &app{warehouse: wh}
	db, err := a.open(context.Background(), false)
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

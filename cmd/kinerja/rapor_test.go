package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// runRapor runs the rapor command against the warehouse wh.
func runRapor(t *testing.T, wh string, args ...string) (string, error) {
	t.Helper()
	out, errOut, err := runCLI(t, append([]string{"-w", wh, "rapor"}, args...)...)
	return out + errOut, err
}

func TestRaporCommand(t *testing.T) {
	cmd := newRapor(&app{})
	if cmd.Short == "" || !strings.Contains(cmd.Example, "kinerja rapor --nip") || !strings.Contains(strings.Join(strings.Fields(cmd.Long), " "), "never part of the dashboards site") {
		t.Errorf("help: short %q, example %q", cmd.Short, cmd.Example)
	}
	for _, f := range []string{"nip", "out", "lang"} {
		if cmd.Flags().Lookup(f) == nil {
			t.Errorf("no --%s", f)
		}
	}

	dir := t.TempDir()
	// An invalid NIP fails before the warehouse is even opened.
	missing := filepath.Join(dir, "missing.duckdb")
	if _, err := runRapor(t, missing, "--nip", "12345", "--out", filepath.Join(dir, "x")); err == nil || !strings.Contains(err.Error(), "18 digit") {
		t.Errorf("invalid NIP: %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Error("the warehouse was created for an invalid NIP")
	}
	if _, err := runRapor(t, missing, "--out", filepath.Join(dir, "x")); err == nil || !strings.Contains(err.Error(), "nip") {
		t.Errorf("no --nip: %v", err)
	}

	// A small demo warehouse, loaded in-process.
	db, _ := martstest.Demo(t, dir, demogen.Options{Seed: 3, Employees: 300})
	wh := db.Path
	var nip, nama string
	if err := db.QueryRow(`SELECT nip, nama FROM core.dim_employee WHERE terkini ORDER BY nip LIMIT 1`).Scan(&nip, &nama); err != nil {
		t.Fatal(err)
	}
	var periods int
	db.QueryRow(`SELECT count(DISTINCT periode) FROM core.fact_appraisal WHERE nip = ?`, nip).Scan(&periods)
	db.Close()

	out := filepath.Join(dir, "rapor")
	spaced := nip[:8] + " " + nip[8:14] + " " + nip[14:15] + " " + nip[15:]
	stdout, err := runRapor(t, wh, "--nip", spaced, "--out", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if !strings.Contains(stdout, "NIP "+nip) || !strings.Contains(stdout, filepath.Join(out, "index.html")) || strings.Contains(stdout, nama) {
		t.Errorf("output (NIP and path, never the name): %s", stdout)
	}
	for _, p := range []string{"index.html", "en/index.html", "assets/echarts.min.js", "data/rapor_predikat.csv"} {
		if _, err := os.Stat(filepath.Join(out, p)); err != nil {
			t.Error(err)
		}
	}
	b, _ := os.ReadFile(filepath.Join(out, "data", "rapor_predikat.csv"))
	if n := strings.Count(string(b), "\n"); n != periods+1 {
		t.Errorf("predikat CSV has %d lines, want %d periods + header", n, periods)
	}

	unknown := filepath.Join(dir, "unknown")
	if _, err := runRapor(t, wh, "--nip", "199912312020121999", "--out", unknown); err == nil ||
		!strings.Contains(err.Error(), "199912312020121999") || !strings.Contains(err.Error(), "tidak ditemukan") {
		t.Errorf("unknown NIP: %v", err)
	}
	if _, err := os.Stat(unknown); !errors.Is(err, os.ErrNotExist) {
		t.Error("unknown NIP: the output directory was created")
	}
	if _, err := runRapor(t, wh, "--nip", nip, "--out", filepath.Join(dir, "en-first"), "--lang", "en"); err != nil {
		t.Error(err)
	} else if _, err := os.Stat(filepath.Join(dir, "en-first", "id", "index.html")); err != nil {
		t.Error(err)
	}
	if _, err := runRapor(t, wh, "--nip", nip, "--out", filepath.Join(dir, "x"), "--lang", "fr"); err == nil {
		t.Error("--lang fr accepted")
	}
}

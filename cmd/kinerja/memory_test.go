package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/warehouse"
)

// memoryRecords are the "memory" records of JSON log lines.
func memoryRecords(t *testing.T, stderr string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == "memory" {
			recs = append(recs, rec)
		}
	}
	return recs
}

// duckLimit is how DuckDB shows the memory_limit size.
func duckLimit(t *testing.T, size string) string {
	t.Helper()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: ":memory:", MemoryLimit: size})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return db.Memory.MemoryLimit
}

// With no flag, a command runs DuckDB with the policy's memory limit and
// threads, `kinerja query` shows them, and JSON logs say so once; flags win.
func TestQueryShowsTheDefaultMemorySettings(t *testing.T) {
	t.Parallel()
	def := warehouse.DefaultsFor(warehouse.HostResources())
	if def.MemoryLimit == 0 {
		t.Skip("no /proc/meminfo")
	}
	w := filepath.Join(t.TempDir(), "w.duckdb")
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: w})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	q := "SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t"
	for _, c := range []struct {
		flags   []string
		limit   string
		threads int
		def     bool
	}{
		{nil, duckLimit(t, fmt.Sprintf("%dMiB", def.MemoryLimit>>20)), def.Threads, true},
		{[]string{"--memory-limit", "300MB", "--threads", "1"}, duckLimit(t, "300MB"), 1, false},
	} {
		args := append(append([]string{"-w", w, "--log-format", "json"}, c.flags...), "query", "--format", "csv", q)
		out, stderr, err := runCLI(t, args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", c.flags, err, stderr)
		}
		if want := fmt.Sprintf("m,t\n%s,%d\n", c.limit, c.threads); out != want {
			t.Errorf("%v: query printed %q, want %q", c.flags, out, want)
		}
		recs := memoryRecords(t, stderr)
		if len(recs) != 1 {
			t.Fatalf("%v: %d memory log records, want 1:\n%s", c.flags, len(recs), stderr)
		}
		r := recs[0]
		if r["memory_limit"] != c.limit || r["threads"] != float64(c.threads) || r["default"] != c.def ||
			!strings.HasPrefix(r["temp_directory"].(string), filepath.Join(os.TempDir(), "kinerja-spill-")) {
			t.Errorf("%v: memory record %v", c.flags, r)
		}
		if c.def && (r["budget_bytes"] != float64(def.Budget) || !strings.Contains(r["summary"].(string), " budget (RAM ")) {
			t.Errorf("default memory record %v", r)
		}
	}
}

// ingest --config takes kinerja.yaml's warehouse settings (memory_limit,
// threads, temp_directory relative to the file), as run does.
func TestIngestConfigTakesWarehouseSettings(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.csv"), []byte("nip,periode,hasil_kerja,perilaku_kerja\n198503122010011003,2025,di_atas,sesuai\n"), 0o644)
	cfg := filepath.Join(dir, "kinerja.yaml")
	os.WriteFile(cfg, []byte(`warehouse:
  memory_limit: 300MB
  threads: 1
  temp_directory: spill
sources:
  - name: skp
    kind: appraisals
    path: a.csv
`), 0o644)
	_, stderr, err := runCLI(t, "-w", filepath.Join(dir, "w.duckdb"), "--log-format", "json", "ingest", "--config", cfg)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	recs := memoryRecords(t, stderr)
	if len(recs) != 1 {
		t.Fatalf("%d memory log records, want 1:\n%s", len(recs), stderr)
	}
	r := recs[0]
	if r["memory_limit"] != duckLimit(t, "300MB") || r["threads"] != float64(1) || r["temp_directory"] != filepath.Join(dir, "spill") || r["default"] != false {
		t.Errorf("memory record %v", r)
	}
}

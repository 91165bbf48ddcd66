package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/warehouse"
)

func runCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRoot(&out, &errOut)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

// The acceptance path: an Open Data Jabar export is ingested as indicators
// without a mapping, and after the transform core.fact_indicator holds its
// values with dotted kode wilayah; the zeros ("no data") are quarantined.
func TestIngestOpenDataJabarThenTransform(t *testing.T) {
	dir := t.TempDir()
	w := filepath.Join(dir, "w.duckdb")
	// A real Open Data Jabar export, read from ../shared (never copied in).
	file := filepath.Join("..", "..", "..", "shared", "data", "opendata", "jabar_stunting_kabkota.csv")
	if _, err := os.Stat(file); err != nil {
		t.Skip("../shared is absent")
	}
	out, _, err := runCLI(t, "-w", w, "--log-format", "json", "ingest", "--kind", "indicators", file)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if !strings.Contains(out, "read 81, loaded 79, quarantined 2") || !strings.Contains(out, "indikator from column persentase_balita_stunting") {
		t.Errorf("ingest output:\n%s", out)
	}
	if out, _, err := runCLI(t, "-w", w, "transform"); err != nil {
		t.Fatalf("transform: %v\n%s", err, out)
	}
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: w, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n, regions int64
	var nilai float64
	var satuan, source string
	var read, loaded, quarantined int64
	if err := db.QueryRow(`SELECT count(*), count(DISTINCT kode_wilayah) FROM core.fact_indicator WHERE indikator = 'persentase_balita_stunting'`).Scan(&n, &regions); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT nilai, satuan FROM core.fact_indicator WHERE kode_wilayah = '32.01' AND periode = '2014' AND indikator = 'persentase_balita_stunting'`).Scan(&nilai, &satuan); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT source, rows_read, rows_loaded, rows_quarantined FROM meta.batches`).Scan(&source, &read, &loaded, &quarantined); err != nil {
		t.Fatal(err)
	}
	if n != 79 || regions != 27 || nilai != 9.04 || satuan != "persen" {
		t.Errorf("fact_indicator: %d rows over %d regions, Bogor 2014 = %v %s", n, regions, nilai, satuan)
	}
	if source != "jabar_stunting_kabkota" || read != 81 || loaded != 79 || quarantined != 2 {
		t.Errorf("meta.batches: %s %d %d %d", source, read, loaded, quarantined)
	}
	var sumedang int64
	db.QueryRow(`SELECT count(*) FROM core.fact_indicator WHERE kode_wilayah = '32.11' AND periode = '2014'`).Scan(&sumedang)
	if sumedang != 0 {
		t.Errorf("the 0 ('no data') of Sumedang 2014 reached the fact table")
	}

	// kinerja quarantine lists the two zeros with their lines.
	qout, _, err := runCLI(t, "-w", w, "quarantine", "--batch", "1")
	if err != nil || !strings.Contains(qout, "2 × nilai: 0 in an open-data export means no data") ||
		!strings.Contains(qout, "line 12  nilai") || !strings.Contains(qout, "line 13  nilai") {
		t.Errorf("quarantine: %v\n%s", err, qout)
	}
}

func TestIngestLogFormatJSON(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join("..", "..", "testdata", "ingest", "appraisals", "comma_clean.csv")
	_, errOut, err := runCLI(t, "-w", filepath.Join(dir, "w.duckdb"), "--log-format", "json", "ingest", "--kind", "appraisals", file)
	if err != nil {
		t.Fatal(err)
	}
	stages := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not a JSON log line: %q", line)
		}
		stages[fmt.Sprint(rec["stage"])] = true
	}
	for _, s := range []string{"scan", "read", "normalise", "commit", "done"} {
		if !stages[s] {
			t.Errorf("no %s line in the JSON log:\n%s", s, errOut)
		}
	}
	if _, _, err := runCLI(t, "--log-format", "xml", "version"); err == nil {
		t.Errorf("--log-format xml accepted")
	}
}

func TestValidateConfig(t *testing.T) {
	dir := t.TempDir()
	td, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "ingest"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer tok" {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		fmt.Fprint(w, `[{"nip":"198001012005011001","periode":"2025","hasil_kerja":"sesuai","perilaku_kerja":"sesuai"}]`)
	}))
	defer srv.Close()
	cfg := fmt.Sprintf(`warehouse:
  memory_limit: 1GB
sources:
  - name: penilaian
    kind: appraisals
    path: %[1]s/appraisals/bad_rating_label.csv
  - name: gz
    kind: appraisals
    path: %[1]s/appraisals/gzip_*.gz
  - name: hilang
    kind: appraisals
    path: %[1]s/appraisals/tidak_ada_*.csv
  - name: api
    kind: appraisals
    url: %[2]s/api
    token_env: KINERJA_TEST_TOKEN
`, td, srv.URL)
	p := filepath.Join(dir, "kinerja.yaml")
	os.WriteFile(p, []byte(cfg), 0o644)
	w := filepath.Join(dir, "w.duckdb")
	t.Setenv("KINERJA_TEST_TOKEN", "tok")
	out, _, err := runCLI(t, "-w", w, "validate", "--config", p)
	var ee exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("validate: %v, want exit 1 (a glob matches nothing, a gzip file is truncated)\n%s", err, out)
	}
	for _, want := range []string{
		"read 3, would load 2, quarantine 1",
		"1 × hasil_kerja: not di_atas, sesuai or di_bawah (ekspektasi): 'luar biasa' (on line 2)",
		"gz/gzip_lines.ndjson.gz", "gz/gzip_semicolon.csv.gz",
		"FAILED  gz/gzip_truncated.csv.gz", "FAILED  hilang", "no file matches",
		"api                          " + srv.URL + "/api: read 1, would load 1, quarantine 0",
		"6 file(s) checked, 2 would fail, 2 row(s) would be quarantined",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("validate output lacks %q:\n%s", want, out)
		}
	}
	if _, err := os.Stat(w); err == nil {
		t.Errorf("validate created the warehouse")
	}
	// A config with a token in it is refused; a good one passes.
	os.WriteFile(p, []byte("sources:\n  - name: api\n    kind: appraisals\n    url: "+srv.URL+"\n    token: abc\n"), 0o644)
	if _, _, err := runCLI(t, "validate", "--config", p); err == nil || !strings.Contains(err.Error(), "token") {
		t.Errorf("token in config: %v", err)
	}
	os.WriteFile(p, []byte(fmt.Sprintf("sources:\n  - name: ok\n    kind: appraisals\n    path: %s/appraisals/comma_clean.csv\n", td)), 0o644)
	if out, _, err := runCLI(t, "validate", "--config", p); err != nil {
		t.Errorf("good config: %v\n%s", err, out)
	}
}

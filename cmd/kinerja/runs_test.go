package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/warehouse"
)

// Tiny inputs shared by the tests of meta.runs and the JSON logs.
const (
	runsUnitsCSV   = "kode_unit,nama_unit,kode_wilayah\nA,Dinas A,14.72\n"
	runsNotUnits   = "nomor,nama\n1,Budi\n" // no column of any kind: the file fails
	runsRegionsCSV = "kode_wilayah,nama,tingkat,kode_induk\n14,Riau,provinsi,\n14.72,Kota Dumai,kabkota,14\nxx,Entah,desa,14\n"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Issue 11.10: every ingest, transform and dashboards run leaves its row in
// meta.runs, failed or not: an ingest with a file that cannot be read, a
// dashboards run before any transform (read-only: recorded in a short write
// after), a transform whose data test fails (its transaction rolls back,
// the row stays), then the good ingest, transform and dashboards.
func TestRunsRecordEveryCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w := filepath.Join(dir, "w.duckdb")
	site := filepath.Join(dir, "site")
	writeFiles(t, dir, map[string]string{"unit.csv": runsUnitsCSV, "pegawai.csv": runsNotUnits, "wilayah.csv": runsRegionsCSV})
	in := func(name string) string { return filepath.Join(dir, name) }
	steps := []struct {
		fail bool
		args []string
	}{
		{true, []string{"ingest", "--kind", "units", in("unit.csv"), in("pegawai.csv")}},
		{true, []string{"dashboards", "--out", site}},
		{true, []string{"transform"}}, // unit A's region 14.72 is unknown: relasi_dim_unit_region fails
		{false, []string{"ingest", "--kind", "regions", in("wilayah.csv")}},
		{false, []string{"transform"}},
		{false, []string{"dashboards", "--out", site}},
	}
	for _, s := range steps {
		out, _, err := runCLI(t, append([]string{"-w", w}, s.args...)...)
		if (err != nil) != s.fail {
			t.Fatalf("%v: err %v\n%s", s.args, err, out)
		}
	}

	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: w, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var built int64
	rows, err := db.Query(`SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name IN ('core', 'mart')`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var s, n string
		rows.Scan(&s, &n)
		tables = append(tables, warehouse.QuoteIdent(s)+"."+warehouse.QuoteIdent(n))
	}
	rows.Close()
	for _, tb := range tables {
		var n int64
		if err := db.QueryRow("SELECT count(*) FROM " + tb).Scan(&n); err != nil {
			t.Fatal(err)
		}
		built += n
	}
	pages, _ := filepath.Glob(filepath.Join(site, "*.html"))
	more, _ := filepath.Glob(filepath.Join(site, "*", "*.html"))
	deeper, _ := filepath.Glob(filepath.Join(site, "*", "*", "*.html"))
	nPages := int64(len(pages) + len(more) + len(deeper))

	type row struct {
		command, args, version, status string
		read, loaded, quarantined      sql.NullInt64
		built, pages                   sql.NullInt64
		errText                        string
		ordered                        bool
	}
	got, err := db.Query(`SELECT command, args, kinerja_version, status, rows_read, rows_loaded, rows_quarantined, rows_built, pages,
		coalesce(error, ''), started_at <= finished_at FROM meta.runs ORDER BY run_id`)
	if err != nil {
		t.Fatal(err)
	}
	var runs []row
	for got.Next() {
		var r row
		if err := got.Scan(&r.command, &r.args, &r.version, &r.status, &r.read, &r.loaded, &r.quarantined, &r.built, &r.pages, &r.errText, &r.ordered); err != nil {
			t.Fatal(err)
		}
		runs = append(runs, r)
	}
	got.Close()
	if len(runs) != len(steps) {
		t.Fatalf("%d runs recorded, want %d: %+v", len(runs), len(steps), runs)
	}
	n := func(v int64) sql.NullInt64 { return sql.NullInt64{Int64: v, Valid: true} }
	null := sql.NullInt64{}
	want := []struct {
		command, status           string
		read, loaded, quarantined sql.NullInt64
		built, pages              sql.NullInt64
		errHas                    string
	}{
		{"ingest", "failed", n(1), n(1), n(0), null, null, "pegawai.csv: missing required column(s)"},
		{"dashboards", "failed", null, null, null, null, null, "run `kinerja transform` first"},
		{"transform", "failed", null, null, null, null, null, "relasi_dim_unit_region"},
		{"ingest", "ok", n(3), n(2), n(1), null, null, ""},
		{"transform", "ok", null, null, null, n(built), null, ""},
		{"dashboards", "ok", null, null, null, null, n(nPages), ""},
	}
	for i, w := range want {
		r := runs[i]
		if r.command != w.command || r.status != w.status || r.read != w.read || r.loaded != w.loaded || r.quarantined != w.quarantined ||
			r.built != w.built || r.pages != w.pages || !r.ordered || r.version != version {
			t.Errorf("run %d: %+v\nwant %+v", i+1, r, w)
		}
		if (w.errHas == "") != (r.errText == "") || !strings.Contains(r.errText, w.errHas) {
			t.Errorf("run %d error %q, want one with %q", i+1, r.errText, w.errHas)
		}
		if !strings.HasPrefix(r.args, strings.Join(steps[i].args[:1], " ")) {
			t.Errorf("run %d args %q", i+1, r.args)
		}
	}
	if built == 0 || nPages == 0 {
		t.Errorf("nothing built (%d rows, %d pages): the test proves nothing", built, nPages)
	}
	// The failed transform was rolled back: one transform published.
	var published int
	db.QueryRow(`SELECT count(*) FROM meta.transform_runs`).Scan(&published)
	if published != 1 {
		t.Errorf("%d transforms published, want 1", published)
	}

	// kinerja runs lists them, newest first; --failed only the failed ones.
	out, _, err := runCLI(t, "-w", w, "runs")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"6     dashboards", fmt.Sprintf("%d pages", nPages), fmt.Sprintf("%d rows built", built),
		"read 3, loaded 2, quarantined 1", "data test(s) failed; nothing was published"} {
		if !strings.Contains(out, s) {
			t.Errorf("runs lacks %q:\n%s", s, out)
		}
	}
	if strings.Index(out, "6     dashboards") > strings.Index(out, "1     ingest") {
		t.Errorf("runs not newest first:\n%s", out)
	}
	out, _, _ = runCLI(t, "-w", w, "runs", "--failed")
	if strings.Count(out, "s  failed  ") != 3 || strings.Contains(out, "  ok  ") {
		t.Errorf("runs --failed:\n%s", out)
	}
}

// The arguments recorded in meta.runs keep no credentials of a URL.
func TestRunArgsHaveNoCredentials(t *testing.T) {
	got := redactText("GET https://budi:rahasia@api.example.go.id/v1?page=2&api_key=abc123&token=xyz: HTTP 401")
	if strings.Contains(got, "rahasia") || strings.Contains(got, "abc123") || strings.Contains(got, "xyz") || !strings.Contains(got, "page=2") {
		t.Errorf("redacted: %q", got)
	}
}

// Issue 11.10: with --log-format json every line on stderr is a JSON object:
// one "file" record per file with its counts, one "quarantined" record per
// reason with the first row's line and field, one "error" record per failed
// file (with the line it names) and the run's outcome.
func TestIngestJSONLogRecords(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"wilayah.csv": runsRegionsCSV,
		// a quote on line 3 that never closes: the file fails, naming the line
		"kutip.csv": "kode_wilayah,nama,tingkat,kode_induk\n14,Riau,provinsi,\n14.72,\"Kota Dumai,kabkota,14\n14.73,Kota X,kabkota,14\n",
	})
	_, errOut, err := runCLI(t, "-w", filepath.Join(dir, "w.duckdb"), "--log-format", "json", "ingest", "--kind", "regions",
		filepath.Join(dir, "wilayah.csv"), filepath.Join(dir, "kutip.csv"))
	if err == nil {
		t.Fatal("the unclosed quote did not fail")
	}
	byMsg := map[string][]map[string]any{}
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not a JSON line: %q", line)
		}
		byMsg[fmt.Sprint(rec["msg"])] = append(byMsg[fmt.Sprint(rec["msg"])], rec)
	}
	str := func(rec map[string]any, keys ...string) string {
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprint(rec[k]))
		}
		return strings.Join(parts, " ")
	}
	files := byMsg["file"]
	if len(files) != 2 {
		t.Fatalf("%d file records, want 2:\n%s", len(files), errOut)
	}
	if got := str(files[0], "kind", "source", "status", "rows_read", "rows_loaded", "rows_quarantined", "batch_id"); got != "regions wilayah loaded 3 2 1 1" ||
		filepath.Base(fmt.Sprint(files[0]["file"])) != "wilayah.csv" || files[0]["duration_s"] == nil {
		t.Errorf("first file record: %v", files[0])
	}
	if got := str(files[1], "status", "rows_read", "rows_loaded"); got != "failed 0 0" || filepath.Base(fmt.Sprint(files[1]["file"])) != "kutip.csv" {
		t.Errorf("second file record: %v", files[1])
	}
	q := byMsg["quarantined"]
	if len(q) != 1 || str(q[0], "field", "line", "rows", "batch_id") != "kode_wilayah 4 1 1" || !strings.Contains(fmt.Sprint(q[0]["reason"]), "'xx'") {
		t.Errorf("quarantined records: %v", q)
	}
	e := byMsg["error"]
	if len(e) != 1 || str(e[0], "line", "level") != "3 ERROR" || !strings.Contains(fmt.Sprint(e[0]["error"]), "never closed") ||
		filepath.Base(fmt.Sprint(e[0]["file"])) != "kutip.csv" {
		t.Errorf("error records: %v", e)
	}
	r := byMsg["run"]
	if len(r) != 1 || str(r[0], "command", "status", "rows_read", "rows_loaded", "rows_quarantined") != "ingest failed 3 2 1" {
		t.Errorf("run records: %v", r)
	}
}

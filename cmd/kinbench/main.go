// Command kinbench measures the kinerja pipeline stage by stage against bare
// DuckDB on the same files (issue 6).
//
// Each kinerja stage (generate, ingest, transform with its data tests,
// dashboards) runs as a child process of the built kinerja binary, so its
// wall time and peak RSS (rusage Maxrss) are its own. The baseline is one
// child process (kinbench itself, -baseline) holding one DuckDB session:
// plain read_csv of every source into tables shaped like raw.* (canonical
// column names and types), then the same SQL files kinerja runs
// (transform.Models() and marts.Models(), models and data tests) in one
// transaction. It prints: stage, rows, seconds, rows/s, peak RSS, and the
// ratio kinerja / baseline for ingest and transform.
//
//	go build -o bin/kinerja ./cmd/kinerja
//	go run ./cmd/kinbench -kinerja bin/kinerja -scale 200000 -regions ../shared/data/wilayah_kabkota.csv -work /var/tmp/kb
//
// Data in -work/data is reused when its kinerja.yaml exists (-regenerate to
// write it again); each run starts from fresh warehouses.
//
// The refresh stage (after the dashboards; -refresh=false skips it,
// -only-refresh runs it alone on the warehouse an earlier run left in -work)
// writes one new quarter from the built warehouse (next_quarter.sql: the
// latest quarter's appraisals, requests and IKM responses, moved on a
// quarter), copies the warehouse, and times ingest of those files +
// transform (which refreshes) + dashboards on the copy, against the full run.
package main

import (
	"bufio"
	"context"
	"database/sql"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

type stage struct {
	name    string
	rows    int64
	secs    float64
	rssMB   float64
	baseS   float64 // 0 = no baseline
	baseRSS float64
}

func main() {
	var (
		bin        = flag.String("kinerja", "bin/kinerja", "the built kinerja binary")
		scale      = flag.String("scale", "200000", "demo, national, or a number of employees")
		regions    = flag.String("regions", "synthetic", "regions for the national shape: a wilayah_kabkota.csv or synthetic")
		work       = flag.String("work", "", "work directory (data, warehouses, site); required")
		memory     = flag.String("memory-limit", "", "DuckDB memory_limit for kinerja and the baseline (e.g. 8GB)")
		threads    = flag.Int("threads", 0, "DuckDB threads (0 = DuckDB's default)")
		regenerate = flag.Bool("regenerate", false, "write the data again even if it exists")
		refresh    = flag.Bool("refresh", true, "also time the refresh of one new quarter")
		onlyRefr   = flag.Bool("only-refresh", false, "time only the refresh, on the warehouse an earlier run left in -work")
		onlyIngest = flag.Bool("only-ingest", false, "time only the ingest and the baseline's read_csv of the same files")
		bareTr     = flag.Bool("baseline-transform", true, "also run the transform's SQL in the baseline (false: the baseline's read_csv only, 10-20 minutes less nationally)")
		baseline   = flag.String("baseline", "", "internal: run the baseline on this data directory")
		baseDB     = flag.String("baseline-db", "", "internal: the baseline's database file")
	)
	flag.Parse()
	if *baseline != "" {
		if err := runBaseline(*baseline, *baseDB, *memory, *threads, *onlyIngest); err != nil {
			fmt.Fprintln(os.Stderr, "kinbench baseline:", err)
			os.Exit(1)
		}
		return
	}
	if *work == "" {
		fmt.Fprintln(os.Stderr, "kinbench: -work is required")
		os.Exit(2)
	}
	if *onlyRefr {
		bin, _ := filepath.Abs(*bin)
		st, err := refreshStage(bin, *work, globalFlags(*memory, *threads))
		if err != nil {
			fmt.Fprintln(os.Stderr, "kinbench:", err)
			os.Exit(1)
		}
		printTable(st, 0, 0)
		return
	}
	if err := bench(*bin, *scale, *regions, *work, *memory, *threads, *regenerate, *refresh && !*onlyIngest, *onlyIngest, *bareTr); err != nil {
		fmt.Fprintln(os.Stderr, "kinbench:", err)
		os.Exit(1)
	}
}

// child runs a command and returns its wall time and peak RSS in MB.
func child(name string, args ...string) (float64, float64, []byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	out, err := cmd.Output()
	secs := time.Since(start).Seconds()
	if err != nil {
		return secs, 0, out, fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	rss := 0.0
	if ru != nil {
		rss = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	return secs, rss, out, nil
}

// globalFlags are kinerja's flags for memory and threads.
func globalFlags(memory string, threads int) []string {
	var g []string
	if memory != "" {
		g = append(g, "--memory-limit", memory)
	}
	if threads > 0 {
		g = append(g, "--threads", fmt.Sprint(threads))
	}
	return g
}

//go:embed next_quarter.sql
var nextQuarterSQL string

// refreshStage writes a new quarter from work/kinerja.duckdb, copies the
// warehouse to work/refresh.duckdb and the site the full run built to
// work/site-refresh (as a site already published, times kept), and times
// kinerja ingest of the quarter, transform and dashboards on the copies.
func refreshStage(bin, work string, flags []string) ([]stage, error) {
	wh := filepath.Join(work, "kinerja.duckdb")
	dir := filepath.Join(work, "next_quarter")
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	db, err := sql.Open("duckdb", wh+"?access_mode=read_only")
	if err != nil {
		return nil, err
	}
	_, err = db.Exec(strings.ReplaceAll(nextQuarterSQL, "{{dir}}", dir))
	db.Close()
	if err != nil {
		return nil, fmt.Errorf("writing the new quarter: %w", err)
	}
	cfg := filepath.Join(dir, "kinerja.yaml")
	if err := os.WriteFile(cfg, []byte(`sources:
  - {name: penilaian_next, kind: appraisals, path: penilaian_next.csv}
  - {name: permohonan_next, kind: service_requests, path: permohonan_next.csv}
  - {name: skm_next, kind: survey_responses, path: skm_next.csv}
`), 0o644); err != nil {
		return nil, err
	}
	rw := filepath.Join(work, "refresh.duckdb")
	for _, f := range []string{rw, rw + ".wal", rw + ".snapshot"} {
		os.Remove(f)
	}
	if out, err := exec.Command("cp", "--sparse=always", wh, rw).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("copying the warehouse: %v %s", err, out)
	}
	// The refresh publishes into the site the full run left, as it would
	// into a site already on the web server (not into whatever an earlier
	// bench left under site-refresh).
	siteRefresh := filepath.Join(work, "site-refresh")
	os.RemoveAll(siteRefresh)
	if _, err := os.Stat(filepath.Join(work, "site")); err == nil {
		if out, err := exec.Command("cp", "-a", filepath.Join(work, "site"), siteRefresh).CombinedOutput(); err != nil {
			return nil, fmt.Errorf("copying the site: %v %s", err, out)
		}
	}
	global := append([]string{"-w", rw, "--log-format", "text"}, flags...)
	var st []stage
	for _, s := range []struct {
		name string
		args []string
	}{
		{"refresh: ingest the new quarter", []string{"ingest", "--config", cfg}},
		{"refresh: transform + data tests", []string{"transform", "-v"}},
		{"refresh: dashboards", []string{"dashboards", "--out", siteRefresh}},
	} {
		secs, rss, out, err := child(bin, append(append([]string{}, global...), s.args...)...)
		if err != nil {
			return st, err
		}
		os.Stderr.Write(out)
		st = append(st, stage{name: s.name, rows: -1, secs: secs, rssMB: rss})
	}
	var rows int64
	db, err = sql.Open("duckdb", rw+"?access_mode=read_only")
	if err != nil {
		return st, err
	}
	defer db.Close()
	if err := db.QueryRow(`SELECT sum(rows_loaded) FROM meta.batches WHERE source LIKE '%_next'`).Scan(&rows); err != nil {
		return st, err
	}
	st[0].rows = rows
	return st, nil
}

func bench(bin, scale, regions, work, memory string, threads int, regenerate, refresh, onlyIngest, bareTransform bool) error {
	bin, _ = filepath.Abs(bin)
	data := filepath.Join(work, "data")
	wh := filepath.Join(work, "kinerja.duckdb")
	base := filepath.Join(work, "baseline.duckdb")
	site := filepath.Join(work, "site")
	for _, f := range []string{wh, wh + ".wal", base, base + ".wal"} {
		os.Remove(f)
	}
	os.RemoveAll(site)
	var stages []stage
	cfg := filepath.Join(data, "kinerja.yaml")
	if _, err := os.Stat(cfg); err != nil || regenerate {
		os.RemoveAll(data)
		args := []string{"generate", "--out", data, "--scale", scale}
		if scale != "demo" { // a number or national: the national shape
			args = append(args, "--regions", regions)
		}
		s, rss, _, err := child(bin, args...)
		if err != nil {
			return err
		}
		stages = append(stages, stage{name: "generate", rows: -1, secs: s, rssMB: rss})
	}
	global := []string{"-w", wh, "--log-format", "text"}
	if memory != "" {
		global = append(global, "--memory-limit", memory)
	}
	if threads > 0 {
		global = append(global, "--threads", fmt.Sprint(threads))
	}
	run := func(name string, args ...string) error {
		s, rss, out, err := child(bin, append(append([]string{}, global...), args...)...)
		if err != nil {
			return err
		}
		os.Stderr.Write(out) // the transform's time per model (-v), the ingest's summary
		stages = append(stages, stage{name: name, secs: s, rssMB: rss})
		return nil
	}
	if err := run("ingest", "ingest", "--config", cfg); err != nil {
		return err
	}
	if !onlyIngest {
		if err := run("transform + data tests", "transform", "-v"); err != nil {
			return err
		}
		if err := run("dashboards", "dashboards", "--out", site); err != nil {
			return err
		}
	}
	// rows per stage, from the warehouse
	db, err := sql.Open("duckdb", wh+"?access_mode=read_only")
	if err != nil {
		return err
	}
	ingRows, trRows, err := countRows(db, true)
	db.Close()
	if err != nil {
		return err
	}
	pages := int64(0)
	filepath.Walk(site, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() && strings.HasSuffix(p, ".html") {
			pages++
		}
		return nil
	})
	if refresh {
		rs, err := refreshStage(bin, work, globalFlags(memory, threads))
		if err != nil {
			return err
		}
		stages = append(stages, rs...)
	}
	// the baseline, one DuckDB session in one child process
	self, _ := os.Executable()
	args := []string{"-baseline", data, "-baseline-db", base}
	if memory != "" {
		args = append(args, "-memory-limit", memory)
	}
	if threads > 0 {
		args = append(args, "-threads", fmt.Sprint(threads))
	}
	if onlyIngest || !bareTransform {
		args = append(args, "-only-ingest")
	}
	bs, brss, out, err := child(self, args...)
	if err != nil {
		return err
	}
	var br baseResult
	if err := json.Unmarshal(out, &br); err != nil {
		return fmt.Errorf("baseline output %q: %w", out, err)
	}
	for i := range stages {
		switch stages[i].name {
		case "ingest":
			stages[i].rows, stages[i].baseS, stages[i].baseRSS = ingRows, br.IngestS, br.IngestRSSMB
		case "transform + data tests":
			stages[i].rows, stages[i].baseS, stages[i].baseRSS = trRows, br.TransformS, brss
		case "dashboards":
			stages[i].rows = pages
		}
	}
	if br.IngestRows != ingRows {
		fmt.Fprintf(os.Stderr, "kinbench: warning: baseline loaded %d rows, kinerja %d\n", br.IngestRows, ingRows)
	}
	printTable(stages, bs, brss)
	return nil
}

// countRows returns the rows loaded into raw.* and the rows written to
// core.* and mart.* tables.
func countRows(db *sql.DB, kinerja bool) (int64, int64, error) {
	var ing, tr int64
	q := `SELECT coalesce(sum(estimated_size), 0) FROM duckdb_tables() WHERE schema_name = 'raw'`
	if kinerja {
		q = `SELECT coalesce(sum(rows_loaded), 0) FROM meta.batches WHERE replaced_by IS NULL`
	}
	if err := db.QueryRow(q).Scan(&ing); err != nil {
		return 0, 0, err
	}
	err := db.QueryRow(`SELECT coalesce(sum(estimated_size), 0) FROM duckdb_tables() WHERE schema_name IN ('core', 'mart')`).Scan(&tr)
	return ing, tr, err
}

func printTable(st []stage, baseTotal, baseRSS float64) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\trows\tseconds\trows/s\tpeak RSS MB\tbaseline s\tbaseline RSS MB\tkinerja/baseline\t")
	total, refresh := 0.0, 0.0
	for _, s := range st {
		rows, rate := "-", "-"
		if s.rows >= 0 {
			rows = fmt.Sprint(s.rows)
			rate = fmt.Sprintf("%.0f", float64(s.rows)/s.secs)
		}
		b, brss, ratio := "-", "-", "-"
		if s.baseS > 0 {
			b, brss, ratio = fmt.Sprintf("%.1f", s.baseS), fmt.Sprintf("%.0f", s.baseRSS), fmt.Sprintf("%.2f", s.secs/s.baseS)
		}
		switch {
		case strings.HasPrefix(s.name, "refresh:"):
			refresh += s.secs
		case s.name != "generate":
			total += s.secs
		}
		fmt.Fprintf(tw, "%s\t%s\t%.1f\t%s\t%.0f\t%s\t%s\t%s\t\n", s.name, rows, s.secs, rate, s.rssMB, b, brss, ratio)
	}
	if total > 0 {
		fmt.Fprintf(tw, "pipeline (ingest+transform+dashboards)\t\t%.1f\t\t\t%.1f\t%.0f\t\t\n", total, baseTotal, baseRSS)
	}
	if refresh > 0 {
		share := "-"
		if total > 0 {
			share = fmt.Sprintf("%.2f of the pipeline", refresh/total)
		}
		fmt.Fprintf(tw, "refresh (one new quarter)\t\t%.1f\t\t\t\t\t%s\t\n", refresh, share)
	}
	tw.Flush()
}

type baseResult struct {
	IngestS, TransformS float64
	IngestRSSMB         float64
	IngestRows          int64
}

// baseDDL is the part of kinerja's meta schema the marts read.
const baseDDL = `
CREATE SCHEMA raw; CREATE SCHEMA stg; CREATE SCHEMA core; CREATE SCHEMA mart; CREATE SCHEMA meta;
CREATE TABLE meta.batches (batch_id BIGINT, source VARCHAR, kind VARCHAR, path VARCHAR, format VARCHAR, sha256 VARCHAR,
  rows_read BIGINT, rows_loaded BIGINT, rows_quarantined BIGINT, loaded_at TIMESTAMP, replaced_by BIGINT);
CREATE TABLE meta.quarantine (batch_id BIGINT, source VARCHAR, path VARCHAR, line BIGINT, field VARCHAR, reason VARCHAR, raw VARCHAR, location VARCHAR);
CREATE TABLE meta.settings (key VARCHAR, value VARCHAR);
INSERT INTO meta.settings VALUES ('pseudonym_salt', 'baseline');
CREATE TABLE meta.transform_runs (started_at TIMESTAMP, finished_at TIMESTAMP, models INTEGER);
`

func duckType(t ingest.FieldType) string {
	switch t {
	case ingest.Date:
		return "DATE"
	case ingest.Timestamp:
		return "TIMESTAMP"
	case ingest.Decimal:
		return "DOUBLE"
	case ingest.Integer:
		return "BIGINT"
	case ingest.Score:
		return "INTEGER"
	}
	return "VARCHAR"
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// runBaseline is the bare DuckDB run: read_csv into raw.* tables, then the
// transform and mart SQL in one transaction, in one session (unless
// onlyIngest). It prints a baseResult as JSON. Without -memory-limit and
// -threads it runs under kinerja's own defaults (warehouse.DefaultsFor), not
// DuckDB's (80 % of RAM), so that both sides have the same memory.
func runBaseline(data, dbPath, memory string, threads int, onlyIngest bool) error {
	ctx := context.Background()
	cfg, err := ingest.LoadConfig(filepath.Join(data, "kinerja.yaml"))
	if err != nil {
		return err
	}
	db, err := sql.Open("duckdb", dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	def := warehouse.DefaultsFor(warehouse.HostResources())
	if memory == "" && def.MemoryLimit > 0 {
		memory = fmt.Sprintf("%dMiB", def.MemoryLimit>>20)
	}
	if threads == 0 {
		threads = def.Threads
	}
	if memory != "" {
		if _, err := conn.ExecContext(ctx, "SET memory_limit = "+quote(memory)); err != nil {
			return err
		}
	}
	if threads > 0 {
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("SET threads = %d", threads)); err != nil {
			return err
		}
	}
	var res baseResult
	start := time.Now()
	if _, err := conn.ExecContext(ctx, baseDDL); err != nil {
		return err
	}
	created := map[string]bool{}
	for i, s := range cfg.Sources {
		k, err := ingest.LookupKind(s.Kind)
		if err != nil {
			return err
		}
		files, err := filepath.Glob(cfg.Resolve(s.Path))
		if err != nil || len(files) == 0 {
			return fmt.Errorf("source %s: no files (%v)", s.Name, err)
		}
		if strings.ToLower(filepath.Ext(files[0])) != ".csv" {
			return fmt.Errorf("source %s: the baseline reads CSV only (%s)", s.Name, files[0])
		}
		header, err := firstLine(files[0])
		if err != nil {
			return err
		}
		var cols, sel []string
		present := map[string]bool{}
		for _, h := range header {
			f, ok := k.Field(h)
			t := "VARCHAR"
			if ok {
				t = duckType(f.Type)
			}
			cols = append(cols, fmt.Sprintf("%s: '%s'", quote(h), t))
			present[h] = true
		}
		for _, f := range k.Fields {
			if present[f.Name] {
				sel = append(sel, `"`+f.Name+`"`)
			} else {
				sel = append(sel, fmt.Sprintf(`CAST(NULL AS %s) AS "%s"`, duckType(f.Type), f.Name))
			}
		}
		var list []string
		for _, f := range files {
			list = append(list, quote(f))
		}
		src := fmt.Sprintf("SELECT CAST(%d AS BIGINT) AS _batch, CAST(row_number() OVER () AS BIGINT) AS _line, %s FROM read_csv([%s], header = true, columns = {%s})",
			i+1, strings.Join(sel, ", "), strings.Join(list, ", "), strings.Join(cols, ", "))
		q := fmt.Sprintf("CREATE TABLE raw.%s AS %s", k.Name, src)
		existed := created[k.Name]
		if existed {
			q = fmt.Sprintf("INSERT INTO raw.%s %s", k.Name, src)
		}
		created[k.Name] = true
		// Rows by count: DuckDB 1.5 reports no rows affected for CREATE
		// TABLE AS.
		var before, n int64
		if existed {
			conn.QueryRowContext(ctx, "SELECT count(*) FROM raw."+k.Name).Scan(&before)
		}
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("source %s: %w", s.Name, err)
		}
		if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM raw."+k.Name).Scan(&n); err != nil {
			return err
		}
		n -= before
		res.IngestRows += n
		if _, err := conn.ExecContext(ctx, `INSERT INTO meta.batches VALUES (?, ?, ?, ?, 'csv', '', ?, ?, 0, now()::TIMESTAMP, NULL)`,
			i+1, s.Name, k.Name, s.Path, n, n); err != nil {
			return err
		}
	}
	// kinds without a source get an empty raw table, as kinerja's Prepare does
	for _, name := range ingest.KindNames() {
		if created[name] {
			continue
		}
		k, _ := ingest.LookupKind(name)
		var cols []string
		for _, f := range k.Fields {
			cols = append(cols, fmt.Sprintf(`"%s" %s`, f.Name, duckType(f.Type)))
		}
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("CREATE TABLE raw.%s (_batch BIGINT, _line BIGINT, %s)", name, strings.Join(cols, ", "))); err != nil {
			return err
		}
	}
	res.IngestS = time.Since(start).Seconds()
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	res.IngestRSSMB = float64(ru.Maxrss) / 1024
	if onlyIngest {
		return json.NewEncoder(os.Stdout).Encode(res)
	}

	start = time.Now()
	if _, err := conn.ExecContext(ctx, transform.SessionSQL()); err != nil {
		return err
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var tests []transform.Model
	for _, m := range append(transform.Models(), marts.Models()...) {
		if m.Test {
			tests = append(tests, m)
			continue
		}
		if _, err := tx.ExecContext(ctx, m.FullSQL()); err != nil {
			return fmt.Errorf("model %s: %w", m.Name, err)
		}
	}
	for _, t := range tests {
		var n int64
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM ("+t.FullSQL()+") AS offending").Scan(&n); err != nil {
			return fmt.Errorf("data test %s: %w", t.Name, err)
		}
		if n > 0 {
			fmt.Fprintf(os.Stderr, "baseline: data test %s: %d offending rows\n", t.Name, n)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	res.TransformS = time.Since(start).Seconds()
	return json.NewEncoder(os.Stdout).Encode(res)
}

func firstLine(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return strings.Split(strings.TrimSpace(sc.Text()), ","), nil
}

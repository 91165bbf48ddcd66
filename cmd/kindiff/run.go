package main

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

const resendYAML = `# kindiff resend: keys sent again (sql/resend.sql)
sources:
  - {name: penilaian_kirim_ulang, kind: appraisals, path: penilaian_kirim_ulang.csv}
  - {name: penilaian_kirim_ulang_2, kind: appraisals, path: penilaian_kirim_ulang_2.csv}
  - {name: permohonan_kirim_ulang, kind: service_requests, path: permohonan_kirim_ulang.csv}
  - {name: permohonan_kirim_ulang_2, kind: service_requests, path: permohonan_kirim_ulang_2.csv}
`

// resend writes the re-sent batches of wh's raw layer into dir.
func resend(wh, dir string) error {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	db, err := sql.Open("duckdb", wh+"?access_mode=read_only")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // the temp tables live in one connection
	if _, err := db.Exec(sqlText("resend", "{{dir}}", strings.ReplaceAll(dir, "'", "''"))); err != nil {
		return fmt.Errorf("writing the re-sent batches: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, "kinerja.yaml"), []byte(resendYAML), 0o644)
}

// kinerja runs one kinerja command, its output appended to log.
func kinerja(bin, log string, args ...string) (time.Duration, []byte, error) {
	cmd := exec.Command(bin, args...)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	d := time.Since(start)
	f, ferr := os.OpenFile(log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if ferr == nil {
		fmt.Fprintf(f, "$ %s %s\n%s\n", bin, strings.Join(args, " "), out)
		f.Close()
	}
	if err != nil {
		return d, out, fmt.Errorf("%s %s: %w (log: %s)", bin, strings.Join(args, " "), err, log)
	}
	return d, out, nil
}

// removeWarehouse removes a warehouse file and what kinerja keeps beside it
// (its WAL, write lock, snapshot and spill directory).
func removeWarehouse(p string) {
	for _, f := range []string{p, p + ".wal", p + ".lock", p + ".snapshot", p + ".tmp"} {
		os.RemoveAll(f)
	}
}

func copyWarehouse(src, dst string) error {
	removeWarehouse(dst)
	if out, err := exec.Command("cp", "--sparse=always", src, dst).CombinedOutput(); err != nil {
		return fmt.Errorf("copying %s: %v %s", src, err, out)
	}
	return nil
}

// modelLine is one line of transform -v: a model (or the data tests) and its seconds.
var modelLine = regexp.MustCompile(`(?m)^  (\S.*?)\s+([0-9.]+)s$`)

func modelTimes(out []byte) (names []string, secs map[string]float64) {
	secs = map[string]float64{}
	for _, m := range modelLine.FindAllSubmatch(out, -1) {
		s, err := strconv.ParseFloat(string(m[2]), 64)
		if err != nil {
			continue
		}
		name := string(m[1])
		if _, ok := secs[name]; !ok {
			names = append(names, name)
		}
		secs[name] = s
	}
	return names, secs
}

// run is the whole check (see the package comment).
func run(oldBin, newBin, data, work string, repeat int, o compareOpts) (bool, error) {
	for _, p := range []*string{&oldBin, &newBin, &data, &work} {
		a, err := filepath.Abs(*p)
		if err != nil {
			return false, err
		}
		*p = a
	}
	if err := os.MkdirAll(work, 0o755); err != nil {
		return false, err
	}
	log := filepath.Join(work, "kindiff.log")
	// not raw.duckdb: DuckDB names the catalog after the file, and a catalog
	// "raw" makes kinerja's references to the schema raw ambiguous
	raw := filepath.Join(work, "loaded.duckdb")
	removeWarehouse(raw)
	d, _, err := kinerja(oldBin, log, "-w", raw, "--log-format", "text", "ingest", "--config", filepath.Join(data, "kinerja.yaml"))
	if err != nil {
		return false, err
	}
	fmt.Printf("ingest %s: %.1fs\n", data, d.Seconds())
	rs := filepath.Join(work, "resend")
	if err := resend(raw, rs); err != nil {
		return false, err
	}
	d, _, err = kinerja(oldBin, log, "-w", raw, "--log-format", "text", "ingest", "--config", filepath.Join(rs, "kinerja.yaml"))
	if err != nil {
		return false, err
	}
	fmt.Printf("ingest of the re-sent batches (%s): %.1fs\n", rs, d.Seconds())

	type timing struct {
		bin   string
		names []string
		secs  map[string]float64
		total float64
	}
	var times []timing
	for i := 1; i <= repeat; i++ {
		for _, side := range []struct{ label, bin string }{{"old", oldBin}, {"new", newBin}} {
			wh := filepath.Join(work, side.label+".duckdb")
			if i > 1 {
				wh = filepath.Join(work, fmt.Sprintf("%s-%d.duckdb", side.label, i))
			}
			if err := copyWarehouse(raw, wh); err != nil {
				return false, err
			}
			d, out, err := kinerja(side.bin, log, "-w", wh, "--log-format", "text", "transform", "-v")
			if err != nil {
				return false, err
			}
			names, secs := modelTimes(out)
			times = append(times, timing{bin: fmt.Sprintf("%s %d", side.label, i), names: names, secs: secs, total: d.Seconds()})
			if i > 1 { // only the first pair is compared
				removeWarehouse(wh)
			}
		}
	}

	// each model's seconds, old and new side by side
	fmt.Printf("\nmodel seconds (transform -v), old = %s, new = %s\n", oldBin, newBin)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	var names []string
	seen := map[string]bool{}
	for _, t := range times {
		for _, n := range t.names {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	fmt.Fprint(tw, "model\t")
	for _, t := range times {
		fmt.Fprintf(tw, "%s\t", t.bin)
	}
	fmt.Fprintln(tw)
	for _, n := range names {
		fmt.Fprintf(tw, "%s\t", n)
		for _, t := range times {
			if s, ok := t.secs[n]; ok {
				fmt.Fprintf(tw, "%.3f\t", s)
			} else {
				fmt.Fprint(tw, "-\t")
			}
		}
		fmt.Fprintln(tw)
	}
	fmt.Fprint(tw, "transform command (wall)\t")
	for _, t := range times {
		fmt.Fprintf(tw, "%.1f\t", t.total)
	}
	fmt.Fprintln(tw)
	tw.Flush()
	fmt.Println()
	return compareWarehouses(os.Stdout, filepath.Join(work, "old.duckdb"), filepath.Join(work, "new.duckdb"), o)
}

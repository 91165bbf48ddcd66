package main

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"kinerja/demogen"
	"kinerja/warehouse"
)

// counts is what must come out the same after a crash and a re-run.
type counts map[string]int64

func (c counts) String() string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, c[k])
	}
	return b.String()
}

// warehouseCounts opens the warehouse (it must open) and counts: live
// batches, unbalanced batches, doubled batches (same sha256 and kind twice
// without replaced_by), quarantine rows, and the rows of every raw and mart
// table.
func warehouseCounts(t *testing.T, wh string) counts {
	t.Helper()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: wh, ReadOnly: true})
	if err != nil {
		t.Fatalf("warehouse does not open after the crash: %v", err)
	}
	defer db.Close()
	c := counts{}
	one := func(key, q string) {
		var n int64
		if err := db.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		c[key] = n
	}
	one("batches", `select count(*) from meta.batches where replaced_by is null`)
	one("unbalanced", `select count(*) from meta.batches where rows_read <> rows_loaded + rows_quarantined`)
	one("doubled", `select count(*) from (select sha256, kind from meta.batches where replaced_by is null group by all having count(*) > 1)`)
	one("quarantine", `select count(*) from meta.quarantine q join meta.batches b using (batch_id) where b.replaced_by is null`)
	one("orphan_quarantine", `select count(*) from meta.quarantine where batch_id not in (select batch_id from meta.batches)`)
	rows, err := db.Query(`select table_schema, table_name from information_schema.tables
		where table_schema in ('raw', 'mart') and table_type = 'BASE TABLE' order by all`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var s, n string
		rows.Scan(&s, &n)
		tables = append(tables, s+"."+n)
	}
	rows.Close()
	for _, tb := range tables {
		one(tb, "select count(*) from "+tb)
	}
	// Raw rows must belong to a live batch and match its rows_loaded.
	for _, tb := range tables {
		if strings.HasPrefix(tb, "raw.") {
			one("mismatch:"+tb, `select count(*) from (select _batch, count(*) n from `+tb+` group by 1) r
				left join meta.batches b on b.batch_id = r._batch where b.batch_id is null or b.replaced_by is not null or b.rows_loaded <> r.n`)
		}
	}
	return c
}

// TestCrashLoop SIGKILLs kinerja at random moments during ingest and during
// transform, re-runs the command, and checks the warehouse opens and its
// counts equal a clean run's: no batch doubled or half-loaded, no mart half
// built. KINERJA_STRESS_TRIALS sets the number of trials (default 20).
func TestCrashLoop(t *testing.T) {
	if testing.Short() {
		t.Skip("long suite (SIGKILL trials): run by make test-all")
	}
	trials := 20
	if s := os.Getenv("KINERJA_STRESS_TRIALS"); s != "" {
		trials, _ = strconv.Atoi(s)
	}
	kb := kinerjaBinary(t)
	dir := t.TempDir()
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(dir, "data"), Seed: 7, Employees: 150})
	if err != nil {
		t.Fatal(err)
	}
	cfg := sum.Config

	// The clean run, timed per phase.
	clean := filepath.Join(dir, "clean.duckdb")
	t0 := time.Now()
	if _, e, err := runBin(t, nil, "-w", clean, "ingest", "--config", cfg); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, e)
	}
	ingestDur := time.Since(t0)
	ingested := filepath.Join(dir, "ingested.duckdb") // the state before transform
	copyFile(t, clean, ingested)
	cleanIngest := warehouseCounts(t, clean)
	t0 = time.Now()
	if _, e, err := runBin(t, nil, "-w", clean, "transform"); err != nil {
		t.Fatalf("clean transform: %v\n%s", err, e)
	}
	transformDur := time.Since(t0)
	cleanAll := warehouseCounts(t, clean)
	if cleanAll["batches"] != int64(len(sum.Files)) || cleanAll["mart.unit_performance"] == 0 {
		t.Fatalf("clean run: %v", cleanAll)
	}
	t.Logf("clean run: ingest %s, transform %s; %v", ingestDur.Round(time.Millisecond), transformDur.Round(time.Millisecond), cleanAll)

	// A kill is drawn uniformly over the time a run is expected to take. The
	// clean run's time is only a first estimate: on a machine whose load
	// changes during the test, later runs may be faster, and a kill drawn
	// after a run's end does not test anything. So every run that finishes
	// before its kill sets its phase's estimate to the time it took, and the
	// trial is drawn again (at most trials extra attempts in all): the test
	// is about states left by kills, not about how fast this machine is.
	rng := rand.New(rand.NewSource(20251123))
	est := map[string]time.Duration{"ingest": ingestDur, "transform": transformDur}
	killedMidRun, attempts, finished := 0, 0, 0
	for i := 0; i < trials && attempts < 2*trials; attempts++ {
		wh := filepath.Join(dir, fmt.Sprintf("trial%02d.duckdb", i))
		phase, args, want := "ingest", []string{"-w", wh, "ingest", "--config", cfg}, cleanIngest
		if i%2 == 1 {
			phase, args, want = "transform", []string{"-w", wh, "transform"}, cleanAll
			copyFile(t, ingested, wh)
		}
		delay := time.Duration(rng.Int63n(int64(est[phase]) * 9 / 10))
		cmd := exec.Command(kb, args...)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		started := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		killed := false
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("trial %d (%s, not killed) failed: %v", i, phase, err)
			}
			if took := time.Since(started); took < est[phase] {
				est[phase] = took
			}
		case <-time.After(delay):
			cmd.Process.Signal(syscall.SIGKILL)
			killed = <-done != nil
		}
		// The killed state must open (an ingest killed before it created the
		// file leaves nothing, as before it started); then a re-run completes it.
		if _, err := os.Stat(wh); err == nil {
			warehouseCounts(t, wh)
		} else if phase != "ingest" {
			t.Fatalf("trial %d (%s killed after %s): the warehouse is gone: %v", i, phase, delay, err)
		}
		if o, e, err := runBin(t, nil, args...); err != nil {
			t.Fatalf("trial %d (%s killed after %s): re-run failed: %v\n%s\n%s", i, phase, delay, err, e, o)
		}
		got := warehouseCounts(t, wh)
		if got.String() != want.String() {
			t.Errorf("trial %d (%s killed after %s):\n got %v\nwant %v", i, phase, delay, got, want)
		}
		if got["doubled"] != 0 || got["unbalanced"] != 0 {
			t.Errorf("trial %d: doubled %d, unbalanced %d", i, got["doubled"], got["unbalanced"])
		}
		for _, ext := range []string{"", ".wal", warehouse.SnapshotSuffix, warehouse.LockSuffix, warehouse.RestoreSuffix} {
			os.Remove(wh + ext)
		}
		if killed {
			killedMidRun++
			i++
		} else {
			finished++
		}
	}
	t.Logf("%d attempts: %d killed mid-run, %d finished before their kill (estimates then: ingest %s, transform %s); every final state matched the clean run",
		attempts, killedMidRun, finished, est["ingest"].Round(time.Millisecond), est["transform"].Round(time.Millisecond))
	if trials >= 10 && killedMidRun < trials/2 {
		t.Errorf("only %d of %d attempts killed the process mid-run", killedMidRun, attempts)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestStrptimeCallsCarryTheEndMark guards the fix of the crash that the crash
// loop used to meet (docs/ROBUSTNESS.md, "The SIGSEGV after a kill"): DuckDB
// 1.1.2's strptime reads one byte past the end of a text that is shorter than
// its format, which kills the process when the text ends at a page boundary
// before a guard page. Every strptime call in the SQL of kinerja must
// therefore read its text with the end mark '|' (kn_strp_text, or `|| '|'`)
// against formats that all end with '|'.
func TestStrptimeCallsCarryTheEndMark(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../ingest", "../../transform", "../../marts", "../../dashboards"} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".sql") || strings.HasSuffix(p, ".tmpl")) {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Fatal("no SQL files found")
	}
	calls := 0
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		lower := strings.ToLower(src)
		for from := 0; ; {
			i := strings.Index(lower[from:], "strptime(")
			if i < 0 {
				break
			}
			open := from + i + len("strptime(") - 1
			from = open + 1
			if line := src[strings.LastIndex(src[:open], "\n")+1 : open]; strings.HasPrefix(strings.TrimSpace(line), "--") {
				continue
			}
			args, ok := sqlCallArgs(src, open)
			where := fmt.Sprintf("%s:%d", p, strings.Count(src[:open], "\n")+1)
			if !ok || len(args) != 2 {
				t.Errorf("%s: cannot read the arguments of this strptime call", where)
				continue
			}
			calls++
			text := strings.TrimSpace(args[0])
			if !strings.HasPrefix(text, "kn_strp_text(") && !strings.HasSuffix(text, "|| '|'") && !strings.Contains(text, "|'") {
				t.Errorf("%s: strptime reads %q without the end mark '|' (use kn_strp_text)", where, text)
			}
			for _, lit := range sqlStringLiterals(args[1]) {
				if !strings.HasSuffix(lit, "|") {
					t.Errorf("%s: strptime format %q does not end with the end mark '|'", where, lit)
				}
			}
		}
	}
	if calls == 0 {
		t.Fatal("no strptime call found: has the SQL moved?")
	}
}

// sqlCallArgs splits the arguments of the call whose '(' is at src[open], at
// its top-level commas (quotes, brackets and parentheses respected).
func sqlCallArgs(src string, open int) ([]string, bool) {
	depth, start := 0, open+1
	var args []string
	for i := open; i < len(src); i++ {
		switch c := src[i]; c {
		case '\'':
			j := strings.IndexByte(src[i+1:], '\'')
			if j < 0 {
				return nil, false
			}
			i += j + 1
		case '(', '[':
			depth++
		case ')', ']':
			depth--
			if depth == 0 {
				return append(args, src[start:i]), true
			}
		case ',':
			if depth == 1 {
				args = append(args, src[start:i])
				start = i + 1
			}
		}
	}
	return nil, false
}

// sqlStringLiterals returns the single-quoted literals of an SQL expression.
func sqlStringLiterals(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '\'')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i+1:], '\'')
		if j < 0 {
			return out
		}
		out = append(out, s[i+1:i+1+j])
		s = s[i+j+2:]
	}
}

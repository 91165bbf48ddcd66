package transform

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"kinerja/warehouse"
)

// Data tests are declared next to the models they check, in sql/tests/*.sql
// files (transform/sql/tests for the core, marts/sql/tests for the marts).
// A file holds one or more tests; each starts with a header comment
//
//	-- test: unik_dim_unit
//	-- One row per kode_unit in core.dim_unit.
//	SELECT kode_unit, count(*) AS n FROM core.dim_unit GROUP BY ALL HAVING n > 1;
//
// whose first line names the test and whose following comment lines explain
// it, then one query that returns the offending rows. A test passes when the
// query returns no row. A header line '-- severity: ...' (severity.go) may
// make the test a warning, or an error only above a threshold:
//
//	-- test: relasi_appraisal_pegawai
//	-- severity: error above 0.5% of stg.appraisals_since('{{year}}')
//
// The kinds used: unique keys (unik_*), not-null
// (wajib_*), accepted values (nilai_*), relationships (relasi_*) and
// reconciliations (rekonsiliasi_*).
//
// A test over a large fact may use {{start}} and {{year}} (refresh.go) to
// check, in a refresh from year Y, only the rows from Y on: the refresh left
// every earlier row as the run that published it, and that run tested it. A
// full transform and kinerja test-data check every row. Only where the
// rule's key holds the period (a row of one year cannot clash with a row of
// another) may a test be confined so.

// ParseTests splits the text of a tests file into its data tests.
func ParseTests(file, text string) ([]Model, error) {
	var out []Model
	var cur *Model
	var body, doc []string
	flush := func() {
		if cur == nil {
			return
		}
		cur.SQL = strings.TrimSuffix(strings.TrimSpace(strings.Join(body, "\n")), ";")
		cur.Doc = strings.Join(doc, " ")
		out = append(out, *cur)
	}
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if name, ok := strings.CutPrefix(t, "-- test:"); ok {
			flush()
			cur = &Model{Name: "test/" + strings.TrimSpace(name), Test: true}
			body, doc = nil, nil
			continue
		}
		if cur == nil {
			continue // the file's own header
		}
		if c, ok := strings.CutPrefix(t, "--"); ok && len(body) == 0 {
			c = strings.TrimSpace(c)
			if sev, ok := strings.CutPrefix(c, "severity:"); ok {
				s, err := ParseSeverity(sev)
				if err != nil {
					return nil, fmt.Errorf("%s: %s: %w", file, cur.Name, err)
				}
				cur.Severity = s
				continue
			}
			doc = append(doc, c)
			continue
		}
		body = append(body, line)
	}
	flush()
	for _, m := range out {
		if m.SQL == "" {
			return nil, fmt.Errorf("%s: %s has no query", file, m.Name)
		}
		if strings.Contains(m.SQL, ";") {
			return nil, fmt.Errorf("%s: %s must be a single query", file, m.Name)
		}
	}
	return out, nil
}

// Result is the outcome of one data test.
type Result struct {
	Name     string
	Doc      string
	Severity Severity
	Failing  int64    // offending rows; 0 = passed
	Total    int64    // the rows of Severity.Of, counted when Failing > Severity.Rows
	Blocking bool     // Failing and, by its severity, fails the transform
	Examples []string // the first few offending rows, "col=value, ..."
	Elapsed  time.Duration
}

// share is what the offending rows are measured against, e.g. " (0.25% of
// 1200 rows of stg.appraisals_since('{{year}}'); error above 0.5%)", or the
// severity when it is not the default.
func (t Result) share() string {
	s := t.Severity
	switch {
	case s.Of != "" && !s.Warn && t.Failing > s.Rows:
		pct := 100.0
		if t.Total > 0 {
			pct = 100 * float64(t.Failing) / float64(t.Total)
		}
		rows := ""
		if s.Rows > 0 {
			rows = fmt.Sprintf("%d rows and ", s.Rows)
		}
		return fmt.Sprintf(" (%.3g%% of %d rows of %s; error above %s%s%%)", pct, t.Total, s.Of, rows,
			strconv.FormatFloat(s.Percent, 'f', -1, 64))
	case s != Severity{}:
		return " (severity " + s.String() + ")"
	}
	return ""
}

// Report is the outcome of a set of data tests.
type Report struct {
	Results []Result
	Elapsed time.Duration
}

// Failed counts the tests that failed: had offending rows that their
// severity does not tolerate.
func (r Report) Failed() int {
	n := 0
	for _, t := range r.Results {
		if t.Blocking {
			n++
		}
	}
	return n
}

// Warned counts the tests that had offending rows and did not fail: warn
// tests, and error tests not above their threshold.
func (r Report) Warned() int {
	n := 0
	for _, t := range r.Results {
		if t.Failing > 0 && !t.Blocking {
			n++
		}
	}
	return n
}

// WriteWarnings prints one line per test that warned, with its count.
func (r Report) WriteWarnings(w io.Writer) {
	for _, t := range r.Results {
		if t.Failing > 0 && !t.Blocking {
			fmt.Fprintf(w, "  WARN  %s: %d offending row(s)%s\n", t.Name, t.Failing, t.share())
		}
	}
}

// Write prints the report: one line per failing test with its explanation
// and examples, one per test that warned, then a summary line; with
// verbose, passing tests too.
func (r Report) Write(w io.Writer, verbose bool) {
	for _, t := range r.Results {
		if t.Failing == 0 {
			if verbose {
				fmt.Fprintf(w, "  ok    %-50s %6.3fs\n", t.Name, t.Elapsed.Seconds())
			}
			continue
		}
		if !t.Blocking {
			fmt.Fprintf(w, "  WARN  %s: %d offending row(s)%s\n", t.Name, t.Failing, t.share())
			continue
		}
		fmt.Fprintf(w, "  FAIL  %s: %d offending row(s)%s\n", t.Name, t.Failing, t.share())
		if t.Doc != "" {
			fmt.Fprintf(w, "        %s\n", t.Doc)
		}
		for _, e := range t.Examples {
			fmt.Fprintf(w, "        e.g. %s\n", e)
		}
	}
	warned := ""
	if n := r.Warned(); n > 0 {
		warned = fmt.Sprintf(", %d warned", n)
	}
	fmt.Fprintf(w, "data tests: %d passed%s, %d failed (%.1fs)\n", len(r.Results)-r.Failed()-r.Warned(), warned, r.Failed(), r.Elapsed.Seconds())
}

// TestFailure is the error Run returns when a data test fails; the
// warehouse was put back as it was before the run.
type TestFailure struct{ Report Report }

func (e *TestFailure) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d data test(s) failed; nothing was published, the previous tables stay:\n", e.Report.Failed())
	e.Report.Write(&b, false)
	return strings.TrimSuffix(b.String(), "\n")
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// exampleRows is how many offending rows a failing test shows.
const exampleRows = 3

// runTests runs the tests; year is the refresh's first year, 0 for all rows.
func runTests(ctx context.Context, q querier, tests []Model, year int) (Report, error) {
	start := time.Now()
	var rep Report
	for _, t := range tests {
		t0 := time.Now()
		res := Result{Name: t.Name, Doc: t.Doc, Severity: t.Severity}
		rows, err := q.QueryContext(ctx, "SELECT * FROM ("+placeholders(t.SQL, year)+") AS offending")
		if err != nil {
			return rep, fmt.Errorf("data test %s: %w", t.Name, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			res.Failing++
			if len(res.Examples) >= exampleRows {
				continue
			}
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return rep, fmt.Errorf("data test %s: %w", t.Name, err)
			}
			parts := make([]string, len(cols))
			for i, c := range cols {
				parts[i] = fmt.Sprintf("%s=%v", c, show(vals[i]))
			}
			res.Examples = append(res.Examples, strings.Join(parts, ", "))
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return rep, fmt.Errorf("data test %s: %w", t.Name, err)
		}
		if res.Failing > t.Severity.Rows && t.Severity.Of != "" && !t.Severity.Warn {
			if res.Total, err = countRows(ctx, q, placeholders(t.Severity.Of, year)); err != nil {
				return rep, fmt.Errorf("data test %s: severity denominator %s: %w", t.Name, t.Severity.Of, err)
			}
		}
		res.Blocking = t.Severity.blocks(res.Failing, res.Total)
		res.Elapsed = time.Since(t0)
		rep.Results = append(rep.Results, res)
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// countRows is SELECT count(*) FROM from.
func countRows(ctx context.Context, q querier, from string) (int64, error) {
	rows, err := q.QueryContext(ctx, "SELECT count(*) FROM "+from)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var n int64
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
	}
	return n, rows.Err()
}

func show(v any) any {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return string(x)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format("2006-01-02 15:04:05")
	}
	return v
}

// Test runs the data tests among models (the core tests and any extra, e.g.
// the marts' tests) against the tables as published, without changing
// anything. It is `kinerja test-data`; Run does the same before its last
// commit.
func Test(ctx context.Context, db *warehouse.DB, extra ...Model) (Report, error) {
	var tests []Model
	for _, m := range append(Models(), extra...) {
		if m.Test {
			tests = append(tests, m)
		}
	}
	return runTests(ctx, db, tests, 0)
}

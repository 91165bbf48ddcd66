package transform

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// TestParseSeverity: the '-- severity:' header line of a data test is read
// into its Severity (default error), and a malformed one fails the parse
// naming the file and the test.
func TestParseSeverity(t *testing.T) {
	t.Parallel()
	text := `-- header of the file
-- test: a_default
-- Blocks on any row.
SELECT 1 WHERE false;

-- test: b_warn
-- severity: warn
-- Never blocks.
SELECT 1 WHERE false;

-- test: c_share
-- Blocks above a share.
-- severity: error above 0.5% of stg.appraisals_since('{{year}}')
SELECT 1 WHERE false;

-- test: d_rows
-- severity: ERROR above 25 rows
SELECT 1 WHERE false;

-- test: e_both
-- severity: error above 10 rows and 0.5% of core.x WHERE tahun >= {{year}}
SELECT 1 WHERE false;
`
	ts, err := ParseTests("sql/tests/x.sql", text)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"test/a_default": "error",
		"test/b_warn":    "warn",
		"test/c_share":   "error above 0.5% of stg.appraisals_since('{{year}}')",
		"test/d_rows":    "error above 25 rows",
		"test/e_both":    "error above 10 rows and 0.5% of core.x WHERE tahun >= {{year}}",
	}
	if len(ts) != len(want) {
		t.Fatalf("%d tests, want %d", len(ts), len(want))
	}
	for _, m := range ts {
		if got := m.Severity.String(); got != want[m.Name] {
			t.Errorf("%s: severity %q, want %q", m.Name, got, want[m.Name])
		}
		if strings.Contains(m.Doc, "severity") {
			t.Errorf("%s: the severity line leaked into the explanation %q", m.Name, m.Doc)
		}
	}
	if ts[2].Severity.Percent != 0.5 || ts[2].Doc != "Blocks above a share." {
		t.Errorf("c_share: %+v, doc %q", ts[2].Severity, ts[2].Doc)
	}

	for _, bad := range []string{
		"warning",                        // not a severity
		"error above",                    // no threshold
		"error above 0.5%",               // a share of nothing
		"error above 0.5% of",            // idem
		"error above 150% of core.x",     // not a share
		"error above 0% of core.x",       // idem
		"error above five rows",          // not a number
		"error above 10",                 // rows or a share?
		"warn above 10 rows",             // a warn test never blocks
		"error above 1% of core.x; DROP", // not one FROM clause
		"error above 10 rows and",        // and what?
	} {
		_, err := ParseTests("sql/tests/y.sql", "-- test: kaput\n-- severity: "+bad+"\nSELECT 1 WHERE false;\n")
		if err == nil {
			t.Errorf("severity %q was accepted", bad)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "sql/tests/y.sql") || !strings.Contains(msg, "test/kaput") {
			t.Errorf("severity %q: error %q does not name the file and the test", bad, msg)
		}
	}
}

// TestSeverityBlocks: a warn test and an error test not above its threshold
// report their rows without failing the run; above the threshold, or with no
// threshold, the test fails. The share is of the denominator's rows,
// confined to a refresh's years like the query.
func TestSeverityBlocks(t *testing.T) {
	t.Parallel()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// 1000 rows, 5 of them bad in 2025 and 1 more in 2026; 500 rows are of 2026.
	if _, err := db.Exec(`CREATE TABLE t AS SELECT i, CASE WHEN i < 500 THEN 2025 ELSE 2026 END AS tahun,
		i IN (1, 2, 3, 4, 5, 700) AS bad FROM range(1000) r(i)`); err != nil {
		t.Fatal(err)
	}
	tests, err := ParseTests("sql/tests/t.sql", `
-- test: ambang_persen
-- severity: error above 0.5% of t WHERE tahun >= {{year}}
-- Bad rows.
SELECT i FROM t WHERE bad AND tahun >= {{year}};

-- test: ambang_baris
-- severity: error above 5 rows
SELECT i FROM t WHERE bad AND tahun >= {{year}};

-- test: peringatan
-- severity: warn
SELECT i FROM t WHERE bad AND tahun >= {{year}};

-- test: galat
SELECT i FROM t WHERE bad AND tahun >= {{year}} AND i > 600;

-- test: ambang_keduanya
-- severity: error above 5 rows and 0.1% of t WHERE tahun >= {{year}}
SELECT i FROM t WHERE bad AND tahun >= {{year}};
`)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, c := range []struct {
		year                int
		failing, total      []int64
		blocking            []bool
		failed, warned      int
		fail1, warn1, summ1 string
	}{
		// every row: 6 of 1000 = 0.6% > 0.5%; 6 > 5 rows; warn; 1 row of an error test.
		{0, []int64{6, 6, 6, 1, 6}, []int64{1000, 0, 0, 0, 1000}, []bool{true, true, false, true, true}, 4, 1,
			"FAIL  test/ambang_persen: 6 offending row(s) (0.6% of 1000 rows of t WHERE tahun >= {{year}}; error above 0.5%)",
			"WARN  test/peringatan: 6 offending row(s) (severity warn)", "data tests: 0 passed, 1 warned, 4 failed"},
		// a refresh from 2026: 1 of 500 = 0.2% is not above 0.5%, 1 row not above 5; 0.2% is
		// above 0.1% but 1 row is not above 5 (the denominator is not even counted).
		{2026, []int64{1, 1, 1, 1, 1}, []int64{500, 0, 0, 0, 0}, []bool{false, false, false, true, false}, 1, 4,
			"FAIL  test/galat: 1 offending row(s)\n",
			"WARN  test/ambang_persen: 1 offending row(s) (0.2% of 500 rows of t WHERE tahun >= {{year}}; error above 0.5%)",
			"data tests: 0 passed, 4 warned, 1 failed"},
	} {
		rep, err := runTests(ctx, db, tests, c.year)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rep.Results {
			if r.Failing != c.failing[i] || r.Total != c.total[i] || r.Blocking != c.blocking[i] {
				t.Errorf("year %d %s: failing %d of %d, blocking %v; want %d of %d, %v",
					c.year, r.Name, r.Failing, r.Total, r.Blocking, c.failing[i], c.total[i], c.blocking[i])
			}
		}
		if rep.Failed() != c.failed || rep.Warned() != c.warned {
			t.Errorf("year %d: %d failed, %d warned; want %d, %d", c.year, rep.Failed(), rep.Warned(), c.failed, c.warned)
		}
		var b strings.Builder
		rep.Write(&b, false)
		for _, w := range []string{c.fail1, c.warn1, c.summ1} {
			if !strings.Contains(b.String(), w) {
				t.Errorf("year %d: report lacks %q:\n%s", c.year, w, b.String())
			}
		}
	}
}

package dashtest_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"kinerja/dashboards/internal/dashtest"
	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// columnTypes is schema.table -> column -> DuckDB type of every table in
// the schemas the dashboards read.
func columnTypes(t *testing.T, db *sql.DB) map[string]map[string]string {
	t.Helper()
	rows, err := db.Query(`SELECT schema_name || '.' || table_name, column_name, data_type FROM duckdb_columns()
		WHERE schema_name IN ('meta', 'core', 'mart') AND NOT internal`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]map[string]string{}
	for rows.Next() {
		var tab, col, typ string
		if err := rows.Scan(&tab, &col, &typ); err != nil {
			t.Fatal(err)
		}
		if out[tab] == nil {
			out[tab] = map[string]string{}
		}
		out[tab][col] = typ
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// typeKind groups the types the dashboards read alike: integers of any
// width scan into int64, DOUBLE and DECIMAL into float64.
func typeKind(typ string) string {
	switch {
	case typ == "TINYINT" || typ == "SMALLINT" || typ == "INTEGER" || typ == "BIGINT" || typ == "HUGEINT" ||
		typ == "UTINYINT" || typ == "USMALLINT" || typ == "UINTEGER" || typ == "UBIGINT":
		return "integer"
	case typ == "DOUBLE" || typ == "FLOAT" || strings.HasPrefix(typ, "DECIMAL"):
		return "number"
	case typ == "VARCHAR" || typ == "ENUM" || strings.HasPrefix(typ, "ENUM("):
		// the label columns of core.fact_appraisal and what the marts carry
		// of them are ENUMs; the driver gives their labels as strings
		return "text"
	}
	return typ
}

// siteQueries are the dashboards' embedded queries (dashboards/sql, the
// kit's and the rapor's).
func siteQueries(t *testing.T) map[string]string {
	t.Helper()
	var files []string
	for _, dir := range []string{"sql", "kit/sql", "rapor/sql"} {
		f, err := filepath.Glob(filepath.Join("..", "..", dir, "*.sql"))
		if err != nil || len(f) == 0 {
			t.Fatalf("no dashboards queries under dashboards/%s (%v): where did they move?", dir, err)
		}
		files = append(files, f...)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

// resultColumns runs q with no rows and returns its columns as "name TYPE".
func resultColumns(db *sql.DB, q string) ([]string, error) {
	q = strings.TrimRight(strings.TrimSpace(q), ";")
	var args []any
	if strings.Contains(q, "$1") {
		args = append(args, "000000000000000000")
	}
	rows, err := db.Query("SELECT * FROM (\n"+q+"\n) LIMIT 0", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cts, err := rows.ColumnTypes()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, c := range cts {
		out = append(out, c.Name()+" "+typeKind(c.DatabaseTypeName()))
	}
	return out, rows.Err()
}

// TestFixtureMatchesRealMarts: the hand-made warehouse the dashboards tests
// use (dashtest.DDL) cannot drift from the warehouse the pipeline builds.
// Every table and column of the fixture exists in the real marts (a small
// demo, transformed) with a type the dashboards read alike, and every query
// of the site runs on the real one and, but for the rapor's (whose tests
// read a demo warehouse), on the fixture, returning the same columns of the
// same kinds on both.
func TestFixtureMatchesRealMarts(t *testing.T) {
	ctx := context.Background()
	real := martstest.Shared(t, demogen.Options{Seed: 1}).Open(t).DB
	fix, err := dashtest.Open(ctx, filepath.Join(t.TempDir(), "fixture.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer fix.Close()

	want, got := columnTypes(t, real), columnTypes(t, fix)
	if len(got) == 0 {
		t.Fatal("the fixture has no tables")
	}
	var tables []string
	for tab := range got {
		tables = append(tables, tab)
	}
	sort.Strings(tables)
	for _, tab := range tables {
		rc, ok := want[tab]
		if !ok {
			t.Errorf("fixture table %s is not in the real warehouse", tab)
			continue
		}
		for col, typ := range got[tab] {
			rt, ok := rc[col]
			switch {
			case !ok:
				t.Errorf("fixture column %s.%s is not in the real %s", tab, col, tab)
			case typeKind(rt) != typeKind(typ):
				t.Errorf("fixture column %s.%s is %s, the real one %s", tab, col, typ, rt)
			}
		}
	}

	qs := siteQueries(t)
	var names []string
	for n := range qs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		rc, err := resultColumns(real, qs[n])
		if err != nil {
			t.Errorf("query %s on the real marts: %v", n, err)
			continue
		}
		if strings.HasPrefix(n, "rapor_") {
			continue // the rapor's tests read a demo warehouse (core.dim_employee, core.fact_*), not this fixture
		}
		fc, err := resultColumns(fix, qs[n])
		if err != nil {
			t.Errorf("query %s on the fixture: %v", n, err)
			continue
		}
		if fmt.Sprint(rc) != fmt.Sprint(fc) {
			t.Errorf("query %s returns\n  %v on the real marts,\n  %v on the fixture", n, rc, fc)
		}
	}
}

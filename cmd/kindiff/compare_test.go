package main

import (
	"database/sql"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCompareWarehouses: two warehouse files that agree on some tables and
// differ on others in each way the report distinguishes.
func TestCompareWarehouses(t *testing.T) {
	dir := t.TempDir()
	build := func(name, extra string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		db, err := sql.Open("duckdb", p)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(`CREATE SCHEMA core; CREATE SCHEMA mart; CREATE SCHEMA meta;
			CREATE TABLE core.same (k VARCHAR, n INTEGER);
			INSERT INTO core.same VALUES ('a', 1), ('a', 1), ('b', NULL);
			CREATE TABLE meta.runs (started TIMESTAMP); INSERT INTO meta.runs VALUES (now());
			` + extra); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := build("a.duckdb", `
		CREATE TABLE mart.rounded (k VARCHAR, x DOUBLE); INSERT INTO mart.rounded VALUES ('a', CAST(0.1 AS DOUBLE) + CAST(0.2 AS DOUBLE)), ('b', 1.0);
		CREATE TABLE mart.changed (k VARCHAR, x DOUBLE); INSERT INTO mart.changed VALUES ('a', 1.0), ('b', 2.0);
		CREATE TABLE mart.doubled (k VARCHAR); INSERT INTO mart.doubled VALUES ('a'), ('b');
		CREATE TABLE mart.typed (k VARCHAR, n INTEGER); INSERT INTO mart.typed VALUES ('a', 1);
		CREATE TABLE core.gone (k VARCHAR);
		CREATE VIEW core.v AS SELECT k FROM core.same WHERE n = 1;`)
	b := build("b.duckdb", `
		CREATE TABLE mart.rounded (k VARCHAR, x DOUBLE); INSERT INTO mart.rounded VALUES ('a', 0.3), ('b', 1.0);
		CREATE TABLE mart.changed (k VARCHAR, x DOUBLE); INSERT INTO mart.changed VALUES ('a', 1.0), ('b', 2.5);
		CREATE TABLE mart.doubled (k VARCHAR); INSERT INTO mart.doubled VALUES ('a'), ('a'), ('b');
		CREATE TABLE mart.typed (k VARCHAR, n BIGINT); INSERT INTO mart.typed VALUES ('a', 1);
		CREATE TABLE core.added (k VARCHAR);
		CREATE VIEW core.v AS SELECT k FROM core.same WHERE n IS NULL;`)

	var out strings.Builder
	differs, err := compareWarehouses(&out, a, b, compareOpts{schemas: "core,mart", round: 9, show: 2, ignore: "core.added"})
	if err != nil {
		t.Fatal(err)
	}
	report := out.String()
	if !differs {
		t.Errorf("no difference found:\n%s", report)
	}
	space := regexp.MustCompile(` {2,}`)
	lines := map[string]string{}
	for _, l := range strings.Split(report, "\n") {
		if f := space.Split(strings.TrimSpace(l), -1); len(f) == 7 {
			lines[f[0]] = strings.Join(f[1:], "|")
		}
	}
	want := map[string]string{
		"core.same":    "table|3|3|0|0|same",
		"core.gone":    "table|-|-|-|-|DIFFERENT: only in A",
		"core.added":   "table|-|-|-|-|ignored (-ignore)",
		"mart.changed": "table|2|2|1|1|DIFFERENT: rows differ even rounded to 9 decimals",
		"mart.doubled": "table|2|3|0|1|DIFFERENT",
		"mart.typed":   "table|1|1|0|0|DIFFERENT: column n: INTEGER in A, BIGINT in B",
	}
	for k, w := range want {
		if lines[k] != w {
			t.Errorf("%s: %q, want %q", k, lines[k], w)
		}
	}
	if !strings.Contains(lines["mart.rounded"], "table|2|2|0|0|same only rounded to 9 decimals (exactly: 1/1 rows differ; floating: x)") {
		t.Errorf("mart.rounded: %q", lines["mart.rounded"])
	}
	if _, ok := lines["core.v"]; ok {
		t.Errorf("a view compared without -views")
	}
	if _, ok := lines["meta.runs"]; ok {
		t.Errorf("meta compared though not asked for")
	}
	if !strings.Contains(report, "mart.changed: columns k, x\n  in A, not in B:\n    b | 2\n  in B, not in A:\n    b | 2.5\n") {
		t.Errorf("sample rows of mart.changed missing:\n%s", report)
	}

	// views run on their own warehouse
	out.Reset()
	differs, err = compareWarehouses(&out, a, b, compareOpts{schemas: "core", views: true, round: 9, ignore: "core.added,core.gone"})
	if err != nil {
		t.Fatal(err)
	}
	if !differs || !regexp.MustCompile(`core\.v +view +2 +1 +2 +1 +DIFFERENT`).MatchString(out.String()) {
		t.Errorf("view core.v:\n%s", out.String())
	}
	// a warehouse against itself
	out.Reset()
	differs, err = compareWarehouses(&out, a, a, compareOpts{schemas: "core,mart", views: true, round: 9})
	if err != nil || differs {
		t.Errorf("a against itself: %v, differs %v:\n%s", err, differs, out.String())
	}
}

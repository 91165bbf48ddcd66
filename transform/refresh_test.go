package transform

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// TestRefreshHeaders: the models that declare a refresh condition parse into
// their table and query, and their refresh SQL deletes and inserts exactly
// the rows of the condition, with NULLs counted as changed.
func TestRefreshHeaders(t *testing.T) {
	var got []string
	for _, m := range Models() {
		if m.Refresh != "" {
			got = append(got, m.Table+": "+m.Refresh)
		}
	}
	want := []string{
		"core.fact_appraisal: tanggal_mulai >= {{start}}",
		"core.reference_appraisal: tahun >= {{year}}",
		"core.appraisal_set_aside: tanggal_mulai >= {{start}}",
		"core.fact_service_request: diajukan >= {{start}}",
		"core.fact_survey: tanggal >= {{start}}",
		"core.fact_training: tahun >= {{year}}",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("refresh models:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	m := Model{Name: "x", SQL: "-- a\n-- refresh: tahun >= {{year}}\nCREATE OR REPLACE TABLE mart.x AS\nSELECT 1 AS tahun;\n"}
	if err := parseRefresh(&m); err != nil {
		t.Fatal(err)
	}
	wantSQL := "DELETE FROM mart.x WHERE coalesce(tahun >= 2026, true);\nINSERT INTO mart.x SELECT * FROM (\nSELECT 1 AS tahun\n) AS kn_refresh WHERE coalesce(tahun >= 2026, true);"
	if s := m.refreshSQL(2026); s != wantSQL {
		t.Errorf("refreshSQL:\n%s\nwant\n%s", s, wantSQL)
	}
	bad := Model{Name: "y", SQL: "-- refresh: tahun >= {{year}}\nCREATE OR REPLACE TABLE mart.y AS SELECT 1;\nCREATE TABLE mart.z AS SELECT 2;"}
	if err := parseRefresh(&bad); err == nil {
		t.Error("two statements under a refresh header were accepted")
	}
	noyear := Model{Name: "z", SQL: "-- refresh: tahun >= 2020\nCREATE OR REPLACE TABLE mart.z AS SELECT 1;"}
	if err := parseRefresh(&noyear); err == nil {
		t.Error("a refresh condition without {{start}} or {{year}} was accepted")
	}
	stray := Model{Name: "w", SQL: "CREATE OR REPLACE TABLE mart.w AS SELECT * FROM t WHERE tahun >= {{year}};"}
	if err := parseRefresh(&stray); err == nil {
		t.Error("{{year}} in a model without a refresh header was accepted")
	}
	// A query's own placeholders: the refresh year in a refresh, every row in a full run.
	q := Model{Name: "q", SQL: "-- refresh: tahun >= {{year}}\nCREATE OR REPLACE TABLE mart.q AS SELECT * FROM t WHERE d >= {{start}} AND p >= '{{year}}';"}
	if err := parseRefresh(&q); err != nil {
		t.Fatal(err)
	}
	if s := q.refreshSQL(2026); !strings.Contains(s, "WHERE d >= DATE '2026-01-01' AND p >= '2026'") {
		t.Errorf("refresh query placeholders not replaced: %s", s)
	}
	if s := q.FullSQL(); !strings.Contains(s, "WHERE d >= DATE '0001-01-01' AND p >= '1'") {
		t.Errorf("full-run placeholders not replaced: %s", s)
	}
}

// TestDataTestsConfinedToRefresh: the core data tests that use {{start}}
// check, after a refresh from 2026, only the rows from 2026 on (the earlier
// ones were tested when published), and every row in a full run.
func TestDataTestsConfinedToRefresh(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.Exec(`CREATE SCHEMA core;
		CREATE TABLE core.fact_appraisal (nip VARCHAR, periode VARCHAR, sumber VARCHAR, nip_penilai VARCHAR, tanggal_mulai DATE);
		INSERT INTO core.fact_appraisal VALUES
		  ('1', '2025-Q4', 'atasan', 'a', DATE '2025-10-01'), ('1', '2025-Q4', 'atasan', 'b', DATE '2025-10-01'),
		  ('1', '2026-Q1', 'atasan', 'a', DATE '2026-01-01');`); err != nil {
		t.Fatal(err)
	}
	var unik Model
	for _, m := range Models() {
		if m.Name == "test/unik_fact_appraisal" {
			unik = m
		}
	}
	if unik.SQL == "" {
		t.Fatal("test/unik_fact_appraisal not found")
	}
	failing := func(year int) int64 {
		t.Helper()
		rep, err := runTests(ctx, db, []Model{unik}, year)
		if err != nil {
			t.Fatal(err)
		}
		return rep.Results[0].Failing
	}
	if n := failing(0); n != 1 {
		t.Errorf("full run: %d offending rows, want 1 (the doubled 2025-Q4 appraisal)", n)
	}
	if n := failing(2026); n != 0 {
		t.Errorf("refresh from 2026: %d offending rows, want 0 (2025 is not its to check)", n)
	}
	if n := failing(2025); n != 1 {
		t.Errorf("refresh from 2025: %d offending rows, want 1", n)
	}
	if _, err := db.Exec(`INSERT INTO core.fact_appraisal VALUES ('1', '2026-Q1', 'atasan', 'c', DATE '2026-01-01')`); err != nil {
		t.Fatal(err)
	}
	if n := failing(2026); n != 1 {
		t.Errorf("refresh from 2026 with a doubled 2026-Q1 appraisal: %d offending rows, want 1", n)
	}
}

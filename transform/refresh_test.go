package transform

import (
	"strings"
	"testing"
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
}

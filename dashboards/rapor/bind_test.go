package rapor

import (
	"context"
	"database/sql"
	"reflect"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// reorder wraps the rapor's query name: SELECT <cols of its columns> FROM
// (the query), its rows and their order kept.
func reorder(t *testing.T, db *sql.DB, cols func(name string, have []string) []string) func(string) string {
	return func(name string) string {
		q := strings.TrimRight(strings.TrimSpace(sqlText(name)), ";")
		rows, err := db.Query("SELECT * FROM (\n"+q+"\n) LIMIT 0", "000000000000000000")
		if err != nil {
			t.Fatal(err)
		}
		have, err := rows.Columns()
		rows.Close()
		if err != nil {
			t.Fatal(err)
		}
		return "SELECT " + strings.Join(cols(name, have), ", ") + " FROM (\n" + q + "\n)"
	}
}

// TestRaporBindsColumnsByName (issue 12 point 2): the rapor's loader binds
// its queries' columns by name. On a demo warehouse, the rapor of a person
// with every section (several assignments, peers, trainings, needs, a
// 9-box) loads the same with every query's columns reversed; a query
// lacking a column fails naming the query and the column.
func TestRaporBindsColumnsByName(t *testing.T) {
	ctx := context.Background()
	db := martstest.Shared(t, demogen.Options{Seed: 7, Employees: 200}).Open(t).DB
	var nip string
	if err := db.QueryRow(`
		SELECT e.nip FROM (SELECT nip, count(*) AS n FROM core.dim_employee GROUP BY nip) e
		WHERE e.n > 1
		  AND EXISTS (SELECT 1 FROM core.fact_appraisal a WHERE a.nip = e.nip AND a.sumber = 'rekan')
		  AND EXISTS (SELECT 1 FROM core.fact_training f WHERE f.nip = e.nip)
		  AND EXISTS (SELECT 1 FROM mart.training_needs n WHERE n.nip = e.nip AND n.nilai_di_bawah IS NOT NULL)
		  AND EXISTS (SELECT 1 FROM mart.talent_pool p WHERE p.nip = e.nip AND p.kotak_9 IS NOT NULL)
		ORDER BY e.nip LIMIT 1`).Scan(&nip); err != nil {
		t.Fatal(err)
	}
	want, err := loadRapor(ctx, db, nip)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Assignments) < 2 || len(want.Periods) == 0 || len(want.JP) == 0 || len(want.Trainings) == 0 || len(want.Needs) == 0 || len(want.Talent) == 0 {
		t.Fatalf("rapor of %s has too little to compare: %+v", nip, want)
	}
	got, err := loadRaporWith(ctx, db, nip, reorder(t, db, func(_ string, have []string) []string {
		var out []string
		for i := len(have) - 1; i >= 0; i-- {
			out = append(out, `"`+have[i]+`"`)
		}
		return out
	}))
	if err != nil {
		t.Fatalf("columns reversed: %v", err)
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("columns reversed: rapor differs\nwant %+v\n got %+v", want, got)
	}
	_, err = loadRaporWith(ctx, db, nip, reorder(t, db, func(name string, have []string) []string {
		var out []string
		for _, h := range have {
			if name != "rapor_penilaian" || h != "perilaku_loyal" {
				out = append(out, `"`+h+`"`)
			}
		}
		return out
	}))
	if want := `query rapor_penilaian has no column "perilaku_loyal"`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
}

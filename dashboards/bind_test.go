package dashboards

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// queryColumns are the columns query q returns, in order.
func queryColumns(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query("SELECT * FROM (\n" + strings.TrimRight(strings.TrimSpace(q), ";") + "\n) LIMIT 0")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	return cols
}

// rewrite wraps every query of the site: SELECT <cols(its columns)> FROM
// (the query). The wrapped query keeps the query's rows and their order.
func rewrite(t *testing.T, db *sql.DB, cols func(name string, have []string) []string) func(string) string {
	return func(name string) string {
		q := sqlText(name)
		return "SELECT " + strings.Join(cols(name, queryColumns(t, db, q)), ", ") + " FROM (\n" + strings.TrimRight(strings.TrimSpace(q), ";") + "\n)"
	}
}

func quote(c string) string { return `"` + strings.ReplaceAll(c, `"`, `""`) + `"` }

// loadAll is the site's warehouse with the named lists, every query's text
// from text.
func loadAll(t *testing.T, db *sql.DB, text func(string) string) (*warehouse, error) {
	t.Helper()
	ctx := context.Background()
	w, err := loadWarehouseWith(ctx, db, text)
	if err != nil {
		return nil, err
	}
	return w, loadNamesWith(ctx, db, text, w)
}

// TestLoadBindsColumnsByName (issue 12 point 2): every loader of the site
// binds the columns of its query by name. On a demo warehouse (real marts,
// real DuckDB), every query's columns in reverse order load the same
// warehouse, value for value (the Arrow and the database/sql loaders
// alike); a query lacking a column, with a misspelt one or with one more
// fails naming the query and the column.
func TestLoadBindsColumnsByName(t *testing.T) {
	db := martstest.Shared(t, demogen.Options{Seed: 1}).Open(t).DB
	want, err := loadAll(t, db, sqlText)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Perf) == 0 || len(want.Summary) == 0 || len(want.Training) == 0 || len(want.PoolNames) == 0 {
		t.Fatalf("the demo warehouse loads too little to compare: %d perf, %d summary, %d training, %d named", len(want.Perf), len(want.Summary), len(want.Training), len(want.PoolNames))
	}
	// Every query's columns reversed.
	reversed := 0
	sameLoad(t, db, want, "columns reversed", func(name string, have []string) []string {
		var out []string
		for i := len(have) - 1; i >= 0; i-- {
			out = append(out, quote(have[i]))
		}
		if len(have) > 1 {
			reversed++
		}
		return out
	})
	if reversed < 30 {
		t.Fatalf("only %d queries reversed", reversed)
	}
	// Two columns of one type swapped, the rest in place: read by
	// position, this loads without an error and every figure of the pair
	// in the other's field.
	swaps := [][2]string{{"kode_unit", "kode_wilayah"}, {"jumlah_baik", "jumlah_kurang"}, {"persen_sangat_baik", "ikm"},
		{"pegawai", "pegawai_kurang_20_jp"}, {"q1_ikm", "q3_ikm"}}
	sameLoad(t, db, want, "two columns swapped", func(name string, have []string) []string {
		out := slices.Clone(have)
		for _, sw := range swaps {
			i, j := slices.Index(out, sw[0]), slices.Index(out, sw[1])
			if i >= 0 && j >= 0 {
				out[i], out[j] = out[j], out[i]
			}
		}
		for i := range out {
			out[i] = quote(out[i])
		}
		return out
	})

	// A column missing, misspelt or added: an error naming query and column.
	for _, c := range []struct {
		query, col string
		sel        []string
		want       string
	}{
		{"unit_performance", "persen_sangat_baik", nil, `query unit_performance has no column "persen_sangat_baik"`},                                      // Arrow
		{"region_summary", "ikm", nil, `query region_summary has no column "ikm"`},                                                                        // database/sql
		{"names_needs", "kekurangan_jp", nil, `query names_needs has no column "kekurangan_jp"`},                                                          // the named lists
		{"performance_service_link", "ikm", []string{"ikm AS ikm_unit"}, `query performance_service_link returns column "ikm_unit", which nothing reads`}, // misspelt
		{"region_training", "", []string{"0 AS pegawai_baru"}, `query region_training returns column "pegawai_baru", which nothing reads`},                // added
	} {
		_, err := loadAll(t, db, rewrite(t, db, func(name string, have []string) []string {
			var out []string
			for _, h := range have {
				if name != c.query || h != c.col {
					out = append(out, quote(h))
				}
			}
			if name == c.query {
				out = append(out, c.sel...)
			}
			return out
		}))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s without %q plus %v: error %v, want %q", c.query, c.col, c.sel, err, c.want)
		}
	}
}

// sameLoad loads the site's warehouse with every query's columns as cols
// selects them and compares it with want, field by field.
func sameLoad(t *testing.T, db *sql.DB, want *warehouse, what string, cols func(name string, have []string) []string) {
	t.Helper()
	got, err := loadAll(t, db, rewrite(t, db, cols))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	wv, gv := reflect.ValueOf(*want), reflect.ValueOf(*got)
	for i := range wv.NumField() {
		switch wv.Type().Field(i).Name {
		case "SummaryRules": // read from rules.yaml, not from a query
			continue
		case "SummaryFacts": // NULL figures are NaN, which DeepEqual finds unequal to itself
			if fmt.Sprintf("%#v", want.SummaryFacts) != fmt.Sprintf("%#v", got.SummaryFacts) {
				t.Errorf("%s: warehouse.SummaryFacts differs", what)
			}
			continue
		}
		if !reflect.DeepEqual(wv.Field(i).Interface(), gv.Field(i).Interface()) {
			t.Errorf("%s: warehouse.%s differs", what, wv.Type().Field(i).Name)
		}
	}
}

// TestBindTypeMismatch: a column whose type cannot go where it is bound
// fails naming the query and the column (Arrow), not a panic.
func TestBindTypeMismatch(t *testing.T) {
	db := martstest.Shared(t, demogen.Options{Seed: 1}).Open(t).DB
	_, err := loadWarehouseWith(context.Background(), db, rewrite(t, db, func(name string, have []string) []string {
		var out []string
		for _, h := range have {
			if name == "ikm" && h == "responden" {
				out = append(out, "'banyak' AS responden")
			} else {
				out = append(out, quote(h))
			}
		}
		return out
	}))
	if want := fmt.Sprintf("query %s: column %s: ", "ikm", "responden"); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want one naming %q", err, want)
	}
}

package dashboards_test

import (
	"context"
	"database/sql"
	"math"
	"path/filepath"
	"testing"

	"kinerja/dashboards"
	"kinerja/dashboards/kit"
	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// TestQualityPageCountsContradictions: the data-quality page counts every
// official appraisal whose written predikat contradicts the matrix, per
// batch, as core.fact_appraisal has them (issue 12: the page said 0 while
// core had 4).
func TestQualityPageCountsContradictions(t *testing.T) {
	d := sharedDemo(t)
	want := map[int64]int64{}
	rows, err := d.db.Query(`SELECT _batch, count(*) FROM core.fact_appraisal
		WHERE sumber = 'atasan' AND predikat_kontradiksi GROUP BY ALL`)
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for rows.Next() {
		var b, n int64
		if err := rows.Scan(&b, &n); err != nil {
			t.Fatal(err)
		}
		want[b] = n
		total += n
	}
	rows.Close()
	if total == 0 {
		t.Fatal("the demo warehouse has no contradiction: the test shows nothing")
	}
	var got int64
	for _, b := range d.res.Quality.Batches {
		if b.Contradictions != want[b.ID] {
			t.Errorf("batch %d: %d contradictions on the page, core has %d", b.ID, b.Contradictions, want[b.ID])
		}
		got += b.Contradictions
	}
	if got != total {
		t.Errorf("page total %d, core %d", got, total)
	}
}

// TestQualityBatchChartLogAxis: the rows-per-batch chart on a log axis holds
// no zero (log 0 broke the axis: it stopped at 10, so a 27 221-row batch
// looked like an 11-row one) and its axis reaches the largest batch.
func TestQualityBatchChartLogAxis(t *testing.T) {
	d := sharedDemo(t)
	for _, rel := range []string{"kualitas.html", "en/kualitas.html"} {
		var opt map[string]any
		for title, c := range d.charts(t, rel) {
			if title == "Batch sumber" || title == "Source batches" {
				opt = c.Option
			}
		}
		if opt == nil {
			t.Fatalf("%s: no batch chart", rel)
		}
		y := opt["yAxis"].([]any)[0].(map[string]any)
		if y["type"] != "log" {
			t.Fatalf("%s: y axis %v, want log", rel, y)
		}
		var largest float64
		for _, s := range opt["series"].([]any) {
			for _, v := range s.(map[string]any)["data"].([]any) {
				if m, ok := v.(map[string]any); ok {
					v = m["value"]
				}
				f, ok := v.(float64)
				if !ok {
					continue // "-": no bar
				}
				if f <= 0 {
					t.Errorf("%s: %v on a log axis", rel, f)
				}
				largest = max(largest, f)
			}
		}
		if largest < 27000 {
			t.Fatalf("%s: largest batch %v, the demo's is 27 221 rows", rel, largest)
		}
		if mx, ok := y["max"].(float64); !ok || mx < largest {
			t.Errorf("%s: axis max %v below the largest batch %v", rel, y["max"], largest)
		}
	}
}

// TestRegionTurnaroundIsTheMartsMedian: a region whose KTP-el requests are
// served by two units (Dumai's Dukcapil and, for every third request, its
// Sekretariat) shows on its page, in the services table and chart of every
// period, mart.region_summary's median_jam_ktp_el: a true median of the
// region's requests. One definition (the page's own SQL took the
// permohonan-weighted mean of the units' medians).
func TestRegionTurnaroundIsTheMartsMedian(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(dir, "data"), Seed: 5, Employees: 100})
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	rewriteCSV(t, filepath.Join(dir, "data", demogen.FileRequests), "kode_unit", func(old string) string {
		if i++; old == "14.72.03" && i%3 == 0 {
			return "14.72.01"
		}
		return old
	})
	db := martstest.Load(t, filepath.Join(dir, "w.duckdb"), sum.Config, true)
	res, err := dashboards.Build(context.Background(), db.DB, dashboards.Options{Out: filepath.Join(dir, "site")})
	if err != nil {
		t.Fatal(err)
	}
	median := func(per string) sql.NullFloat64 {
		var v sql.NullFloat64
		if err := db.QueryRow(`SELECT median_jam_ktp_el FROM mart.region_summary WHERE kode_wilayah = '14.72' AND periode = ?`, per).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	m := res.Regions["14.72"]
	n := 0
	check := func(where, per string, s kit.Stat) {
		t.Helper()
		want := median(per)
		if !want.Valid || !s.Shown() {
			t.Errorf("%s %s: page %+v, mart %+v", where, per, s, want)
			return
		}
		n++
		if math.Abs(s.Value-want.Float64) > 1e-9 {
			t.Errorf("%s %s: KTP-el median %.4f h, mart.region_summary %.4f h", where, per, s.Value, want.Float64)
		}
	}
	for per, rp := range m.ByPeriod {
		check("headline", per, rp.Now.MedianKTP)
		for _, sv := range rp.Services {
			if sv.Layanan == "KTP_EL" {
				check("services table", sv.Period.Periode, sv.Median)
			}
		}
	}
	for _, ser := range m.Services {
		if ser.Layanan == "KTP_EL" {
			for _, pt := range ser.Points {
				check("services chart", pt.Period.Periode, pt.Median)
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d medians compared", n)
	}
}

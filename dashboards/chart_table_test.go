package dashboards_test

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// csvRows reads a CSV of the site as maps by column.
func (d *demoSite) csvRows(t *testing.T, rel string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(d.out, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// checkPriorityChart: the priority chart draws the rows of its table, in
// order (the chart lists them bottom up), labelled with the table's rank:
// the stacked parts add up to the table's score, and a masked score is
// drawn as the "<5" marker with no bar.
func checkPriorityChart(t *testing.T, where string, opt map[string]any, rows []map[string]string, rankCol string) {
	t.Helper()
	labels := opt["yAxis"].([]any)[0].(map[string]any)["data"].([]any)
	series := opt["series"].([]any)
	if len(labels) != len(rows) {
		t.Fatalf("%s: chart has %d rows, table %d", where, len(labels), len(rows))
	}
	for i, r := range rows {
		ci := len(rows) - 1 - i
		label := labels[ci].(string)
		if !strings.HasPrefix(label, r[rankCol]+". ") {
			t.Errorf("%s: chart row %q, table rank %s (%s)", where, label, r[rankCol], rankCol)
		}
		var sum float64
		bars, marker := 0, false
		for _, s := range series {
			v := s.(map[string]any)["data"].([]any)[ci]
			switch x := v.(type) {
			case float64:
				sum += x
				bars++
			case map[string]any:
				if lb, ok := x["label"].(map[string]any); ok && lb["formatter"] == "<5" {
					marker = true
				}
			}
		}
		skor := r["skor_prioritas"]
		if skor == "<5" {
			if !marker || sum != 0 {
				t.Errorf("%s rank %s: table masks the score, chart draws %.1f (marker %v)", where, r[rankCol], sum, marker)
			}
			continue
		}
		want, err := strconv.ParseFloat(skor, 64)
		if err != nil {
			t.Fatalf("%s: score %q", where, skor)
		}
		if math.Abs(sum-want) > 0.15 || bars == 0 {
			t.Errorf("%s rank %s: chart bar %.1f, table score %.1f", where, r[rankCol], sum, want)
		}
	}
}

// TestPriorityChartEqualsTable: on pelatihan.html and every region page the
// priority chart is its table (issue 12: rank 1, score 81.2, was drawn as
// about 56, ranks 5, 7, 9 and 10 had no bar, and region pages labelled the
// units with national ranks while their table used the region's).
func TestPriorityChartEqualsTable(t *testing.T) {
	d := sharedDemo(t)
	year := strconv.FormatInt(d.res.Training.Years[0], 10)
	c, ok := d.charts(t, "pelatihan.html")["Skor prioritas · "+year]
	if !ok {
		t.Fatal("pelatihan.html: no priority chart")
	}
	checkPriorityChart(t, "pelatihan.html", c.Option, d.csvRows(t, "data/pelatihan_prioritas_"+year+".csv"), "urutan_prioritas")
	for kode, m := range d.res.Regions {
		y := strconv.FormatInt(m.NeedsYear, 10)
		c, ok := d.charts(t, "wilayah/"+kode+".html")["Skor prioritas · "+y]
		if !ok {
			t.Fatalf("wilayah/%s.html: no priority chart for %s", kode, y)
		}
		var rows []map[string]string
		for _, r := range d.csvRows(t, "data/wilayah_"+kode+"_pelatihan.csv") {
			if r["tahun"] == y {
				rows = append(rows, r)
			}
		}
		checkPriorityChart(t, "wilayah/"+kode+".html", c.Option, rows, "urutan_prioritas_wilayah")
	}
}

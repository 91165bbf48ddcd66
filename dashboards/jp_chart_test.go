package dashboards_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestMaskedLooksMasked: a unit whose "% < 20 JP" years are mostly "<5"
// draws its region's years with the sentence saying why (before: an empty
// chart, read as nobody below 20 JP); a masked year in a chart is the
// "<5" marker, never an empty slot; a masked table cell is hatched with
// its tooltip.
func TestMaskedLooksMasked(t *testing.T) {
	d := sharedDemo(t)
	files, _ := filepath.Glob(filepath.Join(d.out, "data", "unit", "*_jp.csv"))
	fallback := 0
	for _, f := range files {
		byUnit := map[string][2]int{} // masked, all
		for _, r := range d.csvRows(t, "data/unit/"+filepath.Base(f)) {
			c := byUnit[r["kode_unit"]]
			if r["persen_kurang_20_jp"] == "<5" {
				c[0]++
			}
			c[1]++
			byUnit[r["kode_unit"]] = c
		}
		for unit, c := range byUnit {
			if 2*c[0] <= c[1] {
				continue
			}
			fallback++
			page := d.page(t, "unit/"+unit+".html")
			if !strings.Contains(page, "jadi grafik ini menampilkan angka wilayahnya") {
				t.Errorf("unit/%s.html: %d of %d years <5 and no sentence about the region's chart", unit, c[0], c[1])
			}
			found := false
			for title := range d.charts(t, "unit/"+unit+".html") {
				if strings.HasPrefix(title, "% < 20 JP · Kota") || strings.HasPrefix(title, "% < 20 JP · Kab") {
					found = true
				}
			}
			if !found {
				t.Errorf("unit/%s.html: no region-level 20 JP chart", unit)
			}
		}
	}
	if fallback == 0 {
		t.Fatal("no mostly-masked unit 20 JP chart: the test shows nothing")
	}
	page := d.page(t, "talenta.html")
	if !strings.Contains(page, `<td class="num masked" title="Disembunyikan: menyangkut kurang dari 5 orang`) {
		t.Error("talenta.html: no hatched masked cell with its tooltip")
	}
	if strings.Contains(page, `<td class="num">&lt;5</td>`) || strings.Contains(page, `<td class="num">×</td>`) {
		t.Error("talenta.html: a masked cell without the masked class")
	}
}

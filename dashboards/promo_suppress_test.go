package dashboards_test

import (
	"testing"
)

// promoCounts are the head counts of a row of promosi.html's tables.
var promoCounts = []string{"kenaikan", "kenaikan_jabatan", "dalam_kelompok_promosi", "di_luar_kelompok_promosi", "data_tidak_lengkap"}

// TestPromoMaskedNotRecoverable: on promosi.html (its region table's CSV,
// every period) no masked count is the only masked figure of a sum the
// page shows: a row's promotions = inside + outside + incomplete; a
// column of a period = its regions' counts summed in the "Semua wilayah"
// row; a region's (and every region's) count over every year = its years'.
// Counts of 1-4 are masked, the trend's table masks as the region table.
func TestPromoMaskedNotRecoverable(t *testing.T) {
	d := sharedDemo(t)
	rows := d.csvRows(t, "data/promosi_wilayah.csv")
	if len(rows) == 0 {
		t.Fatal("no rows in promosi_wilayah.csv")
	}
	type key struct{ periode, kode string }
	byKey := map[key]map[string]string{}
	var periods []string
	seen := map[string]bool{}
	for _, r := range rows {
		byKey[key{r["periode"], r["kode_wilayah"]}] = r
		if !seen[r["periode"]] {
			seen[r["periode"]] = true
			periods = append(periods, r["periode"])
		}
		// The row: promotions = inside + outside + incomplete.
		if c := loneMasked(r, []string{"kenaikan", "dalam_kelompok_promosi", "di_luar_kelompok_promosi", "data_tidak_lengkap"}); c != "" {
			t.Errorf("%s %s: %s is the only masked figure of its row", r["periode"], r["nama_wilayah"], c)
		}
		for _, c := range promoCounts {
			if n := r[c]; n == "1" || n == "2" || n == "3" || n == "4" {
				t.Errorf("%s %s: %s = %s shown", r["periode"], r["nama_wilayah"], c, n)
			}
		}
	}
	masked := 0
	for _, c := range promoCounts {
		// A period's column: the regions and their total.
		for _, p := range periods {
			n := 0
			for k, r := range byKey {
				if k.periode == p && maskedFig(r[c]) {
					n++
				}
			}
			masked += n
			if n == 1 {
				t.Errorf("%s %s: one masked figure in the column, the 'Semua wilayah' row gives it away", p, c)
			}
		}
		// A region's years and its figure over every year.
		for k, all := range byKey {
			if k.periode != "semua" {
				continue
			}
			n := 0
			if maskedFig(all[c]) {
				n++
			}
			for _, p := range periods {
				if r, ok := byKey[key{p, k.kode}]; ok && p != "semua" && maskedFig(r[c]) {
					n++
				}
			}
			if n == 1 {
				t.Errorf("%s %s: one masked figure among its years and their sum", all["nama_wilayah"], c)
			}
		}
	}
	if masked == 0 {
		t.Fatal("no masked count on promosi.html: the test would check nothing")
	}
	// The trend's table shows the same year rows, masked alike.
	for _, r := range d.csvRows(t, "data/promosi_tren.csv") {
		w, ok := byKey[key{r["tahun"], r["kode_wilayah"]}]
		if !ok {
			t.Errorf("promosi_tren.csv %s %s: no such row in promosi_wilayah.csv", r["tahun"], r["nama_wilayah"])
			continue
		}
		for _, c := range promoCounts {
			if r[c] != w[c] {
				t.Errorf("%s %s %s: trend table %q, region table %q", r["tahun"], r["nama_wilayah"], c, r[c], w[c])
			}
		}
	}
}

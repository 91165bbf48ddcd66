package dashboards_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func maskedFig(s string) bool { return s == "<5" || s == "×" }

// nineboxGroups are the sums a 9-box row shows: its total over every box,
// its pool (kotak 7–9) and the total minus the pool.
var nineboxGroups = [][]string{
	{"pegawai", "tanpa_kotak", "kotak_1", "kotak_2", "kotak_3", "kotak_4", "kotak_5", "kotak_6", "kotak_7", "kotak_8", "kotak_9"},
	{"kelompok_promosi", "kotak_7", "kotak_8", "kotak_9"},
	{"pegawai", "kelompok_promosi", "tanpa_kotak", "kotak_1", "kotak_2", "kotak_3", "kotak_4", "kotak_5", "kotak_6"},
}

// loneMasked returns the column of the only masked figure of a group, or "".
func loneMasked(r map[string]string, group []string) string {
	var one []string
	for _, c := range group {
		if maskedFig(r[c]) {
			one = append(one, c)
		}
	}
	if len(one) == 1 {
		return one[0]
	}
	return ""
}

var gridItem = regexp.MustCompile(`"name":"Kotak ([1-9]): ([^"]*)"`)

// TestTalentMaskedNotRecoverable: on talenta.html (and its CSVs) no masked
// 9-box count is the only masked figure of a region's row (total, pool,
// total − pool) or of a box's column against the national grid; before,
// Dumai's kotak 6 was 319 − 316 = 3. The region pages' unit tables too.
func TestTalentMaskedNotRecoverable(t *testing.T) {
	d := sharedDemo(t)
	page := d.page(t, "talenta.html")
	files, _ := filepath.Glob(filepath.Join(d.out, "data", "talenta_wilayah_*.csv"))
	if len(files) == 0 {
		t.Fatal("no talenta_wilayah CSV")
	}
	dumai := false
	for _, f := range files {
		rel := "data/" + filepath.Base(f)
		year := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "talenta_wilayah_"), ".csv")
		rows := d.csvRows(t, rel)
		for _, r := range rows {
			for _, g := range nineboxGroups {
				if c := loneMasked(r, g); c != "" {
					t.Errorf("%s %s: %s is %s - the rest of %v", rel, r["nama_wilayah"], c, g[0], g[1:])
				}
			}
			if r["nama_wilayah"] == "Kota Dumai" && year == "2025" {
				dumai = true
				if !maskedFig(r["kotak_6"]) {
					t.Errorf("Dumai 2025 kotak 6 is %s, the mart has 3 people", r["kotak_6"])
				}
			}
		}
		// Columns against the national grid of the default year (the
		// chart's option; the table rows of that year are in the page).
		if !strings.Contains(page, "semua wilayah · "+year+`"`) {
			continue
		}
		grid := map[string]string{}
		for _, m := range gridItem.FindAllStringSubmatch(page, 9) {
			grid["kotak_"+m[1]] = m[2]
		}
		if len(grid) != 9 {
			t.Fatalf("talenta.html: %d grid boxes", len(grid))
		}
		for b := 1; b <= 9; b++ {
			col := "kotak_" + strconv.Itoa(b)
			n := 0
			if maskedFig(grid[col]) {
				n++
			}
			for _, r := range rows {
				if maskedFig(r[col]) {
					n++
				}
			}
			if n == 1 {
				t.Errorf("%s: %s has one masked figure, the national grid gives it away", rel, col)
			}
		}
	}
	if !dumai {
		t.Fatal("no Dumai 2025 row")
	}
	units, _ := filepath.Glob(filepath.Join(d.out, "data", "wilayah_*_talenta_unit.csv"))
	for _, f := range units {
		rel := "data/" + filepath.Base(f)
		for _, r := range d.csvRows(t, rel) {
			for _, g := range nineboxGroups {
				if c := loneMasked(r, g); c != "" {
					t.Errorf("%s %s %s: %s is %s - the rest of %v", rel, r["tahun"], r["nama_unit"], c, g[0], g[1:])
				}
			}
		}
	}
	if _, err := os.Stat(filepath.Join(d.out, "data", "talenta_wilayah_2025.csv")); err != nil {
		t.Fatal(err)
	}
}

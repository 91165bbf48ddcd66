package dashboards_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestLenientRatersCountedPerUnit: without --show-names a region page lists
// no lenient rater by pseudonym or jabatan ("Kepala Dinas Sosial" names one
// person), only how many each unit has, as mart.rater_calibration counts them.
func TestLenientRatersCountedPerUnit(t *testing.T) {
	d := sharedDemo(t)
	checked := 0
	for kode := range d.res.Regions {
		rel := "data/wilayah_" + kode + "_peringatan_penilai.csv"
		if _, err := os.Stat(filepath.Join(d.out, rel)); err != nil {
			continue
		}
		rows := d.csvRows(t, rel)
		for _, r := range rows {
			for _, c := range []string{"id_penilai", "jabatan_penilai"} {
				if _, ok := r[c]; ok {
					t.Fatalf("%s: column %s without --show-names", rel, c)
				}
			}
			want := d.number(t, `SELECT count(*) FROM mart.rater_calibration WHERE label = 'lunak' AND kode_unit = ? AND periode = ?`,
				r["kode_unit"], r["periode"])
			if got, _ := strconv.ParseFloat(r["penilai_lunak"], 64); got != want || want == 0 {
				t.Errorf("%s %s %s: %s lenient raters, the mart %v", rel, r["kode_unit"], r["periode"], r["penilai_lunak"], want)
			}
			checked++
		}
		var jabatan []string
		qr, err := d.db.Query(`SELECT DISTINCT jabatan_penilai FROM mart.rater_calibration WHERE label = 'lunak' AND kode_wilayah = ? AND jabatan_penilai LIKE 'Kepala%'`, kode)
		if err != nil {
			t.Fatal(err)
		}
		for qr.Next() {
			var j string
			qr.Scan(&j)
			jabatan = append(jabatan, j)
		}
		qr.Close()
		page := d.page(t, "wilayah/"+kode+".html")
		for _, j := range jabatan {
			if containsText(page, j) {
				t.Errorf("wilayah/%s.html names the lenient rater %q", kode, j)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no lenient rater on any region page: the test shows nothing")
	}
}

func containsText(page, s string) bool {
	return len(s) > 0 && (strings.Index(page, ">"+s+"<") >= 0 || strings.Index(page, `"`+s+`"`) >= 0)
}

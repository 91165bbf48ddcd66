package dashboards_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnitIKMSampleAndRaters: the unit pages' IKM sample table names the
// weakest element and says whether the IKM stands on the PermenPANRB
// 14/2017 minimum sample as mart.ikm does, in words on the page
// ("hasil indikatif"); the 360 section's raters per label are
// mart.unit_360's counts, with the rule stated and no rater's NIP or
// pseudonym on the page.
func TestUnitIKMSampleAndRaters(t *testing.T) {
	d := sharedDemo(t)
	files, _ := filepath.Glob(filepath.Join(d.out, "data", "unit", "*_ikm_sampel.csv"))
	if len(files) == 0 {
		t.Fatal("no ikm_sampel CSV")
	}
	short := 0
	for _, f := range files {
		for _, r := range d.csvRows(t, "data/unit/"+filepath.Base(f)) {
			var resp, min float64
			var cukup bool
			var weakest string
			if err := d.db.QueryRow(`SELECT responden, sampel_minimum, sampel_cukup, unsur_terendah FROM mart.ikm WHERE kode_unit = ? AND periode = ?`,
				r["kode_unit"], r["periode"]).Scan(&resp, &min, &cukup, &weakest); err != nil {
				t.Fatalf("%s %s: %v", r["kode_unit"], r["periode"], err)
			}
			if r["responden"] != fmt.Sprint(resp) || r["sampel_minimum"] != fmt.Sprint(min) || r["sampel_cukup"] != fmt.Sprint(cukup) ||
				r["unsur_terendah"] != weakest {
				t.Errorf("%s %s: page %v, mart.ikm %v %v %v %s", r["kode_unit"], r["periode"], r, resp, min, cukup, weakest)
			}
			if !cukup {
				short++
				if !strings.Contains(r["keterangan"], "indikatif") {
					t.Errorf("%s %s: %d respondents of %d, the note %q does not say indicative", r["kode_unit"], r["periode"], int(resp), int(min), r["keterangan"])
				}
			}
		}
	}
	if short == 0 {
		t.Fatal("no IKM below the minimum sample: the flag is not exercised")
	}

	files, _ = filepath.Glob(filepath.Join(d.out, "data", "unit", "*_360_penilai.csv"))
	if len(files) == 0 {
		t.Fatal("no 360_penilai CSV")
	}
	lunak := 0
	for _, f := range files {
		for _, r := range d.csvRows(t, "data/unit/"+filepath.Base(f)) {
			q := `SELECT %s FROM mart.unit_360 WHERE kode_unit = ? AND periode = ?`
			for _, c := range []string{"penilai", "penilai_dinilai_cukup", "penilai_lunak", "penilai_ketat", "penilai_wajar"} {
				want := d.number(t, fmt.Sprintf(q, c), r["kode_unit"], r["periode"])
				if r[c] != fmt.Sprint(want) {
					t.Errorf("%s %s %s: page %s, mart.unit_360 %v", r["kode_unit"], r["periode"], c, r[c], want)
				}
			}
			if r["penilai_lunak"] != "0" {
				lunak++
			}
		}
	}
	if lunak == 0 {
		t.Fatal("no unit with a lenient rater: the counts are not exercised")
	}
	ids := d.strings(t, `SELECT DISTINCT id_penilai FROM mart.rater_calibration`)
	nips := d.strings(t, `SELECT DISTINCT nip_penilai FROM mart.rater_calibration`)
	pages, _ := filepath.Glob(filepath.Join(d.out, "unit", "*.html"))
	for _, lang := range []string{"", "en/"} {
		for _, p := range pages {
			rel := lang + "unit/" + filepath.Base(p)
			s := d.page(t, rel)
			if strings.Contains(s, `id="360"`) {
				rule := map[string]string{"": "penilai lunak dan ketat", "en/": "lenient and severe rater rule"}[lang]
				if !strings.Contains(s, rule) {
					t.Errorf("%s: the 360 section does not state the rule", rel)
				}
			}
			for _, x := range append(ids, nips...) {
				if strings.Contains(s, x) {
					t.Errorf("%s: names the rater %s", rel, x)
				}
			}
		}
	}
}

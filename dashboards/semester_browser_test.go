package dashboards_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kinerja/dashboards/browsercheck"
	"kinerja/dashboards/kit"
)

// TestSemesterChosenInChromium (issue 13, point 2: Subulussalam evaluates
// every six months): on the demo site's page of Kota Subulussalam, headless
// Chromium picks "Semester I 2025" in the period selector; the headline IKM
// and the IKM table then show mart.region_summary's and mart.ikm's 2025-S1
// rows (not a quarter's, not the year's), and the appraisal sections say
// that SKP has no semester figure. Both languages.
func TestSemesterChosenInChromium(t *testing.T) {
	d := sharedDemo(t)
	if _, ok := browsercheck.ChromiumPath(); !ok {
		if os.Getenv("KINERJA_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("no Chromium found and KINERJA_REQUIRE_CHROMIUM=1")
		}
		t.Skip("no Chromium found (set KINERJA_CHROMIUM)")
	}
	const kode, sem = "11.75", "2025-S1"
	// The marts' semester rows, read here on their own.
	var ikm, q2 float64
	var mutu string
	if err := d.db.QueryRow(`SELECT ikm, mutu FROM mart.region_summary WHERE kode_wilayah = ? AND periode = ? AND jenis_periode = 'semester'`,
		kode, sem).Scan(&ikm, &mutu); err != nil {
		t.Fatal(err)
	}
	if err := d.db.QueryRow(`SELECT ikm FROM mart.region_summary WHERE kode_wilayah = ? AND periode = '2025-Q2'`, kode).Scan(&q2); err != nil {
		t.Fatal(err)
	}
	var unitKode string
	var unitIKM float64
	if err := d.db.QueryRow(`SELECT kode_unit, ikm FROM mart.ikm WHERE kode_wilayah = ? AND periode = ? AND ikm IS NOT NULL ORDER BY kode_unit LIMIT 1`,
		kode, sem).Scan(&unitKode, &unitIKM); err != nil {
		t.Fatal(err)
	}
	if kit.Round(ikm, 2) == kit.Round(q2, 2) {
		t.Fatalf("the semester's IKM %.2f equals 2025-Q2's: the test could not tell them apart", ikm)
	}
	num := func(lang string, v float64) string {
		s := strconv.FormatFloat(kit.Round(v, 2), 'f', 2, 64)
		if lang == kit.LangID {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for _, lang := range kit.Languages {
		page := "wilayah/" + kode + ".html"
		if lang == kit.LangEN {
			page = "en/" + page
		}
		reports, err := browsercheck.Check(ctx, d.out, browsercheck.Options{Pages: []string{page}, Period: sem,
			Probe: "section.figures .fig-value, #ikm caption, #ikm tbody td, #kuadran .period-note"})
		if err != nil {
			t.Fatal(err)
		}
		r := reports[0]
		t.Logf("%s after choosing %s: %q", page, sem, r.ProbeAfter)
		if r.Period != sem || len(r.ConsoleErrors) > 0 || len(r.ExternalRequests) > 0 {
			t.Fatalf("%s: selector %q, console %q, external %q", page, r.Period, r.ConsoleErrors, r.ExternalRequests)
		}
		after := strings.Join(r.ProbeAfter, " | ")
		if len(r.ProbeAfter) < 3 || r.ProbeAfter[2] != num(lang, ikm)+" ("+mutu+")" {
			t.Errorf("%s: IKM figure after choosing %s: %q, want mart.region_summary's %s (%s)", page, sem, r.ProbeAfter, num(lang, ikm), mutu)
		}
		if !strings.Contains(after, "· "+sem+" |") {
			t.Errorf("%s: the IKM table's caption does not name %s: %q", page, sem, after)
		}
		if !strings.Contains(after, unitKode+" | ") || !strings.Contains(after, num(lang, unitIKM)) {
			t.Errorf("%s: unit %s's IKM %s of %s not in the table: %q", page, unitKode, num(lang, unitIKM), sem, after)
		}
		if !strings.Contains(after, "PermenPANRB 6/2022") {
			t.Errorf("%s: no sentence that SKP has no semester: %q", page, after)
		}
		// The choice is named and grouped: <optgroup label="Semester"> ... "Semester I 2025".
		html, err := os.ReadFile(filepath.Join(d.out, page))
		if err != nil {
			t.Fatal(err)
		}
		grp := `<optgroup label="` + kit.Tr(lang, "grp_semester") + `"><option value="2025-S2">` + kit.PeriodName(lang, "2025-S2") +
			`</option><option value="2025-S1">` + kit.PeriodName(lang, sem) + `</option>`
		if !strings.Contains(string(html), grp) {
			t.Errorf("%s: no semester group %q in the selector", page, grp)
		}
		if strings.Contains(strings.Join(r.ProbeBefore, " | "), "PermenPANRB 6/2022") {
			t.Errorf("%s: the semester sentence shows before a semester is chosen: %q", page, r.ProbeBefore)
		}
	}
}

package dashboards

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/dashboards/internal/dashtest"
)

func TestComparisonTrainingTalentQualityModels(t *testing.T) {
	_, out, res := buildSite(t)
	// Perbandingan: ranking by IKM and year-on-year change of 2025-Q3.
	c := res.Compare
	if c.Default != "2025-Q3" || len(c.ByPeriod["2025-Q3"]) != 2 {
		t.Fatalf("compare default %q rows %d", c.Default, len(c.ByPeriod["2025-Q3"]))
	}
	best := c.ByPeriod["2025-Q3"][0]
	if best.Kode != "11.75" || best.IKM.Value != 90.1 || best.IKMChange.Value != 2.1 || best.PeriodeLalu != "2024-Q3" {
		t.Errorf("best region = %+v", best)
	}
	// Subulussalam's % Sangat Baik (20 % of 15 = 3 people) and its change are withheld.
	if !best.PersenSB.Small || !best.SBChange.Small {
		t.Errorf("small %% Sangat Baik shown: %+v", best)
	}
	if d := res.Regions["14.72"]; d.YoYIKM.Value != -3.5 || d.YoYPeriod != "2024-Q3" || d.YoYSB.Value != 2.27 {
		t.Errorf("Dumai year-on-year = %+v %+v %q", d.YoYIKM, d.YoYSB, d.YoYPeriod)
	}
	// Kurva distribusi: 2 Kurang of 24 and 16.7 % Butuh Perbaikan (4 people) withheld in the reason.
	k := res.Regions["14.72"].Kurva["2025-Q3"]
	if len(k) != 2 || k[0].Alasan != "sangat_baik 25.0 % > 10 %; butuh_perbaikan <5 < 60 %" || !k[0].Shares[3].Small {
		t.Errorf("kurva = %+v", k)
	}
	if tiny := res.Regions["11.75"].Kurva["2025-Q3"]; len(tiny) != 1 || tiny[0].Alasan != "<5" || !tiny[0].Pegawai.Small {
		t.Errorf("tiny kurva = %+v", tiny)
	}
	if len(res.Regions["14.72"].KurvaPeriods) != 2 {
		t.Errorf("kurva periods = %v", res.Regions["14.72"].KurvaPeriods)
	}
	// Talent: 9-box per region, the tiny unit's 3 people withheld.
	tm := res.Talent
	if len(tm.Years) != 1 || tm.Years[0] != 2025 {
		t.Fatalf("talent years %v", tm.Years)
	}
	for _, r := range tm.Regions[2025] {
		switch r.Kode {
		case "14.72":
			// Kotak 7 holds 3 people: withheld, and so are the pool (7+8+9 = 9)
			// and the total (20), which would give it back as 9 - 0 - 6.
			if r.Boxes[9].Value != 6 || r.Boxes[7].Value != 0 || !r.Boxes[7].Small || r.Boxes[5].Value != 11 ||
				r.Pool.Valid || !r.Pool.Linked || r.Total.Valid || !r.Total.Linked {
				t.Errorf("Dumai 9-box = %+v", r)
			}
		case "11.75":
			if !r.Boxes[8].Small || !r.Pool.Small || !r.Total.Small {
				t.Errorf("tiny 9-box not withheld: %+v", r)
			}
		}
	}
	if g := tm.Grid[2025]; g.Pool.Value != 12 || g.Total.Value != 23 {
		t.Errorf("grid = %+v", g)
	}
	// Training: needs by value (7 akuntabel, 9 loyal), focus, priority list.
	tr := res.Training
	if len(tr.Years) != 1 || len(tr.Priority[2025]) != 2 || tr.Priority[2025][0].Kode != dashtest.DukcapilDumai {
		t.Fatalf("training = %+v", tr)
	}
	vals := tr.Values[2025]
	if vals[valueIndex("akuntabel")].Value != 7 || vals[valueIndex("loyal")].Value != 9 {
		t.Errorf("values = %+v", vals)
	}
	if f := tr.Focus[2025]; len(f) != 1 || f[0].Fokus != "Integritas" || f[0].Pegawai.Value != 9 {
		t.Errorf("focus = %+v", f)
	}
	if tiny := tr.Priority[2025][1]; !tiny.Pegawai.Small || !tiny.PersenKurang20.Small || !tiny.Skor.Small {
		t.Errorf("tiny unit's needs not withheld: %+v", tiny)
	}
	u := res.Units[dashtest.DukcapilDumai]
	if len(u.Needs) != 1 || u.Needs[0].PersenKurang20.Value != 30 || u.NeedsValues[2025][valueIndex("loyal")].Value != 9 {
		t.Errorf("unit needs = %+v %+v", u.Needs, u.NeedsValues)
	}
	// Data quality: raw values and long numbers masked.
	q := res.Quality
	if len(q.Batches) != 2 || q.Batches[0].File != "skp.csv" || len(q.Coverage) != 1 || q.Coverage[0].Cakupan.Value != 90 {
		t.Errorf("quality = %+v", q)
	}
	for _, r := range q.Quarantine {
		if strings.Contains(r.Reason, "Siti") || strings.Contains(r.Reason, "19871305") {
			t.Errorf("reason not masked: %q", r.Reason)
		}
	}
	// No names anywhere by default.
	dashtest.WalkFiles(t, out, func(rel, s string) {
		for _, n := range append(dashtest.Names, "Siti", dashtest.PoolNIP) {
			if strings.Contains(s, n) {
				t.Errorf("%s contains %q without ShowNames", rel, n)
			}
		}
	})
	// Every page links the main pages.
	for _, pg := range res.Pages {
		s := dashtest.ReadFile(t, filepath.Join(out, pg))
		for _, m := range []string{"perbandingan.html", "pelatihan.html", "talenta.html", "promosi.html", "kualitas.html"} {
			if !strings.Contains(s, m+`"`) {
				t.Errorf("%s: no link to %s", pg, m)
			}
		}
	}
}

func TestShowNames(t *testing.T) {
	db, out := fixture(t)
	if _, err := Build(context.Background(), db, Options{Out: out, ShowNames: true}); err != nil {
		t.Fatal(err)
	}
	reg := dashtest.ReadFile(t, filepath.Join(out, "wilayah/14.72.html"))
	for _, n := range append(dashtest.Names, dashtest.PoolNIP) {
		if !strings.Contains(reg, n) {
			t.Errorf("wilayah/14.72.html lacks %q with ShowNames", n)
		}
	}
	// Raters stay pseudonymous even then.
	if strings.Contains(reg, "198503122010011003") {
		t.Error("rater NIP shown")
	}
}

package dashboards

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kinerja/dashboards/internal/dashtest"
	"kinerja/dashboards/kit"
)

// TestRegionPageFollowsThePeriod: the region page is built from the model
// of every period: one set of headline figures per period (the latest
// shown), every period-specific table and chart with a variant per period,
// the CSV with every period's rows; a period's figures and rows are its own.
func TestRegionPageFollowsThePeriod(t *testing.T) {
	db, out := fixture(t)
	res, err := Build(context.Background(), db, Options{Out: out})
	if err != nil {
		t.Fatal(err)
	}
	m := res.Regions["14.72"]
	// The selector: the quarters and the year (issue 13, point 2), newest first.
	if len(m.Periods) != 3 || m.Periods[0].Periode != "2025-Q3" || m.Periods[1].Periode != "2025-Q2" || m.Periods[2].Periode != "2024" || m.Default != "2025-Q3" {
		t.Fatalf("periods %v, default %q", m.Periods, m.Default)
	}
	q2, q3 := m.ByPeriod["2025-Q2"], m.ByPeriod["2025-Q3"]
	if q2.Now.IKM.Value != 80.5 || q3.Now.IKM.Value != 78.25 || q3.Prev.IKM.Value != 80.5 || q2.Prev.Period != nil {
		t.Errorf("IKM Q2 %+v, Q3 %+v (previous %+v %v)", q2.Now.IKM, q3.Now.IKM, q3.Prev.IKM, q2.Prev.Period)
	}
	if len(q3.Units) != 2 || len(q2.Units) != 0 || len(q2.Kurva) != 1 || len(q3.Kurva) != 2 {
		t.Errorf("units Q2 %d, Q3 %d; kurva Q2 %d, Q3 %d", len(q2.Units), len(q3.Units), len(q2.Kurva), len(q3.Kurva))
	}
	if len(q3.Alerts.Lunak) != 1 || len(q2.Alerts.Lunak) != 0 || len(q3.Alerts.Mismatch) != 1 || len(q2.Alerts.Mismatch) != 0 {
		t.Errorf("alerts Q2 %+v, Q3 %+v", q2.Alerts, q3.Alerts)
	}

	s := newSite(mustLoad(t, db), "kinerja")
	for _, lang := range kit.Languages {
		p := s.regionPage(m, lang)
		// Grouped: the year first (Tahun), then the quarters (Triwulan).
		if len(p.Periods) != 3 || p.Periods[0].Value != "2024" || p.Periods[0].Group != kit.Tr(lang, "grp_tahun") || p.Periods[0].Selected ||
			!p.Periods[1].Selected || p.Periods[1].Value != "2025-Q3" || p.Periods[1].Label != kit.PeriodName(lang, "2025-Q3") || p.Periods[2].Selected {
			t.Errorf("%s: selector %+v", lang, p.Periods)
		}
		if len(p.FigureSets) != 3 || p.FigureSets[0].Hidden || !p.FigureSets[1].Hidden || p.FigureSets[1].Period != "2025-Q2" {
			t.Fatalf("%s: figure sets %+v", lang, p.FigureSets)
		}
		// The fixture's appraisals have no year: the year's appraisal
		// figures say so, its IKM is the year's own (mart.region_summary).
		if y := p.FigureSets[2]; y.Period != "2024" || y.Figures[0].Value != "–" || y.Figures[0].Note != kit.Tr(lang, "no_kind_tahun") ||
			y.Figures[2].Value != m.ByPeriod["2024"].Now.IKM.Text(lang, 2)+" (B)" {
			t.Errorf("%s: the year's figures %+v", lang, y)
		}
		ikm := func(fs kit.FigureSet) string { return fs.Figures[2].Value }
		if want := q3.Now.IKM.Text(lang, 2) + " (B)"; ikm(p.FigureSets[0]) != want {
			t.Errorf("%s: Q3 IKM figure %q, want %q", lang, ikm(p.FigureSets[0]), want)
		}
		if want := q2.Now.IKM.Text(lang, 2) + " (B)"; ikm(p.FigureSets[1]) != want || p.FigureSets[1].Figures[2].Delta != "" {
			t.Errorf("%s: Q2 IKM figure %+v, want %q without a change", lang, p.FigureSets[1].Figures[2], want)
		}
		if d := p.FigureSets[0].Figures[2].Delta; d != "-"+kit.FmtNum(lang, 2.25, 2) {
			t.Errorf("%s: Q3 IKM change %q", lang, d)
		}
		// The per-unit table: Q3's two units in the HTML, Q2 (none) in the JSON.
		var unit *kit.Table
		for _, tb := range p.CSVs {
			if tb.CSV == "data/wilayah_14.72_unit.csv" {
				unit = tb
			}
		}
		// (and the year 2024, a third variant)
		if unit == nil || unit.Switch == "" || len(unit.Rows) != 2 || len(unit.Vars) != 3 || unit.Vars[1].Key != "2025-Q2" || len(unit.Vars[1].Rows) != 0 {
			t.Fatalf("%s: per-unit table %+v", lang, unit)
		}
		if !strings.HasSuffix(unit.Caption, "2025-Q3") || !strings.HasSuffix(unit.Vars[1].Caption, "2025-Q2") {
			t.Errorf("%s: captions %q, %q", lang, unit.Caption, unit.Vars[1].Caption)
		}
		// Every chart that follows the period has both periods.
		var js struct {
			Charts []struct {
				ID       string                     `json:"id"`
				Variants map[string]json.RawMessage `json:"variants"`
				Pick     map[string]string          `json:"pick"`
			} `json:"charts"`
			Figures map[string]any `json:"figures"`
			Tables  map[string]any `json:"tables"`
		}
		if err := json.Unmarshal([]byte(p.ChartsJSONString()), &js); err != nil {
			t.Fatal(err)
		}
		switched := 0
		for _, c := range js.Charts {
			if len(c.Variants) > 0 {
				switched++
				// (a yearly chart: 2025-Q2 picks the year's variant)
				k := "2025-Q2"
				if c.Pick != nil {
					k = c.Pick[k]
				}
				if _, ok := c.Variants[k]; !ok {
					t.Errorf("%s: chart %s has no 2025-Q2: %v", lang, c.ID, slices.Collect(maps.Keys(c.Variants)))
				}
			}
		}
		// Units, quadrant, IKM, BerAKHLAK, kurva.
		if switched < 5 || js.Figures["2025-Q2"] == nil || len(js.Tables) < 8 {
			t.Errorf("%s: %d charts, %d tables and figures %v follow the period", lang, switched, len(js.Tables), js.Figures != nil)
		}
	}
	// A region and a unit without any data: pages without a selector.
	for _, p := range []*kit.Page{s.regionPage(s.regionModel(regionRow{Kode: "99.99", Nama: "Kosong"}), kit.LangID),
		s.unitPage(s.unitModel(unitRow{Kode: "99.99.01", Nama: "Kosong", Wilayah: "99.99"}), kit.LangEN)} {
		var b strings.Builder
		bw := bufio.NewWriter(&b)
		if err := kit.RenderPage(bw, p); err != nil {
			t.Fatal(err)
		}
		if len(p.Periods) != 0 || !strings.Contains(b.String(), "</html>") {
			t.Errorf("%s: periods %v", p.Path, p.Periods)
		}
	}
	// The CSV holds both periods' rows, the period first.
	recs := readCSV(t, filepath.Join(out, "data/wilayah_14.72_kurva.csv"))
	if len(recs) != 4 || recs[0][0] != "periode" || recs[1][0] != "2025-Q3" || recs[3][0] != "2025-Q2" {
		t.Errorf("kurva CSV %q", recs)
	}
	recs = readCSV(t, filepath.Join(out, "data/wilayah_14.72_peringatan.csv"))
	if len(recs) != 16 || recs[0][0] != "periode" { // 3 periods x 5 kinds
		t.Errorf("alerts CSV %q", recs)
	}
}

func mustLoad(t *testing.T, db *sql.DB) *warehouse {
	t.Helper()
	w, err := loadWarehouse(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(dashtest.ReadFile(t, path))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

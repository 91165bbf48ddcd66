package dashboards

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"kinerja/dashboards/internal/dashtest"
	"kinerja/dashboards/kit"
)

func fixture(t *testing.T) (*sql.DB, string) {
	t.Helper()
	db, dir := dashtest.OpenTemp(t)
	return db, filepath.Join(dir, "site")
}

func buildSite(t *testing.T) (*sql.DB, string, Result) {
	t.Helper()
	db, out := fixture(t)
	start := time.Now()
	res, err := Build(context.Background(), db, Options{Out: out})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("built %d pages in %v", len(res.Pages), time.Since(start))
	return db, out, res
}

func TestBuildPagesBothLanguages(t *testing.T) {
	_, out, res := buildSite(t)
	want := []string{"index.html", "perbandingan.html", "pelatihan.html", "talenta.html", "promosi.html", "kualitas.html", "wilayah/11.75.html", "wilayah/14.72.html",
		"unit/11.75.01.html", "unit/11.75.02.html", "unit/14.72.01.html", "unit/14.72.02.html"}
	got := map[string]bool{}
	for _, p := range res.Pages {
		got[p] = true
		if _, err := os.Stat(filepath.Join(out, p)); err != nil {
			t.Errorf("listed page missing: %v", err)
		}
	}
	for _, p := range want {
		if !got[p] || !got["en/"+p] {
			t.Errorf("page %s missing in one language (id %v, en %v)", p, got[p], got["en/"+p])
		}
	}
	if len(res.Pages) != 2*len(want) {
		t.Errorf("pages = %d, want %d: %v", len(res.Pages), 2*len(want), res.Pages)
	}
	// Every page links to its twin, loads ECharts relatively, shows the footer.
	for _, p := range res.Pages {
		html := dashtest.ReadFile(t, filepath.Join(out, p))
		twin := "en/" + p
		if strings.HasPrefix(p, "en/") {
			twin = strings.TrimPrefix(p, "en/")
		}
		rel, _ := filepath.Rel(filepath.Dir(filepath.Join(out, p)), filepath.Join(out, twin))
		if !strings.Contains(html, `href="`+filepath.ToSlash(rel)+`"`) {
			t.Errorf("%s: no link to twin %s", p, rel)
		}
		if !regexp.MustCompile(`<script src="(\.\./)*assets/echarts\.min\.js"></script>`).MatchString(html) {
			t.Errorf("%s: echarts not loaded relatively", p)
		}
		// The footer's date and batch count come from assets/site-meta.js
		// (the same on every page; a page carries only its own figures, the
		// quality page's "last loaded" among them).
		if !strings.Contains(html, `<span id="kj-data-per">–</span> · <span id="kj-batches">–</span>`) ||
			!regexp.MustCompile(`<script src="(\.\./)*assets/site-meta\.js"></script>`).MatchString(html) ||
			(strings.Contains(html, "2025-10-05 08:30 WIB") && !strings.HasSuffix(p, "kualitas.html")) {
			t.Errorf("%s: footer not filled from site-meta.js", p)
		}
		if !strings.Contains(html, `class="chart"`) {
			t.Errorf("%s: no chart", p)
		}
	}
	if got, want := dashtest.ReadFile(t, filepath.Join(out, "assets", "site-meta.js")), `window.KJ_META={"data_per":"2025-10-05 08:30 WIB","batches":3};`; !strings.Contains(got, want) {
		t.Errorf("site-meta.js: %q, want %q", got, want)
	}
	if !strings.Contains(dashtest.ReadFile(t, filepath.Join(out, "index.html")), `Data per <span id="kj-data-per">–</span> · <span id="kj-batches">–</span> batch sumber`) {
		t.Error("Indonesian footer wrong")
	}
	if !strings.Contains(dashtest.ReadFile(t, filepath.Join(out, "en/index.html")), `Data as of <span id="kj-data-per">–</span> · <span id="kj-batches">–</span> source batches`) {
		t.Error("English footer wrong")
	}
}

func TestRegionModel(t *testing.T) {
	db, _ := fixture(t)
	w, err := loadWarehouse(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(w, "kinerja")
	var m RegionModel
	for _, r := range w.Regions {
		if r.Kode == "14.72" {
			m = s.regionModel(r)
		}
	}
	if m.Nama != "Kota Dumai" || m.Provinsi != "Riau" {
		t.Fatalf("region = %q %q", m.Nama, m.Provinsi)
	}
	if m.Now.Period == nil || m.Now.Period.Periode != "2025-Q3" || m.Prev.Period.Periode != "2025-Q2" {
		t.Fatalf("periods now=%v prev=%v", m.Now.Period, m.Prev.Period)
	}
	eq := func(name string, s kit.Stat, want float64) {
		t.Helper()
		if !s.Shown() || s.Value != want {
			t.Errorf("%s = %+v, want %v", name, s, want)
		}
	}
	eq("pegawai", m.Now.PegawaiDinilai, 44)
	eq("pegawai prev", m.Prev.PegawaiDinilai, 40)
	eq("%SB", m.Now.PersenSB, 27.27)
	eq("ikm", m.Now.IKM, 78.25)
	eq("ktp", m.Now.MedianKTP, 2.25)
	eq("tepat", m.Now.TepatWaktu, 55.5)
	eq("backlog", m.Now.Backlog, 60)
	eq("<20 JP", m.Now.Kurang20, 28.57)
	if m.Now.Mutu != "B" {
		t.Errorf("mutu %q", m.Now.Mutu)
	}
	// Predikat region totals from unit_performance.
	if len(m.Predikat) != 2 {
		t.Fatalf("predikat periods = %d", len(m.Predikat))
	}
	q3 := m.Predikat[1]
	eq("pred pegawai", q3.Pegawai, 44)
	eq("pred SB", q3.Counts[0], 12)
	eq("pred B", q3.Counts[1], 23)
	if !q3.Counts[3].Small || q3.Counts[3].Linked { // 3 people with Kurang
		t.Errorf("Kurang count of 3 not withheld as <5: %+v", q3.Counts[3])
	}
	// The row shows pegawai_dinilai 44: a second figure of it is withheld
	// (secondary suppression, mart.suppression), else 44 - 12 - 23 - 6 - 0
	// gives Kurang back; the cheapest is Butuh Perbaikan's 6.
	if !q3.Counts[2].Linked {
		t.Errorf("Butuh Perbaikan (6) not withheld beside a withheld Kurang: %+v", q3.Counts[2])
	}
	eq("share SB", q3.Shares[0], 100*12.0/44)
	// Units, quadrant labels.
	if m.UnitsPeriod == nil || m.UnitsPeriod.Periode != "2025-Q3" || len(m.Units) != 2 {
		t.Fatalf("units %v %d", m.UnitsPeriod, len(m.Units))
	}
	if m.Units[1].Nama != dashtest.Hostile || m.Units[1].Label != "nilai_tinggi_layanan_buruk" {
		t.Errorf("unit 2 = %+v", m.Units[1])
	}
	// Services: KTP-el first.
	if len(m.Services) != 2 || m.Services[0].Layanan != "KTP_EL" || len(m.Services[0].Points) != 2 {
		t.Fatalf("services = %+v", m.Services)
	}
	eq("ktp median q3", m.Services[0].Points[1].Median, 2.25)
	eq("ktp batas", m.Services[0].Points[1].Batas, 1)
	// IKM latest period.
	if len(m.IKMUnits) != 2 || m.IKMUnits[1].Mutu != "D" {
		t.Errorf("ikm units = %+v", m.IKMUnits)
	}
	if len(m.Berakhlak) != 14 || m.BerakhlakPeriod.Periode != "2025-Q3" {
		t.Errorf("berakhlak cells = %d", len(m.Berakhlak))
	}
	// Alerts.
	a := m.Alerts
	if len(a.Mismatch) != 1 || a.Mismatch[0].Kode != dashtest.HostileUnit {
		t.Errorf("mismatch alerts = %+v", a.Mismatch)
	}
	if len(a.Lunak) != 1 || a.Lunak[0].IDPenilai != "P-3F2A91" || a.Lunak[0].Jabatan != "Kepala Bidang Pelayanan" {
		t.Errorf("lunak alerts = %+v", a.Lunak)
	}
	eq("lunak % di atas", a.Lunak[0].PersenDiAtas, 75)
	if len(a.Berakhlak) != 1 || a.Berakhlak[0].Nilai != "akuntabel" {
		t.Errorf("berakhlak alerts = %+v", a.Berakhlak)
	}
	eq("berakhlak alert %", a.Berakhlak[0].PersenDiBawah, 35)
	if len(a.JP) != 1 || a.JP[0].Kode != dashtest.HostileUnit {
		t.Errorf("jp alerts = %+v", a.JP)
	}
	// KTP-el is under 50 % on time; a backlog up on the previous quarter
	// (30 -> 48, KK 10 -> 12) is no alert without earlier changes to weigh it.
	if len(a.Service) != 1 || a.Service[0].Layanan != "KTP_EL" || !a.Service[0].LowOnTime || a.Service[0].Growing {
		t.Errorf("service alerts = %+v", a.Service)
	}

	// The other region: the tiny unit's rater is listed with "<5" only.
	for _, r := range w.Regions {
		if r.Kode == "11.75" {
			m = s.regionModel(r)
		}
	}
	if len(m.Alerts.Lunak) != 1 || !m.Alerts.Lunak[0].Dinilai.Small || !m.Alerts.Lunak[0].PersenDiAtas.Small {
		t.Errorf("tiny rater not withheld: %+v", m.Alerts.Lunak)
	}
	if len(m.Alerts.JP) != 0 {
		t.Errorf("tiny unit's JP must not raise a percentage alert: %+v", m.Alerts.JP)
	}
	for _, u := range m.Units {
		if u.Kode == dashtest.TinyUnit && (!u.Pegawai.Small || !u.PersenSB.Small || u.PersenSB.Value != 0) {
			t.Errorf("tiny unit not withheld: %+v", u)
		}
	}
}

func TestUnitAndIndexModel(t *testing.T) {
	db, _ := fixture(t)
	w, err := loadWarehouse(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(w, "kinerja")
	um := s.unitModel(s.units[dashtest.DukcapilDumai])
	if len(um.Predikat) != 2 || len(um.Trend) != 2 || len(um.Services) != 2 || len(um.JP) != 1 {
		t.Fatalf("unit model = %+v", um)
	}
	if !um.Trend[1].PersenSB.Shown() || um.Trend[1].PersenSB.Value != 25 || um.Trend[1].IKM.Value != 79.5 {
		t.Errorf("trend = %+v", um.Trend)
	}
	if um.Services[0].Points[1].BacklogPrev.Value != 30 {
		t.Errorf("backlog prev = %+v", um.Services[0].Points[1])
	}
	tiny := s.unitModel(s.units[dashtest.TinyUnit])
	for _, pt := range tiny.Predikat {
		if !pt.Pegawai.Small || !pt.Shares[0].Small || !pt.Counts[0].Small {
			t.Errorf("tiny predikat not withheld: %+v", pt)
		}
	}
	for _, c := range tiny.Berakhlak {
		if !c.PersenDiBawah.Small {
			t.Errorf("tiny berakhlak not withheld: %+v", c)
		}
	}
	if !tiny.JP[0].Persen.Small || !tiny.JP[0].Pegawai.Small {
		t.Errorf("tiny JP not withheld: %+v", tiny.JP)
	}
	empty := s.unitModel(unitRow{Kode: "99.99.99", Nama: "Kosong", Wilayah: "99.99"})
	if len(empty.Predikat)+len(empty.Trend)+len(empty.Services)+len(empty.Berakhlak)+len(empty.JP) != 0 {
		t.Errorf("empty unit has data: %+v", empty)
	}
	_ = s.unitPage(empty, kit.LangID) // must not panic

	im := s.indexModel()
	if im.Quarter == nil || im.Quarter.Periode != "2025-Q3" || im.Year != 2024 || len(im.Rows) != 2 || len(im.Quarters) != 2 {
		t.Fatalf("index = %+v", im)
	}
	r := im.Rows[1] // 14.72 sorts after 11.75
	if r.Kode != "14.72" || r.Pegawai.Value != 44 || r.PersenSB.Value != 27.27 || r.IKM.Value != 78.25 || r.Mutu != "B" ||
		r.MedianKTP.Value != 2.25 || r.TepatWaktu.Value != 55.5 || r.Backlog.Value != 60 || r.Kurang20.Value != 28.57 {
		t.Errorf("index row = %+v", r)
	}
	// 15.38 % of 13 and 20 % of 15 are 2 and 3 people: withheld, since the
	// percentage and the head count together would give their number.
	if got := im.TrendSB["11.75"]; len(got) != 2 || !got[0].Small || !got[1].Small {
		t.Errorf("trend 11.75 = %+v", got)
	}
	if got := im.TrendSB["14.72"]; len(got) != 2 || got[1].Value != 27.27 || got[1].Small {
		t.Errorf("trend 14.72 = %+v", got)
	}
}

func TestPrivacyAndEscaping(t *testing.T) {
	_, out, _ := buildSite(t)
	dumpTo := os.Getenv("KINERJA_DUMP_SITE")
	if dumpTo != "" {
		_ = os.CopyFS(dumpTo, os.DirFS(out))
	}
	dashtest.WalkFiles(t, out, func(rel, s string) {
		for _, nip := range dashtest.NIPs {
			if strings.Contains(s, nip) {
				t.Errorf("%s contains NIP %s", rel, nip)
			}
		}
		if rel != "assets/echarts.min.js" && (strings.Contains(s, "http://") || strings.Contains(s, "https://")) {
			t.Errorf("%s references http(s)://", rel)
		}
		if strings.Contains(s, "go-echarts.github.io") {
			t.Errorf("%s points at go-echarts.github.io", rel)
		}
		if strings.HasSuffix(rel, ".html") {
			if strings.Contains(s, "<script>alert(1)") || strings.Contains(s, `& "Dinas"`) {
				t.Errorf("%s: hostile name unescaped", rel)
			}
			// echarts, the chart data, site-meta.js (the footer), kinerja.js.
			if strings.Count(s, "<script") != 4 || strings.Count(s, "</script>") != 4 {
				t.Errorf("%s: unexpected script tags", rel)
			}
		}
	})
	// The hostile unit is in its region's chart JSON, escaped.
	reg := dashtest.ReadFile(t, filepath.Join(out, "wilayah/14.72.html"))
	if !strings.Contains(reg, `\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 \"Dinas\"`) {
		t.Error("hostile name not found JSON-escaped in the chart data")
	}
	if !strings.Contains(reg, `&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Dinas&#34;`) {
		t.Error("hostile name not found HTML-escaped in the table")
	}

	// The tiny unit: "<5" shown, its percentages (33.33 %, 66.67 %) never.
	for _, p := range []string{"unit/11.75.02.html", "en/unit/11.75.02.html", "wilayah/11.75.html", "en/wilayah/11.75.html"} {
		s := dashtest.ReadFile(t, filepath.Join(out, p))
		if !strings.Contains(s, "&lt;5") {
			t.Errorf("%s: no <5", p)
		}
		for _, bad := range []string{"33,3", "33.3", "66,6", "66.6", "66,7", "66.7"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: withheld percentage %s shown", p, bad)
			}
		}
	}
	// The units of a region share one CSV per table, kode_unit first.
	csv := dashtest.ReadFile(t, filepath.Join(out, "data/unit/11.75_predikat.csv"))
	// A unit of 3 withholds its whole row; the region's only other unit
	// then withholds its own (pelindung), else the region's totals minus
	// it give the 3 back.
	if !strings.Contains(csv, "\n11.75.02,2025-Q3,<5,<5,<5,<5,<5,<5\n") || !strings.Contains(csv, "\n11.75.01,2025-Q3,×,") ||
		!strings.HasPrefix(csv, "kode_unit,periode,pegawai_dinilai,") {
		t.Errorf("tiny predikat CSV:\n%s", csv)
	}
	// Lenient raters only as a count per unit: no pseudonym, no jabatan
	// (a jabatan such as "Kepala Bidang Pelayanan" names one person).
	for _, who := range []string{"P-3F2A91", "P-77B0C4", "Kepala Bidang Pelayanan"} {
		if strings.Contains(reg, who) {
			t.Errorf("region page names a rater: %s", who)
		}
	}
	if !regexp.MustCompile(`14\.72\.01</td>(\s*<td[^>]*>.*?</td>){2}\s*<td[^>]*>1</td>`).MatchString(reg) {
		t.Error("region page: no count of 1 lenient rater for unit 14.72.01 in 2025-Q3")
	}
}

func TestCSVLinksExist(t *testing.T) {
	_, out, res := buildSite(t)
	re := regexp.MustCompile(`href="([^"#]+)"`)
	for _, p := range res.Pages {
		s := dashtest.ReadFile(t, filepath.Join(out, p))
		n := 0
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			target := filepath.Join(filepath.Dir(filepath.Join(out, p)), filepath.FromSlash(m[1]))
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: broken link %s", p, m[1])
			}
			if strings.HasSuffix(m[1], ".csv") {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no CSV link", p)
		}
	}
}

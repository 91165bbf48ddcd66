package browsercheck

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kinerja/dashboards"
	"kinerja/dashboards/internal/dashtest"
	"kinerja/dashboards/kit"
)

func needBrowser(t *testing.T) {
	t.Helper()
	if _, ok := ChromiumPath(); !ok {
		if os.Getenv("KINERJA_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("no Chromium found and KINERJA_REQUIRE_CHROMIUM=1")
		}
		t.Skip("no Chromium found (set KINERJA_CHROMIUM)")
	}
}

// fixtureSite builds the site of the dashtest warehouse in a temporary
// directory dir (for a browser test: skipped without Chromium); ctx ends
// after timeout.
func fixtureSite(t *testing.T, timeout time.Duration) (ctx context.Context, dir, site string, res dashboards.Result) {
	t.Helper()
	needBrowser(t)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	db, dir := dashtest.OpenTemp(t)
	site = filepath.Join(dir, "site")
	res, err := dashboards.Build(ctx, db, dashboards.Options{Out: site})
	if err != nil {
		t.Fatal(err)
	}
	return ctx, dir, site, res
}

func TestFixtureSite(t *testing.T) {
	ctx, dir, site, res := fixtureSite(t, 5*time.Minute)
	// Screenshots of every page cost a third of the check: make test
	// (-short) opens and inspects every page without them, make test-all and
	// KINERJA_SCREENSHOTS take them.
	shots := os.Getenv("KINERJA_SCREENSHOTS")
	if shots == "" && !testing.Short() {
		shots = filepath.Join(dir, "shots")
	}
	start := time.Now()
	reports, err := Check(ctx, site, Options{Screenshots: shots})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("checked %d pages in %v", len(reports), time.Since(start))
	if len(reports) != len(res.Pages) {
		t.Errorf("checked %d pages, built %d", len(reports), len(res.Pages))
	}
	for _, r := range reports {
		if r.Charts < 1 {
			t.Errorf("%s: no chart", r.Page)
		}
		if r.EmptyCharts != 0 {
			t.Errorf("%s: %d of %d charts empty", r.Page, r.EmptyCharts, r.Charts)
		}
		if len(r.ConsoleErrors) > 0 {
			t.Errorf("%s: console errors %q", r.Page, r.ConsoleErrors)
		}
		if len(r.ExternalRequests) > 0 {
			t.Errorf("%s: external requests %q", r.Page, r.ExternalRequests)
		}
		if len(r.BrokenLinks) > 0 {
			t.Errorf("%s: broken links %q", r.Page, r.BrokenLinks)
		}
		if shots == "" {
			continue
		}
		if r.Screenshot == "" {
			t.Errorf("%s: no screenshot", r.Page)
		} else if st, err := os.Stat(r.Screenshot); err != nil || st.Size() == 0 {
			t.Errorf("%s: screenshot %s missing", r.Page, r.Screenshot)
		}
	}
	if shots == "" {
		return
	}
	if _, err := os.Stat(filepath.Join(shots, "wilayah_14.72.png")); err != nil {
		t.Error(err)
	}
}

func TestReportsExternalAndBrokenLinks(t *testing.T) {
	needBrowser(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	site := t.TempDir()
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title>
<script src="https://cdn.example.invalid/echarts.min.js"></script></head>
<body><a href="missing.html">broken</a> <a href="ok.html">ok</a> <a href="../outside.html">outside</a>
<a href="https://example.invalid/">absolute</a>
<div class="chart" style="width:300px;height:200px"></div>
<script>console.error("boom"); undefinedFunction();</script></body></html>`
	if err := os.WriteFile(filepath.Join(site, "bad.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, "ok.html"), []byte(`<!DOCTYPE html><p>ok</p>`), 0o644); err != nil {
		t.Fatal(err)
	}
	old := PageTimeout
	PageTimeout = 40 * time.Second
	defer func() { PageTimeout = old }()
	reports, err := Check(ctx, site, Options{Pages: []string{"bad.html"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != 1 {
		t.Fatalf("reports = %d", len(reports))
	}
	r := reports[0]
	t.Logf("%+v", r)
	if len(r.ExternalRequests) == 0 || !strings.Contains(strings.Join(r.ExternalRequests, " "), "cdn.example.invalid") {
		t.Errorf("external script not reported: %q", r.ExternalRequests)
	}
	broken := strings.Join(r.BrokenLinks, " ")
	if !strings.Contains(broken, "missing.html") || !strings.Contains(broken, "../outside.html") || strings.Contains(broken, "ok.html ") {
		t.Errorf("broken links = %q", r.BrokenLinks)
	}
	for _, b := range r.BrokenLinks {
		if b == "ok.html" {
			t.Errorf("ok.html reported broken")
		}
	}
	if len(r.ConsoleErrors) < 2 {
		t.Errorf("console errors = %q", r.ConsoleErrors)
	}
	if r.Charts != 1 || r.EmptyCharts != 1 {
		t.Errorf("charts = %d, empty = %d; want 1, 1", r.Charts, r.EmptyCharts)
	}
}

func TestBrokenLinksUnit(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "wilayah"), 0o755)
	os.WriteFile(filepath.Join(root, "index.html"), nil, 0o644)
	os.WriteFile(filepath.Join(root, "wilayah", "a.html"), nil, 0o644)
	got := brokenLinks(root, "wilayah/a.html", []string{"../index.html", "a.html#x", "b.html", "../../etc/passwd", "#top", "https://x.invalid/", "/abs.html"})
	want := []string{"b.html", "../../etc/passwd", "/abs.html"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("brokenLinks = %q, want %q", got, want)
	}
	if isExternal("file://"+root+"/index.html", "file://"+root+"/") || !isExternal("file:///etc/passwd", "file://"+root+"/") ||
		!isExternal("https://x.invalid/", "file://"+root+"/") || isExternal("data:image/png;base64,AA", "file://"+root+"/") {
		t.Error("isExternal wrong")
	}
}

// TestRegionPagePeriodSwitch changes the period selector of a region page
// in Chromium: the headline figures and the tables of the period change to
// the other period's values (those of the page model), every chart stays
// drawn, and nothing logs an error. Both languages.
func TestRegionPagePeriodSwitch(t *testing.T) {
	ctx, _, site, res := fixtureSite(t, 3*time.Minute)
	m := res.Regions["14.72"]
	if m.Default != "2025-Q3" {
		t.Fatalf("default period %q", m.Default)
	}
	q2, q3 := m.ByPeriod["2025-Q2"], m.ByPeriod["2025-Q3"]
	// The IKM figure (third) as the page writes it: "80,50 (B)" / "80.50 (B)".
	ikm := func(lang string, s kit.Stat, mutu string) string {
		v := strconv.FormatFloat(s.Value, 'f', 2, 64)
		if lang == "id" {
			v = strings.Replace(v, ".", ",", 1)
		}
		return v + " (" + mutu + ")"
	}
	for _, lang := range []string{"id", "en"} {
		page := "wilayah/14.72.html"
		if lang == "en" {
			page = "en/" + page
		}
		reports, err := Check(ctx, site, Options{Pages: []string{page}, Period: "2025-Q2",
			Probe: "section.figures .fig-value, #per-unit caption, #per-unit tbody td, #kurva caption, #peringatan caption, #kj-data-per, #kj-batches"})
		if err != nil {
			t.Fatal(err)
		}
		r := reports[0]
		t.Logf("%s: before %q", page, r.ProbeBefore)
		t.Logf("%s: after  %q", page, r.ProbeAfter)
		if r.Period != "2025-Q2" {
			t.Errorf("%s: selector shows %q after choosing 2025-Q2", page, r.Period)
		}
		if len(r.ConsoleErrors) > 0 || len(r.ExternalRequests) > 0 || r.EmptyCharts > 0 || r.Charts < 10 {
			t.Errorf("%s: console %q, external %q, %d of %d charts empty", page, r.ConsoleErrors, r.ExternalRequests, r.EmptyCharts, r.Charts)
		}
		if len(r.ProbeBefore) < 3 || len(r.ProbeAfter) < 3 {
			t.Fatalf("%s: probes %q / %q", page, r.ProbeBefore, r.ProbeAfter)
		}
		if got, want := r.ProbeBefore[2], ikm(lang, q3.Now.IKM, q3.Now.Mutu); got != want {
			t.Errorf("%s: IKM shown first %q, want 2025-Q3's %q", page, got, want)
		}
		if got, want := r.ProbeAfter[2], ikm(lang, q2.Now.IKM, q2.Now.Mutu); got != want {
			t.Errorf("%s: IKM shown after the switch %q, want 2025-Q2's %q", page, got, want)
		}
		// The footer, filled from assets/site-meta.js (the fixture's meta).
		if n := len(r.ProbeBefore); r.ProbeBefore[n-2] != "2025-10-05 08:30 WIB" || r.ProbeBefore[n-1] != "3" {
			t.Errorf("%s: footer shows %q · %q, want the fixture's 2025-10-05 08:30 WIB · 3", page, r.ProbeBefore[n-2], r.ProbeBefore[n-1])
		}
		joined := func(s []string) string { return strings.Join(s, " | ") }
		before, after := joined(r.ProbeBefore), joined(r.ProbeAfter)
		// The per-unit table: 2025-Q3's units, then 2025-Q2 (no units: "no data").
		if !strings.Contains(before, "· 2025-Q3") || !strings.Contains(before, "14.72.01") {
			t.Errorf("%s: before the switch %q", page, before)
		}
		if !strings.Contains(after, "· 2025-Q2") || strings.Contains(after, "2025-Q3") || strings.Contains(after, "14.72.01 |") {
			t.Errorf("%s: after the switch %q", page, after)
		}
		if len(q2.Units) != 0 || len(q3.Units) != 2 {
			t.Errorf("model units Q2 %d Q3 %d", len(q2.Units), len(q3.Units))
		}
	}
}

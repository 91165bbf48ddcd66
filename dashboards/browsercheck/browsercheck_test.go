package browsercheck

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kinerja/dashboards"
	"kinerja/dashboards/internal/dashtest"
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

func TestFixtureSite(t *testing.T) {
	needBrowser(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	db, err := dashtest.Open(ctx, filepath.Join(dir, "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	site := filepath.Join(dir, "site")
	res, err := dashboards.Build(ctx, db, dashboards.Options{Out: site})
	if err != nil {
		t.Fatal(err)
	}
	shots := os.Getenv("KINERJA_SCREENSHOTS")
	if shots == "" {
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
		if r.Screenshot == "" {
			t.Errorf("%s: no screenshot", r.Page)
		} else if st, err := os.Stat(r.Screenshot); err != nil || st.Size() == 0 {
			t.Errorf("%s: screenshot %s missing", r.Page, r.Screenshot)
		}
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

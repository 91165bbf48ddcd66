package dashboards_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kinerja/dashboards"
	"kinerja/dashboards/browsercheck"
	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// hostilePayloads go into unit names, region names and jabatan texts. Each
// script payload calls console.error and sets window.__pwned: if any of them
// ran, browsercheck reports a console error.
var hostilePayloads = []string{
	`</script><script>window.__pwned=1;console.error("PWNED-script")</script>`,
	`"><img src=x onerror="window.__pwned=1;console.error('PWNED-img')">`,
	`'><svg onload=window.__pwned=1;console.error('PWNED-svg')>`,
	`{{.}} {{template "page" .}} ${alert(1)}`,
	`O'Brien" onmouseover="window.__pwned=1`,
	`<!--<script>window.__pwned=1;console.error("PWNED-comment")//`,
	"\u2028\u2029</SCRIPT ><img src=https://evil.example/x.png>",
	"\u202eدائرة الصحة עברית <b>bold</b>\u202c",
	"javascript:window.__pwned=1;console.error('PWNED-href')",
	strings.Repeat("Dinas Panjang ", 715) + "<script>window.__pwned=1</script>", // ~10 000 characters
}

// rawForbidden are fragments that must never appear unescaped in a page.
var rawForbidden = []string{"<script>window.__pwned", "<img src=x", "<svg onload", "<img src=https://evil", "<b>bold</b>",
	`" onmouseover="`, "<!--<script>"}

// buildHostileSite runs demo data whose names carry the payloads through
// ingest, transform and the marts, then builds the site.
func buildHostileSite(t *testing.T) (string, dashboards.Result) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(dir, "data"), Seed: 5, Employees: 120})
	if err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	i := 0
	next := func() string { p := hostilePayloads[i%len(hostilePayloads)]; i++; return p }
	rewriteCSV(t, filepath.Join(data, "units.csv"), "nama_unit", func(string) string { return next() })
	rewriteCSV(t, filepath.Join(data, "regions.csv"), "nama", func(old string) string {
		if strings.HasPrefix(old, "Kota") || strings.HasPrefix(old, "Kabupaten") {
			return next()
		}
		return old
	})
	rewriteCSV(t, filepath.Join(data, "employees.csv"), "jabatan", func(string) string { return next() })

	db := martstest.Load(t, filepath.Join(dir, "w.duckdb"), sum.Config, true)
	var hostileUnits int
	db.QueryRow(`select count(*) from core.dim_unit where nama_unit like '%<script>%' or nama_unit like '%onerror%'`).Scan(&hostileUnits)
	if hostileUnits == 0 {
		t.Fatal("no hostile unit name reached core.dim_unit")
	}
	site := filepath.Join(dir, "site")
	res, err := dashboards.Build(ctx, db.DB, dashboards.Options{Out: site, Title: hostilePayloads[0]})
	if err != nil {
		t.Fatal(err)
	}
	return site, res
}

func rewriteCSV(t *testing.T, path, column string, f func(string) string) {
	t.Helper()
	in, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(string(in))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range recs[0] {
		if h == column {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("%s has no column %s", path, column)
	}
	for _, r := range recs[1:] {
		r[col] = f(r[col])
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.WriteAll(recs)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHostileNamesAreEscapedEverywhere scans every file of the site for the
// payloads unescaped, then opens every page in Chromium: no injected script
// may run (it would log "PWNED" as a console error), nothing external loads.
func TestHostileNamesAreEscapedEverywhere(t *testing.T) {
	site, res := buildHostileSite(t)
	htmlFiles, payloadPages := 0, 0
	err := filepath.Walk(site, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(site, p)
		if strings.Contains(rel, "..") || strings.ContainsAny(info.Name(), "<>\"'{}") {
			t.Errorf("file name from hostile data: %s", rel)
		}
		if !strings.HasSuffix(p, ".html") && !strings.HasSuffix(p, ".js") && !strings.HasSuffix(p, ".css") {
			return nil // CSV downloads hold the text as data, served as text/csv
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s := string(b)
		htmlFiles++
		for _, bad := range rawForbidden {
			if strings.Contains(s, bad) {
				i := strings.Index(s, bad)
				t.Errorf("%s holds %q unescaped: …%s…", rel, bad, s[max(0, i-80):min(len(s), i+80)])
			}
		}
		if strings.Contains(s, "PWNED") || strings.Contains(s, "Dinas Panjang") {
			payloadPages++
		}
		// Inside the chart-data script, no "</" may close it early.
		if i := strings.Index(s, `<script type="application/json" id="kj-charts">`); i >= 0 {
			body := s[i+len(`<script type="application/json" id="kj-charts">`):]
			end := strings.Index(body, "</script>")
			if end < 0 || strings.Contains(strings.ToLower(body[:end]), "<script") || strings.Contains(body[:end], "<!--") {
				t.Errorf("%s: the chart-data script is broken open", rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if payloadPages < 3 {
		t.Fatalf("only %d of %d files carry a payload: the test data did not reach the pages", payloadPages, htmlFiles)
	}
	t.Logf("%d payloads; scanned %d HTML/JS/CSS files, %d of them carrying a payload; %d pages", len(hostilePayloads), htmlFiles, payloadPages, len(res.Pages))

	if _, ok := browsercheck.ChromiumPath(); !ok {
		if os.Getenv("KINERJA_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("no Chromium found and KINERJA_REQUIRE_CHROMIUM=1")
		}
		t.Skip("no Chromium found (set KINERJA_CHROMIUM)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	// Every page was scanned above; Chromium opens the index, every region
	// page and the first units (each unit name carries a payload), in both
	// languages, to keep make test short.
	// With -short (make test) the Indonesian index, two region pages and
	// two unit pages (every page kind that carries a payload: the scan above
	// read them all); the English twins are the same template and data.
	var pages []string
	units, maxUnits := 0, 2*len(hostilePayloads)
	regions := 0
	if testing.Short() {
		maxUnits = 2
	}
	for _, p := range res.Pages {
		if testing.Short() && strings.HasPrefix(p, "en/") && p != "en/index.html" {
			continue
		}
		switch base := strings.TrimPrefix(p, "en/"); {
		case base == "index.html":
			pages = append(pages, p)
		case strings.HasPrefix(base, "wilayah/"):
			// A kab/kota page (wilayah/14.72.html) carries its payload.
			if !testing.Short() || (regions < 2 && strings.Count(base, ".") == 2) {
				pages = append(pages, p)
				regions++
			}
		case strings.HasPrefix(base, "unit/") && units < maxUnits:
			pages = append(pages, p)
			units++
		}
	}
	reports, err := browsercheck.Check(ctx, site, browsercheck.Options{Pages: pages})
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != len(pages) {
		t.Errorf("checked %d pages, asked %d", len(reports), len(pages))
	}
	for _, r := range reports {
		if len(r.ConsoleErrors) > 0 {
			t.Errorf("%s: console errors (an injected script ran?): %v", r.Page, r.ConsoleErrors)
		}
		if len(r.ExternalRequests) > 0 {
			t.Errorf("%s: external requests: %v", r.Page, r.ExternalRequests)
		}
		if r.Charts > 0 && r.EmptyCharts == r.Charts {
			t.Errorf("%s: every chart empty: the chart data did not parse", r.Page)
		}
	}
	t.Logf("opened %d pages in Chromium: no injected script ran", len(reports))
}

package rapor_test

import (
	"context"
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"kinerja/dashboards"
	"kinerja/dashboards/browsercheck"
	"kinerja/dashboards/internal/dashtest"
	"kinerja/dashboards/rapor"
	"kinerja/demogen"
	"kinerja/marts/martstest"
	"kinerja/warehouse"
)

// raporWarehouse runs a small demo data set through ingest, transform and the
// marts into dir/w.duckdb.
func raporWarehouse(t *testing.T, dir string) *warehouse.DB {
	t.Helper()
	db, _ := martstest.Demo(t, dir, demogen.Options{Seed: 7, Employees: 200})
	return db
}

// raporPick chooses the person whose rapor has the most to show: moved
// between units, rated by a peer, a year under 20 JP, a 9-box.
const raporPick = `
SELECT e.nip
FROM (SELECT nip, count(*) AS n FROM core.dim_employee GROUP BY nip) e
ORDER BY (e.n > 1) DESC,
         EXISTS (SELECT 1 FROM core.fact_appraisal a WHERE a.nip = e.nip AND a.sumber = 'rekan') DESC,
         EXISTS (SELECT 1 FROM mart.training_needs n WHERE n.nip = e.nip AND n.jp < 20) DESC,
         EXISTS (SELECT 1 FROM mart.talent_pool p WHERE p.nip = e.nip AND p.kotak_9 IS NOT NULL) DESC,
         e.nip
LIMIT 1`

func TestRapor(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	wh := raporWarehouse(t, dir)
	db := wh.DB
	var nip string
	if err := db.QueryRow(raporPick).Scan(&nip); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "rapor")
	res, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: nip, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	m := res.Model
	t.Logf("rapor of %s: %d periods, %d assignments, %d JP years, %d trainings", nip, len(m.Periods), len(m.Assignments), len(m.JP), len(m.Trainings))

	t.Run("model", func(t *testing.T) { checkRaporModel(t, db, nip, m) })
	t.Run("files", func(t *testing.T) { checkRaporFiles(t, db, nip, out, res) })
	t.Run("privacy", func(t *testing.T) { checkRaporPrivacy(t, db, nip, out, m) })

	t.Run("nip with spaces", func(t *testing.T) {
		spaced := nip[:8] + " " + nip[8:14] + " " + nip[14:15] + " " + nip[15:]
		r, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: spaced, Out: filepath.Join(dir, "spaced"), Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		if r.Model.NIP != nip || len(r.Model.Periods) != len(m.Periods) {
			t.Errorf("spaced NIP: model NIP %s, %d periods", r.Model.NIP, len(r.Model.Periods))
		}
		// --lang en: English at the root, Bahasa Indonesia under id/.
		if r.Pages[0] != "index.html" || r.Pages[1] != "id/index.html" {
			t.Errorf("pages %v", r.Pages)
		}
		if s := dashtest.ReadFile(t, filepath.Join(dir, "spaced", "index.html")); !strings.Contains(s, `<html lang="en">`) || !strings.Contains(s, `href="id/index.html"`) {
			t.Error("English page at the root does not link to id/index.html")
		}
	})

	t.Run("unknown NIP writes nothing", func(t *testing.T) {
		unknown := "199912312020121999"
		var n int
		db.QueryRow(`SELECT count(*) FROM core.dim_employee WHERE nip = ?`, unknown).Scan(&n)
		if n != 0 {
			t.Fatalf("%s is in the demo data", unknown)
		}
		o := filepath.Join(dir, "unknown")
		_, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: unknown, Out: o})
		if !errors.Is(err, rapor.ErrNIPNotFound) || !strings.Contains(err.Error(), unknown) || !strings.Contains(err.Error(), "tidak ditemukan") {
			t.Errorf("unknown NIP: %v", err)
		}
		if _, err := os.Stat(o); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("unknown NIP: %s was created", o)
		}
	})

	t.Run("invalid NIP writes nothing", func(t *testing.T) {
		for _, bad := range []string{"", "12345", nip[:17], nip + "0", nip[:17] + "X", "1.98503122010011E+17"} {
			o := filepath.Join(dir, "invalid")
			_, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: bad, Out: o})
			if !errors.Is(err, rapor.ErrNIPInvalid) || !strings.Contains(err.Error(), "18") {
				t.Errorf("NIP %q: %v", bad, err)
			}
			if _, err := os.Stat(o); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("NIP %q: %s was created", bad, o)
			}
		}
	})

	t.Run("never into the site", func(t *testing.T) {
		site := filepath.Join(dir, "site")
		if _, err := dashboards.Build(ctx, db, dashboards.Options{Out: site}); err != nil {
			t.Fatal(err)
		}
		index := dashtest.ReadFile(t, filepath.Join(site, "index.html"))
		for _, o := range []string{site, filepath.Join(site, "rapor"), filepath.Join(site, "en"), filepath.Join(site, "data", "x", "y"), site + "/wilayah/../rapor"} {
			_, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: nip, Out: o})
			if err == nil || !strings.Contains(err.Error(), "site") {
				t.Errorf("Out %s inside the site: %v", o, err)
			}
		}
		for _, p := range []string{filepath.Join(site, "rapor"), filepath.Join(site, "data", "x")} {
			if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s was created", p)
			}
		}
		if dashtest.ReadFile(t, filepath.Join(site, "index.html")) != index {
			t.Error("the site's index.html changed")
		}
		// A symlink that leads into the site is followed.
		link := filepath.Join(dir, "link-to-site")
		if err := os.Symlink(site, link); err != nil {
			t.Fatal(err)
		}
		if _, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: nip, Out: filepath.Join(link, "rapor")}); err == nil {
			t.Error("Out through a symlink into the site was accepted")
		}
		// Nor over someone's page, nor empty.
		other := filepath.Join(dir, "other")
		os.MkdirAll(other, 0o755)
		os.WriteFile(filepath.Join(other, "index.html"), []byte("<h1>mine</h1>"), 0o644)
		if _, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: nip, Out: other}); err == nil || !strings.Contains(err.Error(), "not a rapor") {
			t.Errorf("Out over a foreign index.html: %v", err)
		}
		if dashtest.ReadFile(t, filepath.Join(other, "index.html")) != "<h1>mine</h1>" {
			t.Error("a foreign index.html was overwritten")
		}
		if _, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: nip}); err == nil {
			t.Error("empty Out accepted")
		}
	})

	t.Run("another person in the same directory", func(t *testing.T) {
		var second, secondName string
		if err := db.QueryRow(`SELECT nip, nama FROM core.dim_employee WHERE nip <> ? AND nama IS NOT NULL ORDER BY nip LIMIT 1`, nip).Scan(&second, &secondName); err != nil {
			t.Fatal(err)
		}
		o := filepath.Join(dir, "reuse")
		// The earlier one in English first: its Bahasa Indonesia page is under id/.
		if _, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: second, Out: o, Lang: "en"}); err != nil {
			t.Fatal(err)
		}
		// A stray CSV of an earlier rapor must go too.
		os.WriteFile(filepath.Join(o, "data", "rapor_lama.csv"), []byte(second+"\n"), 0o644)
		os.WriteFile(filepath.Join(o, "data", "rapor_lama.xlsx"), []byte(second+"\n"), 0o644)
		r, err := rapor.Rapor(ctx, db, rapor.RaporOptions{NIP: nip, Out: o})
		if err != nil {
			t.Fatal(err)
		}
		dashtest.WalkFiles(t, o, func(rel, s string) {
			if strings.Contains(s, second) || (!strings.Contains(m.Nama, secondName) && strings.Contains(s, secondName)) {
				t.Errorf("%s still holds the earlier person's NIP or name", rel)
			}
		})
		if _, err := os.Stat(filepath.Join(o, "id")); !errors.Is(err, os.ErrNotExist) {
			t.Error("the earlier rapor's id/ page stayed")
		}
		if len(r.Files) != len(res.Files) {
			t.Errorf("files %v, want %v", r.Files, res.Files)
		}
	})

	t.Run("chromium", func(t *testing.T) {
		if _, ok := browsercheck.ChromiumPath(); !ok {
			if os.Getenv("KINERJA_REQUIRE_CHROMIUM") == "1" {
				t.Fatal("no Chromium found and KINERJA_REQUIRE_CHROMIUM=1")
			}
			t.Skip("no Chromium found (set KINERJA_CHROMIUM)")
		}
		cctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		defer cancel()
		reports, err := browsercheck.Check(cctx, out, browsercheck.Options{Pages: res.Pages, Screenshots: os.Getenv("KINERJA_RAPOR_SCREENSHOTS")})
		if err != nil {
			t.Fatal(err)
		}
		if len(reports) != 2 {
			t.Fatalf("%d reports", len(reports))
		}
		for _, r := range reports {
			if r.Charts != 5 || r.EmptyCharts != 0 {
				t.Errorf("%s: %d charts, %d empty", r.Page, r.Charts, r.EmptyCharts)
			}
			if len(r.ConsoleErrors)+len(r.ExternalRequests)+len(r.BrokenLinks) > 0 {
				t.Errorf("%s: console %v, external %v, broken links %v", r.Page, r.ConsoleErrors, r.ExternalRequests, r.BrokenLinks)
			}
		}
	})
}

// checkRaporFiles: what was written and what the pages show.
func checkRaporFiles(t *testing.T, db *sql.DB, nip, out string, res rapor.RaporResult) {
	m := res.Model
	if len(res.Pages) != 2 || res.Pages[0] != "index.html" || res.Pages[1] != "en/index.html" {
		t.Fatalf("pages %v", res.Pages)
	}
	var written []string
	filepath.Walk(out, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			rel, _ := filepath.Rel(out, p)
			written = append(written, filepath.ToSlash(rel))
		}
		return nil
	})
	if fmt.Sprint(written) != fmt.Sprint(res.Files) {
		t.Errorf("on disk %v, reported %v", written, res.Files)
	}
	last := m.Periods[len(m.Periods)-1] // the latest annual period (a year ends after its quarters)
	labels := map[string][2]string{
		"sangat_baik": {"Sangat Baik", "Outstanding"}, "baik": {"Baik", "Good"}, "butuh_perbaikan": {"Butuh Perbaikan", "Needs improvement"},
		"kurang": {"Kurang/Misconduct", "Poor/Misconduct"}, "sangat_kurang": {"Sangat Kurang", "Very poor"},
	}
	href := regexp.MustCompile(`(?:href|src)="([^"]+)"`)
	for i, page := range res.Pages {
		s := dashtest.ReadFile(t, filepath.Join(out, page))
		for _, want := range []string{nip, m.Nama, `<meta name="generator" content="kinerja rapor">`, `name="robots" content="noindex`,
			[]string{"Predikat · ", "Rating · "}[i] + last.Periode, labels[last.Predikat][i], "@media print", fmt.Sprintf("%d %s", m.Batches, []string{"batch sumber", "source batches"}[i])} {
			if !strings.Contains(s, htmlText(want)) {
				t.Errorf("%s: missing %q", page, want)
			}
		}
		if i == 1 && strings.Contains(s, "Predikat · ") {
			// the English page has its own label
			t.Errorf("%s: Indonesian figure label on the English page", page)
		}
		// Every label found its text (a missing one shows its key).
		if k := regexp.MustCompile(`>[^<]*\b(rapor|src|rt|pred|val|nav)_[a-z_]+`).FindString(s); k != "" {
			t.Errorf("%s: untranslated label %q", page, k)
		}
		if n := strings.Count(s, `class="chart"`); n != 5 {
			t.Errorf("%s: %d charts", page, n)
		}
		// No site navigation, no link out of the rapor, nothing from outside.
		for _, bad := range []string{"perbandingan.html", "pelatihan.html", "talenta.html", "promosi.html", "kualitas.html", "wilayah/", "unit/", "http://", "https://", "mainnav"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: contains %q", page, bad)
			}
		}
		csvLinks := 0
		for _, h := range href.FindAllStringSubmatch(s, -1) {
			if strings.HasPrefix(h[1], "#") {
				continue
			}
			target := filepath.Clean(filepath.Join(filepath.Dir(filepath.Join(out, page)), filepath.FromSlash(h[1])))
			if !strings.HasPrefix(target, out+string(filepath.Separator)) {
				t.Errorf("%s: link %s leaves the rapor", page, h[1])
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: broken link %s", page, h[1])
			}
			if strings.HasSuffix(h[1], ".csv") {
				csvLinks++
			}
		}
		if csvLinks < 5 {
			t.Errorf("%s: %d CSV links, want one per chart and more", page, csvLinks)
		}
	}
	// The predikat CSV: one row per period, codes not labels.
	f, err := os.Open(filepath.Join(out, "data", "rapor_predikat.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(m.Periods)+1 || recs[0][0] != "periode" || recs[0][6] != "predikat" {
		t.Fatalf("predikat CSV: %d rows, header %v", len(recs), recs[0])
	}
	for i, p := range m.Periods {
		if recs[i+1][0] != p.Periode || recs[i+1][6] != p.Predikat {
			t.Errorf("CSV row %d: %v, want %s %s", i+1, recs[i+1], p.Periode, p.Predikat)
		}
	}
	// The JP CSV: the total of a year as summed from the trainings here.
	jp := dashtest.ReadFile(t, filepath.Join(out, "data", "rapor_jp.csv"))
	for _, y := range m.JP {
		var sum float64
		var n int
		db.QueryRow(`SELECT coalesce(sum(jp), 0), count(*) FROM core.fact_training WHERE nip = ? AND tahun = ?`, nip, y.Tahun).Scan(&sum, &n)
		line := fmt.Sprintf("\n%d,%s,%d,%s,%v\n", y.Tahun, trimFloat(sum), n, trimFloat(math.Max(0, 20-sum)), sum >= 20)
		if !strings.Contains(jp, line) {
			t.Errorf("JP CSV has no line %q:\n%s", line, jp)
		}
	}
}

// checkRaporPrivacy: no other person's NIP or name, no rater NIP, anywhere.
func checkRaporPrivacy(t *testing.T, db *sql.DB, nip, out string, m rapor.RaporModel) {
	others := map[string]string{}
	rows, err := db.Query(`SELECT DISTINCT nip, coalesce(nama, '') FROM core.dim_employee WHERE nip <> ?`, nip)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n, name string
		rows.Scan(&n, &name)
		others[n] = name
	}
	rows.Close()
	var raters []string
	rows, err = db.Query(`SELECT DISTINCT nip_penilai FROM core.fact_appraisal WHERE nip = ? AND nip_penilai IS NOT NULL AND nip_penilai <> ?`, nip, nip)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var r string
		rows.Scan(&r)
		raters = append(raters, r)
	}
	rows.Close()
	if len(raters) == 0 || len(others) < 100 {
		t.Fatalf("%d raters, %d other people: the test proves nothing", len(raters), len(others))
	}
	if s := fmt.Sprintf("%+v", m); containsAny(s, raters) != "" {
		t.Errorf("the model holds a rater's NIP %s", containsAny(s, raters))
	}
	nipRe := regexp.MustCompile(`\d{18}`)
	scanned := 0
	dashtest.WalkFiles(t, out, func(rel, s string) {
		scanned++
		for _, found := range nipRe.FindAllString(s, -1) {
			if found != nip {
				t.Errorf("%s: 18-digit number %s (another NIP?)", rel, found)
			}
		}
		if r := containsAny(s, raters); r != "" {
			t.Errorf("%s: rater NIP %s", rel, r)
		}
		if strings.HasPrefix(rel, "assets/") {
			return // ECharts and the site script: code, not data
		}
		for n, name := range others {
			if strings.Contains(s, n) {
				t.Errorf("%s: NIP %s of someone else", rel, n)
			}
			if len(name) >= 6 && !strings.Contains(m.Nama, name) && strings.Contains(s, name) {
				t.Errorf("%s: the name %q of someone else", rel, name)
			}
		}
	})
	if scanned < 12 {
		t.Errorf("scanned %d files", scanned)
	}
}

func containsAny(s string, subs []string) string {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return x
		}
	}
	return ""
}

func trimFloat(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// htmlText is how html/template writes s in text.
func htmlText(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	if strings.HasPrefix(s, "<meta") || strings.HasPrefix(s, "name=") {
		return s // markup, not text
	}
	return r.Replace(s)
}

func TestNormalizeNIP(t *testing.T) {
	for in, want := range map[string]string{
		"198503122010011003":           "198503122010011003",
		"19850312 201001 1 003":        "198503122010011003",
		"'198503122010011003":          "198503122010011003",
		" 19850312\u00a0201001 1 003 ": "198503122010011003",
	} {
		if got, err := rapor.NormalizeNIP(in); err != nil || got != want {
			t.Errorf("%q: %q, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "1985031220100110", "1985031220100110031", "19850312201001100a", "1.98503122010011E+17", "１９８５０３１２２０１００１１００３"} {
		if _, err := rapor.NormalizeNIP(bad); !errors.Is(err, rapor.ErrNIPInvalid) {
			t.Errorf("%q accepted: %v", bad, err)
		}
	}
}

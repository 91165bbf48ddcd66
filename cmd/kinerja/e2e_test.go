package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"kinerja/dashboards"
	"kinerja/dashboards/browsercheck"
	"kinerja/demogen"
	"kinerja/warehouse"
)

// kinerja runs the CLI in-process (runCLI) and returns what it printed,
// failing the test on an error.
func kinerja(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := runCLI(t, args...)
	if err != nil {
		t.Fatalf("kinerja %s: %v\n%s%s", strings.Join(args, " "), err, out, errOut)
	}
	return out
}

// TestEndToEnd generates small demo data, runs the whole pipeline through the
// CLI into a temporary warehouse, and checks the planted truths in the marts
// and on the pages that show them, the batch accounting, idempotence, the
// query command, and that every page exists and every local link resolves.
func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	wh := filepath.Join(dir, "kinerja.duckdb")
	site := filepath.Join(dir, "site")

	sum, err := demogen.Generate(demogen.Options{Out: data, Seed: 3, Employees: 300})
	if err != nil {
		t.Fatal(err)
	}
	out := kinerja(t, "-w", wh, "run", "--config", sum.Config, "--out", site)
	if strings.Contains(out, "FAILED") {
		t.Fatalf("a file failed:\n%s", out)
	}

	// Loading the same files again is a no-op.
	again := kinerja(t, "-w", wh, "ingest", "--config", sum.Config)
	if n := strings.Count(again, "unchanged"); n != len(sum.Files) || strings.Contains(again, "\nbatch ") || strings.HasPrefix(again, "batch ") {
		t.Errorf("second ingest: %d unchanged of %d files:\n%s", n, len(sum.Files), again)
	}

	ctx := context.Background()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: wh, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	t.Run("accounting", func(t *testing.T) {
		var batches, bad, read, loaded, quarantined int64
		if err := db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE rows_read <> rows_loaded + rows_quarantined),
			sum(rows_read), sum(rows_loaded), sum(rows_quarantined) FROM meta.batches`).Scan(&batches, &bad, &read, &loaded, &quarantined); err != nil {
			t.Fatal(err)
		}
		wantRows, wantBad := 0, 0
		for _, f := range sum.Files {
			wantRows += sum.Rows[f]
			wantBad += sum.BadRows[f]
		}
		if batches != int64(len(sum.Files)) || bad != 0 || read != int64(wantRows) || quarantined != int64(wantBad) {
			t.Errorf("batches %d (want %d), unbalanced %d, read %d (want %d), quarantined %d (want %d)",
				batches, len(sum.Files), bad, read, wantRows, quarantined, wantBad)
		}
		var qrows int64
		db.QueryRow(`SELECT count(*) FROM meta.quarantine WHERE line > 1 AND field IS NOT NULL AND reason <> '' AND raw IS NOT NULL`).Scan(&qrows)
		if qrows != quarantined {
			t.Errorf("%d quarantine rows with line, field, reason and raw text; want %d", qrows, quarantined)
		}
	})

	res, err := dashboards.Build(ctx, db.DB, dashboards.Options{Out: filepath.Join(dir, "site2")})
	if err != nil {
		t.Fatal(err)
	}
	tr := sum.Truths

	t.Run("a Dumai KTP-el turnaround falls every quarter", func(t *testing.T) {
		rows, err := db.Query(`SELECT median_jam FROM mart.service_outcomes
			WHERE kode_unit = ? AND layanan = 'KTP_EL' AND jenis_periode = 'triwulan' ORDER BY tanggal_mulai`, tr.DumaiDukcapil)
		if err != nil {
			t.Fatal(err)
		}
		var med []float64
		for rows.Next() {
			var m float64
			rows.Scan(&m)
			med = append(med, m)
		}
		assertFalling(t, "mart.service_outcomes", med)
		// unit/<Dumai Disdukcapil>.html draws the same series.
		var page []float64
		for _, s := range res.Units[tr.DumaiDukcapil].Services {
			if s.Layanan == "KTP_EL" {
				for _, p := range s.Points {
					if p.Period.Jenis == "triwulan" {
						page = append(page, p.Median.Value)
					}
				}
			}
		}
		assertFalling(t, "unit page", page)
	})

	t.Run("b inflated ratings, worst service", func(t *testing.T) {
		rows, err := db.Query(`SELECT periode, persen_sangat_baik, peringkat_layanan, unit_dibandingkan, label_keselarasan
			FROM mart.performance_service_link WHERE kode_unit = ? AND jenis_periode = 'triwulan' ORDER BY tanggal_mulai`, tr.InflatedUnit)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var per, label string
			var sb float64
			var rank, of int
			rows.Scan(&per, &sb, &rank, &of, &label)
			if sb < 80 || rank != of || of < 3 || label != "nilai_tinggi_layanan_buruk" {
				t.Errorf("%s: %.1f %% Sangat Baik, IKM rank %d of %d, label %s", per, sb, rank, of, label)
			}
			n++
		}
		if n != 8 {
			t.Errorf("%d quarters, want 8", n)
		}
		if !containsUnit(res.Regions[tr.InflatedUnit[:5]].Alerts.Mismatch, tr.InflatedUnit) {
			t.Errorf("wilayah/%s.html does not list %s among the alerts", tr.InflatedUnit[:5], tr.InflatedUnit)
		}
	})

	t.Run("c Dinas Kesehatan Kota Palu short on Berorientasi Pelayanan", func(t *testing.T) {
		var periods int
		var minShare, maxOthers float64
		if err := db.QueryRow(`SELECT count(*), min(persen_di_bawah) FROM mart.berakhlak_unit
			WHERE kode_unit = ? AND nilai_berakhlak = 'berorientasi_pelayanan'`, tr.PalayananUnit).Scan(&periods, &minShare); err != nil {
			t.Fatal(err)
		}
		db.QueryRow(`SELECT max(persen_di_bawah) FROM mart.berakhlak_unit
			WHERE kode_wilayah = '72.71' AND kode_unit <> ? AND nilai_berakhlak = 'berorientasi_pelayanan' AND dinilai >= 5`, tr.PalayananUnit).Scan(&maxOthers)
		if periods != 10 || minShare < 40 || maxOthers > 15 {
			t.Errorf("%d periods, lowest share di bawah %.1f %%, other Palu units up to %.1f %%", periods, minShare, maxOthers)
		}
		found := false
		for _, c := range res.Regions["72.71"].Alerts.Berakhlak {
			found = found || (c.Kode == tr.PalayananUnit && c.Nilai == "berorientasi_pelayanan" && c.PersenDiBawah.Value >= 40)
		}
		if !found {
			t.Errorf("wilayah/72.71.html does not warn about Berorientasi Pelayanan in %s", tr.PalayananUnit)
		}
	})

	t.Run("d one Manokwari supervisor rates everyone di atas", func(t *testing.T) {
		var periods, lunak int
		var minAtas float64
		var region, pseudonym string
		if err := db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE label = 'lunak'), min(persen_di_atas), any_value(kode_wilayah), any_value(id_penilai)
			FROM mart.rater_calibration WHERE nip_penilai = ?`, tr.LenientRater).Scan(&periods, &lunak, &minAtas, &region, &pseudonym); err != nil {
			t.Fatal(err)
		}
		if periods != 10 || lunak != 10 || minAtas != 100 || region != "92.02" {
			t.Errorf("%d periods, %d lunak, min %% di atas %.1f, region %s", periods, lunak, minAtas, region)
		}
		var others int
		db.QueryRow(`SELECT count(*) FROM mart.rater_calibration WHERE kode_wilayah = '92.02' AND nip_penilai <> ? AND persen_di_atas = 100 AND dinilai >= 5`, tr.LenientRater).Scan(&others)
		if others != 0 {
			t.Errorf("%d other Manokwari rater-periods rate everyone di atas", others)
		}
		found := false
		for _, a := range res.Regions["92.02"].Alerts.Lunak {
			found = found || (a.IDPenilai == pseudonym && a.PersenDiAtas.Value == 100)
		}
		if !found {
			t.Errorf("wilayah/92.02.html does not list rater %s as lunak", pseudonym)
		}
	})

	t.Run("e a third of Kota Sorong under 20 JP in 2025", func(t *testing.T) {
		var share float64
		if err := db.QueryRow(`SELECT persen_kurang_20_jp FROM mart.region_summary WHERE kode_wilayah = '96.71' AND periode = '2025'`).Scan(&share); err != nil {
			t.Fatal(err)
		}
		if share < 30 || share > 37 {
			t.Errorf("Kota Sorong 2025: %.1f %% under 20 JP, want about a third", share)
		}
		var maxOthers float64
		db.QueryRow(`SELECT max(persen_kurang_20_jp) FROM mart.region_summary WHERE kode_wilayah <> '96.71' AND periode = '2025'`).Scan(&maxOthers)
		if maxOthers > 12 {
			t.Errorf("another region has %.1f %% under 20 JP", maxOthers)
		}
		var page float64
		for _, y := range res.Regions["96.71"].JP {
			if y.Tahun == 2025 {
				page = y.Persen.Value
			}
		}
		if page != share {
			t.Errorf("wilayah/96.71.html shows %.1f %% for 2025, the mart %.1f %%", page, share)
		}
	})

	t.Run("query prints rows", func(t *testing.T) {
		q := kinerja(t, "-w", wh, "query", "select * from mart.service_outcomes limit 5")
		lines := strings.Split(strings.TrimSpace(q), "\n")
		if len(lines) != 7 || !strings.HasPrefix(lines[0], "kode_unit") || lines[6] != "(5 rows)" {
			t.Errorf("query output:\n%s", q)
		}
		csv := kinerja(t, "-w", wh, "query", "--format", "csv", "select kode_wilayah, nama from core.dim_region where kode_wilayah = '96.71'")
		if csv != "kode_wilayah,nama\n96.71,Kota Sorong\n" {
			t.Errorf("csv output %q", csv)
		}
	})

	t.Run("pages exist and links resolve", func(t *testing.T) {
		checkSite(t, site, 5, len(res.Units))
	})

	t.Run("pages draw in headless Chromium", func(t *testing.T) {
		if _, ok := browsercheck.ChromiumPath(); !ok {
			if os.Getenv("KINERJA_REQUIRE_CHROMIUM") == "1" {
				t.Fatal("no Chromium found and KINERJA_REQUIRE_CHROMIUM=1")
			}
			t.Skip("no Chromium found (apt-get install chromium)")
		}
		// Every page of the site, both languages (one browser, a few tabs);
		// with -short (make test) every page kind once in each language:
		// make test-all opens them all.
		pages := res.Pages
		if len(pages) < 2*(5+5) {
			t.Fatalf("only %d pages", len(pages))
		}
		if testing.Short() {
			pages = onePageOfEachKind(pages)
		}
		reports, err := browsercheck.Check(ctx, filepath.Join(dir, "site2"), browsercheck.Options{Pages: pages})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range reports {
			if r.Charts == 0 || r.EmptyCharts > 0 || len(r.ConsoleErrors) > 0 || len(r.ExternalRequests) > 0 || len(r.BrokenLinks) > 0 {
				t.Errorf("%s: %d charts (%d empty), console %v, external %v, broken %v", r.Page, r.Charts, r.EmptyCharts,
					r.ConsoleErrors, r.ExternalRequests, r.BrokenLinks)
			}
		}
		if len(reports) != len(pages) {
			t.Errorf("%d reports for %d pages", len(reports), len(pages))
		}
	})
}

func assertFalling(t *testing.T, where string, v []float64) {
	t.Helper()
	if len(v) != 8 {
		t.Fatalf("%s: %d quarters of KTP-el medians, want 8: %v", where, len(v), v)
	}
	for i := 1; i < len(v); i++ {
		if !(v[i] < v[i-1]) {
			t.Errorf("%s: median did not fall from quarter %d to %d: %v", where, i, i+1, v)
		}
	}
}

func containsUnit(us []dashboards.UnitLatest, kode string) bool {
	for _, u := range us {
		if u.Kode == kode {
			return true
		}
	}
	return false
}

var linkRE = regexp.MustCompile(`(?:href|src)="([^"#]*)(#[^"]*)?"`)

// checkSite checks that the index, every region and unit page exist in both
// languages, that every local href/src resolves to a file inside the site,
// and that nothing points outside it.
func checkSite(t *testing.T, site string, regions, units int) {
	t.Helper()
	var pages []string
	filepath.WalkDir(site, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") {
			rel, _ := filepath.Rel(site, p)
			pages = append(pages, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(pages)
	// index, perbandingan, pelatihan, talenta, promosi, kualitas
	want := 2 * (6 + regions + units)
	if len(pages) != want {
		t.Errorf("%d pages, want %d (6 main pages, %d regions, %d units, two languages)", len(pages), want, regions, units)
	}
	links := 0
	for _, rel := range pages {
		b, _ := os.ReadFile(filepath.Join(site, rel))
		for _, m := range linkRE.FindAllStringSubmatch(string(b), -1) {
			href := m[1]
			if href == "" {
				continue
			}
			if strings.Contains(href, "://") || strings.HasPrefix(href, "//") {
				t.Errorf("%s links outside the site: %s", rel, href)
				continue
			}
			target := filepath.Clean(filepath.Join(site, filepath.Dir(rel), href))
			if !strings.HasPrefix(target, site+string(filepath.Separator)) {
				t.Errorf("%s: link %s leaves the site", rel, href)
				continue
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: broken link %s", rel, href)
			}
			links++
		}
	}
	if links < len(pages)*3 {
		t.Errorf("only %d local links in %d pages", links, len(pages))
	}
}

// onePageOfEachKind keeps the top-level pages and the first region and unit
// page, in both languages.
func onePageOfEachKind(pages []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range pages {
		base := strings.TrimPrefix(p, "en/")
		kind := base
		if i := strings.IndexByte(base, '/'); i >= 0 {
			kind = base[:i]
		}
		lang := strings.HasPrefix(p, "en/")
		if k := fmt.Sprint(lang, kind); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

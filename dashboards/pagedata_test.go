package dashboards_test

import (
	"embed"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The page-data test (issue 12): for every chart of every page kind, the
// series the written page carries (the chart's JSON in the HTML, every
// period's variant) are rebuilt from the marts by a query of the test's own
// (testdata/pagedata/*.sql, none of dashboards/sql) and compared value by
// value, masks included; the CSV of the chart's table is compared with the
// same query; and every table of every page, in both languages, is
// compared with its CSV.
//
// A query returns rows (target, page, variant, k, s, v), all text:
//
//   - target 'chart': page is the page's path ("wilayah/14.72.html"),
//     variant the period the chart's title names after its last " · " (''
//     when the title names none), k the item (the category label, the
//     scatter point's name, or "x|y" of a heatmap cell), s the series (its
//     index, or "x"/"y" for a scatter point) and v the value.
//   - target 'csv': page is the CSV's path ("data/wilayah_14.72_unit.csv"),
//     k the row's key (its key columns joined by "|"), s a column and v its
//     value; columns the query does not name are not compared.
//
// v is a number, '<5' for a masked cell, or '' for none.

//go:embed testdata/pagedata/*.sql
var pagedataSQL embed.FS

// pageKind is one chart of a page kind and the query that rebuilds it.
type pageKind struct {
	name  string // the query: testdata/pagedata/<name>.sql
	pages string // the pages holding the chart: a prefix of their path ("wilayah/", "index.html")
	// table: the chart is the one whose table's CSV path matches this
	// (language-neutral, unlike its title).
	table string
	keys  []string // the CSV's key columns
	// optional: a page of the kind may lack the chart (a unit without
	// services); the query then gives it no rows.
	optional bool
	// translate: the chart's labels are shown in the page's language; they
	// are turned back into the CSV's keys through the page's own tables
	// (a column head's text to its CSV key, a cell's text to its raw value).
	translate bool
	// each: several charts of a page, by their table's CSV (as table),
	// each keyed in the query by a prefix of k ("<prefix>|<k>"); table is
	// then unused.
	each map[string]string
	// seriesByName: the series are told by their name (turned back into
	// its key as labels are), not by their index.
	seriesByName bool
	// region: a unit chart that may draw its region's figures instead
	// (region_fallback.go: most of the unit's figures withheld); this
	// query gives them, on the region page's path, the variant being the
	// chart's period or, for a chart of all periods, the region's name.
	region string
}

var pageKinds = []pageKind{
	{name: "wilayah_predikat", pages: "wilayah/", table: `/wilayah_[^_/]+_predikat\.csv$`, keys: []string{"periode"}},
	{name: "unit_predikat", pages: "unit/", table: `/unit/[^_/]+_predikat\.csv$`, keys: []string{"kode_unit", "periode"}, region: "unit_predikat_wilayah"},
	{name: "wilayah_unit", pages: "wilayah/", table: `/wilayah_[^_/]+_unit\.csv$`, keys: []string{"periode", "kode_unit"}},
	{name: "wilayah_kuadran", pages: "wilayah/", table: `/wilayah_[^_/]+_kuadran\.csv$`, keys: []string{"periode", "kode_unit"}},
	{name: "wilayah_ikm", pages: "wilayah/", table: `/wilayah_[^_/]+_ikm\.csv$`, keys: []string{"periode", "kode_unit"}},
	{name: "wilayah_berakhlak", pages: "wilayah/", table: `/wilayah_[^_/]+_berakhlak\.csv$`, keys: []string{"periode", "kode_unit"}, translate: true},
	{name: "wilayah_jp", pages: "wilayah/", table: `/wilayah_[^_/]+_jp\.csv$`, keys: []string{"tahun"}},
	{name: "wilayah_layanan", pages: "wilayah/", each: layananCharts, keys: []string{"periode"}},
	{name: "wilayah_talenta", pages: "wilayah/", table: `/wilayah_[^_/]+_talenta_unit\.csv$`, keys: []string{"tahun", "kode_unit"}},
	{name: "unit_tren", pages: "unit/", table: `/unit/[^_/]+_tren\.csv$`, keys: []string{"kode_unit", "periode"}, region: "unit_tren_wilayah"},
	{name: "unit_berakhlak", pages: "unit/", table: `/unit/[^_/]+_berakhlak\.csv$`, keys: []string{"kode_unit", "periode"}, translate: true, seriesByName: true, region: "unit_berakhlak_wilayah"},
	{name: "unit_tim", pages: "unit/", table: `/unit/[^_/]+_tim\.csv$`, keys: []string{"kode_unit", "periode", "peran", "kode_anggota"}, optional: true},
	{name: "unit_tanggapan", pages: "unit/", table: `/unit/[^_/]+_tanggapan\.csv$`, keys: []string{"kode_unit", "periode"}, optional: true, region: "unit_tanggapan_wilayah"},
	{name: "unit_jp", pages: "unit/", table: `/unit/[^_/]+_jp\.csv$`, keys: []string{"kode_unit", "tahun"}, region: "wilayah_jp"},
	{name: "unit_pelatihan_nilai", pages: "unit/", table: `/unit/[^_/]+_pelatihan_nilai\.csv$`, keys: []string{"kode_unit", "tahun"}, translate: true, optional: true, region: "unit_pelatihan_nilai_wilayah"},
	{name: "unit_layanan", pages: "unit/", each: layananCharts, keys: []string{"kode_unit", "periode"}, optional: true},
	{name: "index_tren_sb", pages: "index.html", table: `/beranda_tren_sangat_baik\.csv$`, keys: []string{"kode_wilayah"}, seriesByName: true},
	{name: "index_tren_ikm", pages: "index.html", table: `/beranda_tren_ikm\.csv$`, keys: []string{"kode_wilayah"}, seriesByName: true},
	{name: "perbandingan_peringkat", pages: "perbandingan.html", table: `/perbandingan_peringkat_[^/]*\.csv$`, keys: []string{"kode_wilayah"}},
	{name: "perbandingan_heatmap", pages: "perbandingan.html", table: `/perbandingan_heatmap_ikm\.csv$`, keys: []string{"kode_wilayah"}},
	{name: "perbandingan_scatter", pages: "perbandingan.html", table: `/perbandingan_nilai_layanan_[^/]*\.csv$`, keys: []string{"kode_wilayah"}},
	{name: "perbandingan_sebaran", pages: "perbandingan.html", table: `/perbandingan_sebaran_unit\.csv$`, keys: []string{"kode_wilayah"}},
	{name: "perbandingan_perubahan", pages: "perbandingan.html", table: `/perbandingan_perubahan_[^/]*\.csv$`, keys: []string{"kode_wilayah"}},
	{name: "pelatihan_nilai", pages: "pelatihan.html", table: `/pelatihan_nilai_[^/]*\.csv$`, keys: []string{"kode_wilayah"}, translate: true},
	{name: "pelatihan_fokus", pages: "pelatihan.html", table: `/pelatihan_fokus_[^/]*\.csv$`, keys: []string{"fokus_pelatihan"}, translate: true},
	{name: "pelatihan_jp", pages: "pelatihan.html", table: `/pelatihan_jp_[^/]*\.csv$`, keys: []string{"kode_wilayah"}},
	{name: "talenta_grid", pages: "talenta.html", table: `/talenta_wilayah_[^/]*\.csv$`},
	{name: "kualitas_batch", pages: "kualitas.html", table: `/kualitas_batch\.csv$`, keys: []string{"batch_id"}},
	{name: "kualitas_karantina", pages: "kualitas.html", table: `/kualitas_karantina\.csv$`, keys: []string{"source", "field", "reason"}},
	{name: "kualitas_cakupan", pages: "kualitas.html", table: `/kualitas_cakupan\.csv$`, keys: []string{"periode"}},
	// issue 13's charts
	{name: "wilayah_sektor_link", pages: "wilayah/", table: `/wilayah_[^_/]+_sektor_unit\.csv$`, keys: []string{"periode", "kode_unit"}},
	{name: "wilayah_sektor_indikator", pages: "wilayah/", table: `/wilayah_[^_/]+_sektor_indikator\.csv$`, keys: []string{"periode", "kode_unit", "indikator"}},
	{name: "unit_sektor", pages: "unit/", each: sektorCharts, keys: []string{"kode_unit", "periode"}, optional: true},
	{name: "promosi_wilayah", pages: "promosi.html", table: `/promosi_wilayah\.csv$`, keys: []string{"periode", "kode_wilayah"}},
	{name: "promosi_tren", pages: "promosi.html", table: `/promosi_tren\.csv$`, keys: []string{"tahun", "kode_wilayah"}},
	{name: "unit_360", pages: "unit/", table: `/unit/[^_/]+_360\.csv$`, keys: []string{"kode_unit", "periode"}, optional: true},
	{name: "unit_ikm_unsur", pages: "unit/", table: `/unit/[^_/]+_ikm_unsur\.csv$`, keys: []string{"kode_unit", "periode", "unsur"}, optional: true},
}

// semesterKinds are the charts whose marts carry semester rows (periode
// '2025-S1'): the page must draw each semester the selector offers.
var semesterKinds = map[string]bool{
	"wilayah_unit": true, "wilayah_ikm": true, "wilayah_sektor_indikator": true,
	"unit_tim": true, "unit_ikm_unsur": true,
}

var reSemesterKey = regexp.MustCompile(`^\d{4}-S[12]$`)

// sektorCharts: a unit's chart of each sector indicator, by its table's CSV.
var sektorCharts = map[string]string{
	`_sektor_pasien_dilayani\.csv$`: "pasien_dilayani", `_sektor_kepuasan_pasien\.csv$`: "kepuasan_pasien",
	`_sektor_waktu_tunggu_menit\.csv$`: "waktu_tunggu_menit", `_sektor_kehadiran_guru\.csv$`: "kehadiran_guru",
	`_sektor_nilai_rata_rata\.csv$`: "nilai_rata_rata",
}

// layananCharts: the turnaround chart of each layanan, by its table's CSV.
var layananCharts = map[string]string{
	`_layanan_KTP_EL\.csv$`: "KTP_EL", `_layanan_KK\.csv$`: "KK", `_layanan_AKTA_LAHIR\.csv$`: "AKTA_LAHIR",
	`_layanan_AKTA_MATI\.csv$`: "AKTA_MATI", `_layanan_AKTA_KAWIN\.csv$`: "AKTA_KAWIN", `_layanan_PINDAH\.csv$`: "PINDAH",
	`_layanan_KIA\.csv$`: "KIA",
}

// pdTuple is one value of a chart or a CSV.
type pdTuple struct{ page, variant, k, s string }

// pdChart is a chart as the page carries it, every variant resolved.
type pdChart struct {
	ID       string                     `json:"id"`
	Option   map[string]any             `json:"option"`
	Variants map[string]json.RawMessage `json:"variants"`
	Patch    bool                       `json:"patch"`
}

// pdPage is a written page: its charts and its tables.
type pdPage struct {
	rel    string
	charts []pdChart
	tables []pdTable
	// switch tables: the other variants' rows as cell texts
	switches map[string]pdSwitch
	links    [][2]string
}

type pdSwitch struct {
	Def string `json:"def"`
	V   map[string]struct {
		C string              `json:"c"`
		R [][]json.RawMessage `json:"r"`
	} `json:"v"`
}

// pdTable is a table of the HTML: its caption, head, rows (cell texts) and CSV.
type pdTable struct {
	chartID  string // the chart of its block, if any
	caption  string
	head     []string
	rows     [][]string
	csv      string // site-relative
	periode  string // data-periode (one table per period)
	switchID string
	spark    []bool // per column: a sparkline cell
}

var (
	reChartsJSON = regexp.MustCompile(`(?s)<script type="application/json" id="kj-charts">(.*?)</script>`)
	reBlock      = regexp.MustCompile(`(?s)<div class="block[^"]*">\n(.*?)\n</div>\n`)
	reChartDiv   = regexp.MustCompile(`<div class="chart" id="([^"]+)"`)
	reTableWrap  = regexp.MustCompile(`(?s)<div class="table-wrap"([^>]*)>\n<table>\n<caption>(.*?)</caption>\n<thead><tr>(.*?)</tr></thead>\n<tbody>\n(.*?)</tbody>\n</table>\n<p class="csv"><a href="([^"]+)"`)
	reTH         = regexp.MustCompile(`<th scope="col">(.*?)</th>`)
	reTR         = regexp.MustCompile(`(?s)<tr[^>]*>(.*?)</tr>`)
	reTD         = regexp.MustCompile(`(?s)<td[^>]*>(.*?)</td>`)
	reTag        = regexp.MustCompile(`<[^>]+>`)
	reAttr       = regexp.MustCompile(`data-(periode|switch)="([^"]*)"`)
	reBox        = regexp.MustCompile(`^\S+ (\d): `)
)

// TestPageData: every chart kind of every page kind against its query.
func TestPageData(t *testing.T) {
	d := sharedDemo(t)
	c := &pdCache{out: d.out, csvs: map[string]*csvFile{}, pages: map[string]*pdPage{}}
	blank := map[string]int{}
	for _, kind := range pageKinds {
		t.Run(kind.name, func(t *testing.T) {
			wantChart, wantCSV := pdQuery(t, d, kind.name)
			if len(wantChart) == 0 {
				t.Fatalf("%s.sql gives no chart values: the test would check nothing", kind.name)
			}
			got := map[pdTuple]string{}
			// a unit chart drawing its region's figures: its values on the
			// region page's key, and the unit's (page, variant) it replaces
			fallback, fellBack := map[pdTuple]string{}, map[pdTuple]bool{}
			pages := sitePages(t, d.out, kind.pages)
			if len(pages) == 0 {
				t.Fatalf("no page %s*", kind.pages)
			}
			csvFiles := map[string]bool{}
			for _, rel := range pages {
				p := c.page(t, rel)
				titles := kind.each
				if titles == nil {
					titles = map[string]string{kind.table: ""}
				}
				var labels map[string]string
				if kind.translate {
					labels = c.labels(t, p)
				}
				for title, prefix := range titles {
					ch := findChart(p, title)
					if ch == nil {
						if !kind.optional {
							t.Errorf("%s: no chart %q", rel, title)
						}
						continue
					}
					for _, o := range ch.options(t) {
						region := ""
						if kind.region != "" {
							region = c.regionName(t, rel)
						}
						title := optionTitle(o)
						isRegion := region != "" && (strings.HasSuffix(title, " · "+region) || strings.Contains(title, " · "+region+" · "))
						for k, v := range chartTuples(t, rel, o, kind.seriesByName) {
							if labels != nil {
								if raw, ok := labels[k.s]; ok {
									k.s = raw
								}
								parts := strings.Split(k.k, "|")
								for i, x := range parts {
									if raw, ok := labels[x]; ok {
										parts[i] = raw
									}
								}
								k.k = strings.Join(parts, "|")
							}
							if prefix != "" {
								k.k = prefix + "|" + k.k
							}
							if isRegion {
								// Most of the unit's figures are withheld: the
								// chart draws its region's (titled with the
								// region), which the region's query gives.
								fallback[pdTuple{"wilayah/" + unitRegion(rel) + ".html", k.variant, k.k, k.s}] = v
								uv := k.variant
								if uv == region {
									uv = ""
								}
								fellBack[pdTuple{page: rel, variant: uv}] = true
								continue
							}
							got[k] = v
						}
					}
					for _, tb := range p.tables {
						if tb.chartID == ch.ID {
							csvFiles[tb.csv] = true
						}
					}
					// The English twin draws the same values.
					en := c.page(t, "en/"+rel)
					if ech := findChartByID(en, ch.ID); ech == nil {
						t.Errorf("en/%s: no chart %s", rel, ch.ID)
					} else if a, b := seriesData(t, ch), seriesData(t, ech); a != b {
						t.Errorf("en/%s chart %s draws other values than %s:\n%.300s\n%.300s", rel, ch.ID, rel, b, a)
					}
				}
			}
			if kind.region != "" {
				checkRegionFallback(t, d, kind.region, wantChart, fallback, fellBack)
			}
			if semesterKinds[kind.name] {
				// Issue 13, point 2: the period selector's semesters are
				// checked too (the query gives the mart's semester rows).
				n := 0
				for k := range got {
					if reSemesterKey.MatchString(k.variant) {
						n++
					}
				}
				if n == 0 {
					t.Errorf("no chart value of a semester (a variant like 2025-S1): the selector's semesters go unchecked")
				}
				t.Logf("%d chart values of semesters", n)
			}
			t.Logf("%d pages, %d chart values (marts %d), %d CSV files", len(pages), len(got), len(wantChart), len(csvFiles))
			lines, bm := diffTuples(got, wantChart, 25)
			for _, l := range lines {
				t.Error("chart: " + l)
			}
			if len(bm) > 0 {
				blank[kind.name] = len(bm)
			}
			// The CSV under the chart against the same query.
			gotCSV := map[pdTuple]string{}
			for f := range csvFiles {
				cf := c.csv(t, f)
				idx := map[string]int{}
				for i, h := range cf.head {
					idx[h] = i
				}
				for _, k := range kind.keys {
					if _, ok := idx[k]; !ok {
						t.Fatalf("%s: no key column %s in %v", f, k, cf.head)
					}
				}
				for _, r := range cf.rows {
					var kv []string
					for _, k := range kind.keys {
						kv = append(kv, r[idx[k]])
					}
					for i, h := range cf.head {
						gotCSV[pdTuple{f, "", strings.Join(kv, "|"), h}] = r[i]
					}
				}
			}
			if len(wantCSV) > 0 && len(csvFiles) == 0 {
				t.Errorf("no CSV found under the charts of %s", kind.name)
			}
			cols := map[string]bool{}
			for k := range wantCSV {
				cols[k.s] = true
			}
			for k := range gotCSV {
				if !cols[k.s] {
					delete(gotCSV, k)
				}
			}
			lines, bmc := diffTuples(gotCSV, wantCSV, 25)
			for _, l := range lines {
				t.Error("csv: " + l)
			}
			for _, k := range bmc {
				t.Errorf("csv: %s %q %s: masked by the marts, blank in the CSV", k.page, k.k, k.s)
			}
		})
	}
	// A masked cell must look masked (issue 12, point 3): drawn as the
	// "<5" marker, not left blank like a cell without data.
	t.Run("masked_looks_masked", func(t *testing.T) {
		if len(blank) == 0 {
			return
		}
		var names []string
		for k, n := range blank {
			names = append(names, fmt.Sprintf("%s: %d", k, n))
		}
		sort.Strings(names)
		t.Errorf("masked cells drawn blank (no '<5' marker), per chart kind: %s", strings.Join(names, "; "))
	})
}

// checkRegionFallback: a unit chart draws its region's figures exactly
// when most of what the marts give for it (the kind's own query: want, by
// page and variant) is withheld, and then draws what the region's query
// gives; the fallen-back (page, variant)s leave want.
func checkRegionFallback(t *testing.T, d *demoSite, region string, want, fallback map[pdTuple]string, fellBack map[pdTuple]bool) {
	t.Helper()
	masked, shown := map[pdTuple]int{}, map[pdTuple]int{}
	for k, v := range want {
		if strings.Contains(k.s, ".") {
			continue // an interval's bound ("0.bawah") belongs to its figure
		}
		pv := pdTuple{page: k.page, variant: k.variant}
		if v == "<5" || v == "×" {
			masked[pv]++
		}
		if v != "" {
			shown[pv]++
		}
	}
	for pv, n := range shown {
		if mostly := 2*masked[pv] > n; mostly != fellBack[pv] {
			t.Errorf("%s [%s]: %d of %d figures withheld by the marts, chart of the region: %v", pv.page, pv.variant, masked[pv], n, fellBack[pv])
		}
	}
	for pv := range fellBack {
		if shown[pv] == 0 {
			t.Errorf("%s [%s]: draws its region's figures, the marts give the unit none", pv.page, pv.variant)
		}
	}
	for k := range want {
		if fellBack[pdTuple{page: k.page, variant: k.variant}] {
			delete(want, k)
		}
	}
	regionWant, _ := pdQuery(t, d, region)
	drawn := map[pdTuple]bool{}
	for k := range fallback {
		drawn[pdTuple{page: k.page, variant: k.variant}] = true
	}
	for k := range regionWant {
		if !drawn[pdTuple{page: k.page, variant: k.variant}] {
			delete(regionWant, k)
		}
	}
	lines, bm := diffTuples(fallback, regionWant, 25)
	for _, l := range lines {
		t.Error("region fallback chart: " + l)
	}
	if len(bm) > 0 {
		t.Errorf("region fallback chart: %d masked cells drawn blank", len(bm))
	}
	t.Logf("%d unit charts (or periods of one) draw their region's figures (most of the unit's withheld)", len(fellBack))
}

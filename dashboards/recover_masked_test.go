package dashboards_test

import (
	"database/sql"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestNoMaskedCellRecoverable plays the reader who wants a withheld figure
// back: for every page of the demo site (region, unit, comparison, talent,
// index, data quality, training; both languages) it reads every table the
// page offers (its CSVs), takes each shown figure as known, and solves what
// the page ties together: a row's total is its cells' sum (pegawai_dinilai =
// the five predikat, the 9-box row = its boxes and tanpa_kotak, the pool =
// kotak 7-9), a region's figure is its units' sum, a share of a shown total
// is a count, and one figure shown in two tables is one figure. Whenever an
// equation has one unknown left it is solved, until nothing moves. No figure
// a page shows masked ("<5", "×") may come out known.
func TestNoMaskedCellRecoverable(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every page of the demo site")
	}
	d := sharedDemo(t)
	units := unitSets(t, d.db)
	pages, err := filepath.Glob(filepath.Join(d.out, "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"wilayah", "unit", "en", "en/wilayah", "en/unit"} {
		m, _ := filepath.Glob(filepath.Join(d.out, sub, "*.html"))
		pages = append(pages, m...)
	}
	var leaks []string
	checked, masked := 0, 0
	for _, p := range pages {
		s := newRecovery(units)
		for _, csvPath := range pageCSVs(t, p) {
			s.read(t, csvPath)
		}
		if len(s.cells) == 0 {
			continue
		}
		checked++
		masked += len(s.masked)
		leaks = append(leaks, s.leaks(strings.TrimPrefix(p, d.out+string(filepath.Separator)))...)
	}
	if checked < 50 || masked == 0 {
		t.Fatalf("%d pages with tables, %d masked figures: the test shows nothing", checked, masked)
	}
	// one example per page kind and table, then the counts
	sort.Strings(leaks)
	kinds := map[string]int{}
	for _, l := range leaks {
		k := leakKind.ReplaceAllString(strings.SplitN(l, ":", 2)[0]+" "+l[strings.Index(l, "masked in ")+10:strings.Index(l, ".csv")], "")
		if kinds[k]++; kinds[k] == 1 {
			t.Error(l)
		}
	}
	t.Logf("%d pages, %d masked figures, %d recoverable; by page and table: %v", checked, masked, len(leaks), kinds)
}

// leakKind strips codes and periods from a page and a table's name.
var leakKind = regexp.MustCompile(`[0-9][0-9.]*(?:-Q[0-9])?_?|\.html`)

var csvHref = regexp.MustCompile(`href="([^"]+\.csv)"`)

// pageCSVs are the CSVs a page links to: the tables it shows.
func pageCSVs(t *testing.T, page string) []string {
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	for _, m := range csvHref.FindAllStringSubmatch(string(b), -1) {
		p := filepath.Clean(filepath.Join(filepath.Dir(page), filepath.FromSlash(m[1])))
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// unitSets are, per family and region x period, the units whose figures
// make the region's (as the marts sum them): the units of mart.unit_performance
// for the predikat, of mart.talent_grid for the 9-box, of
// mart.training_compliance for 20 JP.
func unitSets(t *testing.T, db *sql.DB) map[string][]string {
	out := map[string][]string{}
	for fam, q := range map[string]string{
		"pred": `SELECT kode_wilayah, periode, kode_unit FROM mart.unit_performance`,
		"tal":  `SELECT kode_wilayah, CAST(tahun AS VARCHAR), kode_unit FROM mart.talent_grid WHERE tingkat = 'unit'`,
		"jp":   `SELECT kode_wilayah, CAST(tahun AS VARCHAR), kode_unit FROM mart.training_compliance`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var w, p, u string
			if err := rows.Scan(&w, &p, &u); err != nil {
				t.Fatal(err)
			}
			k := fam + "|" + w + "|" + p
			out[k] = append(out[k], u)
		}
		rows.Close()
	}
	return out
}

// figure names one figure of a page: region, unit ("" for the region's
// own), period or year, and the column that holds it.
type figure struct{ w, u, p, col string }

func (f figure) String() string {
	who := f.w
	if f.u != "" {
		who = f.u
	}
	return fmt.Sprintf("%s %s %s", who, f.p, f.col)
}

type recovery struct {
	units  map[string][]string
	cells  map[figure]float64     // shown, or recovered
	how    map[figure]string      // how a figure was recovered
	masked map[figure]string      // masked figures, with where one is masked
	keys   map[[3]string]bool     // every (region, unit, period) of the page
	teams  map[[3]string][]string // a team's (region, "<unit>/tim", period): its members
}

func newRecovery(units map[string][]string) *recovery {
	return &recovery{units: units, cells: map[figure]float64{}, how: map[figure]string{},
		masked: map[figure]string{}, keys: map[[3]string]bool{}, teams: map[[3]string][]string{}}
}

var nilaiCols = []string{"berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"}

// read adds a CSV's figures. Rows are keyed by kode_wilayah (or the
// region in the file's name, or the first two parts of the unit's code),
// kode_unit and periode (or tahun); a column means one thing wherever it
// appears, except those two families reuse: the 9-box's (tal_) and the
// people weakest in each value (nilai_n_).
func (s *recovery) read(t *testing.T, path string) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(recs) == 0 {
		t.Fatalf("%s: %v", path, err)
	}
	base := filepath.Base(path)
	prefix := ""
	switch {
	case strings.Contains(base, "talenta"):
		prefix = "tal_"
	case strings.Contains(base, "pelatihan_nilai"):
		prefix = "nilai_n_"
	}
	fileRegion := ""
	if m := regexp.MustCompile(`^wilayah_([0-9.]+)_`).FindStringSubmatch(base); m != nil {
		fileRegion = m[1]
	}
	head := recs[0]
	idx := map[string]int{}
	for i, h := range head {
		idx[h] = i
	}
	_, hasPeriod := idx["periode"]
	_, hasYear := idx["tahun"]
	_, hasUnit := idx["kode_unit"]
	_, hasRegion := idx["kode_wilayah"]
	filePeriod := ""
	if m := regexp.MustCompile(`_([0-9]{4}(?:-[A-Z][0-9])?)\.csv$`).FindStringSubmatch(base); m != nil {
		filePeriod = m[1] // beranda_wilayah_2025-Q4.csv, pelatihan_prioritas_2025.csv
	}
	if !hasPeriod && !hasYear && filePeriod == "" {
		return // not a table of figures by period (batches, reasons, foci)
	}
	if !hasUnit && !hasRegion && fileRegion == "" {
		return
	}
	for _, r := range recs[1:] {
		var key figure
		if hasUnit {
			key.u = r[idx["kode_unit"]]
			if parts := strings.SplitN(key.u, ".", 3); len(parts) == 3 {
				key.w = parts[0] + "." + parts[1] // 96.71.04.01 is of 96.71
			}
		}
		if hasRegion {
			key.w = r[idx["kode_wilayah"]]
		} else if key.w == "" {
			key.w = fileRegion
		}
		team := ""
		if i, ok := idx["kode_anggota"]; ok {
			// a unit page's team table: a row per member (the unit, its
			// sub-units) and the team's own, their sum
			team = key.u + "/tim"
			if key.u = r[i]; r[idx["peran"]] == "tim" {
				key.u = team
				team = ""
			}
		}
		switch {
		case hasYear: // the JP's year, also on an alert of a quarter
			key.p = r[idx["tahun"]]
		case hasPeriod:
			key.p = r[idx["periode"]]
		default:
			key.p = filePeriod
		}
		s.keys[[3]string{key.w, key.u, key.p}] = true
		if team != "" {
			tk := [3]string{key.w, team, key.p}
			if !slices.Contains(s.teams[tk], key.u) {
				s.teams[tk] = append(s.teams[tk], key.u)
			}
		}
		for i, h := range head {
			switch h {
			case "kode_unit", "kode_wilayah", "periode", "tahun", "nama_unit", "nama_wilayah", "kode_anggota", "peran":
				continue
			case "alasan":
				s.alasan(key, r[i], fmt.Sprintf("%s row %s", base, key))
				continue
			}
			fg := key
			fg.col = prefix + h
			switch v := r[i]; v {
			case "<5", "×":
				if _, ok := s.masked[fg]; !ok {
					s.masked[fg] = fmt.Sprintf("%s (%s)", base, v)
				}
			default:
				if x, err := strconv.ParseFloat(v, 64); err == nil {
					s.cells[fg] = x
				}
			}
		}
	}
}

var (
	alasanPct   = regexp.MustCompile(`^([a-z_]+) ([0-9.]+) % `)
	alasanCount = regexp.MustCompile(`^([a-z_]+) \(([0-9]+)\) `)
)

// alasan adds the figures a kurva distribusi reason states: 'sangat_baik
// 85.0 % > 70 %' is that share, 'sangat_baik (3) is not the largest group'
// that count.
func (s *recovery) alasan(key figure, text, where string) {
	for _, c := range strings.Split(text, "; ") {
		if m := alasanPct.FindStringSubmatch(c); m != nil {
			if v, err := strconv.ParseFloat(m[2], 64); err == nil {
				fg := key
				fg.col = "persen_" + m[1]
				if _, ok := s.cells[fg]; !ok {
					s.cells[fg] = v
					s.how[fg] = "stated in the reason: " + where
				}
			}
		} else if m := alasanCount.FindStringSubmatch(c); m != nil {
			v, _ := strconv.ParseFloat(m[2], 64)
			fg := key
			fg.col = m[1]
			if _, ok := s.cells[fg]; !ok {
				s.cells[fg] = v
				s.how[fg] = "stated in the reason: " + where
			}
		}
	}
}

var (
	predikatCols = []string{"sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"}
	boxCols      = []string{"tal_kotak_1", "tal_kotak_2", "tal_kotak_3", "tal_kotak_4", "tal_kotak_5", "tal_kotak_6",
		"tal_kotak_7", "tal_kotak_8", "tal_kotak_9", "tal_tanpa_kotak"}
)

// equation: total = the sum of parts.
type equation struct {
	total figure
	parts []figure
	what  string
}

func (s *recovery) equations() []equation {
	var eqs []equation
	fig := func(k [3]string, col string) figure { return figure{k[0], k[1], k[2], col} }
	regions := map[[3]string]bool{}
	for k := range s.keys {
		regions[[3]string{k[0], "", k[2]}] = true
	}
	for k := range s.keys {
		e := equation{total: fig(k, "pegawai_dinilai"), what: "row: pegawai_dinilai = the five predikat"}
		for _, c := range predikatCols {
			e.parts = append(e.parts, fig(k, c))
		}
		eqs = append(eqs, e)
		e = equation{total: fig(k, "tal_pegawai"), what: "row: pegawai = the boxes and tanpa_kotak"}
		for _, c := range boxCols {
			e.parts = append(e.parts, fig(k, c))
		}
		eqs = append(eqs, e)
		eqs = append(eqs, equation{total: fig(k, "tal_kelompok_promosi"), what: "row: kelompok_promosi = kotak 7-9",
			parts: []figure{fig(k, "tal_kotak_7"), fig(k, "tal_kotak_8"), fig(k, "tal_kotak_9")}})
	}
	column := func(fam string, cols []string) {
		for k := range regions {
			us := s.units[fam+"|"+k[0]+"|"+k[2]]
			if len(us) == 0 {
				continue
			}
			for _, c := range cols {
				e := equation{total: fig(k, c), what: "column: the region's " + c + " = its units'"}
				for _, u := range us {
					e.parts = append(e.parts, figure{k[0], u, k[2], c})
				}
				eqs = append(eqs, e)
			}
		}
	}
	for k, members := range s.teams {
		for _, c := range []string{"pegawai_dinilai", "sangat_baik"} {
			e := equation{total: fig(k, c), what: "column: the team's " + c + " = its members'"}
			for _, u := range members {
				e.parts = append(e.parts, figure{k[0], u, k[2], c})
			}
			eqs = append(eqs, e)
		}
	}
	column("pred", append([]string{"pegawai_dinilai"}, predikatCols...))
	column("tal", append([]string{"tal_pegawai", "tal_kelompok_promosi"}, boxCols...))
	column("jp", []string{"pegawai", "pegawai_kurang_20_jp"})
	return eqs
}

// shares: a share of a known total is a count (to the share's one decimal,
// exact below 1000 people), and a count of a known total its share.
var shares = [][3]string{
	{"persen_sangat_baik", "sangat_baik", "pegawai_dinilai"},
	{"persen_baik", "baik", "pegawai_dinilai"},
	{"persen_butuh_perbaikan", "butuh_perbaikan", "pegawai_dinilai"},
	{"persen_kurang", "kurang", "pegawai_dinilai"},
	{"persen_sangat_kurang", "sangat_kurang", "pegawai_dinilai"},
	{"persen_kurang_20_jp", "pegawai_kurang_20_jp", "pegawai"},
}

func (s *recovery) solve() {
	eqs := s.equations()
	for changed := true; changed; {
		changed = false
		for _, e := range eqs {
			all := append([]figure{e.total}, e.parts...)
			var unknown []figure
			for _, f := range all {
				if _, ok := s.cells[f]; !ok {
					unknown = append(unknown, f)
				}
			}
			if len(unknown) != 1 || len(all) < 2 {
				continue
			}
			u := unknown[0]
			var sum float64
			for _, f := range e.parts {
				if f != u {
					sum += s.cells[f]
				}
			}
			v := sum
			if u != e.total {
				v = s.cells[e.total] - sum
			}
			s.cells[u] = v
			s.how[u] = e.what
			changed = true
		}
		for k := range s.keys {
			for _, sh := range shares {
				pct, cnt, tot := figure{k[0], k[1], k[2], sh[0]}, figure{k[0], k[1], k[2], sh[1]}, figure{k[0], k[1], k[2], sh[2]}
				n, okN := s.cells[tot]
				if !okN || n <= 0 {
					continue
				}
				p, okP := s.cells[pct]
				c, okC := s.cells[cnt]
				switch {
				case okP && !okC:
					s.cells[cnt] = math.Round(p * n / 100)
					s.how[cnt] = fmt.Sprintf("%s %.1f %% of %s %.0f", sh[0], p, sh[2], n)
					changed = true
				case okC && !okP:
					s.cells[pct] = 100 * c / n
					s.how[pct] = fmt.Sprintf("%s %.0f of %s %.0f", sh[1], c, sh[2], n)
					changed = true
				}
			}
		}
	}
}

// leaks lists the masked figures the page gives back.
func (s *recovery) leaks(page string) []string {
	// a figure shown in one table and masked in another
	var out []string
	for f, where := range s.masked {
		if v, ok := s.cells[f]; ok {
			if _, derived := s.how[f]; !derived {
				out = append(out, fmt.Sprintf("%s: %s is masked in %s but shown as %v in another table", page, f, where, v))
			}
		}
	}
	s.solve()
	for f, where := range s.masked {
		if how, ok := s.how[f]; ok {
			out = append(out, fmt.Sprintf("%s: %s, masked in %s, is %v (%s)", page, f, where, s.cells[f], how))
		}
	}
	return out
}

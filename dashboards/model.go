package dashboards

import (
	"database/sql"
	"slices"
	"sort"
	"strings"

	"kinerja/dashboards/kit"
)

// site indexes the warehouse rows by region and unit.
type site struct {
	w                   *warehouse
	title               string
	units               map[string]unitRow
	unitsByRegion       map[string][]unitRow
	regionNames         map[string]string
	summaryByRegion     map[string][]regionSummaryRow
	perfByUnit          map[string][]perfRow
	teamByInduk         map[string][]teamRow     // mart.unit_team by kode_unit_induk
	respByUnit          map[string][]responseRow // mart.appraisal_response_unit
	respByRegion        map[string][]responseRow // mart.region_appraisal_response
	predByRegion        map[string][]regionPredikatRow
	svcByUnit           map[string][]serviceRow
	svcByRegion         map[string][]serviceRow
	regionSvcByRegion   map[string][]regionServiceRow
	ikmByUnit           map[string][]ikmRow
	ikmByRegion         map[string][]ikmRow
	linkByRegion        map[string][]linkRow
	berByUnit           map[string][]berakhlakRow
	berByRegion         map[string][]berakhlakRow
	regionBerByRegion   map[string][]berakhlakRow // mart.region_berakhlak
	lunakByRegion       map[string][]raterRow
	lunakUnitsByRegion  map[string][]lunakUnitRow
	trainByUnit         map[string][]trainingRow
	trainByRegion       map[string][]trainingRow
	regionTrainByRegion map[string][]trainingRow
	kurvaByRegion       map[string][]kurvaRow
	needsByUnit         map[string][]needsUnitRow
	needsByRegion       map[string][]needsUnitRow
	valuesByUnit        map[string][]countRow
	talentByRegion      map[string][]talentGridRow // unit rows
	showNames           bool
	cmp                 *CompareModel
	benchIdx            map[string]CompareRow // by kode_wilayah|periode
	out                 *outcomeIndex         // issue 13's marts by region and unit
}

// compareOnce builds the comparison model once per site.
func (s *site) compareOnce() *CompareModel {
	if s.cmp == nil {
		m := s.compareModel()
		s.cmp = &m
		s.benchIdx = map[string]CompareRow{}
		for k, rows := range m.ByPeriod {
			for _, r := range rows {
				s.benchIdx[r.Kode+"|"+k] = r
			}
		}
	}
	return s.cmp
}

func newSite(w *warehouse, title string) *site {
	s := &site{w: w, title: title, units: map[string]unitRow{}, regionNames: map[string]string{}}
	for _, u := range w.Units {
		s.units[u.Kode] = u
	}
	for _, r := range w.Regions {
		s.regionNames[r.Kode] = r.Nama
	}
	s.unitsByRegion = kit.GroupRuns(w.Units, func(r *unitRow) string { return r.Wilayah })
	s.summaryByRegion = kit.GroupRuns(w.Summary, func(r *regionSummaryRow) string { return r.Kode })
	s.perfByUnit = kit.GroupRuns(w.Perf, func(r *perfRow) string { return r.Unit })
	s.teamByInduk = kit.GroupBy(w.Team.Team, func(r teamRow) string { return r.Induk })
	s.respByUnit = kit.GroupBy(w.Team.Response, func(r responseRow) string { return r.Unit })
	s.respByRegion = kit.GroupBy(w.Team.RegionResponse, func(r responseRow) string { return r.Wilayah })
	s.predByRegion = kit.GroupRuns(w.RegionPredikat, func(r *regionPredikatRow) string { return r.Wilayah })
	s.svcByUnit = kit.GroupRuns(w.Service, func(r *serviceRow) string { return r.Unit })
	s.svcByRegion = kit.GroupRuns(w.Service, func(r *serviceRow) string { return r.Wilayah })
	s.regionSvcByRegion = kit.GroupRuns(w.RegionService, func(r *regionServiceRow) string { return r.Wilayah })
	s.ikmByUnit = kit.GroupRuns(w.IKM, func(r *ikmRow) string { return r.Unit })
	s.ikmByRegion = kit.GroupRuns(w.IKM, func(r *ikmRow) string { return r.Wilayah })
	s.linkByRegion = kit.GroupRuns(w.Link, func(r *linkRow) string { return r.Wilayah })
	// mart.berakhlak_unit is read unsorted (it is the largest mart).
	w.Berakhlak = kit.Cluster(w.Berakhlak, func(r *berakhlakRow) string { return r.Wilayah }, func(r *berakhlakRow) string { return r.Unit })
	s.berByUnit = kit.GroupRuns(w.Berakhlak, func(r *berakhlakRow) string { return r.Unit })
	s.berByRegion = kit.GroupRuns(w.Berakhlak, func(r *berakhlakRow) string { return r.Wilayah })
	s.regionBerByRegion = kit.GroupRuns(w.RegionBer, func(r *berakhlakRow) string { return r.Wilayah })
	s.lunakByRegion = kit.GroupRuns(w.Lunak, func(r *raterRow) string { return r.Wilayah })
	s.lunakUnitsByRegion = kit.GroupRuns(w.LunakUnits, func(r *lunakUnitRow) string { return r.Wilayah })
	s.trainByUnit = kit.GroupRuns(w.Training, func(r *trainingRow) string { return r.Unit })
	s.trainByRegion = kit.GroupRuns(w.Training, func(r *trainingRow) string { return r.Wilayah })
	s.regionTrainByRegion = kit.GroupRuns(w.RegionTraining, func(r *trainingRow) string { return r.Wilayah })
	s.kurvaByRegion = kit.GroupRuns(w.Kurva, func(r *kurvaRow) string { return r.Wilayah })
	s.needsByUnit = kit.GroupBy(w.NeedsUnit, func(r needsUnitRow) string { return r.Unit })
	s.needsByRegion = kit.GroupBy(w.NeedsUnit, func(r needsUnitRow) string { return r.Wilayah })
	s.valuesByUnit = kit.GroupRuns(w.NeedsValues, func(r *countRow) string { return r.Unit })
	s.talentByRegion = kit.GroupBy(slices.DeleteFunc(slices.Clone(w.TalentGrid), func(r talentGridRow) bool { return r.Tingkat != "unit" }),
		func(r talentGridRow) string { return r.Wilayah })
	s.out = newOutcomeIndex(&w.Outcomes)
	s.compareOnce()
	return s
}

func (s *site) unitName(kode string) string {
	if u, ok := s.units[kode]; ok {
		return u.Nama
	}
	return kode
}

func str(v sql.NullString) string { return v.String }

// byPeriod groups rows of the kinds of period a selector offers (years,
// semesters, quarters: kit.Selectable) by periode; the periods come oldest
// first (kinds mixed: pickPeriod and before look at one kind).
func byPeriod[T any](rows []T, per func(T) kit.Period) (map[string][]T, []kit.Period) {
	rows = kit.Selectable(rows, per)
	return kit.GroupBy(rows, func(r T) string { return per(r).Periode }), kit.PeriodsOf(rows, per)
}

// defaultKind is the kind of period a page opens on: the headline rows'
// preferred kind (quarters when there are any), else the preferred kind of
// all.
func defaultKind(head []regionSummaryRow, all []kit.Period) string {
	if p := kit.Preferred(head, func(r regionSummaryRow) kit.Period { return r.Period }); len(p) > 0 {
		return p[0].Jenis
	}
	if p := kit.Preferred(all, func(p kit.Period) kit.Period { return p }); len(p) > 0 {
		return p[0].Jenis
	}
	return ""
}

// selectorPeriods lists the selector's periods: the distinct periods of
// all of the kinds a selector offers (kit.Selectable), newest first, and
// the default (the newest of defaultKind). Kinds are not mixed up: the
// page groups them (kit.Page.SetPeriodChoices).
func selectorPeriods(head []regionSummaryRow, all []kit.Period) (out []kit.Period, def string) {
	kind := defaultKind(head, all)
	if kind == "" {
		return nil, ""
	}
	sel := kit.Selectable(all, func(p kit.Period) kit.Period { return p })
	out = kit.PeriodsOf(sel, func(p kit.Period) kit.Period { return p })
	slices.Reverse(out)
	for _, p := range out {
		if p.Jenis == kind {
			return out, p.Periode
		}
	}
	return out, out[0].Periode
}

// pickPeriod is the period of a section (its periods oldest first, kinds
// mixed) that the selector's period p shows: the same periode when the
// section has periods of p's kind (nil when it lacks that one). A section
// without any period of p's kind shows nothing for a year or a semester
// (the page says so: never another period's figure); for a quarter it
// shows its latest period starting on or before it (a yearly mart under a
// quarter: the section's caption names the year).
func pickPeriod(ps []kit.Period, p kit.Period) *kit.Period {
	if len(ps) == 0 {
		return nil
	}
	hasKind := false
	for i := range ps {
		if ps[i].Jenis == p.Jenis {
			hasKind = true
			if ps[i].Periode == p.Periode {
				return &ps[i]
			}
		}
	}
	if hasKind || p.Jenis != "triwulan" {
		return nil
	}
	for i := len(ps) - 1; i >= 0; i-- {
		if !ps[i].Mulai.After(p.Mulai) {
			return &ps[i]
		}
	}
	return nil
}

// lacksKind reports whether a section's periods have none of jenis while
// they have some other: the page then says the section has no figure for
// that kind of period.
func lacksKind(ps []kit.Period, jenis string) bool {
	return len(ps) > 0 && len(kit.OfKind(ps, jenis)) == 0
}

// latestYear is the latest year of by up to y, or 0.
func latestYear[T any](by map[int64]T, y int) int64 {
	var best int64
	for k := range by {
		if k <= int64(y) && k > best {
			best = k
		}
	}
	return best
}

func berCell(s *site, r berakhlakRow) BerakhlakCell {
	nama := s.w.ValueNames[r.Nilai]
	if nama == "" {
		nama = r.Nilai
	}
	return BerakhlakCell{Kode: r.Unit, Nama: s.unitName(r.Unit), Nilai: r.Nilai, NamaNilai: nama, Period: r.Period,
		Dinilai: kit.People(r.Dinilai), PersenDiBawah: kit.Pct(r.PersenDiBawah, r.Dinilai)}
}

// sortCells orders BerAKHLAK cells by unit, period and value (the official
// order, then any other): the mart is read unsorted.
func sortCells(cells []BerakhlakCell) {
	rank := func(v string) int {
		if i := valueIndex(v); i >= 0 {
			return i
		}
		return len(kit.BerakhlakOrder)
	}
	slices.SortStableFunc(cells, func(a, b BerakhlakCell) int {
		if c := strings.Compare(a.Kode, b.Kode); c != 0 {
			return c
		}
		if c := a.Period.Mulai.Compare(b.Period.Mulai); c != 0 {
			return c
		}
		if c := rank(a.Nilai) - rank(b.Nilai); c != 0 {
			return c
		}
		return strings.Compare(a.Nilai, b.Nilai)
	})
}

func jpYear(kode, nama string, r trainingRow) JPYear {
	return JPYear{Kode: kode, Nama: nama, Tahun: r.Tahun, Pegawai: kit.People(r.Pegawai), Kurang: kit.People(r.Kurang20),
		Persen: kit.Pct(r.PersenKurang, r.Pegawai), RataJP: kit.Over(r.RataJP, r.Pegawai)}
}

var layananRank = map[string]int{"KTP_EL": 0, "KK": 1, "AKTA_LAHIR": 2, "AKTA_MATI": 3, "AKTA_KAWIN": 4, "PINDAH": 5, "KIA": 6}

func layananOrder[T any](rows []T, key func(T) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rows {
		if k := key(r); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, oki := layananRank[out[i]]
		rj, okj := layananRank[out[j]]
		if oki != okj {
			return oki
		}
		if ri != rj {
			return ri < rj
		}
		return out[i] < out[j]
	})
	return out
}

// before is the period of ps (oldest first) of p's kind just before p.
func before(ps []kit.Period, p *kit.Period) *kit.Period {
	var last *kit.Period
	for i := range ps {
		if ps[i].Jenis != p.Jenis {
			continue
		}
		if ps[i].Periode == p.Periode {
			return last
		}
		last = &ps[i]
	}
	return nil
}

// mainPage starts one of the main pages (kit.MainPages): file, its title
// (the label nav), its introduction (intro) and the crumb to itself.
func (s *site) mainPage(lang, file, nav, intro string) *kit.Page {
	p := s.newPage(lang, file, kit.Tr(lang, nav))
	p.Subtitle = p.T(intro)
	p.Crumbs = append(p.Crumbs, kit.Link{Href: file, Text: p.Title})
	return p
}

// yearSelector turns on the page's selector of years (newest first, the
// newest the default) and returns its keys and default.
func yearSelector(p *kit.Page, years []int64) (keys []string, def string) {
	for _, y := range years {
		keys = append(keys, kit.FmtInt64(y))
	}
	if len(keys) > 0 {
		def = keys[0]
	}
	p.SetPeriods(keys, keys, def)
	return keys, def
}

func (s *site) newPage(lang, path, title string) *kit.Page {
	p := &kit.Page{Lang: lang, Path: path, SiteTitle: s.title, Title: title, DataPer: s.w.DataPer, Batches: s.w.Batches, MetaFile: true, SourceKinds: s.w.SourceKinds, ShowNames: s.showNames}
	depth := 0
	for _, r := range path {
		if r == '/' {
			depth++
		}
	}
	for range depth {
		p.Up += "../"
	}
	p.Root = p.Up
	if lang == kit.LangEN {
		p.Root += "../"
		p.Twin = kit.Link{Href: p.Root + path, Text: kit.Tr(lang, "twin")}
	} else {
		p.Twin = kit.Link{Href: p.Root + "en/" + path, Text: kit.Tr(lang, "twin")}
	}
	p.Crumbs = []kit.Link{{Href: p.Up + "index.html", Text: kit.Tr(lang, "beranda")}}
	for _, n := range kit.MainPages {
		p.Nav = append(p.Nav, kit.Link{Href: p.Up + n.File, Text: kit.Tr(lang, n.Key)})
	}
	return p
}

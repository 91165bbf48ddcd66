package dashboards

import (
	"database/sql"
	"sort"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

func (s *site) unitPage(m UnitModel, lang string) *kit.Page {
	key := "unit_" + kit.FileName(m.Kode)
	p := s.newPage(lang, "unit/"+kit.FileName(m.Kode)+".html", m.Nama)
	// The units of a region share their CSV files (one per table).
	p.CSVGroup, p.CSVLead = "data/unit/"+kit.FileName(m.Wilayah)+"_", m.Kode
	p.Subtitle = m.Kode
	if m.Sektor != "" {
		p.Subtitle += " · " + p.T("sektor") + ": " + kit.SectorLabel(p.Lang, m.Sektor)
	}
	p.Subtitle += " · " + m.NamaWilayah
	p.Crumbs = append(p.Crumbs, kit.Link{Href: p.RegionHref(m.Wilayah), Text: m.NamaWilayah}, kit.Link{Href: p.UnitHref(m.Kode), Text: m.Nama})

	// The period selector: the headline figures, the services of the
	// period and the BerAKHLAK needs of its year; the rest are trends.
	var keys []string
	for _, pp := range m.Periods {
		keys = append(keys, pp.Periode)
	}
	p.SetPeriodChoices(m.Periods, m.Default)
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != m.Default,
			Figures: unitFigures(p, m.ByPeriod[k])})
	}
	p.Summary = s.pageSummary(p, m.Wilayah, m.Kode, m.Default)
	all := kit.PeriodSpec{Keys: keys, Def: m.Default}

	p.Sections = append(p.Sections, predikatSection(p, key, m.Predikat, unitChart(p, m, predikatTitle(p),
		func(title string) drawn { return predikatOption(p, title, m.Predikat) },
		func(title string) (*kit.Option, bool) {
			d := predikatOption(p, title, s.regionPredikat(m.Wilayah))
			return d.o, d.empty
		})))
	if m.Team != nil {
		team := teamSection(p, key, all, m)
		team.NoteFor(keys, m.Default, func(k string) string {
			if up := m.ByPeriod[k]; up.NoSKP {
				return skpNote(p, up.Period.Jenis)
			}
			return ""
		})
		p.Sections = append(p.Sections, team)
	}
	if len(m.Responses) > 0 {
		p.Sections = append(p.Sections, responseSection(p, key, m, s.regionResponses(m.Wilayah)))
	}

	// Trend of % Sangat Baik and IKM.
	tr := kit.Section{ID: "tren", Title: p.T("sec_trend"), Empty: len(m.Trend) == 0}
	ch := unitChart(p, m, p.T("sec_trend"), func(title string) drawn { return trendOption(p, title, m.Trend) },
		func(title string) (*kit.Option, bool) {
			d := trendOption(p, title, s.regionTrend(m.Wilayah))
			return d.o, d.empty
		})
	t := p.Table(key, "tren", p.T("sec_trend"), p.Col("periode"), p.Col("persen_sb", "persen_sangat_baik"), p.Col("ikm"))
	for _, x := range m.Trend {
		t.Add(kit.TextCell(x.Period.Periode), kit.StatCell(lang, x.PersenSB, 1), kit.StatCell(lang, x.IKM, 2))
	}
	tr.Blocks = []kit.Block{{Chart: ch, Table: t}}
	p.Sections = append(p.Sections, tr)

	p.Sections = append(p.Sections, unitUnsurSection(p, key, all, func(k string) UnsurPeriod {
		if k == "" {
			k = m.Default
		}
		return m.Unsur[k]
	}))

	if len(m.Services) > 0 {
		svc := kit.Section{ID: "layanan", Title: p.T("sec_service")}
		ps := all
		ps.Pick = func(k string) string {
			if sp := m.ByPeriod[k].ServicePeriod; sp != nil {
				return sp.Periode
			}
			return k
		}
		cols := []kit.Column{p.Col("layanan"), p.Col("permohonan"), p.Col("median_jam", "median_jam"), p.Col("p90_jam", "p90_jam"), p.Col("batas_jam", "batas_jam"),
			p.Col("sesuai_standar", "median_sesuai_standar"), p.Col("tepat_waktu", "persen_tepat_waktu"), p.Col("backlog"), p.Col("backlog_prev", "backlog_sebelumnya")}
		now := p.PeriodTable(ps, key, "layanan", func(k string) string {
			return p.T("sec_service_now") + " · " + at(m.ByPeriod[k].ServicePeriod, k)
		}, cols, func(k string, t *kit.Table) {
			for _, sv := range m.ByPeriod[k].Services {
				t.Add(kit.TrCell(lang, "lay_", sv.Layanan), kit.StatCell(lang, sv.Permohonan, 0), kit.StatCell(lang, sv.Median, 2), kit.StatCell(lang, sv.P90, 2), kit.StatCell(lang, sv.Batas, 2),
					withinStandard(p, sv.Median, sv.Batas), kit.StatCell(lang, sv.TepatWaktu, 1), kit.StatCell(lang, sv.Backlog, 0), kit.StatCell(lang, sv.BacklogPrev, 0))
			}
		})
		svc.Blocks = append(svc.Blocks, kit.Block{Table: now})
		for _, ser := range m.Services {
			svc.Blocks = append(svc.Blocks, serviceBlock(p, key, ser, true))
		}
		p.Sections = append(p.Sections, svc)
	}

	if len(m.Sector.Series) > 0 || len(m.SectorLink) > 0 {
		p.Sections = append(p.Sections, unitSectorSection(p, key, m.Sector, m.SectorLink))
	}

	p.Sections = append(p.Sections, unit360Section(p, key, m.View360))

	// BerAKHLAK shortfall per value over periods.
	ber := kit.Section{ID: "berakhlak", Title: p.T("sec_berakhlak"), Note: p.T("sec_berakhlak_note"), Empty: len(m.Berakhlak) == 0}
	btitle := p.T("sec_berakhlak") + " (" + p.T("persen_di_bawah") + ")"
	bch := unitChart(p, m, btitle, func(title string) drawn { return berakhlakTrendOption(p, title, m.Berakhlak) },
		func(title string) (*kit.Option, bool) {
			d := berakhlakTrendOption(p, title, s.regionBerakhlak(m))
			return d.o, d.empty
		})
	// One row per period, one column per value.
	g := berakhlakTrendGridOf(m.Berakhlak)
	cols := []kit.Column{p.Col("periode"), p.Col("dinilai")}
	for _, v := range g.vals {
		cols = append(cols, kit.Column{Key: v, Label: kit.TrOr(lang, "val_"+v, v)})
	}
	bt := p.Table(key, "berakhlak", p.T("sec_berakhlak")+" ("+p.T("persen_di_bawah")+")", cols...)
	for i, pp := range g.periods {
		row := make([]kit.Cell, 2+len(g.vals))
		row[0], row[1] = kit.TextCell(pp.Periode), kit.StatCell(lang, g.dinilai[i], 0)
		for j := range g.vals {
			row[2+j] = kit.StatCell(lang, g.grid[i][j], 1)
		}
		bt.Add(row...)
	}
	ber.Blocks = []kit.Block{{Chart: bch, Table: bt}}
	p.Sections = append(p.Sections, ber)

	jp := kit.Section{ID: "jp", Title: p.T("sec_jp"), Note: p.T("sec_jp_note"), Empty: len(m.JP) == 0}
	jpc := unitChart(p, m, p.T("kurang_20"), func(title string) drawn { return jpOption(p, title, m.JP) },
		func(title string) (*kit.Option, bool) {
			d := jpOption(p, title, s.regionJP(m))
			return d.o, d.empty
		})
	jp.Blocks = []kit.Block{{Chart: jpc, Table: jpTable(p, key, "jp", p.T("sec_jp"), m.JP, false)}}
	p.Sections = append(p.Sections, jp)

	// Training needs: per year, and who is below expectation on which value.
	ns := kit.Section{ID: "pelatihan", Title: p.T("sec_needs"), Note: p.T("sec_needs_note"), Empty: len(m.Needs) == 0}
	if len(m.Needs) > 0 {
		last := m.Needs[len(m.Needs)-1].Tahun
		ps := all
		ps.Pick = func(k string) string {
			if y := m.ByPeriod[k].NeedsYear; y != 0 {
				return kit.FmtInt64(y)
			}
			return k
		}
		year := func(k string) int64 {
			if k != "" {
				return m.ByPeriod[k].NeedsYear
			}
			return last
		}
		vch := unitPeriodChart(p, m, ps, p.T("needs_values"), func(k, title string) drawn {
			return needsValuesOption(p, title+" · "+yearAt(year(k), k), m.NeedsValues[year(k)])
		}, func(k, title string) (*kit.Option, bool) {
			d := needsValuesOption(p, title+" · "+yearAt(year(k), k), s.regionNeedsValues(m.Wilayah, year(k)))
			return d.o, d.empty
		})
		cols := []kit.Column{p.Col("tahun")}
		for i, v := range kit.BerakhlakOrder {
			cols = append(cols, kit.Column{Key: v, Label: p.ValueLabels()[i]})
		}
		vt := p.Table(key, "pelatihan_nilai", p.T("needs_values"), cols...)
		for _, n := range m.Needs {
			row := []kit.Cell{kit.TextCell(kit.FmtInt64(n.Tahun))}
			for _, v := range m.NeedsValues[n.Tahun] {
				row = append(row, kit.StatCell(lang, v, 0))
			}
			vt.Add(row...)
		}
		nt := p.Table(key, "pelatihan", p.T("sec_needs"), p.Col("tahun"), p.Col("pegawai"), p.Col("kurang_20", "persen_kurang_20_jp"),
			p.Col("kekurangan_jp", "total_kekurangan_jp"), p.Col("kesenjangan", "persen_kesenjangan_kinerja"), p.Col("nilai_terlemah", "nilai_terlemah"),
			p.Col("persen_nilai", "persen_nilai_terlemah"), p.Col("fokus", "fokus_pelatihan"), p.Col("jenis_kompetensi", "jenis_kompetensi_fokus"),
			p.Col("skor", "skor_prioritas"), p.Col("urutan_wilayah", "urutan_prioritas_wilayah"))
		for _, n := range m.Needs {
			nt.Add(kit.TextCell(kit.FmtInt64(n.Tahun)), kit.StatCell(lang, n.Pegawai, 0), kit.StatCell(lang, n.PersenKurang20, 1), kit.StatCell(lang, n.KekuranganJP, 0), kit.StatCell(lang, n.PersenGap, 1),
				kit.TrCell(lang, "val_", n.Nilai), kit.StatCell(lang, n.PersenNilai, 1), kit.FocusCell(lang, n.Fokus), kit.CodeCell(lang, "jk_", n.JenisFokus), kit.StatCell(lang, n.Skor, 1), kit.TextCell(kit.FmtInt64(n.UrutanWilayah)))
		}
		ns.Blocks = []kit.Block{{Chart: vch, Table: vt}, {Table: nt}}
	}
	p.Sections = append(p.Sections, ns)
	p.Sections = append(p.Sections, kit.Section{ID: "kembali", Title: p.T("back_region"), Links: []kit.Link{{Href: p.RegionHref(m.Wilayah), Text: m.NamaWilayah}}})
	return p
}

// unitFigures are a unit's headline figures in one period, with the change
// on the period before.
func unitFigures(p *kit.Page, up UnitPeriod) []kit.Figure {
	note := func(prev *kit.Period) string {
		if prev == nil {
			return ""
		}
		return p.T("perubahan") + " vs " + prev.Periode
	}
	skp := note(up.PrevPeriod)
	if up.NoSKP {
		skp = noKindNote(p, up.Period.Jenis)
	}
	return []kit.Figure{
		kit.FigureOf(p.Lang, p.T("pegawai_dinilai")+" · "+kit.PeriodLabel(up.PredikatPeriod), up.Pegawai, up.PrevPegawai, 0, "", skp, ""),
		kit.FigureOf(p.Lang, p.T("persen_sb")+" · "+kit.PeriodLabel(up.PredikatPeriod), up.PersenSB, up.PrevSB, 1, "", skp, ""),
		kit.FigureOf(p.Lang, p.T("ikm")+" · "+kit.PeriodLabel(up.IKMPeriod), up.IKM, up.PrevIKM, 2, mutuSuffix(up.Mutu), joinNote(note(up.PrevIKMPeriod), ikmSampleNote(p, up)), kit.ArahNaik),
	}
}

// joinNote joins a figure's notes with "; ".
func joinNote(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "; " + b
}

// TrendPoint is a unit's % Sangat Baik and IKM in one period.
type TrendPoint struct {
	Period        kit.Period
	PersenSB, IKM kit.Stat
}

// UnitPeriod is what unit/<kode>.html shows for one period of its
// selector (each mart's period picked as on the region page).
type UnitPeriod struct {
	Period kit.Period
	// NoSKP: the unit's appraisals have no period of Period's kind (a
	// semester); the appraisal figures say so instead.
	NoSKP                      bool
	PredikatPeriod, PrevPeriod *kit.Period // appraisals in the period and the one before
	Pegawai, PersenSB          kit.Stat
	PrevPegawai, PrevSB        kit.Stat
	IKMPeriod, PrevIKMPeriod   *kit.Period
	Responden, IKM, PrevIKM    kit.Stat
	Mutu                       string
	SampelMinimum              sql.NullInt64 // the IKM's minimum sample
	SampelCukup                sql.NullBool
	ServicePeriod              *kit.Period
	Services                   []ServiceNow
	NeedsYear                  int64 // of NeedsValues
}

// UnitModel is everything unit/<kode>.html shows.
type UnitModel struct {
	// The period selector, newest first (the default), and what each
	// period shows; the rest are time series.
	Periods                                  []kit.Period
	Default                                  string
	ByPeriod                                 map[string]UnitPeriod
	Kode, Nama, Sektor, Wilayah, NamaWilayah string
	Predikat                                 []PredikatPoint
	Trend                                    []TrendPoint
	Services                                 []ServiceSeries
	Berakhlak                                []BerakhlakCell
	JP                                       []JPYear
	Needs                                    []NeedsUnit          // per year
	NeedsValues                              map[int64][]kit.Stat // people di_bawah per value (berakhlakOrder) per year
	Sector                                   UnitSector           // sector indicators (sector_model.go)
	SectorLink                               []SectorUnitPeriod
	Unsur                                    map[string]UnsurPeriod  // IKM per element, by selector period (ikm_unsur.go)
	View360                                  []View360               // the 360 view per period (unit_360.go)
	Team                                     map[string][]TeamMember // by period: the team when the unit has sub-units (team_page.go)
	TeamPeriods                              []kit.Period
	Responses                                []ResponsePoint
}

func (s *site) unitModel(u unitRow) UnitModel {
	m := UnitModel{Kode: u.Kode, Nama: u.Nama, Sektor: u.Sektor, Wilayah: u.Wilayah, NamaWilayah: u.NamaWilayah,
		Sector: s.unitSector(u.Kode), SectorLink: s.unitSectorLink(u.Kode), View360: s.unit360(u.Kode),
		Responses: s.responseModel(u.Kode)}
	m.Team, m.TeamPeriods = s.teamModel(u.Kode)
	if n, ok := s.regionNames[u.Wilayah]; ok {
		m.NamaWilayah = n
	}
	perf := kit.Preferred(s.perfByUnit[u.Kode], func(r perfRow) kit.Period { return r.Period })
	for _, r := range perf {
		m.Predikat = append(m.Predikat, predikatPoint(r.Period, r.Pegawai, r.Predikat))
	}
	// Trend: union of the rating periods and the IKM periods.
	ikm := kit.Preferred(s.ikmByUnit[u.Kode], func(r ikmRow) kit.Period { return r.Period })
	var ps []kit.Period
	for _, r := range perf {
		ps = append(ps, r.Period)
	}
	for _, r := range ikm {
		ps = append(ps, r.Period)
	}
	for _, p := range kit.PeriodsOf(ps, func(p kit.Period) kit.Period { return p }) {
		tp := TrendPoint{Period: p}
		for _, r := range perf {
			if r.Periode == p.Periode && r.Jenis == p.Jenis {
				tp.PersenSB = r.Predikat.Mask[1].Apply(kit.Num(r.Predikat.Pct[0]))
			}
		}
		for _, r := range ikm {
			if r.Periode == p.Periode && r.Jenis == p.Jenis {
				tp.IKM = kit.Num(r.IKM)
			}
		}
		m.Trend = append(m.Trend, tp)
	}
	svc := kit.Preferred(s.svcByUnit[u.Kode], func(r serviceRow) kit.Period { return r.Period })
	m.Services = serviceSeries(layananOrder(svc, func(r serviceRow) string { return r.Layanan }), svc)
	for _, r := range kit.Preferred(s.berByUnit[u.Kode], func(r berakhlakRow) kit.Period { return r.Period }) {
		m.Berakhlak = append(m.Berakhlak, berCell(s, r))
	}
	sortCells(m.Berakhlak)
	for _, r := range s.trainByUnit[u.Kode] {
		m.JP = append(m.JP, jpYear(u.Kode, u.Nama, r))
	}
	m.NeedsValues = map[int64][]kit.Stat{}
	for _, r := range s.needsByUnit[u.Kode] {
		m.Needs = append(m.Needs, needsUnit(s, r))
		vals := make([]int64, len(kit.BerakhlakOrder))
		for _, v := range s.valuesByUnit[u.Kode] {
			if i := valueIndex(v.Key); i >= 0 && v.Tahun == r.Tahun {
				vals[i] += v.Pegawai
			}
		}
		for _, v := range vals {
			m.NeedsValues[r.Tahun] = append(m.NeedsValues[r.Tahun], kit.People(sql.NullInt64{Int64: v, Valid: true}))
		}
	}
	sort.SliceStable(m.Needs, func(i, j int) bool { return m.Needs[i].Tahun < m.Needs[j].Tahun })

	// The period selector.
	// (years, semesters and quarters; the default the newest quarter).
	perfBy, perfPs := byPeriod(s.perfByUnit[u.Kode], func(r perfRow) kit.Period { return r.Period })
	ikmBy, ikmPs := byPeriod(s.ikmByUnit[u.Kode], func(r ikmRow) kit.Period { return r.Period })
	svcBy, svcPs := byPeriod(s.svcByUnit[u.Kode], func(r serviceRow) kit.Period { return r.Period })
	var all []kit.Period
	for _, ps := range [][]kit.Period{perfPs, ikmPs, svcPs, m.TeamPeriods} {
		all = append(all, ps...)
	}
	m.Periods, m.Default = selectorPeriods(nil, all)
	layanan := layananOrder(svc, func(r serviceRow) string { return r.Layanan })
	m.ByPeriod = make(map[string]UnitPeriod, len(m.Periods))
	for _, p := range m.Periods {
		up := UnitPeriod{Period: p, NeedsYear: latestYear(m.NeedsValues, p.Mulai.Year()), NoSKP: lacksKind(perfPs, p.Jenis)}
		if pp := pickPeriod(perfPs, p); pp != nil {
			up.PredikatPeriod = pp
			for _, r := range perfBy[pp.Periode] {
				up.Pegawai, up.PersenSB = r.Predikat.Mask[0].Apply(kit.NumInt(r.Pegawai)), r.Predikat.Mask[1].Apply(kit.Num(r.Predikat.Pct[0]))
			}
			if prev := before(perfPs, pp); prev != nil {
				up.PrevPeriod = prev
				for _, r := range perfBy[prev.Periode] {
					up.PrevPegawai, up.PrevSB = r.Predikat.Mask[0].Apply(kit.NumInt(r.Pegawai)), r.Predikat.Mask[1].Apply(kit.Num(r.Predikat.Pct[0]))
				}
			}
		}
		if ip := pickPeriod(ikmPs, p); ip != nil {
			up.IKMPeriod = ip
			for _, r := range ikmBy[ip.Periode] {
				up.Responden, up.IKM, up.Mutu = kit.NumInt(r.Responden), kit.Num(r.IKM), str(r.Mutu)
				up.SampelMinimum, up.SampelCukup = r.SampelMinimum, r.SampelCukup
			}
			if prev := before(ikmPs, ip); prev != nil {
				up.PrevIKMPeriod = prev
				for _, r := range ikmBy[prev.Periode] {
					up.PrevIKM = kit.Num(r.IKM)
				}
			}
		}
		if sp := pickPeriod(svcPs, p); sp != nil {
			up.ServicePeriod = sp
			up.Services = servicesNow(layanan, svcBy[sp.Periode])
		}
		m.ByPeriod[p.Periode] = up
	}
	m.Unsur = s.unitUnsur(u.Kode, m.Periods)
	return m
}

// trendOption draws % Sangat Baik and IKM per period.
func trendOption(p *kit.Page, title string, pts []TrendPoint) drawn {
	o := kit.NewLine(title)
	xs := make([]string, 0, len(pts))
	sb, ikm := make([]kit.Stat, 0, len(pts)), make([]kit.Stat, 0, len(pts))
	for _, t := range pts {
		xs = append(xs, t.Period.Periode)
		sb, ikm = append(sb, t.PersenSB), append(ikm, t.IKM)
	}
	o.Categories(xs, opts.YAxis{Max: 100})
	o.LineStats(p.T("persen_sb"), sb, 1, kit.Line(kit.Palette[0], 3, "", true), kit.ConnectNulls)
	o.LineStats(p.T("ikm"), ikm, 2, kit.Line(kit.Palette[1], 3, "dashed", true), kit.ConnectNulls)
	return drawn{o: o, shown: append(sb, ikm...), empty: len(pts) == 0}
}

// needsValuesOption draws the people below expectation per BerAKHLAK value.
func needsValuesOption(p *kit.Page, title string, vals []kit.Stat) drawn {
	o := kit.NewBar(title).Categories(p.ValueLabels(), opts.YAxis{})
	o.XAxis(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}})
	o.Add(p.T("pegawai"), kit.BarStats(vals, 0, true), kit.Color(kit.Palette[5]))
	return drawn{o: o, shown: vals, empty: len(vals) == 0}
}

// berakhlakTrendGrid is a unit's (or its region's) BerAKHLAK shortfall as
// periods x values: the % below expectation per period and value, and the
// people rated per period.
type berakhlakTrendGrid struct {
	periods []kit.Period
	vals    []string     // the official order, then any other
	grid    [][]kit.Stat // [period][value]
	dinilai []kit.Stat   // per period
}

func berakhlakTrendGridOf(cells []BerakhlakCell) berakhlakTrendGrid {
	var g berakhlakTrendGrid
	g.periods = kit.PeriodsOf(cells, func(c BerakhlakCell) kit.Period { return c.Period })
	pi := make(map[string]int, len(g.periods))
	for i, pp := range g.periods {
		pi[pp.Periode] = i
	}
	seen := map[string]bool{}
	for _, c := range cells {
		seen[c.Nilai] = true
	}
	for _, v := range kit.BerakhlakOrder {
		if seen[v] {
			g.vals = append(g.vals, v)
			delete(seen, v)
		}
	}
	for _, c := range cells {
		if seen[c.Nilai] {
			delete(seen, c.Nilai)
			g.vals = append(g.vals, c.Nilai)
		}
	}
	vix := make(map[string]int, len(g.vals))
	for i, v := range g.vals {
		vix[v] = i
	}
	g.grid = make([][]kit.Stat, len(g.periods))
	g.dinilai = make([]kit.Stat, len(g.periods))
	for i := range g.grid {
		g.grid[i] = make([]kit.Stat, len(g.vals))
	}
	for _, c := range cells {
		i, j := pi[c.Period.Periode], vix[c.Nilai]
		g.grid[i][j], g.dinilai[i] = c.PersenDiBawah, c.Dinilai
	}
	return g
}

// berakhlakTrendOption draws one line per BerAKHLAK value over the periods.
func berakhlakTrendOption(p *kit.Page, title string, cells []BerakhlakCell) drawn {
	g := berakhlakTrendGridOf(cells)
	bx := make([]string, 0, len(g.periods))
	for _, pp := range g.periods {
		bx = append(bx, pp.Periode)
	}
	o := kit.NewLine(title).Grid(opts.Grid{Left: "8", Top: "80", Right: "24", Bottom: "8", ContainLabel: opts.Bool(true)})
	o.Categories(bx, opts.YAxis{Max: 100, Name: "%"})
	var shown []kit.Stat
	for j, v := range g.vals {
		series := make([]kit.Stat, len(g.periods))
		for i := range g.periods {
			series[i] = g.grid[i][j]
		}
		shown = append(shown, series...)
		dash := ""
		if j >= 4 {
			dash = "dashed"
		}
		o.LineStats(kit.TrOr(p.Lang, "val_"+v, v), series, 1, kit.Line(kit.Palette[j%len(kit.Palette)], 2, dash, false))
	}
	return drawn{o: o, shown: shown, empty: len(cells) == 0}
}

package dashboards

import (
	"math"
	"slices"
	"strings"

	"kinerja/dashboards/kit"
)

func (s *site) newPage(lang, path, title string) *kit.Page {
	p := &kit.Page{Lang: lang, Path: path, SiteTitle: s.title, Title: title, DataPer: s.w.DataPer, Batches: s.w.Batches, ShowNames: s.showNames}
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

func (s *site) regionPage(m RegionModel, lang string) *kit.Page {
	key := "wilayah_" + kit.FileName(m.Kode)
	p := s.newPage(lang, "wilayah/"+kit.FileName(m.Kode)+".html", m.Nama)
	p.Subtitle = m.Kode + " · " + m.Provinsi
	p.Crumbs = append(p.Crumbs, kit.Link{Href: p.RegionHref(m.Kode), Text: m.Nama})
	latest := kit.PeriodLabel(nil)
	if len(m.Periods) > 0 {
		latest = m.Periods[0].Periode
	}
	p.Subtitle += " · " + p.T("latest_period") + ": " + latest

	// The period selector switches every section that shows one period;
	// the time series (predikat, layanan, 20 JP per year) stay.
	var keys []string
	for _, pp := range m.Periods {
		keys = append(keys, pp.Periode)
	}
	p.SetPeriods(keys, keys, m.Default)
	get := func(k string) RegionPeriod {
		if rp, ok := m.ByPeriod[k]; ok {
			return rp
		}
		return m.defaultPeriod()
	}
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != m.Default,
			Figures: regionFigures(p, get(k))})
	}
	if len(keys) == 0 {
		p.Figures = regionFigures(p, get(""))
	}
	all := kit.PeriodSpec{Keys: keys, Def: m.Default}
	// A section shows its mart's period (or year) for the selector's
	// period; selector periods showing the same one share it. A period
	// without data is its own (empty) variant, so it is named.
	per := func(f func(RegionPeriod) *kit.Period) kit.PeriodSpec {
		ps := all
		ps.Pick = func(k string) string {
			if pp := f(get(k)); pp != nil {
				return pp.Periode
			}
			return k
		}
		return ps
	}
	year := func(f func(RegionPeriod) int64) kit.PeriodSpec {
		ps := all
		ps.CSVKey = "tahun"
		ps.Pick = func(k string) string {
			if y := f(get(k)); y != 0 {
				return kit.FmtInt64(y)
			}
			return k
		}
		return ps
	}
	units := per(func(r RegionPeriod) *kit.Period { return r.UnitsPeriod })

	p.Sections = append(p.Sections, predikatSection(p, key, m.Predikat))
	p.Sections = append(p.Sections, unitsPeriodSection(p, key, units, get))
	p.Sections = append(p.Sections, quadrantPeriodSection(p, key, units, get))

	svc := kit.Section{ID: "layanan", Title: p.T("sec_service"), Note: p.T("sec_service_note"), Empty: len(m.Services) == 0}
	if len(m.Services) > 0 {
		svc.Blocks = append(svc.Blocks, kit.Block{Table: serviceNowTable(p, key, per(func(r RegionPeriod) *kit.Period { return r.ServicePeriod }), get)})
	}
	for _, ser := range m.Services {
		svc.Blocks = append(svc.Blocks, serviceBlock(p, key, ser, false))
	}
	p.Sections = append(p.Sections, svc)

	p.Sections = append(p.Sections, ikmPeriodSection(p, key, per(func(r RegionPeriod) *kit.Period { return r.IKMPeriod }), get))
	p.Sections = append(p.Sections, berakhlakPeriodSection(p, key, per(func(r RegionPeriod) *kit.Period { return r.BerakhlakPeriod }), get))

	jpUnits := year(func(r RegionPeriod) int64 { return r.JPYear })
	jp := kit.Section{ID: "jp", Title: p.T("sec_jp"), Note: p.T("sec_jp_note"), Empty: len(m.JP) == 0 && len(m.JPUnits) == 0}
	jp.Blocks = append(jp.Blocks, kit.Block{Chart: jpChart(p, p.T("kurang_20")+" · "+m.Nama, m.JP), Table: jpTable(p, key, "jp", p.T("sec_jp"), m.JP, false)})
	if m.hasJPUnits() {
		t := p.PeriodTable(jpUnits, key, "jp_unit", func(k string) string {
			return p.T("sec_jp") + " · " + p.T("unit") + " · " + yearAt(get(k).JPYear, k)
		}, jpCols(p, true), func(k string, t *kit.Table) {
			for _, y := range get(k).JPUnits {
				t.Add(jpRow(p, y, true)...)
			}
		})
		jp.Blocks = append(jp.Blocks, kit.Block{Table: t})
	}
	p.Sections = append(p.Sections, jp)

	kurva := per(func(r RegionPeriod) *kit.Period { return r.KurvaPeriod })
	p.Sections = append(p.Sections, kurvaPeriodSection(p, key, kurva, func(k string) (*kit.Period, []KurvaUnit) {
		rp := get(k)
		return rp.KurvaPeriod, rp.Kurva
	}))

	needsY := year(func(r RegionPeriod) int64 { return r.NeedsYear })
	needs := kit.Section{ID: "pelatihan", Title: p.T("sec_needs"), Note: p.T("sec_needs_note"), Empty: !m.hasNeeds()}
	if m.hasNeeds() {
		nch := p.PeriodEC(needsY, p.T("sec_needs"), func(k string) (*kit.ECOption, bool) {
			rp := get(k)
			return priorityEC(p, rp.Needs, yearAt(rp.NeedsYear, k), true)
		})
		nch.Height = max(320, 110+24*m.maxLen(func(r RegionPeriod) int { return len(r.Needs) }))
		nt := p.PeriodTable(needsY, key, "pelatihan", func(k string) string { return p.T("sec_needs") + " · " + yearAt(get(k).NeedsYear, k) },
			needsCols(p, false), func(k string, t *kit.Table) {
				for _, u := range get(k).Needs {
					t.Add(needsRow(p, u, false)...)
				}
			})
		needs.Blocks = []kit.Block{{Chart: nch, Table: nt, Wide: true}}
	}
	p.Sections = append(p.Sections, needs)

	talY := year(func(r RegionPeriod) int64 { return r.TalentYear })
	tal := kit.Section{ID: "talenta", Title: p.T("sec_talenta"), Note: p.T("talent_intro"), Empty: !m.hasTalent()}
	if m.hasTalent() {
		tch := p.PeriodEC(talY, p.T("talent_units"), func(k string) (*kit.ECOption, bool) {
			rp := get(k)
			return unitsPoolEC(p, rp.Talent, yearAt(rp.TalentYear, k))
		})
		tch.Height = max(320, 110+24*m.maxLen(func(r RegionPeriod) int { return len(r.Talent) }))
		tt := p.PeriodTable(talY, key, "talenta_unit", func(k string) string { return p.T("talent_units") + " · " + yearAt(get(k).TalentYear, k) },
			nineboxCols(p, true), func(k string, t *kit.Table) {
				for _, r := range get(k).Talent {
					t.Add(nineboxRow(p, r, true)...)
				}
			})
		tal.Blocks = []kit.Block{{Chart: tch, Table: tt, Wide: true}}
	}
	p.Sections = append(p.Sections, tal)
	if s.showNames {
		p.Sections = append(p.Sections, s.namesSections(p, key, m.Kode)...)
	}

	if len(keys) > 0 {
		p.Sections = append(p.Sections, alertsPeriodSection(p, key, all, get))
	} else {
		p.Sections = append(p.Sections, alertsSection(p, key, m.Alerts))
	}

	list := kit.Section{ID: "unit", Title: p.T("sec_units_list"), Empty: len(m.UnitList) == 0}
	for _, u := range m.UnitList {
		list.Links = append(list.Links, kit.Link{Href: p.UnitHref(u.Kode), Text: u.Nama})
	}
	p.Sections = append(p.Sections, list)
	return p
}

// defaultPeriod is the default period's view, also without any period.
func (m RegionModel) defaultPeriod() RegionPeriod {
	if rp, ok := m.ByPeriod[m.Default]; ok {
		return rp
	}
	return RegionPeriod{Now: m.Now, Prev: m.Prev, UnitsPeriod: m.UnitsPeriod, Units: m.Units, IKMPeriod: m.IKMPeriod, IKMUnits: m.IKMUnits,
		BerakhlakPeriod: m.BerakhlakPeriod, Berakhlak: m.Berakhlak, JPUnits: m.JPUnits, NeedsYear: m.NeedsYear, Needs: m.Needs,
		TalentYear: m.TalentYear, Talent: m.Talent, Alerts: m.Alerts, YoYPeriod: m.YoYPeriod, YoYSB: m.YoYSB, YoYIKM: m.YoYIKM,
		YoYKTP: m.YoYKTP, YoYOnTime: m.YoYOnTime}
}

// maxLen is the largest f over the periods (the default's without any).
func (m RegionModel) maxLen(f func(RegionPeriod) int) int {
	n := f(m.defaultPeriod())
	for _, rp := range m.ByPeriod {
		n = max(n, f(rp))
	}
	return n
}

func (m RegionModel) hasJPUnits() bool {
	return m.maxLen(func(r RegionPeriod) int { return len(r.JPUnits) }) > 0
}

func (m RegionModel) hasNeeds() bool {
	return m.maxLen(func(r RegionPeriod) int { return len(r.Needs) }) > 0
}

func (m RegionModel) hasTalent() bool {
	return m.maxLen(func(r RegionPeriod) int { return len(r.Talent) }) > 0
}

// regionFigures are the headline figures of one period: the change on the
// period before and on the same period a year earlier.
func regionFigures(p *kit.Page, rp RegionPeriod) []kit.Figure {
	lang := p.Lang
	note := ""
	if rp.Prev.Period != nil {
		note = p.T("perubahan") + " vs " + rp.Prev.Period.Periode
	}
	figs := []kit.Figure{
		kit.FigureOf(lang, p.T("pegawai_dinilai"), rp.Now.PegawaiDinilai, rp.Prev.PegawaiDinilai, 0, "", note, ""),
		kit.FigureOf(lang, p.T("persen_sb"), rp.Now.PersenSB, rp.Prev.PersenSB, 1, "", note, ""),
		kit.FigureOf(lang, p.T("ikm"), rp.Now.IKM, rp.Prev.IKM, 2, mutuSuffix(rp.Now.Mutu), note, kit.ArahNaik),
		kit.FigureOf(lang, p.T("median_ktp"), rp.Now.MedianKTP, rp.Prev.MedianKTP, 2, "", note, kit.ArahTurun),
		kit.FigureOf(lang, p.T("tepat_waktu"), rp.Now.TepatWaktu, rp.Prev.TepatWaktu, 1, "", note, kit.ArahNaik),
		kit.FigureOf(lang, p.T("backlog"), rp.Now.Backlog, rp.Prev.Backlog, 0, "", note, kit.ArahTurun),
		kit.FigureOf(lang, p.T("kurang_20"), rp.Now.Kurang20, kit.Stat{}, 1, "", p.T("tahun")+": "+yearText(rp.Kurang20Year), kit.ArahTurun),
	}
	if rp.YoYPeriod != "" {
		yoy := func(i int, d kit.Stat, dec int, arah string) {
			if d.Small {
				figs[i].Delta2, figs[i].Note2 = "<5", p.T("yoy")+" ("+rp.YoYPeriod+")"
			} else if d.Shown() {
				figs[i].Delta2, figs[i].Trend2 = kit.Change(lang, d.Value, dec, arah)
				figs[i].Note2 = p.T("yoy") + " (" + rp.YoYPeriod + ")"
			}
		}
		yoy(1, rp.YoYSB, 1, "")
		yoy(2, rp.YoYIKM, 2, kit.ArahNaik)
		yoy(3, rp.YoYKTP, 2, kit.ArahTurun)
		yoy(4, rp.YoYOnTime, 1, kit.ArahNaik)
	}
	return figs
}

// serviceNowTable is every layanan of the region in one period against its
// standard.
func serviceNowTable(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) *kit.Table {
	cols := []kit.Column{p.Col("layanan"), p.Col("permohonan"), p.Col("median_jam", "median_jam"), p.Col("p90_jam", "p90_jam"),
		p.Col("batas_jam", "batas_jam"), p.Col("sesuai_standar", "median_sesuai_standar"), p.Col("tepat_waktu", "persen_tepat_waktu"), p.Col("backlog")}
	return p.PeriodTable(ps, key, "layanan", func(k string) string {
		return p.T("sec_service_now") + " · " + at(get(k).ServicePeriod, k)
	}, cols, func(k string, t *kit.Table) {
		for _, sv := range get(k).Services {
			t.Add(kit.TrCell(p.Lang, "lay_", sv.Layanan), kit.StatCell(p.Lang, sv.Permohonan, 0), kit.StatCell(p.Lang, sv.Median, 2), kit.StatCell(p.Lang, sv.P90, 2),
				kit.StatCell(p.Lang, sv.Batas, 2), withinStandard(p, sv.Median, sv.Batas), kit.StatCell(p.Lang, sv.TepatWaktu, 1), kit.StatCell(p.Lang, sv.Backlog, 0))
		}
	})
}

// withinStandard: ya/tidak (true/false in the CSV) for a median against
// its standard, – when either is missing.
func withinStandard(p *kit.Page, med, batas kit.Stat) kit.Cell {
	if !med.Shown() || !batas.Shown() {
		return kit.Cell{Text: "–"}
	}
	if med.Value <= batas.Value {
		return kit.Cell{Text: p.T("ya"), Raw: "true"}
	}
	return kit.Cell{Text: p.T("tidak"), Raw: "false"}
}

// at names what a section shows for selector value k: its mart's period,
// else k.
func at(p *kit.Period, k string) string {
	if p != nil {
		return p.Periode
	}
	if k != "" {
		return k
	}
	return "–"
}

// yearAt is at for a yearly section.
func yearAt(y int64, k string) string {
	if y != 0 {
		return kit.FmtInt64(y)
	}
	if k != "" {
		return k
	}
	return "–"
}

func mutuSuffix(m string) string {
	if m == "" {
		return ""
	}
	return " (" + m + ")"
}

func unitsSection(p *kit.Page, key string, m RegionModel) kit.Section {
	return unitsPeriodSection(p, key, kit.PeriodSpec{}, func(string) RegionPeriod { return m.defaultPeriod() })
}

// unitsPeriodSection: % Sangat Baik and IKM per unit in a period.
func unitsPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	title := p.T("sec_units")
	sec := kit.Section{ID: "per-unit", Title: title, Empty: len(ps.Keys) == 0 && len(get("").Units) == 0}
	ch := p.PeriodEC(ps, title, func(k string) (*kit.ECOption, bool) {
		rp := get(k)
		o := kit.NewEC(title + " · " + at(rp.UnitsPeriod, k))
		xs := make([]string, 0, len(rp.Units))
		sb, ikm := make([]any, 0, len(rp.Units)), make([]any, 0, len(rp.Units))
		for _, u := range rp.Units {
			xs = append(xs, u.Nama)
			sb = append(sb, u.PersenSB.Chart(1))
			ikm = append(ikm, u.IKM.Chart(2))
		}
		o.Category(xs, &kit.ECAxis{Max: 100})
		o.XAxis[0].AxisLabel = &kit.ECAxisLabel{Interval: "0", Rotate: 20, HideOverlap: kit.ECFalse}
		o.Add(&kit.ECSeries{Name: p.T("persen_sb"), Type: "bar", Data: sb, ItemStyle: &kit.ECItemStyle{Color: kit.Palette[0]}})
		o.Add(&kit.ECSeries{Name: p.T("ikm"), Type: "bar", Data: ikm, ItemStyle: &kit.ECItemStyle{Color: kit.Palette[1]}})
		return o, len(rp.Units) == 0
	})
	t := p.PeriodTable(ps, key, "unit", func(k string) string { return title + " · " + at(get(k).UnitsPeriod, k) },
		[]kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("sektor"), p.Col("pegawai_dinilai"),
			p.Col("persen_sb", "persen_sangat_baik"), p.Col("ikm"), p.Col("mutu"), p.Col("peringkat_nilai"), p.Col("peringkat_layanan")},
		func(k string, t *kit.Table) {
			for _, u := range get(k).Units {
				t.Add(kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.CodeCell(p.Lang, "sektor_", u.Sektor), kit.StatCell(p.Lang, u.Pegawai, 0), kit.StatCell(p.Lang, u.PersenSB, 1),
					kit.StatCell(p.Lang, u.IKM, 2), kit.TextCell(u.Mutu), kit.StatCell(p.Lang, u.RankNilai, 0), kit.StatCell(p.Lang, u.RankLayanan, 0))
			}
		})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func quadrantSection(p *kit.Page, key string, m RegionModel) kit.Section {
	return quadrantPeriodSection(p, key, kit.PeriodSpec{}, func(string) RegionPeriod { return m.defaultPeriod() })
}

// quadrantPeriodSection: ratings against service, one point per unit.
func quadrantPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	title := p.T("sec_quadrant")
	sec := kit.Section{ID: "kuadran", Title: title, Note: p.T("sec_quadrant_note"), Empty: len(ps.Keys) == 0 && len(get("").Units) == 0}
	ch := p.PeriodEC(ps, title, func(k string) (*kit.ECOption, bool) {
		rp := get(k)
		return quadrantOption(p, title+" · "+at(rp.UnitsPeriod, k), rp.Units)
	})
	t := p.PeriodTable(ps, key, "kuadran", func(k string) string { return title + " · " + at(get(k).UnitsPeriod, k) },
		[]kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("ikm"), p.Col("persen_sb", "persen_sangat_baik"),
			p.Col("peringkat_nilai"), p.Col("peringkat_layanan"), p.Col("keselarasan", "label_keselarasan")},
		func(k string, t *kit.Table) {
			for _, u := range get(k).Units {
				t.Add(kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.StatCell(p.Lang, u.IKM, 2), kit.StatCell(p.Lang, u.PersenSB, 1),
					kit.StatCell(p.Lang, u.RankNilai, 0), kit.StatCell(p.Lang, u.RankLayanan, 0), kit.TrCell(p.Lang, "lbl_", u.Label))
			}
		})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t}}
	return sec
}

func quadrantOption(p *kit.Page, title string, units []UnitLatest) (*kit.ECOption, bool) {
	// Axis ranges padded around the points so none sits on the frame.
	xmin, xmax, ymin, ymax := 100.0, 25.0, 100.0, 0.0
	for _, u := range units {
		if u.PersenSB.Shown() && u.IKM.Shown() {
			xmin, xmax = min(xmin, u.IKM.Value), max(xmax, u.IKM.Value)
			ymin, ymax = min(ymin, u.PersenSB.Value), max(ymax, u.PersenSB.Value)
		}
	}
	if xmin > xmax {
		xmin, xmax, ymin, ymax = 25, 100, 0, 100
	}
	xmin, xmax = max(0, math.Floor((xmin-5)/5)*5), min(100, math.Ceil((xmax+5)/5)*5)
	ymin, ymax = max(0, math.Floor((ymin-5)/5)*5), min(100, math.Ceil((ymax+5)/5)*5)
	o := kit.NewEC(title)
	o.ItemTooltip()
	o.XAxis = []*kit.ECAxis{{Type: "value", Name: "IKM", NameLocation: "middle", NameGap: 26, Min: xmin, Max: xmax}}
	o.YAxis = []*kit.ECAxis{{Type: "value", Name: p.T("persen_sb"), NameLocation: "middle", NameGap: 36, Min: ymin, Max: ymax}}
	groups := []struct{ label, color, symbol string }{
		{"nilai_tinggi_layanan_buruk", kit.Palette[5], "triangle"},
		{"nilai_rendah_layanan_baik", kit.Palette[0], "diamond"},
		{"selaras", kit.Palette[2], "circle"},
		{"", "#777777", "rect"},
	}
	// Dashed guide lines at the mean IKM and mean % Sangat Baik of the plotted units.
	sumX, sumY, n := 0.0, 0.0, 0.0
	for _, u := range units {
		if u.PersenSB.Shown() && u.IKM.Shown() {
			sumX, sumY, n = sumX+u.IKM.Value, sumY+u.PersenSB.Value, n+1
		}
	}
	first := true
	for _, g := range groups {
		var data []any
		for _, u := range units {
			if u.Label == g.label && u.PersenSB.Shown() && u.IKM.Shown() {
				data = append(data, kit.ECItem{Name: u.Nama, Value: []any{u.IKM.Chart(2), u.PersenSB.Chart(1)}, Symbol: g.symbol, SymbolSize: 14})
			}
		}
		if len(data) == 0 {
			continue
		}
		se := o.Add(&kit.ECSeries{Name: kit.TrOr(p.Lang, "lbl_"+g.label, "–"), Type: "scatter", Data: data, ItemStyle: &kit.ECItemStyle{Color: g.color}})
		if first {
			first = false
			se.MarkLine = &kit.ECMarkLine{Data: []kit.ECMark{{Name: "IKM", XAxis: kit.Round(sumX/n, 2)}, {Name: "%", YAxis: kit.Round(sumY/n, 1)}},
				Symbol: []string{"none", "none"}, LineStyle: kit.DashedLine("#555555")}
		}
	}
	return o, n == 0
}

func ikmSection(p *kit.Page, key string, m RegionModel) kit.Section {
	return ikmPeriodSection(p, key, kit.PeriodSpec{}, func(string) RegionPeriod { return m.defaultPeriod() })
}

// ikmPeriodSection: each unit's IKM in a period against the A–D bands.
func ikmPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	title := p.T("sec_ikm")
	sec := kit.Section{ID: "ikm", Title: title, Note: p.T("sec_ikm_note"), Empty: len(ps.Keys) == 0 && len(get("").IKMUnits) == 0}
	ch := p.PeriodEC(ps, title, func(k string) (*kit.ECOption, bool) {
		rp := get(k)
		o := kit.NewEC(title + " · " + at(rp.IKMPeriod, k))
		xs := make([]string, 0, len(rp.IKMUnits))
		data := make([]any, 0, len(rp.IKMUnits))
		for _, u := range rp.IKMUnits {
			xs = append(xs, u.Nama)
			color := kit.MutuColors[u.Mutu]
			if color == "" {
				color = "#999999"
			}
			data = append(data, kit.ECItem{Value: u.IKM.Chart(2), ItemStyle: &kit.ECItemStyle{Color: color}})
		}
		o.Category(xs, &kit.ECAxis{Min: 25, Max: 100, Name: "IKM"})
		o.XAxis[0].AxisLabel = &kit.ECAxisLabel{Interval: "0", Rotate: 20}
		o.Add(&kit.ECSeries{Name: p.T("ikm"), Type: "bar", Data: data, MarkLine: &kit.ECMarkLine{
			Data:   []kit.ECMark{{Name: "C", YAxis: 65.00}, {Name: "B", YAxis: 76.61}, {Name: "A", YAxis: 88.31}},
			Symbol: []string{"none", "none"}, LineStyle: kit.DashedLine("#555555"), Label: &kit.ECLabel{Show: true, Formatter: "{b}"}}})
		return o, len(rp.IKMUnits) == 0
	})
	t := p.PeriodTable(ps, key, "ikm", func(k string) string { return title + " · " + at(get(k).IKMPeriod, k) },
		[]kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("responden"), p.Col("ikm"), p.Col("mutu")},
		func(k string, t *kit.Table) {
			for _, u := range get(k).IKMUnits {
				t.Add(kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.StatCell(p.Lang, u.Responden, 0), kit.StatCell(p.Lang, u.IKM, 2), kit.TextCell(u.Mutu))
			}
		})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t}}
	return sec
}

func berakhlakSection(p *kit.Page, key string, m RegionModel) kit.Section {
	return berakhlakPeriodSection(p, key, kit.PeriodSpec{}, func(string) RegionPeriod { return m.defaultPeriod() })
}

// berakhlakGrid lays cells out as units (rows, by code) x values (the
// official order, then any other).
func berakhlakGrid(cells []BerakhlakCell) (units []BerakhlakCell, ui map[string]int, vals []string, vi map[string]int) {
	ui = map[string]int{}
	for _, c := range cells {
		if _, ok := ui[c.Kode]; !ok {
			ui[c.Kode] = len(units)
			units = append(units, c)
		}
	}
	if !slices.IsSortedFunc(units, func(a, b BerakhlakCell) int { return strings.Compare(a.Kode, b.Kode) }) {
		slices.SortFunc(units, func(a, b BerakhlakCell) int { return strings.Compare(a.Kode, b.Kode) })
		for i, u := range units {
			ui[u.Kode] = i
		}
	}
	vals = append([]string{}, kit.BerakhlakOrder...)
	vi = map[string]int{}
	for i, v := range vals {
		vi[v] = i
	}
	for _, c := range cells {
		if _, ok := vi[c.Nilai]; !ok {
			vi[c.Nilai] = len(vals)
			vals = append(vals, c.Nilai)
		}
	}
	return
}

// berakhlakPeriodSection: % below expectation per unit and value in a period.
func berakhlakPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	title := p.T("sec_berakhlak")
	sec := kit.Section{ID: "berakhlak", Title: title, Note: p.T("sec_berakhlak_note"), Empty: len(ps.Keys) == 0 && len(get("").Berakhlak) == 0}
	type grid struct {
		units []BerakhlakCell
		ui    map[string]int
		vals  []string
		vi    map[string]int
	}
	grids := map[string]*grid{}
	gridOf := func(k string) *grid {
		g := grids[k]
		if g == nil {
			g = &grid{}
			g.units, g.ui, g.vals, g.vi = berakhlakGrid(get(k).Berakhlak)
			grids[k] = g
		}
		return g
	}
	ch := p.PeriodEC(ps, title+" ("+p.T("persen_di_bawah")+")", func(k string) (*kit.ECOption, bool) {
		rp := get(k)
		g := gridOf(k)
		units, ui, vals, vi := g.units, g.ui, g.vals, g.vi
		var ys, xs []string
		for _, u := range units {
			ys = append(ys, u.Nama)
		}
		for _, v := range vals {
			xs = append(xs, kit.TrOr(p.Lang, "val_"+v, v))
		}
		o := kit.NewEC(title + " (" + p.T("persen_di_bawah") + ") · " + at(rp.BerakhlakPeriod, k))
		o.NoLegend()
		o.ItemTooltip()
		o.Grid = []kit.ECGrid{{Left: "8", Top: "56", Right: "24", Bottom: "8", ContainLabel: true}}
		o.XAxis = []*kit.ECAxis{{Type: "category", Data: xs, AxisLabel: &kit.ECAxisLabel{Interval: "0", Rotate: 20}}}
		o.YAxis = []*kit.ECAxis{{Type: "category", Data: ys}}
		o.VisualMap = []kit.ECVisualMap{{Type: "continuous", Min: 0, Max: 100, Calculable: true, Orient: "horizontal", Right: "10", Top: "0",
			InRange: kit.ECInRange{Color: []string{"#F7F7F7", "#E69F00", "#D55E00"}}}}
		data := make([]any, 0, len(rp.Berakhlak))
		for _, c := range rp.Berakhlak {
			data = append(data, []any{vi[c.Nilai], ui[c.Kode], c.PersenDiBawah.Chart(1)})
		}
		o.Add(&kit.ECSeries{Name: p.T("persen_di_bawah"), Type: "heatmap", Data: data, Label: &kit.ECLabel{Show: true}})
		return o, len(rp.Berakhlak) == 0
	})
	nUnits := 0
	for _, k := range append([]string{""}, ps.Keys...) {
		nUnits = max(nUnits, len(gridOf(k).units))
	}
	ch.Height = max(360, 150+32*nUnits)
	// One row per unit, one column per value (the official seven; a value
	// outside them adds a column).
	var extra []string
	seen := map[string]bool{}
	for _, k := range append([]string{""}, ps.Keys...) {
		for _, c := range get(k).Berakhlak {
			if valueIndex(c.Nilai) < 0 && !seen[c.Nilai] {
				seen[c.Nilai] = true
				extra = append(extra, c.Nilai)
			}
		}
	}
	vals := append(append([]string{}, kit.BerakhlakOrder...), extra...)
	cols := []kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("dinilai")}
	for _, v := range vals {
		cols = append(cols, kit.Column{Key: v, Label: kit.TrOr(p.Lang, "val_"+v, v)})
	}
	t := p.PeriodTable(ps, key, "berakhlak", func(k string) string {
		return title + " (" + p.T("persen_di_bawah") + ") · " + at(get(k).BerakhlakPeriod, k)
	}, cols, func(k string, t *kit.Table) {
		g := gridOf(k)
		units, ui := g.units, g.ui
		rows := make([][]kit.Cell, len(units))
		for _, c := range get(k).Berakhlak {
			i := ui[c.Kode]
			if rows[i] == nil {
				rows[i] = make([]kit.Cell, 3+len(vals))
				for j := range rows[i] {
					rows[i][j] = kit.StatCell(p.Lang, kit.Stat{}, 0)
				}
				rows[i][0], rows[i][1], rows[i][2] = kit.TextCell(c.Kode), kit.LinkCell(c.Nama, p.UnitHref(c.Kode)), kit.StatCell(p.Lang, c.Dinilai, 0)
			}
			j := valueIndex(c.Nilai)
			if j < 0 {
				j = len(kit.BerakhlakOrder) + slices.Index(extra, c.Nilai)
			}
			rows[i][3+j] = kit.StatCell(p.Lang, c.PersenDiBawah, 1)
		}
		t.Rows = append(t.Rows, rows...)
	})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func berakhlakTable(p *kit.Page, key, name, caption string, cells []BerakhlakCell, withUnit bool) *kit.Table {
	t := p.Table(key, name, caption, berakhlakCols(p, withUnit)...)
	for _, c := range cells {
		t.Add(berakhlakCells(p, c, withUnit)...)
	}
	return t
}

func berakhlakCols(p *kit.Page, withUnit bool) []kit.Column {
	var cols []kit.Column
	if withUnit {
		cols = append(cols, p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"))
	}
	return append(cols, p.Col("periode"), p.Col("nilai", "nilai_berakhlak"), p.Col("dinilai"), p.Col("persen_di_bawah"))
}

func berakhlakCells(p *kit.Page, c BerakhlakCell, withUnit bool) []kit.Cell {
	var row []kit.Cell
	if withUnit {
		row = append(row, kit.TextCell(c.Kode), kit.LinkCell(c.Nama, p.UnitHref(c.Kode)))
	}
	return append(row, kit.TextCell(c.Period.Periode), kit.TrCell(p.Lang, "val_", c.Nilai), kit.StatCell(p.Lang, c.Dinilai, 0), kit.StatCell(p.Lang, c.PersenDiBawah, 1))
}

func alertsSection(p *kit.Page, key string, a Alerts) kit.Section {
	sec := kit.Section{ID: "peringatan", Title: p.T("sec_alerts"), Empty: a.Count() == 0, Note: p.T("alert_rule")}
	if a.Count() == 0 {
		sec.Note = p.T("alert_none") + " " + sec.Note
		return sec
	}
	for _, k := range alertKinds {
		if k.n(a) == 0 {
			continue
		}
		t := p.Table(key, "peringatan_"+k.name, p.T(k.label), k.cols(p)...)
		k.rows(p, a, t)
		sec.Blocks = append(sec.Blocks, kit.Block{Table: t})
	}
	return sec
}

// alertsPeriodSection: the alerts of a period, their number per kind first;
// a kind without alerts in the period is hidden.
func alertsPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	sec := kit.Section{ID: "peringatan", Title: p.T("sec_alerts"), Note: p.T("alert_note") + " " + p.T("alert_rule")}
	caption := func(k string) string { return p.T("sec_alerts") + " · " + k }
	sum := p.PeriodTable(ps, key, "peringatan", caption, []kit.Column{p.Col("jenis_peringatan", "jenis"), p.Col("jumlah", "jumlah")},
		func(k string, t *kit.Table) {
			a := get(k).Alerts
			for _, kind := range alertKinds {
				n := kind.n(a)
				c := kit.Cell{Text: kit.FmtNum(p.Lang, float64(n), 0), Raw: kit.FmtInt64(int64(n)), Class: "num"}
				if n > 0 {
					c.Class = "num alert"
				}
				t.Add(kit.Cell{Text: p.T(kind.label), Raw: kind.name}, c)
			}
		})
	sec.Blocks = append(sec.Blocks, kit.Block{Table: sum})
	for _, kind := range alertKinds {
		t := p.PeriodTable(ps, key, "peringatan_"+kind.name, func(k string) string { return p.T(kind.label) + " · " + k }, kind.cols(p),
			func(k string, t *kit.Table) { kind.rows(p, get(k).Alerts, t) })
		t.HideEmpty = true
		sec.Blocks = append(sec.Blocks, kit.Block{Table: t})
	}
	return sec
}

// alertKinds are the kinds of "Peringatan", in the page's order.
var alertKinds = []struct {
	name, label string
	n           func(Alerts) int
	cols        func(*kit.Page) []kit.Column
	rows        func(*kit.Page, Alerts, *kit.Table)
}{
	{"keselarasan", "alert_mismatch", func(a Alerts) int { return len(a.Mismatch) },
		func(p *kit.Page) []kit.Column {
			return []kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("persen_sb", "persen_sangat_baik"), p.Col("ikm"), p.Col("mutu")}
		},
		func(p *kit.Page, a Alerts, t *kit.Table) {
			for _, u := range a.Mismatch {
				t.Add(kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.StatCell(p.Lang, u.PersenSB, 1), kit.StatCell(p.Lang, u.IKM, 2), kit.TextCell(u.Mutu))
			}
		}},
	{"penilai", "alert_lunak", func(a Alerts) int { return len(a.Lunak) }, lunakCols, lunakRows},
	{"berakhlak", "alert_berakhlak", func(a Alerts) int { return len(a.Berakhlak) },
		func(p *kit.Page) []kit.Column { return berakhlakCols(p, true) },
		func(p *kit.Page, a Alerts, t *kit.Table) {
			for _, c := range a.Berakhlak {
				t.Add(berakhlakCells(p, c, true)...)
			}
		}},
	{"jp", "alert_jp", func(a Alerts) int { return len(a.JP) },
		func(p *kit.Page) []kit.Column { return jpCols(p, true) },
		func(p *kit.Page, a Alerts, t *kit.Table) {
			for _, y := range a.JP {
				t.Add(jpRow(p, y, true)...)
			}
		}},
	{"layanan", "alert_service", func(a Alerts) int { return len(a.Service) }, serviceAlertCols, serviceAlertRows},
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}

package dashboards

import (
	"math"
	"slices"
	"strings"
)

func (s *site) newPage(lang, path, title string) *Page {
	p := &Page{Lang: lang, Path: path, SiteTitle: s.title, Title: title, DataPer: s.w.DataPer, Batches: s.w.Batches, showNames: s.showNames}
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
	if lang == langEN {
		p.Root += "../"
		p.Twin = Link{Href: p.Root + path, Text: tr(lang, "twin")}
	} else {
		p.Twin = Link{Href: p.Root + "en/" + path, Text: tr(lang, "twin")}
	}
	p.Crumbs = []Link{{Href: p.Up + "index.html", Text: tr(lang, "beranda")}}
	for _, n := range mainPages {
		p.Nav = append(p.Nav, Link{Href: p.Up + n.file, Text: tr(lang, n.key)})
	}
	return p
}

// mainPages are linked from every page of the site.
var mainPages = []struct{ file, key string }{
	{"index.html", "beranda"},
	{"perbandingan.html", "nav_perbandingan"},
	{"pelatihan.html", "nav_pelatihan"},
	{"talenta.html", "nav_talenta"},
	{"kualitas.html", "nav_kualitas"},
}

func (s *site) regionPage(m RegionModel, lang string) *Page {
	key := "wilayah_" + fileName(m.Kode)
	p := s.newPage(lang, "wilayah/"+fileName(m.Kode)+".html", m.Nama)
	p.Subtitle = m.Kode + " · " + m.Provinsi
	p.Crumbs = append(p.Crumbs, Link{Href: p.regionHref(m.Kode), Text: m.Nama})
	latest := periodLabel(nil)
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
	p.setPeriods(keys, keys, m.Default)
	get := func(k string) RegionPeriod {
		if rp, ok := m.ByPeriod[k]; ok {
			return rp
		}
		return m.defaultPeriod()
	}
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != m.Default,
			Figures: p.regionFigures(get(k))})
	}
	if len(keys) == 0 {
		p.Figures = p.regionFigures(get(""))
	}
	all := periodSpec{keys: keys, def: m.Default}
	// A section shows its mart's period (or year) for the selector's
	// period; selector periods showing the same one share it. A period
	// without data is its own (empty) variant, so it is named.
	per := func(f func(RegionPeriod) *Period) periodSpec {
		ps := all
		ps.pick = func(k string) string {
			if pp := f(get(k)); pp != nil {
				return pp.Periode
			}
			return k
		}
		return ps
	}
	year := func(f func(RegionPeriod) int64) periodSpec {
		ps := all
		ps.csvKey = "tahun"
		ps.pick = func(k string) string {
			if y := f(get(k)); y != 0 {
				return fmtInt64(y)
			}
			return k
		}
		return ps
	}
	units := per(func(r RegionPeriod) *Period { return r.UnitsPeriod })

	p.Sections = append(p.Sections, p.predikatSection(key, m.Predikat))
	p.Sections = append(p.Sections, p.unitsPeriodSection(key, units, get))
	p.Sections = append(p.Sections, p.quadrantPeriodSection(key, units, get))

	svc := Section{ID: "layanan", Title: p.T("sec_service"), Note: p.T("sec_service_note"), Empty: len(m.Services) == 0}
	if len(m.Services) > 0 {
		svc.Blocks = append(svc.Blocks, Block{Table: p.serviceNowTable(key, per(func(r RegionPeriod) *Period { return r.ServicePeriod }), get)})
	}
	for _, ser := range m.Services {
		svc.Blocks = append(svc.Blocks, p.serviceBlock(key, ser, false))
	}
	p.Sections = append(p.Sections, svc)

	p.Sections = append(p.Sections, p.ikmPeriodSection(key, per(func(r RegionPeriod) *Period { return r.IKMPeriod }), get))
	p.Sections = append(p.Sections, p.berakhlakPeriodSection(key, per(func(r RegionPeriod) *Period { return r.BerakhlakPeriod }), get))

	jpUnits := year(func(r RegionPeriod) int64 { return r.JPYear })
	jp := Section{ID: "jp", Title: p.T("sec_jp"), Note: p.T("sec_jp_note"), Empty: len(m.JP) == 0 && len(m.JPUnits) == 0}
	jp.Blocks = append(jp.Blocks, Block{Chart: p.jpChart(p.T("kurang_20")+" · "+m.Nama, m.JP), Table: p.jpTable(key, "jp", p.T("sec_jp"), m.JP, false)})
	if m.hasJPUnits() {
		t := p.periodTable(jpUnits, key, "jp_unit", func(k string) string {
			return p.T("sec_jp") + " · " + p.T("unit") + " · " + yearAt(get(k).JPYear, k)
		}, p.jpCols(true), func(k string, t *Table) {
			for _, y := range get(k).JPUnits {
				t.add(p.jpRow(y, true)...)
			}
		})
		jp.Blocks = append(jp.Blocks, Block{Table: t})
	}
	p.Sections = append(p.Sections, jp)

	kurva := per(func(r RegionPeriod) *Period { return r.KurvaPeriod })
	p.Sections = append(p.Sections, p.kurvaPeriodSection(key, kurva, func(k string) (*Period, []KurvaUnit) {
		rp := get(k)
		return rp.KurvaPeriod, rp.Kurva
	}))

	needsY := year(func(r RegionPeriod) int64 { return r.NeedsYear })
	needs := Section{ID: "pelatihan", Title: p.T("sec_needs"), Note: p.T("sec_needs_note"), Empty: !m.hasNeeds()}
	if m.hasNeeds() {
		nch := p.periodEC(needsY, p.T("sec_needs"), func(k string) (*ecOption, bool) {
			rp := get(k)
			return p.priorityEC(rp.Needs, yearAt(rp.NeedsYear, k), true)
		})
		nch.Height = max(320, 110+24*m.maxLen(func(r RegionPeriod) int { return len(r.Needs) }))
		nt := p.periodTable(needsY, key, "pelatihan", func(k string) string { return p.T("sec_needs") + " · " + yearAt(get(k).NeedsYear, k) },
			p.needsCols(false), func(k string, t *Table) {
				for _, u := range get(k).Needs {
					t.add(p.needsRow(u, false)...)
				}
			})
		needs.Blocks = []Block{{Chart: nch, Table: nt, Wide: true}}
	}
	p.Sections = append(p.Sections, needs)

	talY := year(func(r RegionPeriod) int64 { return r.TalentYear })
	tal := Section{ID: "talenta", Title: p.T("sec_talenta"), Note: p.T("talent_intro"), Empty: !m.hasTalent()}
	if m.hasTalent() {
		tch := p.periodEC(talY, p.T("talent_units"), func(k string) (*ecOption, bool) {
			rp := get(k)
			return p.unitsPoolEC(rp.Talent, yearAt(rp.TalentYear, k))
		})
		tch.Height = max(320, 110+24*m.maxLen(func(r RegionPeriod) int { return len(r.Talent) }))
		tt := p.periodTable(talY, key, "talenta_unit", func(k string) string { return p.T("talent_units") + " · " + yearAt(get(k).TalentYear, k) },
			p.nineboxCols(true), func(k string, t *Table) {
				for _, r := range get(k).Talent {
					t.add(p.nineboxRow(r, true)...)
				}
			})
		tal.Blocks = []Block{{Chart: tch, Table: tt, Wide: true}}
	}
	p.Sections = append(p.Sections, tal)
	if s.showNames {
		p.Sections = append(p.Sections, s.namesSections(p, key, m.Kode)...)
	}

	if len(keys) > 0 {
		p.Sections = append(p.Sections, p.alertsPeriodSection(key, all, get))
	} else {
		p.Sections = append(p.Sections, p.alertsSection(key, m.Alerts))
	}

	list := Section{ID: "unit", Title: p.T("sec_units_list"), Empty: len(m.UnitList) == 0}
	for _, u := range m.UnitList {
		list.Links = append(list.Links, Link{Href: p.unitHref(u.Kode), Text: u.Nama})
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
func (p *Page) regionFigures(rp RegionPeriod) []Figure {
	lang := p.Lang
	note := ""
	if rp.Prev.Period != nil {
		note = p.T("perubahan") + " vs " + rp.Prev.Period.Periode
	}
	figs := []Figure{
		figure(lang, p.T("pegawai_dinilai"), rp.Now.PegawaiDinilai, rp.Prev.PegawaiDinilai, 0, "", note, ""),
		figure(lang, p.T("persen_sb"), rp.Now.PersenSB, rp.Prev.PersenSB, 1, "", note, ""),
		figure(lang, p.T("ikm"), rp.Now.IKM, rp.Prev.IKM, 2, mutuSuffix(rp.Now.Mutu), note, arahNaik),
		figure(lang, p.T("median_ktp"), rp.Now.MedianKTP, rp.Prev.MedianKTP, 2, "", note, arahTurun),
		figure(lang, p.T("tepat_waktu"), rp.Now.TepatWaktu, rp.Prev.TepatWaktu, 1, "", note, arahNaik),
		figure(lang, p.T("backlog"), rp.Now.Backlog, rp.Prev.Backlog, 0, "", note, arahTurun),
		figure(lang, p.T("kurang_20"), rp.Now.Kurang20, Stat{}, 1, "", p.T("tahun")+": "+yearText(rp.Kurang20Year), arahTurun),
	}
	if rp.YoYPeriod != "" {
		yoy := func(i int, d Stat, dec int, arah string) {
			if d.Small {
				figs[i].Delta2, figs[i].Note2 = "<5", p.T("yoy")+" ("+rp.YoYPeriod+")"
			} else if d.Shown() {
				figs[i].Delta2, figs[i].Trend2 = change(lang, d.Value, dec, arah)
				figs[i].Note2 = p.T("yoy") + " (" + rp.YoYPeriod + ")"
			}
		}
		yoy(1, rp.YoYSB, 1, "")
		yoy(2, rp.YoYIKM, 2, arahNaik)
		yoy(3, rp.YoYKTP, 2, arahTurun)
		yoy(4, rp.YoYOnTime, 1, arahNaik)
	}
	return figs
}

// serviceNowTable is every layanan of the region in one period against its
// standard.
func (p *Page) serviceNowTable(key string, ps periodSpec, get func(string) RegionPeriod) *Table {
	cols := []col{p.c("layanan"), p.c("permohonan"), p.c("median_jam", "median_jam"), p.c("p90_jam", "p90_jam"),
		p.c("batas_jam", "batas_jam"), p.c("sesuai_standar", "median_sesuai_standar"), p.c("tepat_waktu", "persen_tepat_waktu"), p.c("backlog")}
	return p.periodTable(ps, key, "layanan", func(k string) string {
		return p.T("sec_service_now") + " · " + at(get(k).ServicePeriod, k)
	}, cols, func(k string, t *Table) {
		for _, sv := range get(k).Services {
			t.add(code(p.Lang, "lay_", sv.Layanan), sc(p.Lang, sv.Permohonan, 0), sc(p.Lang, sv.Median, 2), sc(p.Lang, sv.P90, 2),
				sc(p.Lang, sv.Batas, 2), p.withinStandard(sv.Median, sv.Batas), sc(p.Lang, sv.TepatWaktu, 1), sc(p.Lang, sv.Backlog, 0))
		}
	})
}

// withinStandard: ya/tidak (true/false in the CSV) for a median against
// its standard, – when either is missing.
func (p *Page) withinStandard(med, batas Stat) Cell {
	if !med.Shown() || !batas.Shown() {
		return Cell{Text: "–"}
	}
	if med.Value <= batas.Value {
		return Cell{Text: p.T("ya"), Raw: "true"}
	}
	return Cell{Text: p.T("tidak"), Raw: "false"}
}

// at names what a section shows for selector value k: its mart's period,
// else k.
func at(p *Period, k string) string {
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
		return fmtInt64(y)
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

func (p *Page) unitsSection(key string, m RegionModel) Section {
	return p.unitsPeriodSection(key, periodSpec{}, func(string) RegionPeriod { return m.defaultPeriod() })
}

// unitsPeriodSection: % Sangat Baik and IKM per unit in a period.
func (p *Page) unitsPeriodSection(key string, ps periodSpec, get func(string) RegionPeriod) Section {
	title := p.T("sec_units")
	sec := Section{ID: "per-unit", Title: title, Empty: len(ps.keys) == 0 && len(get("").Units) == 0}
	ch := p.periodEC(ps, title, func(k string) (*ecOption, bool) {
		rp := get(k)
		o := newEC(title + " · " + at(rp.UnitsPeriod, k))
		xs := make([]string, 0, len(rp.Units))
		sb, ikm := make([]any, 0, len(rp.Units)), make([]any, 0, len(rp.Units))
		for _, u := range rp.Units {
			xs = append(xs, u.Nama)
			sb = append(sb, u.PersenSB.chart(1))
			ikm = append(ikm, u.IKM.chart(2))
		}
		o.category(xs, &ecAxis{Max: 100})
		o.XAxis[0].AxisLabel = &ecAxisLabel{Interval: "0", Rotate: 20, HideOverlap: ecFalse}
		o.add(&ecSeries{Name: p.T("persen_sb"), Type: "bar", Data: sb, ItemStyle: &ecItemStyle{Color: palette[0]}})
		o.add(&ecSeries{Name: p.T("ikm"), Type: "bar", Data: ikm, ItemStyle: &ecItemStyle{Color: palette[1]}})
		return o, len(rp.Units) == 0
	})
	t := p.periodTable(ps, key, "unit", func(k string) string { return title + " · " + at(get(k).UnitsPeriod, k) },
		[]col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("sektor"), p.c("pegawai_dinilai"),
			p.c("persen_sb", "persen_sangat_baik"), p.c("ikm"), p.c("mutu"), p.c("peringkat_nilai"), p.c("peringkat_layanan")},
		func(k string, t *Table) {
			for _, u := range get(k).Units {
				t.add(txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), codeCell(p.Lang, "sektor_", u.Sektor), sc(p.Lang, u.Pegawai, 0), sc(p.Lang, u.PersenSB, 1),
					sc(p.Lang, u.IKM, 2), txt(u.Mutu), sc(p.Lang, u.RankNilai, 0), sc(p.Lang, u.RankLayanan, 0))
			}
		})
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func (p *Page) quadrantSection(key string, m RegionModel) Section {
	return p.quadrantPeriodSection(key, periodSpec{}, func(string) RegionPeriod { return m.defaultPeriod() })
}

// quadrantPeriodSection: ratings against service, one point per unit.
func (p *Page) quadrantPeriodSection(key string, ps periodSpec, get func(string) RegionPeriod) Section {
	title := p.T("sec_quadrant")
	sec := Section{ID: "kuadran", Title: title, Note: p.T("sec_quadrant_note"), Empty: len(ps.keys) == 0 && len(get("").Units) == 0}
	ch := p.periodEC(ps, title, func(k string) (*ecOption, bool) {
		rp := get(k)
		return p.quadrantOption(title+" · "+at(rp.UnitsPeriod, k), rp.Units)
	})
	t := p.periodTable(ps, key, "kuadran", func(k string) string { return title + " · " + at(get(k).UnitsPeriod, k) },
		[]col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("ikm"), p.c("persen_sb", "persen_sangat_baik"),
			p.c("peringkat_nilai"), p.c("peringkat_layanan"), p.c("keselarasan", "label_keselarasan")},
		func(k string, t *Table) {
			for _, u := range get(k).Units {
				t.add(txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), sc(p.Lang, u.IKM, 2), sc(p.Lang, u.PersenSB, 1),
					sc(p.Lang, u.RankNilai, 0), sc(p.Lang, u.RankLayanan, 0), code(p.Lang, "lbl_", u.Label))
			}
		})
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

func (p *Page) quadrantOption(title string, units []UnitLatest) (*ecOption, bool) {
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
	o := newEC(title)
	o.itemTooltip()
	o.XAxis = []*ecAxis{{Type: "value", Name: "IKM", NameLocation: "middle", NameGap: 26, Min: xmin, Max: xmax}}
	o.YAxis = []*ecAxis{{Type: "value", Name: p.T("persen_sb"), NameLocation: "middle", NameGap: 36, Min: ymin, Max: ymax}}
	groups := []struct{ label, color, symbol string }{
		{"nilai_tinggi_layanan_buruk", palette[5], "triangle"},
		{"nilai_rendah_layanan_baik", palette[0], "diamond"},
		{"selaras", palette[2], "circle"},
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
				data = append(data, ecItem{Name: u.Nama, Value: []any{u.IKM.chart(2), u.PersenSB.chart(1)}, Symbol: g.symbol, SymbolSize: 14})
			}
		}
		if len(data) == 0 {
			continue
		}
		se := o.add(&ecSeries{Name: trOr(p.Lang, "lbl_"+g.label, "–"), Type: "scatter", Data: data, ItemStyle: &ecItemStyle{Color: g.color}})
		if first {
			first = false
			se.MarkLine = &ecMarkLine{Data: []ecMark{{Name: "IKM", XAxis: round(sumX/n, 2)}, {Name: "%", YAxis: round(sumY/n, 1)}},
				Symbol: []string{"none", "none"}, LineStyle: dashedLine("#555555")}
		}
	}
	return o, n == 0
}

func (p *Page) ikmSection(key string, m RegionModel) Section {
	return p.ikmPeriodSection(key, periodSpec{}, func(string) RegionPeriod { return m.defaultPeriod() })
}

// ikmPeriodSection: each unit's IKM in a period against the A–D bands.
func (p *Page) ikmPeriodSection(key string, ps periodSpec, get func(string) RegionPeriod) Section {
	title := p.T("sec_ikm")
	sec := Section{ID: "ikm", Title: title, Note: p.T("sec_ikm_note"), Empty: len(ps.keys) == 0 && len(get("").IKMUnits) == 0}
	ch := p.periodEC(ps, title, func(k string) (*ecOption, bool) {
		rp := get(k)
		o := newEC(title + " · " + at(rp.IKMPeriod, k))
		xs := make([]string, 0, len(rp.IKMUnits))
		data := make([]any, 0, len(rp.IKMUnits))
		for _, u := range rp.IKMUnits {
			xs = append(xs, u.Nama)
			color := mutuColors[u.Mutu]
			if color == "" {
				color = "#999999"
			}
			data = append(data, ecItem{Value: u.IKM.chart(2), ItemStyle: &ecItemStyle{Color: color}})
		}
		o.category(xs, &ecAxis{Min: 25, Max: 100, Name: "IKM"})
		o.XAxis[0].AxisLabel = &ecAxisLabel{Interval: "0", Rotate: 20}
		o.add(&ecSeries{Name: p.T("ikm"), Type: "bar", Data: data, MarkLine: &ecMarkLine{
			Data:   []ecMark{{Name: "C", YAxis: 65.00}, {Name: "B", YAxis: 76.61}, {Name: "A", YAxis: 88.31}},
			Symbol: []string{"none", "none"}, LineStyle: dashedLine("#555555"), Label: &ecLabel{Show: true, Formatter: "{b}"}}})
		return o, len(rp.IKMUnits) == 0
	})
	t := p.periodTable(ps, key, "ikm", func(k string) string { return title + " · " + at(get(k).IKMPeriod, k) },
		[]col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("responden"), p.c("ikm"), p.c("mutu")},
		func(k string, t *Table) {
			for _, u := range get(k).IKMUnits {
				t.add(txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), sc(p.Lang, u.Responden, 0), sc(p.Lang, u.IKM, 2), txt(u.Mutu))
			}
		})
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

var berakhlakOrder = []string{"berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"}

func (p *Page) berakhlakSection(key string, m RegionModel) Section {
	return p.berakhlakPeriodSection(key, periodSpec{}, func(string) RegionPeriod { return m.defaultPeriod() })
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
	vals = append([]string{}, berakhlakOrder...)
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
func (p *Page) berakhlakPeriodSection(key string, ps periodSpec, get func(string) RegionPeriod) Section {
	title := p.T("sec_berakhlak")
	sec := Section{ID: "berakhlak", Title: title, Note: p.T("sec_berakhlak_note"), Empty: len(ps.keys) == 0 && len(get("").Berakhlak) == 0}
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
	ch := p.periodEC(ps, title+" ("+p.T("persen_di_bawah")+")", func(k string) (*ecOption, bool) {
		rp := get(k)
		g := gridOf(k)
		units, ui, vals, vi := g.units, g.ui, g.vals, g.vi
		var ys, xs []string
		for _, u := range units {
			ys = append(ys, u.Nama)
		}
		for _, v := range vals {
			xs = append(xs, trOr(p.Lang, "val_"+v, v))
		}
		o := newEC(title + " (" + p.T("persen_di_bawah") + ") · " + at(rp.BerakhlakPeriod, k))
		o.noLegend()
		o.itemTooltip()
		o.Grid = []ecGrid{{Left: "8", Top: "56", Right: "24", Bottom: "8", ContainLabel: true}}
		o.XAxis = []*ecAxis{{Type: "category", Data: xs, AxisLabel: &ecAxisLabel{Interval: "0", Rotate: 20}}}
		o.YAxis = []*ecAxis{{Type: "category", Data: ys}}
		o.VisualMap = []ecVisualMap{{Type: "continuous", Min: 0, Max: 100, Calculable: true, Orient: "horizontal", Right: "10", Top: "0",
			InRange: ecInRange{Color: []string{"#F7F7F7", "#E69F00", "#D55E00"}}}}
		data := make([]any, 0, len(rp.Berakhlak))
		for _, c := range rp.Berakhlak {
			data = append(data, []any{vi[c.Nilai], ui[c.Kode], c.PersenDiBawah.chart(1)})
		}
		o.add(&ecSeries{Name: p.T("persen_di_bawah"), Type: "heatmap", Data: data, Label: &ecLabel{Show: true}})
		return o, len(rp.Berakhlak) == 0
	})
	nUnits := 0
	for _, k := range append([]string{""}, ps.keys...) {
		nUnits = max(nUnits, len(gridOf(k).units))
	}
	ch.Height = max(360, 150+32*nUnits)
	// One row per unit, one column per value (the official seven; a value
	// outside them adds a column).
	var extra []string
	seen := map[string]bool{}
	for _, k := range append([]string{""}, ps.keys...) {
		for _, c := range get(k).Berakhlak {
			if valueIndex(c.Nilai) < 0 && !seen[c.Nilai] {
				seen[c.Nilai] = true
				extra = append(extra, c.Nilai)
			}
		}
	}
	vals := append(append([]string{}, berakhlakOrder...), extra...)
	cols := []col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("dinilai")}
	for _, v := range vals {
		cols = append(cols, col{v, trOr(p.Lang, "val_"+v, v)})
	}
	t := p.periodTable(ps, key, "berakhlak", func(k string) string {
		return title + " (" + p.T("persen_di_bawah") + ") · " + at(get(k).BerakhlakPeriod, k)
	}, cols, func(k string, t *Table) {
		g := gridOf(k)
		units, ui := g.units, g.ui
		rows := make([][]Cell, len(units))
		for _, c := range get(k).Berakhlak {
			i := ui[c.Kode]
			if rows[i] == nil {
				rows[i] = make([]Cell, 3+len(vals))
				for j := range rows[i] {
					rows[i][j] = sc(p.Lang, Stat{}, 0)
				}
				rows[i][0], rows[i][1], rows[i][2] = txt(c.Kode), link(c.Nama, p.unitHref(c.Kode)), sc(p.Lang, c.Dinilai, 0)
			}
			j := valueIndex(c.Nilai)
			if j < 0 {
				j = len(berakhlakOrder) + slices.Index(extra, c.Nilai)
			}
			rows[i][3+j] = sc(p.Lang, c.PersenDiBawah, 1)
		}
		t.Rows = append(t.Rows, rows...)
	})
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func (p *Page) berakhlakTable(key, name, caption string, cells []BerakhlakCell, withUnit bool) *Table {
	t := p.table(key, name, caption, p.berakhlakCols(withUnit)...)
	for _, c := range cells {
		t.add(p.berakhlakRow(c, withUnit)...)
	}
	return t
}

func (p *Page) berakhlakCols(withUnit bool) []col {
	var cols []col
	if withUnit {
		cols = append(cols, p.c("unit", "kode_unit"), p.c("unit", "nama_unit"))
	}
	return append(cols, p.c("periode"), p.c("nilai", "nilai_berakhlak"), p.c("dinilai"), p.c("persen_di_bawah"))
}

func (p *Page) berakhlakRow(c BerakhlakCell, withUnit bool) []Cell {
	var row []Cell
	if withUnit {
		row = append(row, txt(c.Kode), link(c.Nama, p.unitHref(c.Kode)))
	}
	return append(row, txt(c.Period.Periode), code(p.Lang, "val_", c.Nilai), sc(p.Lang, c.Dinilai, 0), sc(p.Lang, c.PersenDiBawah, 1))
}

func (p *Page) alertsSection(key string, a Alerts) Section {
	sec := Section{ID: "peringatan", Title: p.T("sec_alerts"), Empty: a.Count() == 0, Note: p.T("alert_rule")}
	if a.Count() == 0 {
		sec.Note = p.T("alert_none") + " " + sec.Note
		return sec
	}
	for _, k := range alertKinds {
		if k.n(a) == 0 {
			continue
		}
		t := p.table(key, "peringatan_"+k.name, p.T(k.label), k.cols(p)...)
		k.rows(p, a, t)
		sec.Blocks = append(sec.Blocks, Block{Table: t})
	}
	return sec
}

// alertsPeriodSection: the alerts of a period, their number per kind first;
// a kind without alerts in the period is hidden.
func (p *Page) alertsPeriodSection(key string, ps periodSpec, get func(string) RegionPeriod) Section {
	sec := Section{ID: "peringatan", Title: p.T("sec_alerts"), Note: p.T("alert_note") + " " + p.T("alert_rule")}
	caption := func(k string) string { return p.T("sec_alerts") + " · " + k }
	sum := p.periodTable(ps, key, "peringatan", caption, []col{p.c("jenis_peringatan", "jenis"), p.c("jumlah", "jumlah")},
		func(k string, t *Table) {
			a := get(k).Alerts
			for _, kind := range alertKinds {
				n := kind.n(a)
				c := Cell{Text: fmtNum(p.Lang, float64(n), 0), Raw: fmtInt64(int64(n)), Class: "num"}
				if n > 0 {
					c.Class = "num alert"
				}
				t.add(Cell{Text: p.T(kind.label), Raw: kind.name}, c)
			}
		})
	sec.Blocks = append(sec.Blocks, Block{Table: sum})
	for _, kind := range alertKinds {
		t := p.periodTable(ps, key, "peringatan_"+kind.name, func(k string) string { return p.T(kind.label) + " · " + k }, kind.cols(p),
			func(k string, t *Table) { kind.rows(p, get(k).Alerts, t) })
		t.HideEmpty = true
		sec.Blocks = append(sec.Blocks, Block{Table: t})
	}
	return sec
}

// alertKinds are the kinds of "Peringatan", in the page's order.
var alertKinds = []struct {
	name, label string
	n           func(Alerts) int
	cols        func(*Page) []col
	rows        func(*Page, Alerts, *Table)
}{
	{"keselarasan", "alert_mismatch", func(a Alerts) int { return len(a.Mismatch) },
		func(p *Page) []col {
			return []col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("persen_sb", "persen_sangat_baik"), p.c("ikm"), p.c("mutu")}
		},
		func(p *Page, a Alerts, t *Table) {
			for _, u := range a.Mismatch {
				t.add(txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), sc(p.Lang, u.PersenSB, 1), sc(p.Lang, u.IKM, 2), txt(u.Mutu))
			}
		}},
	{"penilai", "alert_lunak", func(a Alerts) int { return len(a.Lunak) }, lunakCols, lunakRows},
	{"berakhlak", "alert_berakhlak", func(a Alerts) int { return len(a.Berakhlak) },
		func(p *Page) []col { return p.berakhlakCols(true) },
		func(p *Page, a Alerts, t *Table) {
			for _, c := range a.Berakhlak {
				t.add(p.berakhlakRow(c, true)...)
			}
		}},
	{"jp", "alert_jp", func(a Alerts) int { return len(a.JP) },
		func(p *Page) []col { return p.jpCols(true) },
		func(p *Page, a Alerts, t *Table) {
			for _, y := range a.JP {
				t.add(p.jpRow(y, true)...)
			}
		}},
	{"layanan", "alert_service", func(a Alerts) int { return len(a.Service) }, serviceAlertCols, serviceAlertRows},
}

func round(v float64, dec int) float64 {
	return Stat{Value: v, Valid: true}.chart(dec).(float64)
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

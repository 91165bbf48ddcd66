package dashboards

import (
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

func (s *site) newPage(lang, path, title string) *Page {
	p := &Page{Lang: lang, Path: path, SiteTitle: s.title, Title: title, DataPer: s.w.DataPer, Batches: s.w.Batches}
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

	note := ""
	if m.Prev.Period != nil {
		note = p.T("perubahan") + " vs " + m.Prev.Period.Periode
	}
	p.Subtitle += " · " + p.T("latest_quarter") + ": " + periodLabel(m.Now.Period)
	p.Figures = []Figure{
		figure(lang, p.T("pegawai_dinilai"), m.Now.PegawaiDinilai, m.Prev.PegawaiDinilai, 0, "", note),
		figure(lang, p.T("persen_sb"), m.Now.PersenSB, m.Prev.PersenSB, 1, "", note),
		figure(lang, p.T("ikm"), m.Now.IKM, m.Prev.IKM, 2, mutuSuffix(m.Now.Mutu), note),
		figure(lang, p.T("median_ktp"), m.Now.MedianKTP, m.Prev.MedianKTP, 2, "", note),
		figure(lang, p.T("tepat_waktu"), m.Now.TepatWaktu, m.Prev.TepatWaktu, 1, "", note),
		figure(lang, p.T("backlog"), m.Now.Backlog, m.Prev.Backlog, 0, "", note),
		figure(lang, p.T("kurang_20"), m.Now.Kurang20, Stat{}, 1, "", p.T("latest_year")+": "+yearText(s.w.LatestYear.Int64)),
	}
	if m.YoYPeriod != "" {
		yoy := func(i int, d Stat, dec int) {
			if d.Small {
				p.Figures[i].Delta2, p.Figures[i].Note2 = "<5", p.T("yoy")+" ("+m.YoYPeriod+")"
			} else if d.Shown() {
				sign := ""
				if d.Value > 0 {
					sign = "+"
				}
				p.Figures[i].Delta2, p.Figures[i].Up2, p.Figures[i].Note2 = sign+fmtNum(lang, d.Value, dec), d.Value > 0, p.T("yoy")+" ("+m.YoYPeriod+")"
			}
		}
		yoy(1, m.YoYSB, 1)
		yoy(2, m.YoYIKM, 2)
		yoy(3, m.YoYKTP, 2)
		yoy(4, m.YoYOnTime, 1)
	}

	p.Sections = append(p.Sections, p.predikatSection(key, m.Predikat))
	p.Sections = append(p.Sections, p.unitsSection(key, m))
	p.Sections = append(p.Sections, p.quadrantSection(key, m))

	svc := Section{ID: "layanan", Title: p.T("sec_service"), Note: p.T("sec_service_note"), Empty: len(m.Services) == 0}
	for _, ser := range m.Services {
		svc.Blocks = append(svc.Blocks, p.serviceBlock(key, ser, false))
	}
	p.Sections = append(p.Sections, svc)

	p.Sections = append(p.Sections, p.ikmSection(key, m))
	p.Sections = append(p.Sections, p.berakhlakSection(key, m))

	jp := Section{ID: "jp", Title: p.T("sec_jp"), Note: p.T("sec_jp_note"), Empty: len(m.JP) == 0 && len(m.JPUnits) == 0}
	jp.Blocks = append(jp.Blocks, Block{Chart: p.jpChart(p.T("kurang_20")+" · "+m.Nama, m.JP), Table: p.jpTable(key, "jp", p.T("sec_jp"), m.JP, false)})
	if len(m.JPUnits) > 0 {
		jp.Blocks = append(jp.Blocks, Block{Table: p.jpTable(key, "jp_unit", p.T("sec_jp")+" · "+p.T("unit")+" · "+fmtInt64(m.JPUnits[0].Tahun), m.JPUnits, true)})
	}
	p.Sections = append(p.Sections, jp)

	// Kurva distribusi; the page's period selector switches it.
	p.Sections = append(p.Sections, p.kurvaSection(key, m.KurvaPeriods, m.Kurva))
	if n := len(m.KurvaPeriods); n > 0 {
		var keys []string
		for i := n - 1; i >= 0; i-- {
			keys = append(keys, m.KurvaPeriods[i].Periode)
		}
		p.setPeriods(keys, keys, keys[0])
	}

	needs := Section{ID: "pelatihan", Title: p.T("sec_needs") + " · " + yearText(m.NeedsYear), Note: p.T("sec_needs_note"), Empty: len(m.Needs) == 0}
	if len(m.Needs) > 0 {
		nch := p.newChart(p.T("sec_needs"))
		nch.Option = p.priorityChart(m.Needs, yearText(m.NeedsYear))
		nch.Height = max(320, 110+24*len(m.Needs))
		needs.Blocks = []Block{{Chart: nch, Table: p.needsTable(key, "pelatihan", needs.Title, m.Needs, false), Wide: true}}
	}
	p.Sections = append(p.Sections, needs)

	tal := Section{ID: "talenta", Title: p.T("sec_talenta") + " · " + yearText(m.TalentYear), Note: p.T("talent_intro"), Empty: len(m.Talent) == 0}
	if len(m.Talent) > 0 {
		tch := p.newChart(p.T("talent_units"))
		tch.Option = p.unitsPoolChart(m.Talent, yearText(m.TalentYear))
		tch.Height = max(320, 110+24*len(m.Talent))
		tal.Blocks = []Block{{Chart: tch, Table: p.nineboxTable(key, "talenta_unit", p.T("talent_units")+" · "+yearText(m.TalentYear), m.Talent, true), Wide: true}}
	}
	p.Sections = append(p.Sections, tal)
	if s.showNames {
		p.Sections = append(p.Sections, s.namesSections(p, key, m.Kode)...)
	}

	p.Sections = append(p.Sections, p.alertsSection(key, m.Alerts))

	list := Section{ID: "unit", Title: p.T("sec_units_list"), Empty: len(m.UnitList) == 0}
	for _, u := range m.UnitList {
		list.Links = append(list.Links, Link{Href: p.unitHref(u.Kode), Text: u.Nama})
	}
	p.Sections = append(p.Sections, list)
	return p
}

func mutuSuffix(m string) string {
	if m == "" {
		return ""
	}
	return " (" + m + ")"
}

func (p *Page) unitsSection(key string, m RegionModel) Section {
	sec := Section{ID: "per-unit", Title: p.T("sec_units") + " · " + periodLabel(m.UnitsPeriod), Empty: len(m.Units) == 0}
	ch := p.newChart(p.T("sec_units"))
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20, HideOverlap: opts.Bool(false)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Max: 100}))...)
	var xs []string
	var sb, ikm []opts.BarData
	for _, u := range m.Units {
		xs = append(xs, u.Nama)
		sb = append(sb, opts.BarData{Value: u.PersenSB.chart(1)})
		ikm = append(ikm, opts.BarData{Value: u.IKM.chart(2)})
	}
	bar.SetXAxis(xs)
	bar.AddSeries(p.T("persen_sb"), sb, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[0]}))
	bar.AddSeries(p.T("ikm"), ikm, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[1]}))
	ch.Option = optionJSON(bar, p.Lang, len(m.Units) == 0, nil)
	t := p.table(key, "unit", sec.Title, p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("sektor"), p.c("pegawai_dinilai"),
		p.c("persen_sb", "persen_sangat_baik"), p.c("ikm"), p.c("mutu"), p.c("peringkat_nilai"), p.c("peringkat_layanan"))
	for _, u := range m.Units {
		t.add(txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), txt(u.Sektor), sc(p.Lang, u.Pegawai, 0), sc(p.Lang, u.PersenSB, 1),
			sc(p.Lang, u.IKM, 2), txt(u.Mutu), sc(p.Lang, u.RankNilai, 0), sc(p.Lang, u.RankLayanan, 0))
	}
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func (p *Page) quadrantSection(key string, m RegionModel) Section {
	sec := Section{ID: "kuadran", Title: p.T("sec_quadrant") + " · " + periodLabel(m.UnitsPeriod), Note: p.T("sec_quadrant_note"), Empty: len(m.Units) == 0}
	ch := p.newChart(p.T("sec_quadrant"))
	// Axis ranges padded around the points so none sits on the frame.
	xmin, xmax, ymin, ymax := 100.0, 25.0, 100.0, 0.0
	for _, u := range m.Units {
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
	sca := charts.NewScatter()
	sca.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: "IKM", NameLocation: "middle", NameGap: 26, Min: xmin, Max: xmax}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: p.T("persen_sb"), NameLocation: "middle", NameGap: 36, Min: ymin, Max: ymax}))...)
	groups := []struct{ label, color, symbol string }{
		{"nilai_tinggi_layanan_buruk", palette[5], "triangle"},
		{"nilai_rendah_layanan_baik", palette[0], "diamond"},
		{"selaras", palette[2], "circle"},
		{"", "#777777", "rect"},
	}
	// Dashed guide lines at the mean IKM and mean % Sangat Baik of the plotted units.
	sumX, sumY, n := 0.0, 0.0, 0.0
	for _, u := range m.Units {
		if u.PersenSB.Shown() && u.IKM.Shown() {
			sumX, sumY, n = sumX+u.IKM.Value, sumY+u.PersenSB.Value, n+1
		}
	}
	first := true
	for _, g := range groups {
		var data []opts.ScatterData
		for _, u := range m.Units {
			if u.Label == g.label && u.PersenSB.Shown() && u.IKM.Shown() {
				data = append(data, opts.ScatterData{Name: u.Nama, Value: []any{u.IKM.chart(2), u.PersenSB.chart(1)}, Symbol: g.symbol, SymbolSize: 14})
			}
		}
		if len(data) == 0 {
			continue
		}
		opt := []charts.SeriesOpts{charts.WithItemStyleOpts(opts.ItemStyle{Color: g.color})}
		if first {
			first = false
			opt = append(opt,
				charts.WithMarkLineNameXAxisItemOpts(opts.MarkLineNameXAxisItem{Name: "IKM", XAxis: round(sumX/n, 2)}),
				charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: "%", YAxis: round(sumY/n, 1)}),
				charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"}, LineStyle: dashed("#555555")}))
		}
		sca.AddSeries(trOr(p.Lang, "lbl_"+g.label, "–"), data, opt...)
	}
	ch.Option = optionJSON(sca, p.Lang, n == 0, nil)
	t := p.table(key, "kuadran", sec.Title, p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("ikm"), p.c("persen_sb", "persen_sangat_baik"),
		p.c("peringkat_nilai"), p.c("peringkat_layanan"), p.c("keselarasan", "label_keselarasan"))
	for _, u := range m.Units {
		t.add(txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), sc(p.Lang, u.IKM, 2), sc(p.Lang, u.PersenSB, 1),
			sc(p.Lang, u.RankNilai, 0), sc(p.Lang, u.RankLayanan, 0), code(p.Lang, "lbl_", u.Label))
	}
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

func (p *Page) ikmSection(key string, m RegionModel) Section {
	sec := Section{ID: "ikm", Title: p.T("sec_ikm") + " · " + periodLabel(m.IKMPeriod), Note: p.T("sec_ikm_note"), Empty: len(m.IKMUnits) == 0}
	ch := p.newChart(p.T("sec_ikm"))
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: 25, Max: 100, Name: "IKM"}))...)
	var xs []string
	var data []opts.BarData
	for _, u := range m.IKMUnits {
		xs = append(xs, u.Nama)
		color := mutuColors[u.Mutu]
		if color == "" {
			color = "#999999"
		}
		data = append(data, opts.BarData{Value: u.IKM.chart(2), ItemStyle: &opts.ItemStyle{Color: color}})
	}
	bar.SetXAxis(xs)
	bar.AddSeries(p.T("ikm"), data,
		charts.WithMarkLineNameYAxisItemOpts(
			opts.MarkLineNameYAxisItem{Name: "C", YAxis: 65.00},
			opts.MarkLineNameYAxisItem{Name: "B", YAxis: 76.61},
			opts.MarkLineNameYAxisItem{Name: "A", YAxis: 88.31}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"}, LineStyle: dashed("#555555"),
			Label: &opts.Label{Show: opts.Bool(true), Formatter: "{b}"}}))
	ch.Option = optionJSON(bar, p.Lang, len(m.IKMUnits) == 0, nil)
	t := p.table(key, "ikm", sec.Title, p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("responden"), p.c("ikm"), p.c("mutu"))
	for _, u := range m.IKMUnits {
		t.add(txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), sc(p.Lang, u.Responden, 0), sc(p.Lang, u.IKM, 2), txt(u.Mutu))
	}
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

var berakhlakOrder = []string{"berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"}

func (p *Page) berakhlakSection(key string, m RegionModel) Section {
	sec := Section{ID: "berakhlak", Title: p.T("sec_berakhlak") + " · " + periodLabel(m.BerakhlakPeriod), Note: p.T("sec_berakhlak_note"), Empty: len(m.Berakhlak) == 0}
	ch := p.newChart(p.T("sec_berakhlak") + " (" + p.T("persen_di_bawah") + ")")
	var units []string
	ui := map[string]int{}
	for _, c := range m.Berakhlak {
		if _, ok := ui[c.Kode]; !ok {
			ui[c.Kode] = len(units)
			units = append(units, c.Nama)
		}
	}
	vals := append([]string{}, berakhlakOrder...)
	vi := map[string]int{}
	for i, v := range vals {
		vi[v] = i
	}
	for _, c := range m.Berakhlak {
		if _, ok := vi[c.Nilai]; !ok {
			vi[c.Nilai] = len(vals)
			vals = append(vals, c.Nilai)
		}
	}
	var xs []string
	for _, v := range vals {
		xs = append(xs, trOr(p.Lang, "val_"+v, v))
	}
	ch.Height = max(360, 150+32*len(units))
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithGridOpts(opts.Grid{Top: "56", Left: "8", Right: "24", Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: units}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: 0, Max: 100, Calculable: opts.Bool(true), Orient: "horizontal",
			Right: "10", Top: "0", InRange: &opts.VisualMapInRange{Color: []string{"#F7F7F7", "#E69F00", "#D55E00"}}}))...)
	hm.SetXAxis(xs)
	var data []opts.HeatMapData
	for _, c := range m.Berakhlak {
		data = append(data, opts.HeatMapData{Value: []any{vi[c.Nilai], ui[c.Kode], c.PersenDiBawah.chart(1)}})
	}
	hm.AddSeries(p.T("persen_di_bawah"), data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true)}))
	ch.Option = optionJSON(hm, p.Lang, len(m.Berakhlak) == 0, func(o map[string]any) {
		delete(o, "legend")
	})
	// One row per unit, one column per value.
	cols := []col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("dinilai")}
	for _, v := range vals {
		cols = append(cols, col{v, trOr(p.Lang, "val_"+v, v)})
	}
	t := p.table(key, "berakhlak", sec.Title+" ("+p.T("persen_di_bawah")+")", cols...)
	rows := make([][]Cell, len(units))
	for _, c := range m.Berakhlak {
		i := ui[c.Kode]
		if rows[i] == nil {
			rows[i] = make([]Cell, 3+len(vals))
			for j := range rows[i] {
				rows[i][j] = sc(p.Lang, Stat{}, 0)
			}
			rows[i][0], rows[i][1], rows[i][2] = txt(c.Kode), link(c.Nama, p.unitHref(c.Kode)), sc(p.Lang, c.Dinilai, 0)
		}
		rows[i][3+vi[c.Nilai]] = sc(p.Lang, c.PersenDiBawah, 1)
	}
	t.Rows = rows
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func (p *Page) berakhlakTable(key, name, caption string, cells []BerakhlakCell, withUnit bool) *Table {
	var cols []col
	if withUnit {
		cols = append(cols, p.c("unit", "kode_unit"), p.c("unit", "nama_unit"))
	}
	cols = append(cols, p.c("periode"), p.c("nilai", "nilai_berakhlak"), p.c("dinilai"), p.c("persen_di_bawah"))
	t := p.table(key, name, caption, cols...)
	for _, c := range cells {
		var row []Cell
		if withUnit {
			row = append(row, txt(c.Kode), link(c.Nama, p.unitHref(c.Kode)))
		}
		row = append(row, txt(c.Period.Periode), code(p.Lang, "val_", c.Nilai), sc(p.Lang, c.Dinilai, 0), sc(p.Lang, c.PersenDiBawah, 1))
		t.add(row...)
	}
	return t
}

func (p *Page) alertsSection(key string, a Alerts) Section {
	sec := Section{ID: "peringatan", Title: p.T("sec_alerts"), Empty: a.Count() == 0}
	if a.Count() == 0 {
		sec.Note = p.T("alert_none")
		return sec
	}
	if len(a.Mismatch) > 0 {
		t := p.table(key, "peringatan_keselarasan", p.T("alert_mismatch"), p.c("unit", "kode_unit"), p.c("unit", "nama_unit"),
			p.c("persen_sb", "persen_sangat_baik"), p.c("ikm"), p.c("mutu"))
		for _, u := range a.Mismatch {
			t.add(txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), sc(p.Lang, u.PersenSB, 1), sc(p.Lang, u.IKM, 2), txt(u.Mutu))
		}
		sec.Blocks = append(sec.Blocks, Block{Table: t})
	}
	if len(a.Lunak) > 0 {
		t := p.table(key, "peringatan_penilai", p.T("alert_lunak"), p.c("id_penilai", "id_penilai"), p.c("jabatan", "jabatan_penilai"),
			p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("periode"), p.c("dinilai"), p.c("persen_di_atas", "persen_di_atas"))
		for _, r := range a.Lunak {
			t.add(txt(r.IDPenilai), txt(r.Jabatan), txt(r.Kode), link(r.Nama, p.unitHref(r.Kode)), txt(r.Period.Periode),
				sc(p.Lang, r.Dinilai, 0), sc(p.Lang, r.PersenDiAtas, 1))
		}
		sec.Blocks = append(sec.Blocks, Block{Table: t})
	}
	if len(a.Berakhlak) > 0 {
		sec.Blocks = append(sec.Blocks, Block{Table: p.berakhlakTable(key, "peringatan_berakhlak", p.T("alert_berakhlak"), a.Berakhlak, true)})
	}
	if len(a.JP) > 0 {
		sec.Blocks = append(sec.Blocks, Block{Table: p.jpTable(key, "peringatan_jp", p.T("alert_jp"), a.JP, true)})
	}
	if len(a.Service) > 0 {
		t := p.table(key, "peringatan_layanan", p.T("alert_service"), p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("layanan"),
			p.c("periode"), p.c("tepat_waktu", "persen_tepat_waktu"), p.c("backlog"), p.c("backlog_prev", "backlog_sebelumnya"), p.c("alasan"))
		for _, r := range a.Service {
			var why []string
			if r.LowOnTime {
				why = append(why, p.T("reason_tepat"))
			}
			if r.Growing {
				why = append(why, p.T("reason_backlog"))
			}
			t.add(txt(r.Kode), link(r.Nama, p.unitHref(r.Kode)), code(p.Lang, "lay_", r.Layanan), txt(r.Period.Periode),
				sc(p.Lang, r.TepatWaktu, 1), sc(p.Lang, r.Backlog, 0), sc(p.Lang, r.Previous, 0), txt(joinComma(why)))
		}
		sec.Blocks = append(sec.Blocks, Block{Table: t})
	}
	return sec
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

package dashboards

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

func (s *site) unitPage(m UnitModel, lang string) *Page {
	key := "unit_" + fileName(m.Kode)
	p := s.newPage(lang, "unit/"+fileName(m.Kode)+".html", m.Nama)
	// The units of a region share their CSV files (one per table).
	p.csvGroup, p.csvLead = "data/unit/"+fileName(m.Wilayah)+"_", m.Kode
	p.Subtitle = m.Kode
	if m.Sektor != "" {
		p.Subtitle += " · " + p.T("sektor") + ": " + sectorLabel(p.Lang, m.Sektor)
	}
	p.Subtitle += " · " + m.NamaWilayah
	p.Crumbs = append(p.Crumbs, Link{Href: p.regionHref(m.Wilayah), Text: m.NamaWilayah}, Link{Href: p.unitHref(m.Kode), Text: m.Nama})

	// The period selector: the headline figures, the services of the
	// period and the BerAKHLAK needs of its year; the rest are trends.
	var keys []string
	for _, pp := range m.Periods {
		keys = append(keys, pp.Periode)
	}
	p.setPeriods(keys, keys, m.Default)
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != m.Default,
			Figures: p.unitFigures(m.ByPeriod[k])})
	}
	all := periodSpec{keys: keys, def: m.Default}

	p.Sections = append(p.Sections, p.predikatSection(key, m.Predikat))

	// Trend of % Sangat Baik and IKM.
	tr := Section{ID: "tren", Title: p.T("sec_trend"), Empty: len(m.Trend) == 0}
	ch := p.newChart(p.T("sec_trend"))
	o := newEC(ch.Title)
	xs := make([]string, 0, len(m.Trend))
	sb, ikm := make([]Stat, 0, len(m.Trend)), make([]Stat, 0, len(m.Trend))
	for _, t := range m.Trend {
		xs = append(xs, t.Period.Periode)
		sb, ikm = append(sb, t.PersenSB), append(ikm, t.IKM)
	}
	o.category(xs, &ecAxis{Max: 100})
	o.add(&ecSeries{Name: p.T("persen_sb"), Type: "line", ConnectNulls: true, ShowSymbol: ecTrue, Data: statData(sb, 1),
		ItemStyle: &ecItemStyle{Color: palette[0]}, LineStyle: &ecLineStyle{Width: 3, Color: palette[0]}})
	o.add(&ecSeries{Name: p.T("ikm"), Type: "line", ConnectNulls: true, ShowSymbol: ecTrue, Data: statData(ikm, 2),
		ItemStyle: &ecItemStyle{Color: palette[1]}, LineStyle: &ecLineStyle{Width: 3, Color: palette[1], Type: "dashed"}})
	ch.Option = o.json(lang, len(m.Trend) == 0)
	t := p.table(key, "tren", p.T("sec_trend"), p.c("periode"), p.c("persen_sb", "persen_sangat_baik"), p.c("ikm"))
	for _, x := range m.Trend {
		t.add(txt(x.Period.Periode), sc(lang, x.PersenSB, 1), sc(lang, x.IKM, 2))
	}
	tr.Blocks = []Block{{Chart: ch, Table: t}}
	p.Sections = append(p.Sections, tr)

	if len(m.Services) > 0 {
		svc := Section{ID: "layanan", Title: p.T("sec_service")}
		ps := all
		ps.pick = func(k string) string {
			if sp := m.ByPeriod[k].ServicePeriod; sp != nil {
				return sp.Periode
			}
			return k
		}
		cols := []col{p.c("layanan"), p.c("permohonan"), p.c("median_jam", "median_jam"), p.c("p90_jam", "p90_jam"), p.c("batas_jam", "batas_jam"),
			p.c("sesuai_standar", "median_sesuai_standar"), p.c("tepat_waktu", "persen_tepat_waktu"), p.c("backlog"), p.c("backlog_prev", "backlog_sebelumnya")}
		now := p.periodTable(ps, key, "layanan", func(k string) string {
			return p.T("sec_service_now") + " · " + at(m.ByPeriod[k].ServicePeriod, k)
		}, cols, func(k string, t *Table) {
			for _, sv := range m.ByPeriod[k].Services {
				t.add(code(lang, "lay_", sv.Layanan), sc(lang, sv.Permohonan, 0), sc(lang, sv.Median, 2), sc(lang, sv.P90, 2), sc(lang, sv.Batas, 2),
					p.withinStandard(sv.Median, sv.Batas), sc(lang, sv.TepatWaktu, 1), sc(lang, sv.Backlog, 0), sc(lang, sv.BacklogPrev, 0))
			}
		})
		svc.Blocks = append(svc.Blocks, Block{Table: now})
		for _, ser := range m.Services {
			svc.Blocks = append(svc.Blocks, p.serviceBlock(key, ser, true))
		}
		p.Sections = append(p.Sections, svc)
	}

	// BerAKHLAK shortfall per value over periods.
	ber := Section{ID: "berakhlak", Title: p.T("sec_berakhlak"), Note: p.T("sec_berakhlak_note"), Empty: len(m.Berakhlak) == 0}
	bch := p.newChart(p.T("sec_berakhlak") + " (" + p.T("persen_di_bawah") + ")")
	periods := periodsOf(m.Berakhlak, func(c BerakhlakCell) Period { return c.Period })
	pi := make(map[string]int, len(periods))
	bx := make([]string, 0, len(periods))
	for i, pp := range periods {
		bx = append(bx, pp.Periode)
		pi[pp.Periode] = i
	}
	var vals []string
	seen := map[string]bool{}
	for _, c := range m.Berakhlak {
		seen[c.Nilai] = true
	}
	for _, v := range berakhlakOrder {
		if seen[v] {
			vals = append(vals, v)
			delete(seen, v)
		}
	}
	for _, c := range m.Berakhlak {
		if seen[c.Nilai] {
			delete(seen, c.Nilai)
			vals = append(vals, c.Nilai)
		}
	}
	vix := make(map[string]int, len(vals))
	for i, v := range vals {
		vix[v] = i
	}
	// grid[period][value], and the people rated per period.
	grid := make([][]Stat, len(periods))
	dinilai := make([]Stat, len(periods))
	for i := range grid {
		grid[i] = make([]Stat, len(vals))
	}
	for _, c := range m.Berakhlak {
		i, j := pi[c.Period.Periode], vix[c.Nilai]
		grid[i][j], dinilai[i] = c.PersenDiBawah, c.Dinilai
	}
	bo := newEC(bch.Title)
	bo.Grid = []ecGrid{{Left: "8", Top: "80", Right: "24", Bottom: "8", ContainLabel: true}}
	bo.category(bx, &ecAxis{Max: 100, Name: "%"})
	for j, v := range vals {
		series := make([]Stat, len(periods))
		for i := range periods {
			series[i] = grid[i][j]
		}
		color := palette[j%len(palette)]
		ls := &ecLineStyle{Width: 2, Color: color}
		if j >= 4 {
			ls.Type = "dashed"
		}
		bo.add(&ecSeries{Name: trOr(lang, "val_"+v, v), Type: "line", Data: statData(series, 1), LineStyle: ls, ItemStyle: &ecItemStyle{Color: color}})
	}
	bch.Option = bo.json(lang, len(m.Berakhlak) == 0)
	// One row per period, one column per value.
	cols := []col{p.c("periode"), p.c("dinilai")}
	for _, v := range vals {
		cols = append(cols, col{v, trOr(lang, "val_"+v, v)})
	}
	bt := p.table(key, "berakhlak", p.T("sec_berakhlak")+" ("+p.T("persen_di_bawah")+")", cols...)
	for i, pp := range periods {
		row := make([]Cell, 2+len(vals))
		row[0], row[1] = txt(pp.Periode), sc(lang, dinilai[i], 0)
		for j := range vals {
			row[2+j] = sc(lang, grid[i][j], 1)
		}
		bt.add(row...)
	}
	ber.Blocks = []Block{{Chart: bch, Table: bt}}
	p.Sections = append(p.Sections, ber)

	jp := Section{ID: "jp", Title: p.T("sec_jp"), Note: p.T("sec_jp_note"), Empty: len(m.JP) == 0}
	jpc, why := s.unitJPChart(p, m)
	if why != "" {
		jp.Note += " " + why
	}
	jp.Blocks = []Block{{Chart: jpc, Table: p.jpTable(key, "jp", p.T("sec_jp"), m.JP, false)}}
	p.Sections = append(p.Sections, jp)

	// Training needs: per year, and who is below expectation on which value.
	ns := Section{ID: "pelatihan", Title: p.T("sec_needs"), Note: p.T("sec_needs_note"), Empty: len(m.Needs) == 0}
	if len(m.Needs) > 0 {
		last := m.Needs[len(m.Needs)-1].Tahun
		ps := all
		ps.pick = func(k string) string {
			if y := m.ByPeriod[k].NeedsYear; y != 0 {
				return fmtInt64(y)
			}
			return k
		}
		vch := p.periodEC(ps, p.T("needs_values"), func(k string) (*ecOption, bool) {
			y := last
			if k != "" {
				y = m.ByPeriod[k].NeedsYear
			}
			vo := newEC(p.T("needs_values") + " · " + yearAt(y, k))
			vo.category(p.valueLabels(), nil)
			vo.XAxis[0].AxisLabel = &ecAxisLabel{Interval: "0", Rotate: 20}
			vo.add(&ecSeries{Name: p.T("pegawai"), Type: "bar", Data: statData(m.NeedsValues[y], 0), ItemStyle: &ecItemStyle{Color: palette[5]}})
			return vo, len(m.NeedsValues[y]) == 0
		})
		cols := []col{p.c("tahun")}
		for i, v := range berakhlakOrder {
			cols = append(cols, col{v, p.valueLabels()[i]})
		}
		vt := p.table(key, "pelatihan_nilai", p.T("needs_values"), cols...)
		for _, n := range m.Needs {
			row := []Cell{txt(fmtInt64(n.Tahun))}
			for _, v := range m.NeedsValues[n.Tahun] {
				row = append(row, sc(lang, v, 0))
			}
			vt.add(row...)
		}
		nt := p.table(key, "pelatihan", p.T("sec_needs"), p.c("tahun"), p.c("pegawai"), p.c("kurang_20", "persen_kurang_20_jp"),
			p.c("kekurangan_jp", "total_kekurangan_jp"), p.c("kesenjangan", "persen_kesenjangan_kinerja"), p.c("nilai_terlemah", "nilai_terlemah"),
			p.c("persen_nilai", "persen_nilai_terlemah"), p.c("fokus", "fokus_pelatihan"), p.c("jenis_kompetensi", "jenis_kompetensi_fokus"),
			p.c("skor", "skor_prioritas"), p.c("urutan_wilayah", "urutan_prioritas_wilayah"))
		for _, n := range m.Needs {
			nt.add(txt(fmtInt64(n.Tahun)), sc(lang, n.Pegawai, 0), sc(lang, n.PersenKurang20, 1), sc(lang, n.KekuranganJP, 0), sc(lang, n.PersenGap, 1),
				code(lang, "val_", n.Nilai), sc(lang, n.PersenNilai, 1), focusCell(lang, n.Fokus), codeCell(lang, "jk_", n.JenisFokus), sc(lang, n.Skor, 1), txt(fmtInt64(n.UrutanWilayah)))
		}
		ns.Blocks = []Block{{Chart: vch, Table: vt}, {Table: nt}}
	}
	p.Sections = append(p.Sections, ns)
	p.Sections = append(p.Sections, Section{ID: "kembali", Title: p.T("back_region"), Links: []Link{{Href: p.regionHref(m.Wilayah), Text: m.NamaWilayah}}})
	return p
}

// unitFigures are a unit's headline figures in one period, with the change
// on the period before.
func (p *Page) unitFigures(up UnitPeriod) []Figure {
	note := func(prev *Period) string {
		if prev == nil {
			return ""
		}
		return p.T("perubahan") + " vs " + prev.Periode
	}
	return []Figure{
		figure(p.Lang, p.T("pegawai_dinilai")+" · "+periodLabel(up.PredikatPeriod), up.Pegawai, up.PrevPegawai, 0, "", note(up.PrevPeriod), ""),
		figure(p.Lang, p.T("persen_sb")+" · "+periodLabel(up.PredikatPeriod), up.PersenSB, up.PrevSB, 1, "", note(up.PrevPeriod), ""),
		figure(p.Lang, p.T("ikm")+" · "+periodLabel(up.IKMPeriod), up.IKM, up.PrevIKM, 2, mutuSuffix(up.Mutu), note(up.PrevIKMPeriod), arahNaik),
	}
}

func (s *site) indexPage(m IndexModel, lang string) *Page {
	p := s.newPage(lang, "index.html", s.title)
	p.Subtitle = p.T("index_title")
	key := "beranda"
	cols := func(year int64) []col {
		return []col{p.c("wilayah", "kode_wilayah"), p.c("wilayah", "nama_wilayah"), p.c("provinsi"), p.c("pegawai_dinilai"),
			p.c("persen_sb", "persen_sangat_baik"), p.c("ikm"), p.c("mutu"), p.c("median_ktp", "median_jam_ktp_el"),
			p.c("tepat_waktu", "persen_tepat_waktu"), p.c("backlog"), col{"persen_kurang_20_jp", p.T("kurang_20") + " (" + yearText(year) + ")"},
			col{"tren_persen_sangat_baik", p.T("tren_kecil")}, col{"tren_ikm", p.T("tren_kecil_ikm")}}
	}
	// One table per quarter (the period selector), newest first.
	var keys []string
	for i := len(m.Quarters) - 1; i >= 0 && len(keys) < s.indexPeriodCap(); i-- {
		keys = append(keys, m.Quarters[i].Periode)
	}
	def := periodLabel(m.Quarter)
	p.setPeriods(keys, keys, def)
	figs := func(k string, year int64) []Figure {
		n := 0
		for _, r := range m.ByPeriod[k] {
			if r.Pegawai.Valid || r.Pegawai.Small || r.IKM.Valid {
				n++
			}
		}
		return []Figure{
			{Label: p.T("periode_pilihan"), Value: k, Note: p.T("latest_quarter") + ": " + periodLabel(m.Quarter)},
			{Label: p.T("tahun_jp"), Value: yearText(year)},
			{Label: p.T("sec_regions"), Value: fmtNum(lang, float64(n), 0), Note: fmtNum(lang, float64(len(m.Rows)), 0) + " " + p.T("wilayah_total")},
		}
	}
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != def, Figures: figs(k, m.KurangYear[k])})
	}
	if len(keys) == 0 {
		p.Figures = []Figure{
			{Label: p.T("latest_quarter"), Value: periodLabel(m.Quarter)},
			{Label: p.T("latest_year"), Value: yearText(m.Year)},
			{Label: p.T("sec_regions"), Value: fmtNum(lang, float64(len(m.Rows)), 0)},
		}
	}
	tables := p.variantTables(keys, def, func(k string) *Table {
		t := p.table(key, "wilayah_"+fileName(k), p.T("sec_regions")+" · "+k, cols(m.KurangYear[k])...)
		for _, r := range m.ByPeriod[k] {
			t.add(txt(r.Kode), link(r.Nama, p.regionHref(r.Kode)), txt(r.Provinsi), sc(lang, r.Pegawai, 0), sc(lang, r.PersenSB, 1),
				sc(lang, r.IKM, 2), txt(r.Mutu), sc(lang, r.MedianKTP, 2), sc(lang, r.TepatWaktu, 1), sc(lang, r.Backlog, 0), sc(lang, r.Kurang20, 1),
				spark(lang, m.TrendSB[r.Kode], 1), spark(lang, m.TrendIKM[r.Kode], 2))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	if len(keys) == 0 {
		tables = []*Table{p.table(key, "wilayah", p.T("sec_regions"), cols(m.Year)...)}
	}
	regions := Section{ID: "wilayah", Title: p.T("sec_regions"), Note: p.T("index_intro"),
		Empty: len(m.Rows) == 0, Blocks: []Block{{Tables: tables}}}
	p.Sections = append(p.Sections, regions)
	if len(m.Rows) > ManyRegions {
		seen := map[string]bool{}
		for _, r := range m.Rows {
			if kp := provCode(r.Kode); !seen[kp] {
				seen[kp] = true
				p.ProvFilter = append(p.ProvFilter, Link{Href: kp, Text: kp + " " + r.Provinsi})
			}
		}
	}

	var xs []string
	for _, q := range m.Quarters {
		xs = append(xs, q.Periode)
	}
	for _, spec := range []struct {
		name, title string
		data        map[string][]Stat
		dec         int
	}{{"tren_sangat_baik", p.T("trend_sb"), m.TrendSB, 1}, {"tren_ikm", p.T("trend_ikm"), m.TrendIKM, 2}} {
		if len(m.Rows) > len(palette)*2 {
			// Too many regions for one line each: the median and quartiles across regions.
			p.Sections = append(p.Sections, p.spreadTrendSection(key, spec.name, spec.title, xs, m.Rows, spec.data, spec.dec))
			continue
		}
		ch := p.newChart(spec.title)
		line := charts.NewLine()
		line.SetGlobalOptions(append(baseOpts(spec.title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true)}))...)
		line.SetXAxis(xs)
		cols := []col{p.c("wilayah", "kode_wilayah"), p.c("wilayah", "nama_wilayah")}
		for _, q := range xs {
			cols = append(cols, col{q, q})
		}
		tt := p.table(key, spec.name, spec.title, cols...)
		for i, r := range m.Rows {
			color := palette[i%len(palette)]
			ls := opts.LineStyle{Width: 2, Color: color}
			if (i/len(palette))%2 == 1 {
				ls.Type = "dashed"
			}
			line.AddSeries(r.Nama, lineData(spec.data[r.Kode], spec.dec), charts.WithLineStyleOpts(ls),
				charts.WithItemStyleOpts(opts.ItemStyle{Color: color}), charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}))
			row := []Cell{txt(r.Kode), link(r.Nama, p.regionHref(r.Kode))}
			for _, v := range spec.data[r.Kode] {
				row = append(row, sc(lang, v, spec.dec))
			}
			tt.add(row...)
		}
		ch.Option = optionJSON(line, lang, len(xs) == 0 || len(m.Rows) == 0, nil)
		p.Sections = append(p.Sections, Section{ID: spec.name, Title: spec.title, Blocks: []Block{{Chart: ch, Table: tt}}})
	}
	return p
}

func yearText(y int64) string {
	if y == 0 {
		return "–"
	}
	return fmtInt64(y)
}

func (s *site) indexPeriodCap() int {
	if len(s.w.Regions) > ManyRegions {
		return ManyPeriodsCap
	}
	return 1 << 30
}

// spreadTrendSection draws the median and the quartiles across regions per
// quarter (for sites with many regions); the table keeps every region.
func (p *Page) spreadTrendSection(key, name, title string, xs []string, rows []IndexRow, data map[string][]Stat, dec int) Section {
	ch := p.newChart(title)
	var q1, med, q3 []Stat
	for i := range xs {
		var v []float64
		for _, r := range rows {
			if s := data[r.Kode]; i < len(s) && s[i].Shown() {
				v = append(v, s[i].Value)
			}
		}
		if len(v) == 0 {
			q1, med, q3 = append(q1, Stat{}), append(med, Stat{}), append(q3, Stat{})
			continue
		}
		q := quantiles(v)
		q1, med, q3 = append(q1, Stat{Value: q[1], Valid: true}), append(med, Stat{Value: q[2], Valid: true}), append(q3, Stat{Value: q[3], Valid: true})
	}
	line := charts.NewLine()
	line.SetGlobalOptions(append(baseOpts(title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true)}))...)
	line.SetXAxis(xs)
	line.AddSeries("Q1", lineData(q1, dec), charts.WithLineStyleOpts(opts.LineStyle{Width: 2, Color: palette[4], Type: "dashed"}), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[4]}))
	line.AddSeries("Median", lineData(med, dec), charts.WithLineStyleOpts(opts.LineStyle{Width: 3, Color: palette[0]}), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[0]}))
	line.AddSeries("Q3", lineData(q3, dec), charts.WithLineStyleOpts(opts.LineStyle{Width: 2, Color: palette[1], Type: "dotted"}), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[1]}))
	ch.Option = optionJSON(line, p.Lang, len(xs) == 0, nil)
	t := p.table(key, name, title+" (Q1, median, Q3)", p.c("periode"), col{"q1", "Q1"}, col{"median", "Median"}, col{"q3", "Q3"})
	for i, x := range xs {
		t.add(txt(x), sc(p.Lang, q1[i], dec), sc(p.Lang, med[i], dec), sc(p.Lang, q3[i], dec))
	}
	return Section{ID: name, Title: title, Blocks: []Block{{Chart: ch, Table: t}}}
}

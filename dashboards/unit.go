package dashboards

import (
	"github.com/go-echarts/go-echarts/v2/charts"
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
	p.SetPeriods(keys, keys, m.Default)
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != m.Default,
			Figures: unitFigures(p, m.ByPeriod[k])})
	}
	all := kit.PeriodSpec{Keys: keys, Def: m.Default}

	p.Sections = append(p.Sections, predikatSection(p, key, m.Predikat))

	// Trend of % Sangat Baik and IKM.
	tr := kit.Section{ID: "tren", Title: p.T("sec_trend"), Empty: len(m.Trend) == 0}
	ch := p.NewChart(p.T("sec_trend"))
	o := kit.NewEC(ch.Title)
	xs := make([]string, 0, len(m.Trend))
	sb, ikm := make([]kit.Stat, 0, len(m.Trend)), make([]kit.Stat, 0, len(m.Trend))
	for _, t := range m.Trend {
		xs = append(xs, t.Period.Periode)
		sb, ikm = append(sb, t.PersenSB), append(ikm, t.IKM)
	}
	o.Category(xs, &kit.ECAxis{Max: 100})
	o.Add(&kit.ECSeries{Name: p.T("persen_sb"), Type: "line", ConnectNulls: true, ShowSymbol: kit.ECTrue, Data: kit.StatData(sb, 1),
		ItemStyle: &kit.ECItemStyle{Color: kit.Palette[0]}, LineStyle: &kit.ECLineStyle{Width: 3, Color: kit.Palette[0]}})
	o.Add(&kit.ECSeries{Name: p.T("ikm"), Type: "line", ConnectNulls: true, ShowSymbol: kit.ECTrue, Data: kit.StatData(ikm, 2),
		ItemStyle: &kit.ECItemStyle{Color: kit.Palette[1]}, LineStyle: &kit.ECLineStyle{Width: 3, Color: kit.Palette[1], Type: "dashed"}})
	ch.Option = o.JSON(lang, len(m.Trend) == 0)
	t := p.Table(key, "tren", p.T("sec_trend"), p.Col("periode"), p.Col("persen_sb", "persen_sangat_baik"), p.Col("ikm"))
	for _, x := range m.Trend {
		t.Add(kit.TextCell(x.Period.Periode), kit.StatCell(lang, x.PersenSB, 1), kit.StatCell(lang, x.IKM, 2))
	}
	tr.Blocks = []kit.Block{{Chart: ch, Table: t}}
	p.Sections = append(p.Sections, tr)

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

	// BerAKHLAK shortfall per value over periods.
	ber := kit.Section{ID: "berakhlak", Title: p.T("sec_berakhlak"), Note: p.T("sec_berakhlak_note"), Empty: len(m.Berakhlak) == 0}
	bch := p.NewChart(p.T("sec_berakhlak") + " (" + p.T("persen_di_bawah") + ")")
	periods := kit.PeriodsOf(m.Berakhlak, func(c BerakhlakCell) kit.Period { return c.Period })
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
	for _, v := range kit.BerakhlakOrder {
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
	grid := make([][]kit.Stat, len(periods))
	dinilai := make([]kit.Stat, len(periods))
	for i := range grid {
		grid[i] = make([]kit.Stat, len(vals))
	}
	for _, c := range m.Berakhlak {
		i, j := pi[c.Period.Periode], vix[c.Nilai]
		grid[i][j], dinilai[i] = c.PersenDiBawah, c.Dinilai
	}
	bo := kit.NewEC(bch.Title)
	bo.Grid = []kit.ECGrid{{Left: "8", Top: "80", Right: "24", Bottom: "8", ContainLabel: true}}
	bo.Category(bx, &kit.ECAxis{Max: 100, Name: "%"})
	for j, v := range vals {
		series := make([]kit.Stat, len(periods))
		for i := range periods {
			series[i] = grid[i][j]
		}
		color := kit.Palette[j%len(kit.Palette)]
		ls := &kit.ECLineStyle{Width: 2, Color: color}
		if j >= 4 {
			ls.Type = "dashed"
		}
		bo.Add(&kit.ECSeries{Name: kit.TrOr(lang, "val_"+v, v), Type: "line", Data: kit.StatData(series, 1), LineStyle: ls, ItemStyle: &kit.ECItemStyle{Color: color}})
	}
	bch.Option = bo.JSON(lang, len(m.Berakhlak) == 0)
	// One row per period, one column per value.
	cols := []kit.Column{p.Col("periode"), p.Col("dinilai")}
	for _, v := range vals {
		cols = append(cols, kit.Column{Key: v, Label: kit.TrOr(lang, "val_"+v, v)})
	}
	bt := p.Table(key, "berakhlak", p.T("sec_berakhlak")+" ("+p.T("persen_di_bawah")+")", cols...)
	for i, pp := range periods {
		row := make([]kit.Cell, 2+len(vals))
		row[0], row[1] = kit.TextCell(pp.Periode), kit.StatCell(lang, dinilai[i], 0)
		for j := range vals {
			row[2+j] = kit.StatCell(lang, grid[i][j], 1)
		}
		bt.Add(row...)
	}
	ber.Blocks = []kit.Block{{Chart: bch, Table: bt}}
	p.Sections = append(p.Sections, ber)

	jp := kit.Section{ID: "jp", Title: p.T("sec_jp"), Note: p.T("sec_jp_note"), Empty: len(m.JP) == 0}
	jpc, why := s.unitJPChart(p, m)
	if why != "" {
		jp.Note += " " + why
	}
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
		vch := p.PeriodEC(ps, p.T("needs_values"), func(k string) (*kit.ECOption, bool) {
			y := last
			if k != "" {
				y = m.ByPeriod[k].NeedsYear
			}
			vo := kit.NewEC(p.T("needs_values") + " · " + yearAt(y, k))
			vo.Category(p.ValueLabels(), nil)
			vo.XAxis[0].AxisLabel = &kit.ECAxisLabel{Interval: "0", Rotate: 20}
			vo.Add(&kit.ECSeries{Name: p.T("pegawai"), Type: "bar", Data: kit.StatData(m.NeedsValues[y], 0), ItemStyle: &kit.ECItemStyle{Color: kit.Palette[5]}})
			return vo, len(m.NeedsValues[y]) == 0
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
	return []kit.Figure{
		kit.FigureOf(p.Lang, p.T("pegawai_dinilai")+" · "+kit.PeriodLabel(up.PredikatPeriod), up.Pegawai, up.PrevPegawai, 0, "", note(up.PrevPeriod), ""),
		kit.FigureOf(p.Lang, p.T("persen_sb")+" · "+kit.PeriodLabel(up.PredikatPeriod), up.PersenSB, up.PrevSB, 1, "", note(up.PrevPeriod), ""),
		kit.FigureOf(p.Lang, p.T("ikm")+" · "+kit.PeriodLabel(up.IKMPeriod), up.IKM, up.PrevIKM, 2, mutuSuffix(up.Mutu), note(up.PrevIKMPeriod), kit.ArahNaik),
	}
}

func (s *site) indexPage(m IndexModel, lang string) *kit.Page {
	p := s.newPage(lang, "index.html", s.title)
	p.Subtitle = p.T("index_title")
	key := "beranda"
	cols := func(year int64) []kit.Column {
		return []kit.Column{p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"), p.Col("provinsi"), p.Col("pegawai_dinilai"),
			p.Col("persen_sb", "persen_sangat_baik"), p.Col("ikm"), p.Col("mutu"), p.Col("median_ktp", "median_jam_ktp_el"),
			p.Col("tepat_waktu", "persen_tepat_waktu"), p.Col("backlog"), kit.Column{Key: "persen_kurang_20_jp", Label: p.T("kurang_20") + " (" + yearText(year) + ")"},
			kit.Column{Key: "tren_persen_sangat_baik", Label: p.T("tren_kecil")}, kit.Column{Key: "tren_ikm", Label: p.T("tren_kecil_ikm")}}
	}
	// One table per quarter (the period selector), newest first.
	var keys []string
	for i := len(m.Quarters) - 1; i >= 0 && len(keys) < s.indexPeriodCap(); i-- {
		keys = append(keys, m.Quarters[i].Periode)
	}
	def := kit.PeriodLabel(m.Quarter)
	p.SetPeriods(keys, keys, def)
	figs := func(k string, year int64) []kit.Figure {
		n := 0
		for _, r := range m.ByPeriod[k] {
			if r.Pegawai.Valid || r.Pegawai.Small || r.IKM.Valid {
				n++
			}
		}
		return []kit.Figure{
			{Label: p.T("periode_pilihan"), Value: k, Note: p.T("latest_quarter") + ": " + kit.PeriodLabel(m.Quarter)},
			{Label: p.T("tahun_jp"), Value: yearText(year)},
			{Label: p.T("sec_regions"), Value: kit.FmtNum(lang, float64(n), 0), Note: kit.FmtNum(lang, float64(len(m.Rows)), 0) + " " + p.T("wilayah_total")},
		}
	}
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != def, Figures: figs(k, m.KurangYear[k])})
	}
	if len(keys) == 0 {
		p.Figures = []kit.Figure{
			{Label: p.T("latest_quarter"), Value: kit.PeriodLabel(m.Quarter)},
			{Label: p.T("latest_year"), Value: yearText(m.Year)},
			{Label: p.T("sec_regions"), Value: kit.FmtNum(lang, float64(len(m.Rows)), 0)},
		}
	}
	tables := p.VariantTables(keys, def, func(k string) *kit.Table {
		t := p.Table(key, "wilayah_"+kit.FileName(k), p.T("sec_regions")+" · "+k, cols(m.KurangYear[k])...)
		for _, r := range m.ByPeriod[k] {
			t.Add(kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode)), kit.TextCell(r.Provinsi), kit.StatCell(lang, r.Pegawai, 0), kit.StatCell(lang, r.PersenSB, 1),
				kit.StatCell(lang, r.IKM, 2), kit.TextCell(r.Mutu), kit.StatCell(lang, r.MedianKTP, 2), kit.StatCell(lang, r.TepatWaktu, 1), kit.StatCell(lang, r.Backlog, 0), kit.StatCell(lang, r.Kurang20, 1),
				kit.Spark(lang, m.TrendSB[r.Kode], 1), kit.Spark(lang, m.TrendIKM[r.Kode], 2))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	if len(keys) == 0 {
		tables = []*kit.Table{p.Table(key, "wilayah", p.T("sec_regions"), cols(m.Year)...)}
	}
	regions := kit.Section{ID: "wilayah", Title: p.T("sec_regions"), Note: p.T("index_intro"),
		Empty: len(m.Rows) == 0, Blocks: []kit.Block{{Tables: tables}}}
	p.Sections = append(p.Sections, regions)
	if len(m.Rows) > ManyRegions {
		seen := map[string]bool{}
		for _, r := range m.Rows {
			if kp := provCode(r.Kode); !seen[kp] {
				seen[kp] = true
				p.ProvFilter = append(p.ProvFilter, kit.Link{Href: kp, Text: kp + " " + r.Provinsi})
			}
		}
	}

	var xs []string
	for _, q := range m.Quarters {
		xs = append(xs, q.Periode)
	}
	for _, spec := range []struct {
		name, title string
		data        map[string][]kit.Stat
		dec         int
	}{{"tren_sangat_baik", p.T("trend_sb"), m.TrendSB, 1}, {"tren_ikm", p.T("trend_ikm"), m.TrendIKM, 2}} {
		if len(m.Rows) > len(kit.Palette)*2 {
			// Too many regions for one line each: the median and quartiles across regions.
			p.Sections = append(p.Sections, spreadTrendSection(p, key, spec.name, spec.title, xs, m.Rows, spec.data, spec.dec))
			continue
		}
		ch := p.NewChart(spec.title)
		line := charts.NewLine()
		line.SetGlobalOptions(append(kit.BaseOpts(spec.title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true)}))...)
		line.SetXAxis(xs)
		cols := []kit.Column{p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah")}
		for _, q := range xs {
			cols = append(cols, kit.Column{Key: q, Label: q})
		}
		tt := p.Table(key, spec.name, spec.title, cols...)
		for i, r := range m.Rows {
			color := kit.Palette[i%len(kit.Palette)]
			ls := opts.LineStyle{Width: 2, Color: color}
			if (i/len(kit.Palette))%2 == 1 {
				ls.Type = "dashed"
			}
			line.AddSeries(r.Nama, kit.LineData(spec.data[r.Kode], spec.dec), charts.WithLineStyleOpts(ls),
				charts.WithItemStyleOpts(opts.ItemStyle{Color: color}), charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}))
			row := []kit.Cell{kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode))}
			for _, v := range spec.data[r.Kode] {
				row = append(row, kit.StatCell(lang, v, spec.dec))
			}
			tt.Add(row...)
		}
		ch.Option = kit.OptionJSON(line, lang, len(xs) == 0 || len(m.Rows) == 0, nil)
		p.Sections = append(p.Sections, kit.Section{ID: spec.name, Title: spec.title, Blocks: []kit.Block{{Chart: ch, Table: tt}}})
	}
	return p
}

func yearText(y int64) string {
	if y == 0 {
		return "–"
	}
	return kit.FmtInt64(y)
}

func (s *site) indexPeriodCap() int {
	if len(s.w.Regions) > ManyRegions {
		return ManyPeriodsCap
	}
	return 1 << 30
}

// spreadTrendSection draws the median and the quartiles across regions per
// quarter (for sites with many regions); the table keeps every region.
func spreadTrendSection(p *kit.Page, key, name, title string, xs []string, rows []IndexRow, data map[string][]kit.Stat, dec int) kit.Section {
	ch := p.NewChart(title)
	var q1, med, q3 []kit.Stat
	for i := range xs {
		var v []float64
		for _, r := range rows {
			if s := data[r.Kode]; i < len(s) && s[i].Shown() {
				v = append(v, s[i].Value)
			}
		}
		if len(v) == 0 {
			q1, med, q3 = append(q1, kit.Stat{}), append(med, kit.Stat{}), append(q3, kit.Stat{})
			continue
		}
		q := kit.Quantiles(v)
		q1, med, q3 = append(q1, kit.Stat{Value: q[1], Valid: true}), append(med, kit.Stat{Value: q[2], Valid: true}), append(q3, kit.Stat{Value: q[3], Valid: true})
	}
	line := charts.NewLine()
	line.SetGlobalOptions(append(kit.BaseOpts(title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true)}))...)
	line.SetXAxis(xs)
	line.AddSeries("Q1", kit.LineData(q1, dec), charts.WithLineStyleOpts(opts.LineStyle{Width: 2, Color: kit.Palette[4], Type: "dashed"}), charts.WithItemStyleOpts(opts.ItemStyle{Color: kit.Palette[4]}))
	line.AddSeries("Median", kit.LineData(med, dec), charts.WithLineStyleOpts(opts.LineStyle{Width: 3, Color: kit.Palette[0]}), charts.WithItemStyleOpts(opts.ItemStyle{Color: kit.Palette[0]}))
	line.AddSeries("Q3", kit.LineData(q3, dec), charts.WithLineStyleOpts(opts.LineStyle{Width: 2, Color: kit.Palette[1], Type: "dotted"}), charts.WithItemStyleOpts(opts.ItemStyle{Color: kit.Palette[1]}))
	ch.Option = kit.OptionJSON(line, p.Lang, len(xs) == 0, nil)
	t := p.Table(key, name, title+" (Q1, median, Q3)", p.Col("periode"), kit.Column{Key: "q1", Label: "Q1"}, kit.Column{Key: "median", Label: "Median"}, kit.Column{Key: "q3", Label: "Q3"})
	for i, x := range xs {
		t.Add(kit.TextCell(x), kit.StatCell(p.Lang, q1[i], dec), kit.StatCell(p.Lang, med[i], dec), kit.StatCell(p.Lang, q3[i], dec))
	}
	return kit.Section{ID: name, Title: title, Blocks: []kit.Block{{Chart: ch, Table: t}}}
}

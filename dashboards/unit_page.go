package dashboards

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

func (s *site) unitPage(m UnitModel, lang string) *Page {
	key := "unit_" + fileName(m.Kode)
	p := s.newPage(lang, "unit/"+fileName(m.Kode)+".html", m.Nama)
	p.Subtitle = m.Kode
	if m.Sektor != "" {
		p.Subtitle += " · " + p.T("sektor") + ": " + m.Sektor
	}
	p.Subtitle += " · " + m.NamaWilayah
	p.Crumbs = append(p.Crumbs, Link{Href: p.regionHref(m.Wilayah), Text: m.NamaWilayah}, Link{Href: p.unitHref(m.Kode), Text: m.Nama})

	if n := len(m.Predikat); n > 0 {
		last := m.Predikat[n-1]
		var prev PredikatPoint
		note := last.Period.Periode
		if n > 1 {
			prev = m.Predikat[n-2]
			note = p.T("perubahan") + " vs " + prev.Period.Periode
		}
		p.Figures = append(p.Figures,
			figure(lang, p.T("pegawai_dinilai")+" · "+last.Period.Periode, last.Pegawai, prev.Pegawai, 0, "", note),
			figure(lang, p.T("persen_sb")+" · "+last.Period.Periode, last.Shares[0], prev.Shares[0], 1, "", note))
	}
	for i := len(m.Trend) - 1; i >= 0; i-- {
		if m.Trend[i].IKM.Valid {
			p.Figures = append(p.Figures, figure(lang, p.T("ikm")+" · "+m.Trend[i].Period.Periode, m.Trend[i].IKM, Stat{}, 2, "", ""))
			break
		}
	}

	p.Sections = append(p.Sections, p.predikatSection(key, m.Predikat))

	// Trend of % Sangat Baik and IKM.
	tr := Section{ID: "tren", Title: p.T("sec_trend"), Empty: len(m.Trend) == 0}
	ch := p.newChart(p.T("sec_trend"))
	line := charts.NewLine()
	line.SetGlobalOptions(append(baseOpts(ch.Title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Max: 100}))...)
	var xs []string
	var sb, ikm []Stat
	for _, t := range m.Trend {
		xs = append(xs, t.Period.Periode)
		sb, ikm = append(sb, t.PersenSB), append(ikm, t.IKM)
	}
	line.SetXAxis(xs)
	line.AddSeries(p.T("persen_sb"), lineData(sb, 1), charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(true), ShowSymbol: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Width: 3, Color: palette[0]}), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[0]}))
	line.AddSeries(p.T("ikm"), lineData(ikm, 2), charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(true), ShowSymbol: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Width: 3, Color: palette[1], Type: "dashed"}), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[1]}))
	ch.Option = optionJSON(line, lang, len(m.Trend) == 0, nil)
	t := p.table(key, "tren", p.T("sec_trend"), p.c("periode"), p.c("persen_sb", "persen_sangat_baik"), p.c("ikm"))
	for _, x := range m.Trend {
		t.add(txt(x.Period.Periode), sc(lang, x.PersenSB, 1), sc(lang, x.IKM, 2))
	}
	tr.Blocks = []Block{{Chart: ch, Table: t}}
	p.Sections = append(p.Sections, tr)

	if len(m.Services) > 0 {
		svc := Section{ID: "layanan", Title: p.T("sec_service")}
		for _, ser := range m.Services {
			svc.Blocks = append(svc.Blocks, p.serviceBlock(key, ser, true))
		}
		p.Sections = append(p.Sections, svc)
	}

	// BerAKHLAK shortfall per value over periods.
	ber := Section{ID: "berakhlak", Title: p.T("sec_berakhlak"), Note: p.T("sec_berakhlak_note"), Empty: len(m.Berakhlak) == 0}
	bch := p.newChart(p.T("sec_berakhlak") + " (" + p.T("persen_di_bawah") + ")")
	bl := charts.NewLine()
	bl.SetGlobalOptions(append(baseOpts(bch.Title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Max: 100, Name: "%"}))...)
	periods := periodsOf(m.Berakhlak, func(c BerakhlakCell) Period { return c.Period })
	var bx []string
	for _, pp := range periods {
		bx = append(bx, pp.Periode)
	}
	bl.SetXAxis(bx)
	seen := map[string]bool{}
	var vals []string
	for _, v := range berakhlakOrder {
		for _, c := range m.Berakhlak {
			if c.Nilai == v && !seen[v] {
				seen[v] = true
				vals = append(vals, v)
			}
		}
	}
	for _, c := range m.Berakhlak {
		if !seen[c.Nilai] {
			seen[c.Nilai] = true
			vals = append(vals, c.Nilai)
		}
	}
	for i, v := range vals {
		series := make([]Stat, len(periods))
		for _, c := range m.Berakhlak {
			if c.Nilai != v {
				continue
			}
			for j, pp := range periods {
				if pp.Periode == c.Period.Periode {
					series[j] = c.PersenDiBawah
				}
			}
		}
		color := palette[i%len(palette)]
		line := opts.LineStyle{Width: 2, Color: color}
		if i >= 4 {
			line.Type = "dashed"
		}
		bl.AddSeries(trOr(lang, "val_"+v, v), lineData(series, 1), charts.WithLineStyleOpts(line), charts.WithItemStyleOpts(opts.ItemStyle{Color: color}))
	}
	bch.Option = optionJSON(bl, lang, len(m.Berakhlak) == 0, func(o map[string]any) {
		o["grid"] = []map[string]any{{"top": 80, "left": 8, "right": 24, "bottom": 8, "containLabel": true}}
	})
	// One row per period, one column per value.
	cols := []col{p.c("periode"), p.c("dinilai")}
	for _, v := range vals {
		cols = append(cols, col{v, trOr(lang, "val_"+v, v)})
	}
	bt := p.table(key, "berakhlak", p.T("sec_berakhlak")+" ("+p.T("persen_di_bawah")+")", cols...)
	for _, pp := range periods {
		row := make([]Cell, 2+len(vals))
		row[0], row[1] = txt(pp.Periode), sc(lang, Stat{}, 0)
		for i, v := range vals {
			row[2+i] = sc(lang, Stat{}, 1)
			for _, c := range m.Berakhlak {
				if c.Period.Periode == pp.Periode && c.Nilai == v {
					row[2+i] = sc(lang, c.PersenDiBawah, 1)
					row[1] = sc(lang, c.Dinilai, 0)
				}
			}
		}
		bt.add(row...)
	}
	ber.Blocks = []Block{{Chart: bch, Table: bt}}
	p.Sections = append(p.Sections, ber)

	jp := Section{ID: "jp", Title: p.T("sec_jp"), Note: p.T("sec_jp_note"), Empty: len(m.JP) == 0}
	jp.Blocks = []Block{{Chart: p.jpChart(p.T("kurang_20"), m.JP), Table: p.jpTable(key, "jp", p.T("sec_jp"), m.JP, false)}}
	p.Sections = append(p.Sections, jp)

	// Training needs: per year, and who is below expectation on which value.
	ns := Section{ID: "pelatihan", Title: p.T("sec_needs"), Note: p.T("sec_needs_note"), Empty: len(m.Needs) == 0}
	if len(m.Needs) > 0 {
		last := m.Needs[len(m.Needs)-1].Tahun
		vch := p.newChart(p.T("needs_values") + " · " + fmtInt64(last))
		vb := charts.NewBar()
		vb.SetGlobalOptions(append(baseOpts(vch.Title), charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}}))...)
		vb.SetXAxis(p.valueLabels())
		var d []opts.BarData
		for _, v := range m.NeedsValues[last] {
			d = append(d, opts.BarData{Value: v.chart(0)})
		}
		vb.AddSeries(p.T("pegawai"), d, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[5]}))
		vch.Option = optionJSON(vb, lang, len(d) == 0, nil)
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
				code(lang, "val_", n.Nilai), sc(lang, n.PersenNilai, 1), txt(n.Fokus), txt(n.JenisFokus), sc(lang, n.Skor, 1), txt(fmtInt64(n.UrutanWilayah)))
		}
		ns.Blocks = []Block{{Chart: vch, Table: vt}, {Table: nt}}
	}
	p.Sections = append(p.Sections, ns)
	p.Sections = append(p.Sections, Section{ID: "kembali", Title: p.T("back_region"), Links: []Link{{Href: p.regionHref(m.Wilayah), Text: m.NamaWilayah}}})
	return p
}

func (s *site) indexPage(m IndexModel, lang string) *Page {
	p := s.newPage(lang, "index.html", s.title)
	p.Subtitle = p.T("index_title")
	key := "beranda"
	p.Figures = []Figure{
		{Label: p.T("latest_quarter"), Value: periodLabel(m.Quarter)},
		{Label: p.T("latest_year"), Value: yearText(m.Year)},
		{Label: p.T("sec_regions"), Value: fmtNum(lang, float64(len(m.Rows)), 0)},
	}
	cols := []col{p.c("wilayah", "kode_wilayah"), p.c("wilayah", "nama_wilayah"), p.c("provinsi"), p.c("pegawai_dinilai"),
		p.c("persen_sb", "persen_sangat_baik"), p.c("ikm"), p.c("mutu"), p.c("median_ktp", "median_jam_ktp_el"),
		p.c("tepat_waktu", "persen_tepat_waktu"), p.c("backlog"), col{"persen_kurang_20_jp", p.T("kurang_20") + " (" + yearText(m.Year) + ")"},
		col{"tren_persen_sangat_baik", p.T("tren_kecil")}, col{"tren_ikm", p.T("tren_kecil_ikm")}}
	// One table per quarter (the period selector), newest first.
	var keys []string
	for i := len(m.Quarters) - 1; i >= 0 && len(keys) < s.indexPeriodCap(); i-- {
		keys = append(keys, m.Quarters[i].Periode)
	}
	def := periodLabel(m.Quarter)
	p.setPeriods(keys, keys, def)
	tables := p.variantTables(keys, def, func(k string) *Table {
		t := p.table(key, "wilayah_"+fileName(k), p.T("sec_regions")+" · "+k, cols...)
		for _, r := range m.ByPeriod[k] {
			t.add(txt(r.Kode), link(r.Nama, p.regionHref(r.Kode)), txt(r.Provinsi), sc(lang, r.Pegawai, 0), sc(lang, r.PersenSB, 1),
				sc(lang, r.IKM, 2), txt(r.Mutu), sc(lang, r.MedianKTP, 2), sc(lang, r.TepatWaktu, 1), sc(lang, r.Backlog, 0), sc(lang, r.Kurang20, 1),
				spark(lang, m.TrendSB[r.Kode], 1), spark(lang, m.TrendIKM[r.Kode], 2))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	if len(keys) == 0 {
		tables = []*Table{p.table(key, "wilayah", p.T("sec_regions"), cols...)}
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

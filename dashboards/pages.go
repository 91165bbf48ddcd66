package dashboards

import (
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

type col struct{ key, label string }

// table starts a table whose CSV is data/<page key>_<name>.csv.
func (p *Page) table(key, name, caption string, cols ...col) *Table {
	t := &Table{Caption: caption, CSV: "data/" + key + "_" + name + ".csv"}
	t.CSVHref = p.Root + t.CSV
	for _, c := range cols {
		t.Head = append(t.Head, c.label)
		t.CSVHead = append(t.CSVHead, c.key)
	}
	p.csvs = append(p.csvs, t)
	return t
}

func (t *Table) add(cells ...Cell) { t.Rows = append(t.Rows, cells) }

func txt(s string) Cell { return Cell{Text: s, Raw: s} }

func code(lang, prefix, raw string) Cell {
	return Cell{Text: trOr(lang, prefix+raw, raw), Raw: raw}
}

func link(s, href string) Cell { return Cell{Text: s, Raw: s, Href: href} }

func sc(lang string, s Stat, dec int) Cell {
	return Cell{Text: s.text(lang, dec), Raw: s.raw(dec), Class: "num"}
}

func (p *Page) c(key string, k ...string) col {
	if len(k) > 0 {
		return col{k[0], p.T(key)}
	}
	return col{key, p.T(key)}
}

func periodLabel(p *Period) string {
	if p == nil {
		return "–"
	}
	return p.Periode
}

func (p *Page) unitHref(kode string) string { return p.Up + "unit/" + fileName(kode) + ".html" }

func (p *Page) regionHref(kode string) string { return p.Up + "wilayah/" + fileName(kode) + ".html" }

// fileName keeps a code safe as a file name.
func fileName(code string) string {
	var b strings.Builder
	for _, r := range code {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	if b.Len() == 0 || strings.Trim(b.String(), ".") == "" {
		return "_" + b.String()
	}
	return b.String()
}

func figure(lang, label string, now, prev Stat, dec int, suffix, note string) Figure {
	f := Figure{Label: label, Value: now.text(lang, dec) + suffix, Note: note}
	if now.Shown() && prev.Shown() {
		d := now.Value - prev.Value
		sign := ""
		if d > 0 {
			sign = "+"
			f.Up = true
		}
		f.Delta = sign + fmtNum(lang, d, dec)
	}
	return f
}

// ---- charts ----

func (p *Page) predikatSection(key string, pts []PredikatPoint) Section {
	sec := Section{ID: "predikat", Title: p.T("sec_predikat"), Note: p.T("sec_predikat_note"), Empty: len(pts) == 0}
	ch := p.newChart(p.T("sec_predikat") + " (%)")
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Max: 100, Name: "%"}))...)
	var xs []string
	for _, pt := range pts {
		xs = append(xs, pt.Period.Periode)
	}
	bar.SetXAxis(xs)
	for i, k := range predikatKeys {
		data := make([]opts.BarData, 0, len(pts))
		for _, pt := range pts {
			data = append(data, opts.BarData{Value: pt.Shares[i].chart(1)})
		}
		bar.AddSeries(p.T(k), data, charts.WithBarChartOpts(opts.BarChart{Stack: "predikat"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: predikatColors[i]}))
	}
	ch.Option = optionJSON(bar, p.Lang, len(pts) == 0, nil)
	cols := []col{p.c("periode"), p.c("pegawai_dinilai")}
	for _, k := range predikatKeys {
		cols = append(cols, col{strings.TrimPrefix(k, "pred_"), p.T(k)})
	}
	t := p.table(key, "predikat", p.T("sec_predikat"), cols...)
	for _, pt := range pts {
		row := []Cell{txt(pt.Period.Periode), sc(p.Lang, pt.Pegawai, 0)}
		for i := range pt.Counts {
			row = append(row, sc(p.Lang, pt.Counts[i], 0))
		}
		t.add(row...)
	}
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

func lineData(vals []Stat, dec int) []opts.LineData {
	out := make([]opts.LineData, 0, len(vals))
	for _, v := range vals {
		out = append(out, opts.LineData{Value: v.chart(dec)})
	}
	return out
}

func (p *Page) serviceBlock(key string, ser ServiceSeries, withPrev bool) Block {
	name := trOr(p.Lang, "lay_"+ser.Layanan, ser.Layanan)
	ch := p.newChart(name + ": " + p.T("median_jam"))
	line := charts.NewLine()
	line.SetGlobalOptions(append(baseOpts(ch.Title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: p.T("median_jam")}))...)
	var xs []string
	var med, p90, batas []Stat
	for _, pt := range ser.Points {
		xs = append(xs, pt.Period.Periode)
		med, p90, batas = append(med, pt.Median), append(p90, pt.P90), append(batas, pt.Batas)
	}
	line.SetXAxis(xs)
	line.AddSeries(p.T("median_jam"), lineData(med, 2), charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Width: 3, Color: palette[0]}), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[0]}))
	line.AddSeries(p.T("p90_jam"), lineData(p90, 2), charts.WithLineStyleOpts(opts.LineStyle{Width: 2, Color: palette[1]}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[1]}))
	line.AddSeries(p.T("standar"), lineData(batas, 2), charts.WithLineChartOpts(opts.LineChart{Step: "middle"}),
		charts.WithLineStyleOpts(*dashed(palette[5])), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[5]}))
	ch.Option = optionJSON(line, p.Lang, len(ser.Points) == 0, nil)
	cols := []col{p.c("periode"), p.c("permohonan"), p.c("median_jam", "median_jam"), p.c("p90_jam", "p90_jam"),
		p.c("batas_jam", "batas_jam"), p.c("tepat_waktu", "persen_tepat_waktu"), p.c("backlog")}
	if withPrev {
		cols = append(cols, p.c("backlog_prev", "backlog_sebelumnya"))
	}
	t := p.table(key, "layanan_"+fileName(ser.Layanan), name, cols...)
	for _, pt := range ser.Points {
		row := []Cell{txt(pt.Period.Periode), sc(p.Lang, pt.Permohonan, 0), sc(p.Lang, pt.Median, 2), sc(p.Lang, pt.P90, 2),
			sc(p.Lang, pt.Batas, 2), sc(p.Lang, pt.TepatWaktu, 1), sc(p.Lang, pt.Backlog, 0)}
		if withPrev {
			row = append(row, sc(p.Lang, pt.BacklogPrev, 0))
		}
		t.add(row...)
	}
	return Block{Chart: ch, Table: t}
}

func (p *Page) jpChart(title string, years []JPYear) *Chart {
	ch := p.newChart(title)
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOpts(title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Max: 100, Name: "%"}))...)
	var xs []string
	var data []opts.BarData
	for _, y := range years {
		xs = append(xs, fmtInt64(y.Tahun))
		data = append(data, opts.BarData{Value: y.Persen.chart(1)})
	}
	bar.SetXAxis(xs)
	bar.AddSeries(p.T("kurang_20"), data, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[1]}),
		charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: "25%", YAxis: AlertJPPct}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"}, LineStyle: dashed(palette[5])}))
	ch.Option = optionJSON(bar, p.Lang, len(years) == 0, nil)
	return ch
}

func (p *Page) jpTable(key, name, caption string, years []JPYear, withUnit bool) *Table {
	cols := []col{}
	if withUnit {
		cols = append(cols, p.c("unit", "kode_unit"), p.c("unit", "nama_unit"))
	}
	cols = append(cols, p.c("tahun"), p.c("pegawai"), p.c("pegawai_kurang_20", "pegawai_kurang_20_jp"), p.c("kurang_20", "persen_kurang_20_jp"))
	if withUnit {
		cols = append(cols, p.c("rata_jp", "rata_jp"))
	}
	t := p.table(key, name, caption, cols...)
	for _, y := range years {
		var row []Cell
		if withUnit {
			row = append(row, txt(y.Kode), link(y.Nama, p.unitHref(y.Kode)))
		}
		row = append(row, txt(fmtInt64(y.Tahun)), sc(p.Lang, y.Pegawai, 0), sc(p.Lang, y.Kurang, 0), sc(p.Lang, y.Persen, 1))
		if withUnit {
			row = append(row, sc(p.Lang, y.RataJP, 1))
		}
		t.add(row...)
	}
	return t
}

func fmtInt64(i int64) string { return strconv.FormatInt(i, 10) }

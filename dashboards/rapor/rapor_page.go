package dashboards

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// predikatScale is the predikat axis, worst at the bottom.
var predikatScale = []string{"sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik"}

func raporPage(m RaporModel, lang string, primary bool, other string) *raporView {
	p := &Page{Lang: lang, Path: "index.html", SiteTitle: m.NIP, Title: m.Nama, DataPer: m.DataPer, Batches: m.Batches}
	if primary {
		p.Twin = Link{Href: other + "/index.html", Text: tr(lang, "twin")}
	} else {
		p.Up, p.Root = "../", "../"
		p.Twin = Link{Href: "../index.html", Text: tr(lang, "twin")}
	}
	p.Subtitle = p.T("rapor_subtitle")
	v := &raporView{Page: p, NIP: m.NIP}
	v.Identity = []raporField{
		{p.T("nip"), m.NIP},
		{p.T("nama"), m.Nama},
		{p.T("rapor_jenis_asn"), orDash(m.JenisASN)},
		{p.T("jabatan"), orDash(m.Jabatan)},
		{p.T("rapor_golongan"), orDash(m.Golongan)},
		{p.T("rapor_unit_now"), m.NamaUnit + " (" + m.Unit + ")"},
		{p.T("wilayah"), orDash(m.NamaWilayah)},
	}
	p.Figures = raporFigures(p, m)
	p.Sections = append(p.Sections,
		p.raporHistory(m),
		p.raporSources(m),
		p.raporValues(m),
		p.raporJP(m),
		p.raporFocus(m),
		p.raporTalent(m),
		p.raporAssignments(m))
	return v
}

func raporFigures(p *Page, m RaporModel) []Figure {
	var figs []Figure
	var lastYear, lastShort *RaporPeriod
	for i := range m.Periods {
		x := &m.Periods[i]
		if !x.Atasan {
			continue
		}
		if x.Jenis == "tahun" {
			lastYear = x
		} else {
			lastShort = x
		}
	}
	for _, x := range []*RaporPeriod{lastYear, lastShort} {
		if x != nil {
			figs = append(figs, Figure{Label: p.T("rapor_fig_predikat") + " · " + x.Periode, Value: p.predikatText(x.Predikat),
				Note: p.T("hasil_kerja") + ": " + p.ratingText(x.HasilKerja) + " · " + p.T("perilaku_kerja") + ": " + p.ratingText(x.PerilakuKerja)})
		}
	}
	if n := len(m.JP); n > 0 {
		y := m.JP[n-1]
		note := p.T("rapor_cukup")
		if y.Kurang20 {
			note = fmt.Sprintf(p.T("rapor_kurang_dari"), fmtNum(p.Lang, y.Kekurangan, jpDec(y.Kekurangan)))
		}
		figs = append(figs, Figure{Label: p.T("rapor_fig_jp") + " · " + fmtInt64(y.Tahun), Value: fmtNum(p.Lang, y.JP, jpDec(y.JP)) + " / 20 JP", Note: note})
	}
	if n := len(m.Talent); n > 0 {
		t := m.Talent[n-1]
		v, note := "–", p.T("tanpa_kotak")
		if t.Kotak > 0 {
			v = strconv.FormatInt(t.Kotak, 10)
			note = p.T("kinerja_axis") + ": " + p.ratingText(t.Kinerja) + " · " + p.T("potensi_axis") + ": " + trOr(p.Lang, "rapor_pot_"+t.Potensi, t.Potensi)
		}
		figs = append(figs, Figure{Label: p.T("rapor_fig_kotak") + " · " + fmtInt64(t.Tahun), Value: v, Note: note})
	}
	if n := len(m.Needs); n > 0 {
		x := m.Needs[n-1]
		figs = append(figs, Figure{Label: p.T("rapor_focus") + " · " + fmtInt64(x.Tahun), Value: p.focusText(x.Fokus),
			Note: trOr(p.Lang, "rapor_jk_"+x.JenisFokus, x.JenisFokus)})
	}
	return figs
}

func jpDec(v float64) int {
	if v == math.Trunc(v) {
		return 0
	}
	return 1
}

func (p *Page) predikatText(k string) string {
	if k == "" {
		return "–"
	}
	return trOr(p.Lang, "pred_"+k, k)
}

func (p *Page) ratingText(k string) string {
	if k == "" {
		return "–"
	}
	return trOr(p.Lang, "rt_"+k, k)
}

func (p *Page) focusText(f string) string {
	if f == "" {
		return p.T("rapor_no_focus")
	}
	return trOr(p.Lang, "rapor_fk_"+f, f)
}

// ratingCell shows a rating label, with its code in the CSV.
func (p *Page) ratingCell(k string) Cell {
	return Cell{Text: p.ratingText(k), Raw: k, Class: "rt-" + k}
}

func (p *Page) predikatCell(k string) Cell {
	return Cell{Text: p.predikatText(k), Raw: k}
}

func (p *Page) yesNo(b bool) Cell {
	if b {
		return Cell{Text: p.T("ya"), Raw: "true"}
	}
	return Cell{Text: p.T("tidak"), Raw: "false"}
}

func numCell(lang string, v float64, dec int) Cell {
	return Cell{Text: fmtNum(lang, v, dec), Raw: strconv.FormatFloat(v, 'f', dec, 64), Class: "num"}
}

func dateCell(t time.Time) Cell {
	if t.IsZero() {
		return Cell{Text: "–", Class: "date"}
	}
	s := t.Format("2006-01-02")
	return Cell{Text: s, Raw: s, Class: "date"}
}

// raporHistory: the official predikat per period, one line per kind of period.
func (p *Page) raporHistory(m RaporModel) Section {
	sec := Section{ID: "predikat", Title: p.T("rapor_history"), Note: p.T("rapor_history_note")}
	ch := p.newChart(p.T("rapor_history"))
	var xs []string
	var kinds []string
	for _, x := range m.Periods {
		xs = append(xs, x.Periode)
		if x.Atasan && !contains(kinds, x.Jenis) {
			kinds = append(kinds, x.Jenis)
		}
	}
	sort.SliceStable(kinds, func(i, j int) bool { return kinds[i] != "tahun" && kinds[j] == "tahun" })
	var ys []string
	for _, k := range predikatScale {
		ys = append(ys, p.predikatText(k))
	}
	line := charts.NewLine()
	line.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, AxisLabel: &opts.AxisLabel{Interval: "0"},
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)}}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
	)...)
	line.SetXAxis(xs)
	for i, k := range kinds {
		data := make([]opts.LineData, 0, len(m.Periods))
		for _, x := range m.Periods {
			if x.Jenis != k || !x.Atasan || x.Predikat == "" {
				data = append(data, opts.LineData{Value: "-"})
				continue
			}
			data = append(data, opts.LineData{Value: p.predikatText(x.Predikat)})
		}
		color := palette[0]
		ls := opts.LineStyle{Width: 2, Color: color}
		size := 10
		symbol := "circle"
		if k == "tahun" {
			color, size, symbol = palette[5], 16, "diamond"
			ls = opts.LineStyle{Width: 2, Color: color, Type: "dashed"}
		} else if i > 0 {
			color = palette[i%len(palette)]
			ls.Color = color
		}
		line.AddSeries(trOr(p.Lang, "rapor_per_"+k, k), data,
			charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(true), ShowSymbol: opts.Bool(true), Symbol: symbol, SymbolSize: size}),
			charts.WithLineStyleOpts(ls), charts.WithItemStyleOpts(opts.ItemStyle{Color: color, BorderColor: "#333", BorderWidth: 1}))
	}
	ch.Option = optionJSON(line, p.Lang, len(kinds) == 0, func(o map[string]any) {
		o["grid"] = []map[string]any{{"top": 78, "left": 8, "right": 24, "bottom": 8, "containLabel": true}}
	})
	t := p.table(raporKey, "predikat", p.T("rapor_history"), p.c("periode"), p.c("rapor_jenis", "jenis_periode"),
		p.c("rapor_kode_unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("hasil_kerja"), p.c("perilaku_kerja"), p.c("predikat"),
		p.c("rapor_capaian_iki", "capaian_iki"), p.c("rating_org", "rating_organisasi"), p.c("rapor_tertulis", "predikat_tertulis"))
	for _, x := range m.Periods {
		if !x.Atasan {
			t.add(txt(x.Periode), txt(x.Jenis), txt(""), txt(""), p.ratingCell(""), p.ratingCell(""), p.predikatCell(""),
				sc(p.Lang, Stat{}, 1), txt(""), txt(""))
			continue
		}
		ro := Cell{Text: trOr(p.Lang, "rapor_ro_"+x.RatingOrganisasi, orDash(x.RatingOrganisasi)), Raw: x.RatingOrganisasi}
		tw := Cell{Raw: x.PredikatTertulis}
		if x.PredikatTertulis != "" {
			tw.Text = p.predikatText(x.PredikatTertulis)
		}
		t.add(txt(x.Periode), Cell{Text: trOr(p.Lang, "rapor_per_"+x.Jenis, x.Jenis), Raw: x.Jenis}, txt(x.Unit), txt(x.NamaUnit),
			p.ratingCell(x.HasilKerja), p.ratingCell(x.PerilakuKerja), p.predikatCell(x.Predikat),
			sc(p.Lang, x.CapaianIKI, 1), ro, tw)
	}
	sec.Empty = len(m.Periods) == 0
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// raporSources: what each feedback source said; rekan and bawahan only as a
// count and mean scores.
func (p *Page) raporSources(m RaporModel) Section {
	sec := Section{ID: "sumber", Title: p.T("rapor_sources"), Note: p.T("rapor_sources_note") + " " + p.T("rapor_rekan_note"),
		Empty: len(m.Periods) == 0}
	ch := p.newChart(p.T("rapor_skor_chart"))
	var xs []string
	for _, x := range m.Periods {
		xs = append(xs, x.Periode)
	}
	line := charts.NewLine()
	line.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: 1, Max: 3}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
	)...)
	line.SetXAxis(xs)
	styles := map[string]opts.LineStyle{
		"atasan": {Width: 3, Color: palette[0]}, "diri": {Width: 2, Color: palette[1], Type: "dashed"},
		"rekan": {Width: 2, Color: palette[2], Type: "dotted"}, "bawahan": {Width: 2, Color: palette[3], Type: "dashed"},
	}
	symbols := map[string]string{"atasan": "circle", "diri": "emptyCircle", "rekan": "triangle", "bawahan": "diamond"}
	for i, s := range m.Sources {
		ls, ok := styles[s]
		if !ok {
			ls = opts.LineStyle{Width: 2, Color: palette[(4+i)%len(palette)]}
		}
		size := 8
		if s != "atasan" && s != "diri" {
			size = 13 // sparse points, drawn on top: visible where they meet the others
		}
		data := make([]opts.LineData, 0, len(m.Periods))
		for _, x := range m.Periods {
			src, ok := x.Source(s)
			if !ok {
				data = append(data, opts.LineData{Value: "-"})
				continue
			}
			data = append(data, opts.LineData{Value: src.Skor().chart(2)})
		}
		line.AddSeries(trOr(p.Lang, "src_"+s, s), data, charts.WithLineStyleOpts(ls),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: ls.Color}),
			charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true), Symbol: symbols[s], SymbolSize: size}))
	}
	ch.Option = optionJSON(line, p.Lang, len(m.Sources) == 0, func(o map[string]any) {
		o["grid"] = []map[string]any{{"top": 78, "left": 8, "right": 24, "bottom": 8, "containLabel": true}}
	})
	t := p.table(raporKey, "sumber", p.T("rapor_sources"), p.c("periode"), p.c("sumber"), p.c("penilai", "jumlah_penilai"),
		p.c("hasil_kerja"), p.c("perilaku_kerja"), p.c("skor_hasil", "skor_hasil_kerja"), p.c("skor_perilaku", "skor_perilaku_kerja"),
		p.c("predikat"))
	for _, x := range m.Periods {
		for _, s := range x.Sources {
			t.add(txt(x.Periode), Cell{Text: trOr(p.Lang, "src_"+s.Sumber, s.Sumber), Raw: s.Sumber},
				numCell(p.Lang, float64(s.Penilai), 0), p.ratingCell(s.HasilKerja), p.ratingCell(s.PerilakuKerja),
				sc(p.Lang, s.SkorHasil, 1), sc(p.Lang, s.SkorPerilaku, 1), p.predikatCell(s.Predikat))
		}
	}
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

var raporRatingScore = map[string]int{"di_bawah": 1, "sesuai": 2, "di_atas": 3}

// raporValues: the supervisor's BerAKHLAK ratings per period (heatmap).
func (p *Page) raporValues(m RaporModel) Section {
	sec := Section{ID: "berakhlak", Title: p.T("rapor_values"), Note: p.T("rapor_values_note")}
	ch := p.newChart(p.T("rapor_values"))
	var periods []RaporPeriod
	for _, x := range m.Periods {
		for _, v := range x.Nilai {
			if v != "" {
				periods = append(periods, x)
				break
			}
		}
	}
	var xs []string
	for _, x := range periods {
		xs = append(xs, x.Periode)
	}
	ys := p.valueLabels()
	var data []opts.HeatMapData
	for i, x := range periods {
		for j, v := range x.Nilai {
			if sc, ok := raporRatingScore[v]; ok {
				data = append(data, opts.HeatMapData{Name: p.T("rapor_rs_" + v), Value: []any{i, j, sc}})
			}
		}
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithGridOpts(opts.Grid{Top: "64", Left: "8", Right: "24", Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, Inverse: opts.Bool(true), AxisLabel: &opts.AxisLabel{Interval: "0"}}),
	)...)
	hm.SetXAxis(xs)
	hm.AddSeries(p.T("rapor_values"), data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{b}", FontSize: 11, Color: "#000"}),
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#fff", BorderWidth: 2}))
	ch.Height = 400
	ch.Option = optionJSON(hm, p.Lang, len(data) == 0, func(o map[string]any) {
		delete(o, "legend")
		// Three levels, each with its colour and its name in the legend.
		o["visualMap"] = []map[string]any{{
			"type": "piecewise", "orient": "horizontal", "top": 28, "left": "left", "dimension": 2,
			"pieces": []map[string]any{
				{"value": 1, "label": p.T("rt_di_bawah"), "color": "#E69F00"},
				{"value": 2, "label": p.T("rt_sesuai"), "color": "#D9E8F5"},
				{"value": 3, "label": p.T("rt_di_atas"), "color": "#56B4E9"},
			},
		}}
	})
	cols := []col{p.c("periode")}
	for i, v := range berakhlakOrder {
		cols = append(cols, col{v, ys[i]})
	}
	t := p.table(raporKey, "berakhlak", p.T("rapor_values"), cols...)
	for _, x := range periods {
		row := []Cell{txt(x.Periode)}
		for _, v := range x.Nilai {
			row = append(row, p.ratingCell(v))
		}
		t.add(row...)
	}
	sec.Empty = len(periods) == 0
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

// raporJP: JP per year against the 20 JP minimum, and the trainings taken.
func (p *Page) raporJP(m RaporModel) Section {
	sec := Section{ID: "jp", Title: p.T("rapor_jp"), Note: p.T("rapor_jp_note"), Empty: len(m.JP) == 0}
	ch := p.newChart(p.T("rapor_jp_chart"))
	var xs []string
	var data []opts.BarData
	top := MinJPPerYear
	for _, y := range m.JP {
		xs = append(xs, fmtInt64(y.Tahun))
		color := "#009E73"
		if y.Kurang20 {
			color = "#D55E00"
		}
		data = append(data, opts.BarData{Value: math.Round(y.JP*10) / 10, ItemStyle: &opts.ItemStyle{Color: color}})
		top = math.Max(top, y.JP)
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: "JP", Min: 0, Max: math.Ceil(top*1.2/10) * 10}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}))...)
	bar.SetXAxis(xs)
	bar.AddSeries("JP", data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "top"}),
		charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: "20 JP", YAxis: MinJPPerYear}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"}, LineStyle: dashed("#000000"),
			Label: &opts.Label{Show: opts.Bool(true), Formatter: "20 JP"}}))
	ch.Option = optionJSON(bar, p.Lang, len(m.JP) == 0, func(o map[string]any) { delete(o, "legend") })
	t := p.table(raporKey, "jp", p.T("rapor_jp"), p.c("tahun"), p.c("jp"), p.c("rapor_pelatihan_n", "pelatihan"),
		p.c("kekurangan_jp"), p.c("memenuhi", "memenuhi_20_jp"))
	for _, y := range m.JP {
		t.add(txt(fmtInt64(y.Tahun)), numCell(p.Lang, y.JP, jpDec(y.JP)), numCell(p.Lang, float64(y.Pelatihan), 0),
			numCell(p.Lang, y.Kekurangan, jpDec(y.Kekurangan)), p.yesNo(!y.Kurang20))
	}
	tt := p.table(raporKey, "pelatihan", p.T("rapor_trainings"), p.c("tahun"), p.c("rapor_mulai", "tanggal_mulai"),
		p.c("rapor_sampai", "tanggal_selesai"), p.c("kegiatan"), p.c("jenis_kompetensi"), p.c("kompetensi"), p.c("jp"))
	for _, x := range m.Trainings {
		tt.add(txt(fmtInt64(x.Tahun)), dateCell(x.Mulai), dateCell(x.Selesai), txt(x.Kegiatan),
			Cell{Text: trOr(p.Lang, "rapor_jk_"+x.JenisKompetensi, x.JenisKompetensi), Raw: x.JenisKompetensi},
			Cell{Text: trOr(p.Lang, "rapor_fk_"+x.Kompetensi, x.Kompetensi), Raw: x.Kompetensi}, numCell(p.Lang, x.JP, jpDec(x.JP)))
	}
	sec.Blocks = []Block{{Chart: ch, Table: t}, {Table: tt}}
	return sec
}

// raporFocus: the recommended training focus per year, newest first.
func (p *Page) raporFocus(m RaporModel) Section {
	sec := Section{ID: "fokus", Title: p.T("rapor_focus"), Note: p.T("rapor_focus_note"), Empty: len(m.Needs) == 0}
	t := p.table(raporKey, "fokus", p.T("rapor_focus"), p.c("tahun"), p.c("fokus", "fokus_pelatihan"),
		p.c("jenis_kompetensi", "jenis_kompetensi_fokus"), p.c("rapor_nilai_bawah", "nilai_di_bawah"),
		p.c("rapor_kesenjangan", "kesenjangan_kinerja"), p.c("jp"), p.c("kekurangan_jp"), p.c("kategori", "kategori_prioritas"),
		p.c("rapor_acuan", "periode_acuan"), p.c("predikat"))
	for i := len(m.Needs) - 1; i >= 0; i-- {
		n := m.Needs[i]
		var vals []string
		for _, v := range n.NilaiDiBawah {
			vals = append(vals, trOr(p.Lang, "val_"+v, v))
		}
		t.add(txt(fmtInt64(n.Tahun)), Cell{Text: p.focusText(n.Fokus), Raw: n.Fokus},
			Cell{Text: trOr(p.Lang, "rapor_jk_"+n.JenisFokus, orDash(n.JenisFokus)), Raw: n.JenisFokus},
			Cell{Text: orDash(strings.Join(vals, ", ")), Raw: strings.Join(n.NilaiDiBawah, ",")},
			p.yesNo(n.Kesenjangan), numCell(p.Lang, n.JP, jpDec(n.JP)), numCell(p.Lang, n.KekuranganJP, jpDec(n.KekuranganJP)),
			Cell{Text: trOr(p.Lang, "rapor_kat_"+n.Kategori, orDash(n.Kategori)), Raw: n.Kategori},
			txt(n.PeriodeAcuan), p.predikatCell(n.Predikat))
	}
	sec.Blocks = []Block{{Table: t}}
	return sec
}

// raporTalent: the 9-box of the latest year with the person's box shaded,
// and every year in the table.
func (p *Page) raporTalent(m RaporModel) Section {
	sec := Section{ID: "talenta", Title: p.T("rapor_talent"), Note: p.T("rapor_talent_note"), Empty: len(m.Talent) == 0}
	var last RaporTalent
	title := p.T("rapor_talent")
	if n := len(m.Talent); n > 0 {
		last = m.Talent[n-1]
		title += " · " + fmtInt64(last.Tahun)
	}
	ch := p.newChart(title)
	xs := []string{p.T("rt_di_bawah"), p.T("rt_sesuai"), p.T("rt_di_atas")}
	ys := []string{p.T("rapor_pot_rendah"), p.T("rapor_pot_menengah"), p.T("rapor_pot_tinggi")}
	var d []opts.HeatMapData
	for b := 1; b <= 9; b++ {
		v := 0
		name := p.T("kotak") + " " + strconv.Itoa(b)
		if int64(b) == last.Kotak {
			v = 1
			name += " ●"
		}
		d = append(d, opts.HeatMapData{Name: name, Value: []any{boxPos[b][0], boxPos[b][1], v}})
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(append(baseOpts(title),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithGridOpts(opts.Grid{Top: "40", Left: "8", Right: "24", Bottom: "30", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, Name: p.T("kinerja_axis"), NameLocation: "middle", NameGap: 28}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, Name: p.T("potensi_axis")}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: 0, Max: 1, Show: opts.Bool(false),
			InRange: &opts.VisualMapInRange{Color: []string{"#F2F2F2", "#56B4E9"}}}))...)
	hm.SetXAxis(xs)
	hm.AddSeries(p.T("kotak"), d, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{b}", FontSize: 13, Color: "#000"}),
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#fff", BorderWidth: 2}))
	ch.Option = optionJSON(hm, p.Lang, len(m.Talent) == 0, func(o map[string]any) { delete(o, "legend") })
	t := p.table(raporKey, "talenta", p.T("rapor_talent"), p.c("tahun"), p.c("rapor_acuan", "periode_acuan"), p.c("predikat"),
		p.c("kinerja_axis", "kinerja"), p.c("potensi_axis", "potensi"), p.c("kotak", "kotak_9"), p.c("kelompok_promosi"))
	for i := len(m.Talent) - 1; i >= 0; i-- {
		x := m.Talent[i]
		kotak := Cell{Text: "–", Class: "num"}
		if x.Kotak > 0 {
			kotak = numCell(p.Lang, float64(x.Kotak), 0)
		}
		t.add(txt(fmtInt64(x.Tahun)), txt(x.PeriodeAcuan), p.predikatCell(x.Predikat), p.ratingCell(x.Kinerja),
			Cell{Text: trOr(p.Lang, "rapor_pot_"+x.Potensi, orDash(x.Potensi)), Raw: x.Potensi}, kotak, p.yesNo(x.KelompokPromosi))
	}
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

// raporAssignments: positions and units over time, newest first.
func (p *Page) raporAssignments(m RaporModel) Section {
	sec := Section{ID: "penugasan", Title: p.T("rapor_assign"), Note: p.T("rapor_assign_note")}
	t := p.table(raporKey, "penugasan", p.T("rapor_assign"), p.c("rapor_mulai", "berlaku_mulai"), p.c("rapor_sampai", "berlaku_sampai"),
		p.c("jabatan"), p.c("rapor_jenis_jab", "jenis_jabatan"), p.c("rapor_golongan", "golongan"), p.c("rapor_jenis_asn", "jenis_asn"),
		p.c("rapor_kode_unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("wilayah", "nama_wilayah"))
	for i := len(m.Assignments) - 1; i >= 0; i-- {
		a := m.Assignments[i]
		until := dateCell(a.Sampai)
		if a.Sampai.IsZero() {
			until = Cell{Text: p.T("rapor_sekarang"), Class: "date"}
		}
		t.add(dateCell(a.Mulai), until, txt(a.Jabatan), txt(a.JenisJabatan), txt(a.Golongan), txt(a.JenisASN),
			txt(a.Unit), txt(a.NamaUnit), txt(a.NamaWilayah))
	}
	sec.Blocks = []Block{{Table: t}}
	return sec
}

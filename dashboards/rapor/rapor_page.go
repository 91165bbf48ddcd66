package rapor

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"kinerja/dashboards/kit"
)

// raporGrid leaves room for the legend of the rapor's line charts.
var raporGrid = opts.Grid{Top: "78", Left: "8", Right: "24", Bottom: "8", ContainLabel: opts.Bool(true)}

// predikatScale is the predikat axis, worst at the bottom.
var predikatScale = []string{"sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik"}

func raporPage(m RaporModel, lang string, primary bool, other string) *raporView {
	p := &kit.Page{Lang: lang, Path: "index.html", SiteTitle: m.NIP, Title: m.Nama, DataPer: m.DataPer, Batches: m.Batches}
	if primary {
		p.Twin = kit.Link{Href: other + "/index.html", Text: kit.Tr(lang, "twin")}
	} else {
		p.Up, p.Root = "../", "../"
		p.Twin = kit.Link{Href: "../index.html", Text: kit.Tr(lang, "twin")}
	}
	p.Subtitle = p.T("rapor_subtitle")
	v := &raporView{Page: p, NIP: m.NIP}
	v.Identity = []raporField{
		{p.T("nip"), m.NIP},
		{p.T("nama"), m.Nama},
		{p.T("rapor_jenis_asn"), kit.OrDash(m.JenisASN)},
		{p.T("jabatan"), kit.OrDash(m.Jabatan)},
		{p.T("rapor_golongan"), kit.OrDash(m.Golongan)},
		{p.T("rapor_unit_now"), m.NamaUnit + " (" + m.Unit + ")"},
		{p.T("wilayah"), kit.OrDash(m.NamaWilayah)},
	}
	p.Figures = raporFigures(p, m)
	p.Sections = append(p.Sections,
		raporHistory(p, m),
		raporSources(p, m),
		raporValues(p, m),
		raporJP(p, m),
		raporFocus(p, m),
		raporTalent(p, m),
		raporAssignments(p, m))
	return v
}

func raporFigures(p *kit.Page, m RaporModel) []kit.Figure {
	var figs []kit.Figure
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
			figs = append(figs, kit.Figure{Label: p.T("rapor_fig_predikat") + " · " + x.Periode, Value: predikatText(p, x.Predikat),
				Note: p.T("hasil_kerja") + ": " + ratingText(p, x.HasilKerja) + " · " + p.T("perilaku_kerja") + ": " + ratingText(p, x.PerilakuKerja)})
		}
	}
	if n := len(m.JP); n > 0 {
		y := m.JP[n-1]
		note := p.T("rapor_cukup")
		if y.Kurang20 {
			note = fmt.Sprintf(p.T("rapor_kurang_dari"), kit.FmtNum(p.Lang, y.Kekurangan, jpDec(y.Kekurangan)))
		}
		figs = append(figs, kit.Figure{Label: p.T("rapor_fig_jp") + " · " + kit.FmtInt64(y.Tahun), Value: kit.FmtNum(p.Lang, y.JP, jpDec(y.JP)) + " / 20 JP", Note: note})
	}
	if n := len(m.Talent); n > 0 {
		t := m.Talent[n-1]
		v, note := "–", p.T("tanpa_kotak")
		if t.Kotak > 0 {
			v = strconv.FormatInt(t.Kotak, 10)
			note = p.T("kinerja_axis") + ": " + ratingText(p, t.Kinerja) + " · " + p.T("potensi_axis") + ": " + kit.TrOr(p.Lang, "rapor_pot_"+t.Potensi, t.Potensi)
		}
		figs = append(figs, kit.Figure{Label: p.T("rapor_fig_kotak") + " · " + kit.FmtInt64(t.Tahun), Value: v, Note: note})
	}
	if n := len(m.Needs); n > 0 {
		x := m.Needs[n-1]
		figs = append(figs, kit.Figure{Label: p.T("rapor_focus") + " · " + kit.FmtInt64(x.Tahun), Value: focusText(p, x.Fokus),
			Note: kit.TrOr(p.Lang, "rapor_jk_"+x.JenisFokus, x.JenisFokus)})
	}
	return figs
}

func jpDec(v float64) int {
	if v == math.Trunc(v) {
		return 0
	}
	return 1
}

func predikatText(p *kit.Page, k string) string {
	if k == "" {
		return "–"
	}
	return kit.TrOr(p.Lang, "pred_"+k, k)
}

func ratingText(p *kit.Page, k string) string {
	if k == "" {
		return "–"
	}
	return kit.TrOr(p.Lang, "rt_"+k, k)
}

func focusText(p *kit.Page, f string) string {
	if f == "" {
		return p.T("rapor_no_focus")
	}
	return kit.TrOr(p.Lang, "rapor_fk_"+f, f)
}

// ratingCell shows a rating label, with its code in the CSV.
func ratingCell(p *kit.Page, k string) kit.Cell {
	return kit.Cell{Text: ratingText(p, k), Raw: k, Class: "rt-" + k}
}

func predikatCell(p *kit.Page, k string) kit.Cell {
	return kit.Cell{Text: predikatText(p, k), Raw: k}
}

func yesNo(p *kit.Page, b bool) kit.Cell {
	if b {
		return kit.Cell{Text: p.T("ya"), Raw: "true"}
	}
	return kit.Cell{Text: p.T("tidak"), Raw: "false"}
}

func numCell(lang string, v float64, dec int) kit.Cell {
	return kit.Cell{Text: kit.FmtNum(lang, v, dec), Raw: strconv.FormatFloat(v, 'f', dec, 64), Class: "num"}
}

func dateCell(t time.Time) kit.Cell {
	if t.IsZero() {
		return kit.Cell{Text: "–", Class: "date"}
	}
	s := t.Format("2006-01-02")
	return kit.Cell{Text: s, Raw: s, Class: "date"}
}

// raporHistory: the official predikat per period, one line per kind of period.
func raporHistory(p *kit.Page, m RaporModel) kit.Section {
	sec := kit.Section{ID: "predikat", Title: p.T("rapor_history"), Note: p.T("rapor_history_note")}
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
		ys = append(ys, predikatText(p, k))
	}
	line := kit.NewLine(p.T("rapor_history")).Grid(raporGrid).Categories(xs, opts.YAxis{Type: "category", Data: ys, AxisLabel: kit.EveryLabel(),
		SplitLine: &opts.SplitLine{Show: opts.Bool(true)}})
	line.XAxis(opts.XAxis{Type: "category", AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}})
	for i, k := range kinds {
		data := make([]any, 0, len(m.Periods))
		for _, x := range m.Periods {
			if x.Jenis != k || !x.Atasan || x.Predikat == "" {
				data = append(data, "-")
				continue
			}
			data = append(data, predikatText(p, x.Predikat))
		}
		color, dash, size, symbol := kit.Palette[0], "", 10, "circle"
		if k == "tahun" {
			color, dash, size, symbol = kit.Palette[5], "dashed", 16, "diamond"
		} else if i > 0 {
			color = kit.Palette[i%len(kit.Palette)]
		}
		line.Add(kit.TrOr(p.Lang, "rapor_per_"+k, k), data, kit.Line(color, 2, dash, true), kit.Symbol(symbol, size), kit.ConnectNulls,
			charts.WithItemStyleOpts(opts.ItemStyle{Color: color, BorderColor: "#333", BorderWidth: 1}))
	}
	ch := p.Chart(p.T("rapor_history"), line, len(kinds) == 0)
	t := p.Table(raporKey, "predikat", p.T("rapor_history"), p.Col("periode"), p.Col("rapor_jenis", "jenis_periode"),
		p.Col("rapor_kode_unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("hasil_kerja"), p.Col("perilaku_kerja"), p.Col("predikat"),
		p.Col("rapor_capaian_iki", "capaian_iki"), p.Col("rating_org", "rating_organisasi"), p.Col("rapor_tertulis", "predikat_tertulis"),
		p.Col("rapor_tanggapan", "tanggapan"), p.Col("rapor_hasil_kb", "hasil_keberatan"))
	for _, x := range m.Periods {
		if !x.Atasan {
			t.Add(kit.TextCell(x.Periode), kit.TextCell(x.Jenis), kit.TextCell(""), kit.TextCell(""), ratingCell(p, ""), ratingCell(p, ""), predikatCell(p, ""),
				kit.StatCell(p.Lang, kit.Stat{}, 1), kit.TextCell(""), kit.TextCell(""), kit.TextCell(""), kit.TextCell(""))
			continue
		}
		ro := kit.Cell{Text: kit.TrOr(p.Lang, "rapor_ro_"+x.RatingOrganisasi, kit.OrDash(x.RatingOrganisasi)), Raw: x.RatingOrganisasi}
		tw := kit.Cell{Raw: x.PredikatTertulis}
		if x.PredikatTertulis != "" {
			tw.Text = predikatText(p, x.PredikatTertulis)
		}
		t.Add(kit.TextCell(x.Periode), kit.Cell{Text: kit.TrOr(p.Lang, "rapor_per_"+x.Jenis, x.Jenis), Raw: x.Jenis}, kit.TextCell(x.Unit), kit.TextCell(x.NamaUnit),
			ratingCell(p, x.HasilKerja), ratingCell(p, x.PerilakuKerja), predikatCell(p, x.Predikat),
			kit.StatCell(p.Lang, x.CapaianIKI, 1), ro, tw, responseCell(p, "tg_", x.Tanggapan), responseCell(p, "hk_", x.HasilKeberatan))
	}
	sec.Empty = len(m.Periods) == 0
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

// responseCell is the person's response (tg_) or the outcome of the
// objection (hk_) in the page's language, "–" without one; the CSV keeps
// the code.
func responseCell(p *kit.Page, prefix, code string) kit.Cell {
	if code == "" {
		return kit.Cell{Text: "–"}
	}
	return kit.Cell{Text: kit.TrOr(p.Lang, prefix+code, code), Raw: code}
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
func raporSources(p *kit.Page, m RaporModel) kit.Section {
	sec := kit.Section{ID: "sumber", Title: p.T("rapor_sources"), Note: p.T("rapor_sources_note") + " " + p.T("rapor_rekan_note"),
		Empty: len(m.Periods) == 0}
	var xs []string
	for _, x := range m.Periods {
		xs = append(xs, x.Periode)
	}
	line := kit.NewLine(p.T("rapor_skor_chart")).Grid(raporGrid).Categories(xs, opts.YAxis{Type: "value", Min: 1, Max: 3})
	line.XAxis(opts.XAxis{Type: "category", AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}})
	styles := map[string]opts.LineStyle{
		"atasan": {Width: 3, Color: kit.Palette[0]}, "diri": {Width: 2, Color: kit.Palette[1], Type: "dashed"},
		"rekan": {Width: 2, Color: kit.Palette[2], Type: "dotted"}, "bawahan": {Width: 2, Color: kit.Palette[3], Type: "dashed"},
	}
	symbols := map[string]string{"atasan": "circle", "diri": "emptyCircle", "rekan": "triangle", "bawahan": "diamond"}
	for i, s := range m.Sources {
		ls, ok := styles[s]
		if !ok {
			ls = opts.LineStyle{Width: 2, Color: kit.Palette[(4+i)%len(kit.Palette)]}
		}
		size := 8
		if s != "atasan" && s != "diri" {
			size = 13 // sparse points, drawn on top: visible where they meet the others
		}
		data := make([]any, 0, len(m.Periods))
		for _, x := range m.Periods {
			src, ok := x.Source(s)
			if !ok {
				data = append(data, "-")
				continue
			}
			data = append(data, src.Skor().Chart(2))
		}
		line.Add(kit.TrOr(p.Lang, "src_"+s, s), data, kit.Line(ls.Color, ls.Width, ls.Type, true), kit.Symbol(symbols[s], size))
	}
	ch := p.Chart(p.T("rapor_skor_chart"), line, len(m.Sources) == 0)
	t := p.Table(raporKey, "sumber", p.T("rapor_sources"), p.Col("periode"), p.Col("sumber"), p.Col("penilai", "jumlah_penilai"),
		p.Col("hasil_kerja"), p.Col("perilaku_kerja"), p.Col("skor_hasil", "skor_hasil_kerja"), p.Col("skor_perilaku", "skor_perilaku_kerja"),
		p.Col("predikat"))
	for _, x := range m.Periods {
		for _, s := range x.Sources {
			t.Add(kit.TextCell(x.Periode), kit.Cell{Text: kit.TrOr(p.Lang, "src_"+s.Sumber, s.Sumber), Raw: s.Sumber},
				numCell(p.Lang, float64(s.Penilai), 0), ratingCell(p, s.HasilKerja), ratingCell(p, s.PerilakuKerja),
				kit.StatCell(p.Lang, s.SkorHasil, 1), kit.StatCell(p.Lang, s.SkorPerilaku, 1), predikatCell(p, s.Predikat))
		}
	}
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

var raporRatingScore = map[string]int{"di_bawah": 1, "sesuai": 2, "di_atas": 3}

// raporValues: the supervisor's BerAKHLAK ratings per period (heatmap).
func raporValues(p *kit.Page, m RaporModel) kit.Section {
	sec := kit.Section{ID: "berakhlak", Title: p.T("rapor_values"), Note: p.T("rapor_values_note")}
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
	ys := p.ValueLabels()
	var data []any
	for i, x := range periods {
		for j, v := range x.Nilai {
			if sc, ok := raporRatingScore[v]; ok {
				data = append(data, opts.HeatMapData{Name: p.T("rapor_rs_" + v), Value: []any{i, j, sc}})
			}
		}
	}
	hm := kit.NewHeatMap(p.T("rapor_values")).NoLegend()
	hm.Set(charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}))
	hm.XAxis(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}})
	hm.YAxis(opts.YAxis{Type: "category", Data: ys, Inverse: opts.Bool(true), AxisLabel: kit.EveryLabel()})
	// Three levels, each with its colour and its name in the legend.
	dim := 2
	hm.VisualMap(kit.VisualMap{VisualMap: opts.VisualMap{Type: "piecewise", Orient: "horizontal", Top: "28", Left: "left"}, Dimension: &dim,
		Pieces: []kit.Piece{{Value: 1, Label: p.T("rt_di_bawah"), Color: "#E69F00"}, {Value: 2, Label: p.T("rt_sesuai"), Color: "#D9E8F5"},
			{Value: 3, Label: p.T("rt_di_atas"), Color: "#56B4E9"}}})
	hm.Add(p.T("rapor_values"), data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{b}", FontSize: 11, Color: "#000"}),
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#fff", BorderWidth: 2}))
	ch := p.Chart(p.T("rapor_values"), hm, len(data) == 0)
	ch.Height = 400
	cols := []kit.Column{p.Col("periode")}
	for i, v := range kit.BerakhlakOrder {
		cols = append(cols, kit.Column{Key: v, Label: ys[i]})
	}
	t := p.Table(raporKey, "berakhlak", p.T("rapor_values"), cols...)
	for _, x := range periods {
		row := []kit.Cell{kit.TextCell(x.Periode)}
		for _, v := range x.Nilai {
			row = append(row, ratingCell(p, v))
		}
		t.Add(row...)
	}
	sec.Empty = len(periods) == 0
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

// raporJP: JP per year against the 20 JP minimum, and the trainings taken.
func raporJP(p *kit.Page, m RaporModel) kit.Section {
	sec := kit.Section{ID: "jp", Title: p.T("rapor_jp"), Note: p.T("rapor_jp_note"), Empty: len(m.JP) == 0}
	var xs []string
	var data []any
	top := MinJPPerYear
	for _, y := range m.JP {
		xs = append(xs, kit.FmtInt64(y.Tahun))
		color := "#009E73"
		if y.Kurang20 {
			color = "#D55E00"
		}
		data = append(data, opts.BarData{Value: math.Round(y.JP*10) / 10, ItemStyle: &opts.ItemStyle{Color: color}})
		top = math.Max(top, y.JP)
	}
	bar := kit.NewBar(p.T("rapor_jp_chart")).NoLegend().Categories(xs, opts.YAxis{Name: "JP", Min: 0, Max: math.Ceil(top*1.2/10) * 10})
	bar.Add("JP", data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "top"}),
		kit.MarkLines("#000000", &opts.Label{Show: opts.Bool(true), Formatter: "20 JP"}, opts.MarkLineNameYAxisItem{Name: "20 JP", YAxis: MinJPPerYear}))
	ch := p.Chart(p.T("rapor_jp_chart"), bar, len(m.JP) == 0)
	t := p.Table(raporKey, "jp", p.T("rapor_jp"), p.Col("tahun"), p.Col("jp"), p.Col("rapor_pelatihan_n", "pelatihan"),
		p.Col("kekurangan_jp"), p.Col("memenuhi", "memenuhi_20_jp"))
	for _, y := range m.JP {
		t.Add(kit.TextCell(kit.FmtInt64(y.Tahun)), numCell(p.Lang, y.JP, jpDec(y.JP)), numCell(p.Lang, float64(y.Pelatihan), 0),
			numCell(p.Lang, y.Kekurangan, jpDec(y.Kekurangan)), yesNo(p, !y.Kurang20))
	}
	tt := p.Table(raporKey, "pelatihan", p.T("rapor_trainings"), p.Col("tahun"), p.Col("rapor_mulai", "tanggal_mulai"),
		p.Col("rapor_sampai", "tanggal_selesai"), p.Col("kegiatan"), p.Col("jenis_kompetensi"), p.Col("kompetensi"), p.Col("jp"))
	for _, x := range m.Trainings {
		tt.Add(kit.TextCell(kit.FmtInt64(x.Tahun)), dateCell(x.Mulai), dateCell(x.Selesai), kit.TextCell(x.Kegiatan),
			kit.Cell{Text: kit.TrOr(p.Lang, "rapor_jk_"+x.JenisKompetensi, x.JenisKompetensi), Raw: x.JenisKompetensi},
			kit.Cell{Text: kit.TrOr(p.Lang, "rapor_fk_"+x.Kompetensi, x.Kompetensi), Raw: x.Kompetensi}, numCell(p.Lang, x.JP, jpDec(x.JP)))
	}
	sec.Blocks = []kit.Block{{Chart: ch, Table: t}, {Table: tt}}
	return sec
}

// raporFocus: the recommended training focus per year, newest first.
func raporFocus(p *kit.Page, m RaporModel) kit.Section {
	sec := kit.Section{ID: "fokus", Title: p.T("rapor_focus"), Note: p.T("rapor_focus_note"), Empty: len(m.Needs) == 0}
	t := p.Table(raporKey, "fokus", p.T("rapor_focus"), p.Col("tahun"), p.Col("fokus", "fokus_pelatihan"),
		p.Col("jenis_kompetensi", "jenis_kompetensi_fokus"), p.Col("rapor_nilai_bawah", "nilai_di_bawah"),
		p.Col("rapor_kesenjangan", "kesenjangan_kinerja"), p.Col("jp"), p.Col("kekurangan_jp"), p.Col("kategori", "kategori_prioritas"),
		p.Col("rapor_acuan", "periode_acuan"), p.Col("predikat"))
	for i := len(m.Needs) - 1; i >= 0; i-- {
		n := m.Needs[i]
		var vals []string
		for _, v := range n.NilaiDiBawah {
			vals = append(vals, kit.TrOr(p.Lang, "val_"+v, v))
		}
		t.Add(kit.TextCell(kit.FmtInt64(n.Tahun)), kit.Cell{Text: focusText(p, n.Fokus), Raw: n.Fokus},
			kit.Cell{Text: kit.TrOr(p.Lang, "rapor_jk_"+n.JenisFokus, kit.OrDash(n.JenisFokus)), Raw: n.JenisFokus},
			kit.Cell{Text: kit.OrDash(strings.Join(vals, ", ")), Raw: strings.Join(n.NilaiDiBawah, ",")},
			yesNo(p, n.Kesenjangan), numCell(p.Lang, n.JP, jpDec(n.JP)), numCell(p.Lang, n.KekuranganJP, jpDec(n.KekuranganJP)),
			kit.Cell{Text: kit.TrOr(p.Lang, "rapor_kat_"+n.Kategori, kit.OrDash(n.Kategori)), Raw: n.Kategori},
			kit.TextCell(n.PeriodeAcuan), predikatCell(p, n.Predikat))
	}
	sec.Blocks = []kit.Block{{Table: t}}
	return sec
}

// raporTalent: the 9-box of the latest year with the person's box shaded,
// and every year in the table.
func raporTalent(p *kit.Page, m RaporModel) kit.Section {
	sec := kit.Section{ID: "talenta", Title: p.T("rapor_talent"), Note: p.T("rapor_talent_note"), Empty: len(m.Talent) == 0}
	var last RaporTalent
	title := p.T("rapor_talent")
	if n := len(m.Talent); n > 0 {
		last = m.Talent[n-1]
		title += " · " + kit.FmtInt64(last.Tahun)
	}
	ys := []string{p.T("rapor_pot_rendah"), p.T("rapor_pot_menengah"), p.T("rapor_pot_tinggi")}
	var note [10]string
	var value [10]any
	for b := 1; b <= 9; b++ {
		value[b] = 0
		if int64(b) == last.Kotak {
			note[b], value[b] = " ●", 1
		}
	}
	ch := p.Chart(title, kit.NineBox(p, title, p.T("kotak"), ys, note, value, 1, []string{"#F2F2F2", "#56B4E9"}), len(m.Talent) == 0)
	t := p.Table(raporKey, "talenta", p.T("rapor_talent"), p.Col("tahun"), p.Col("rapor_acuan", "periode_acuan"), p.Col("predikat"),
		p.Col("kinerja_axis", "kinerja"), p.Col("potensi_axis", "potensi"), p.Col("kotak", "kotak_9"), p.Col("kelompok_promosi"))
	for i := len(m.Talent) - 1; i >= 0; i-- {
		x := m.Talent[i]
		kotak := kit.Cell{Text: "–", Class: "num"}
		if x.Kotak > 0 {
			kotak = numCell(p.Lang, float64(x.Kotak), 0)
		}
		t.Add(kit.TextCell(kit.FmtInt64(x.Tahun)), kit.TextCell(x.PeriodeAcuan), predikatCell(p, x.Predikat), ratingCell(p, x.Kinerja),
			kit.Cell{Text: kit.TrOr(p.Lang, "rapor_pot_"+x.Potensi, kit.OrDash(x.Potensi)), Raw: x.Potensi}, kotak, yesNo(p, x.KelompokPromosi))
	}
	sec.Blocks = []kit.Block{{Chart: ch, Table: t}}
	return sec
}

// raporAssignments: positions and units over time, newest first.
func raporAssignments(p *kit.Page, m RaporModel) kit.Section {
	sec := kit.Section{ID: "penugasan", Title: p.T("rapor_assign"), Note: p.T("rapor_assign_note")}
	t := p.Table(raporKey, "penugasan", p.T("rapor_assign"), p.Col("rapor_mulai", "berlaku_mulai"), p.Col("rapor_sampai", "berlaku_sampai"),
		p.Col("jabatan"), p.Col("rapor_jenis_jab", "jenis_jabatan"), p.Col("rapor_golongan", "golongan"), p.Col("rapor_jenis_asn", "jenis_asn"),
		p.Col("rapor_kode_unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("wilayah", "nama_wilayah"))
	for i := len(m.Assignments) - 1; i >= 0; i-- {
		a := m.Assignments[i]
		until := dateCell(a.Sampai)
		if a.Sampai.IsZero() {
			until = kit.Cell{Text: p.T("rapor_sekarang"), Class: "date"}
		}
		t.Add(dateCell(a.Mulai), until, kit.TextCell(a.Jabatan), kit.TextCell(a.JenisJabatan), kit.TextCell(a.Golongan), kit.TextCell(a.JenisASN),
			kit.TextCell(a.Unit), kit.TextCell(a.NamaUnit), kit.TextCell(a.NamaWilayah))
	}
	sec.Blocks = []kit.Block{{Table: t}}
	return sec
}

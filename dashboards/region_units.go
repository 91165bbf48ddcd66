package dashboards

import (
	"math"
	"slices"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// unitsPeriodSection: % Sangat Baik and IKM per unit in a period.
func unitsPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	title := p.T("sec_units")
	sec := kit.Section{ID: "per-unit", Title: title, Empty: len(ps.Keys) == 0 && len(get("").Units) == 0}
	ch := p.PeriodChart(ps, title, func(k string) (*kit.Option, bool) {
		rp := get(k)
		o := kit.NewBar(title + " · " + at(rp.UnitsPeriod, k))
		xs := make([]string, 0, len(rp.Units))
		sbs, ikms := make([]kit.Stat, 0, len(rp.Units)), make([]kit.Stat, 0, len(rp.Units))
		ivs := make([]kit.Interval, 0, len(rp.Units))
		for _, u := range rp.Units {
			xs = append(xs, u.Nama)
			sbs, ikms, ivs = append(sbs, u.PersenSB), append(ikms, u.IKM), append(ivs, u.SBInterval)
		}
		o.Categories(xs, opts.YAxis{Max: 100})
		o.XAxis(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20, HideOverlap: opts.Bool(false)}})
		o.Add(p.T("persen_sb"), kit.BarStats(sbs, 1, true), kit.Color(kit.Palette[0])).Intervals(ivs, 1)
		o.Add(p.T("ikm"), kit.BarStats(ikms, 2, true), kit.Color(kit.Palette[1]))
		return o, len(rp.Units) == 0
	})
	t := p.PeriodTable(ps, key, "unit", func(k string) string { return title + " · " + at(get(k).UnitsPeriod, k) },
		[]kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("sektor"), p.Col("pegawai_dinilai"),
			p.Col("persen_sb", "persen_sangat_baik"), p.Col("ik_sb", "persen_sangat_baik_ik"), p.Col("ikm"), p.Col("mutu"),
			p.Col("peringkat_nilai"), p.Col("peringkat_layanan")},
		func(k string, t *kit.Table) {
			for _, u := range get(k).Units {
				t.Add(kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.CodeCell(p.Lang, "sektor_", u.Sektor), kit.StatCell(p.Lang, u.Pegawai, 0), kit.StatCell(p.Lang, u.PersenSB, 1),
					kit.IntervalCell(p.Lang, u.SBInterval, 1), kit.StatCell(p.Lang, u.IKM, 2), kit.TextCell(u.Mutu), kit.StatCell(p.Lang, u.RankNilai, 0), kit.StatCell(p.Lang, u.RankLayanan, 0))
			}
		})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

// quadrantPeriodSection: ratings against service, one point per unit.
func quadrantPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	title := p.T("sec_quadrant")
	sec := kit.Section{ID: "kuadran", Title: title, Note: p.T("sec_quadrant_note"), Empty: len(ps.Keys) == 0 && len(get("").Units) == 0}
	ch := p.PeriodChart(ps, title, func(k string) (*kit.Option, bool) {
		rp := get(k)
		return quadrantOption(p, title+" · "+at(rp.UnitsPeriod, k), rp.Units, rp.UnitsRegion)
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

// quadrantOption plots units; its dashed guide lines are the region's IKM
// and % Sangat Baik (guide, mart.region_summary: over all its respondents
// and people, masked units included), never a figure of the units shown.
func quadrantOption(p *kit.Page, title string, units []UnitLatest, guide RegionFigures) (*kit.Option, bool) {
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
	o := kit.NewScatter(title).ItemTooltip()
	o.XAxis(opts.XAxis{Type: "value", Name: "IKM", NameLocation: "middle", NameGap: 26, Min: xmin, Max: xmax})
	o.YAxis(opts.YAxis{Type: "value", Name: p.T("persen_sb"), NameLocation: "middle", NameGap: 36, Min: ymin, Max: ymax})
	groups := []labelGroup{
		{"nilai_tinggi_layanan_buruk", kit.Palette[5], "triangle"},
		{"nilai_rendah_layanan_baik", kit.Palette[0], "diamond"},
		{"selaras", kit.Palette[2], "circle"},
		{"", "#777777", "rect"},
	}
	// Dashed guide lines at the region's IKM and % Sangat Baik (where shown).
	var marks []interface{}
	if guide.IKM.Shown() {
		marks = append(marks, opts.MarkLineNameXAxisItem{Name: "IKM", XAxis: kit.Round(guide.IKM.Value, 2)})
	}
	if guide.PersenSB.Shown() {
		marks = append(marks, opts.MarkLineNameYAxisItem{Name: "%", YAxis: kit.Round(guide.PersenSB.Value, 1)})
	}
	var guides charts.SeriesOpts
	if len(marks) > 0 {
		guides = kit.MarkLines("#555555", nil, marks...)
	}
	n := labelScatter(p, o, groups, units, guides, func(u UnitLatest) (string, opts.ScatterData, bool) {
		return u.Label, opts.ScatterData{Name: u.Nama, Value: []any{u.IKM.Chart(2), u.PersenSB.Chart(1)}}, u.PersenSB.Shown() && u.IKM.Shown()
	})
	if n == 0 && slices.ContainsFunc(units, func(u UnitLatest) bool { return u.IKM.Shown() && (u.PersenSB.Small || u.PersenSB.Linked) }) {
		o.AllMasked()
	}
	return o, n == 0
}

// labelGroup is one label of a quadrant chart (the mart's
// label_keselarasan or label_sektor; "" for a unit without one): the
// colour and symbol of its points.
type labelGroup struct{ label, color, symbol string }

// labelScatter adds to o a scatter series per group (in the order of
// groups, named by the label in the page's language) of the units point
// gives that label and a point to draw (ok: both coordinates shown); the
// first series drawn carries guides (nil: none). It returns how many
// points it drew.
func labelScatter[U any](p *kit.Page, o *kit.Option, groups []labelGroup, units []U, guides charts.SeriesOpts,
	point func(U) (label string, d opts.ScatterData, ok bool)) int {
	n := 0
	for _, g := range groups {
		var data []any
		for _, u := range units {
			if label, d, ok := point(u); ok && label == g.label {
				d.Symbol, d.SymbolSize = g.symbol, 14
				data = append(data, d)
			}
		}
		if len(data) == 0 {
			continue
		}
		n += len(data)
		so := []charts.SeriesOpts{kit.Color(g.color)}
		if guides != nil {
			so, guides = append(so, guides), nil
		}
		o.Add(kit.TrOr(p.Lang, "lbl_"+g.label, "–"), data, so...)
	}
	return n
}

// ikmPeriodSection: each unit's IKM in a period against the A–D bands.
func ikmPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	title := p.T("sec_ikm")
	sec := kit.Section{ID: "ikm", Title: title, Note: p.T("sec_ikm_note"), Empty: len(ps.Keys) == 0 && len(get("").IKMUnits) == 0}
	ch := p.PeriodChart(ps, title, func(k string) (*kit.Option, bool) {
		rp := get(k)
		o := kit.NewBar(title + " · " + at(rp.IKMPeriod, k))
		xs := make([]string, 0, len(rp.IKMUnits))
		data := make([]any, 0, len(rp.IKMUnits))
		for _, u := range rp.IKMUnits {
			xs = append(xs, u.Nama)
			color := kit.MutuColors[u.Mutu]
			if color == "" {
				color = "#999999"
			}
			data = append(data, opts.BarData{Value: u.IKM.Chart(2), ItemStyle: &opts.ItemStyle{Color: color}})
		}
		o.Categories(xs, opts.YAxis{Min: 25, Max: 100, Name: "IKM"})
		o.XAxis(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}})
		o.Add(p.T("ikm"), data, kit.MarkLines("#555555", &opts.Label{Show: opts.Bool(true), Formatter: "{b}"},
			opts.MarkLineNameYAxisItem{Name: "C", YAxis: 65.00}, opts.MarkLineNameYAxisItem{Name: "B", YAxis: 76.61}, opts.MarkLineNameYAxisItem{Name: "A", YAxis: 88.31}))
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

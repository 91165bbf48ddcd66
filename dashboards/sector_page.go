package dashboards

import (
	"math"
	"slices"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// The sector sections of the region and unit pages (model: sector_model.go).

// Good and bad as the charts draw them (Okabe–Ito green and vermillion).
const (
	colorGood = "#009E73"
	colorBad  = "#D55E00"
)

// sectorSpec ties a region's sector tables and charts to its selector.
func sectorSpec(all kit.PeriodSpec, get func(string) SectorPeriod) kit.PeriodSpec {
	ps := all
	ps.Pick = func(k string) string {
		if sp := get(k).Period; sp != nil {
			return sp.Periode
		}
		return k
	}
	return ps
}

// sectorSection: the region's health and education units, their
// indicators against target, and how their ratings go with their outcomes.
func sectorSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) SectorPeriod) kit.Section {
	title := p.T("sec_sektor")
	empty := true
	for _, k := range append([]string{""}, ps.Keys...) {
		if sp := get(k); len(sp.Units) > 0 || len(sp.Indicators) > 0 {
			empty = false
		}
	}
	sec := kit.Section{ID: "sektor", Title: title, Note: p.T("sec_sektor_note"), Empty: empty}
	if empty {
		return sec
	}
	ltitle := p.T("sektor_link")
	lch := p.PeriodChart(ps, ltitle, func(k string) (*kit.Option, bool) {
		sp := get(k)
		return sectorLinkOption(p, ltitle+" · "+at(sp.Period, k), sp.Units)
	})
	lt := p.PeriodTable(ps, key, "sektor_unit", func(k string) string { return ltitle + " · " + at(get(k).Period, k) },
		[]kit.Column{p.Col("kode_unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("sektor"), p.Col("pegawai_dinilai"),
			p.Col("persen_sb", "persen_sangat_baik"), p.Col("indikator_n", "indikator_sektor"), p.Col("capaian_sektor", "capaian_sektor"),
			p.Col("memenuhi_n", "indikator_memenuhi_target"), p.Col("memburuk_n", "indikator_memburuk"),
			p.Col("memburuk_beruntun", "memburuk_beruntun_maks"), p.Col("memburuk_beruntun_ind", "indikator_memburuk_beruntun"),
			p.Col("keselarasan_sektor", "label_sektor")},
		func(k string, t *kit.Table) {
			for _, u := range get(k).Units {
				lbl := kit.TrCell(p.Lang, "lbl_", u.Label)
				if u.Label == "nilai_tinggi_sektor_memburuk" {
					lbl.Class = "bad"
				}
				ind := kit.Cell{Text: kit.IndicatorLabel(p.Lang, u.IndikatorBeruntun, ""), Raw: u.IndikatorBeruntun}
				t.Add(kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.CodeCell(p.Lang, "sektor_", u.Sektor),
					kit.StatCell(p.Lang, u.Pegawai, 0), kit.StatCell(p.Lang, u.PersenSB, 1), kit.StatCell(p.Lang, u.Indikator, 0),
					attainmentCell(p.Lang, u.Capaian), kit.StatCell(p.Lang, u.Memenuhi, 0), kit.StatCell(p.Lang, u.Memburuk, 0),
					kit.StatCell(p.Lang, u.Beruntun, 0), ind, lbl)
			}
		})
	ct := correlationTable(p, key, "korelasi_sektor", ps, func(k string) (*kit.Period, []correlationRow) {
		sp := get(k)
		return sp.Period, []correlationRow{{"korelasi_sektor", sp.Sektor}}
	})
	sec.Blocks = append(sec.Blocks, kit.Block{Chart: lch, Table: lt, Note: p.T("sektor_link_note"), Wide: true},
		kit.Block{Table: ct, Note: p.T("korelasi_note")})

	itittle := p.T("sektor_indikator")
	maxN := 0
	for _, k := range append([]string{""}, ps.Keys...) {
		maxN = max(maxN, len(get(k).Indicators))
	}
	ich := p.PeriodChart(ps, itittle, func(k string) (*kit.Option, bool) {
		sp := get(k)
		return attainmentOption(p, itittle+" · "+at(sp.Period, k), sp.Indicators)
	})
	ich.Height = max(320, 110+22*maxN)
	it := p.PeriodTable(ps, key, "sektor_indikator", func(k string) string { return itittle + " · " + at(get(k).Period, k) },
		indicatorCols(p, true), func(k string, t *kit.Table) {
			for _, x := range get(k).Indicators {
				t.Add(indicatorRow(p, x, true)...)
			}
		})
	sec.Blocks = append(sec.Blocks, kit.Block{Chart: ich, Table: it, Wide: true})
	return sec
}

// attainmentCell: an attainment, green at 100 or more (on target), red below.
func attainmentCell(lang string, v kit.Stat) kit.Cell {
	c := kit.StatCell(lang, v, 1)
	if v.Shown() {
		if v.Value >= 100 {
			c.Class = "num good"
		} else {
			c.Class = "num bad"
		}
	}
	return c
}

// trenCell: membaik green, memburuk red (the mart read the change with arah).
func trenCell(lang, tren string) kit.Cell {
	c := kit.CodeCell(lang, "tren_", tren)
	switch tren {
	case "membaik":
		c.Class = "good"
	case "memburuk":
		c.Class = "bad"
	}
	return c
}

func indicatorCols(p *kit.Page, withUnit bool) []kit.Column {
	cols := []kit.Column{p.Col("periode")}
	if withUnit {
		cols = []kit.Column{p.Col("kode_unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("indikator"), p.Col("satuan"), p.Col("arah")}
	}
	return append(cols, p.Col("nilai_ind", "nilai"), p.Col("target"), p.Col("capaian", "capaian_persen"),
		p.Col("memenuhi_target"), p.Col("nilai_sebelumnya"), p.Col("perubahan"), p.Col("tren"), p.Col("memburuk_beruntun"))
}

func indicatorRow(p *kit.Page, x SectorIndicator, withUnit bool) []kit.Cell {
	row := []kit.Cell{kit.TextCell(x.Period.Periode)}
	if withUnit {
		row = []kit.Cell{kit.TextCell(x.Kode), kit.LinkCell(x.Nama, p.UnitHref(x.Kode)),
			kit.Cell{Text: kit.IndicatorLabel(p.Lang, x.Indikator, x.NamaIndikator), Raw: x.Indikator},
			kit.CodeCell(p.Lang, "satuan_", x.Satuan), kit.CodeCell(p.Lang, "arah_", x.Arah)}
	}
	memenuhi := kit.Cell{Text: "–", Raw: x.Memenuhi}
	switch x.Memenuhi {
	case "true":
		memenuhi = kit.Cell{Text: p.T("ya"), Raw: "true", Class: "good"}
	case "false":
		memenuhi = kit.Cell{Text: p.T("tidak"), Raw: "false", Class: "bad"}
	}
	return append(row, kit.StatCell(p.Lang, x.Nilai, x.Decimals), kit.StatCell(p.Lang, x.Target, x.Decimals), attainmentCell(p.Lang, x.Capaian), memenuhi,
		kit.StatCell(p.Lang, x.Sebelumnya, x.Decimals), kit.StatCell(p.Lang, x.Perubahan, x.Decimals), trenCell(p.Lang, x.Tren),
		kit.StatCell(p.Lang, x.Beruntun, 0))
}

// sectorLinkOption: one point per unit, x its sector attainment, y its %
// Sangat Baik, shape and colour by the mart's label_sektor.
func sectorLinkOption(p *kit.Page, title string, units []SectorUnit) (*kit.Option, bool) {
	xmin, xmax := 100.0, 100.0
	n := 0
	for _, u := range units {
		if u.PersenSB.Shown() && u.Capaian.Shown() {
			xmin, xmax = min(xmin, u.Capaian.Value), max(xmax, u.Capaian.Value)
			n++
		}
	}
	xmin, xmax = math.Floor((xmin-5)/10)*10, math.Ceil((xmax+5)/10)*10
	o := kit.NewScatter(title).ItemTooltip()
	o.XAxis(opts.XAxis{Type: "value", Name: p.T("capaian_sektor"), NameLocation: "middle", NameGap: 26, Min: max(0, xmin), Max: xmax})
	o.YAxis(opts.YAxis{Type: "value", Name: p.T("persen_sb"), NameLocation: "middle", NameGap: 36, Min: 0, Max: 100})
	groups := []labelGroup{
		{"nilai_tinggi_sektor_memburuk", colorBad, "triangle"},
		{"nilai_rendah_sektor_baik", kit.Palette[0], "diamond"},
		{"selaras", colorGood, "circle"},
		{"", "#777777", "rect"},
	}
	labelScatter(p, o, groups, units, kit.MarkLines("#555555", nil, opts.MarkLineNameXAxisItem{Name: p.T("target"), XAxis: 100}),
		func(u SectorUnit) (string, opts.ScatterData, bool) {
			return u.Label, opts.ScatterData{Name: u.Nama, Value: []any{u.Capaian.Chart(1), u.PersenSB.Chart(1)}}, u.PersenSB.Shown() && u.Capaian.Shown()
		})
	if n == 0 && slices.ContainsFunc(units, func(u SectorUnit) bool { return u.Capaian.Shown() && (u.PersenSB.Small || u.PersenSB.Linked) }) {
		o.AllMasked()
	}
	return o, n == 0
}

// attainmentOption: each unit's indicators against their target, a bar per
// indicator, green on target or better, red short of it, grey without one.
func attainmentOption(p *kit.Page, title string, inds []SectorIndicator) (*kit.Option, bool) {
	ys := make([]string, 0, len(inds))
	data := make([]any, 0, len(inds))
	// bottom up: the chart lists the first at the top
	for i := len(inds) - 1; i >= 0; i-- {
		x := inds[i]
		ys = append(ys, x.Nama+" · "+kit.IndicatorLabel(p.Lang, x.Indikator, x.NamaIndikator))
		color := "#999999"
		switch x.Memenuhi {
		case "true":
			color = colorGood
		case "false":
			color = colorBad
		}
		data = append(data, opts.BarData{Value: x.Capaian.Chart(1), ItemStyle: &opts.ItemStyle{Color: color}})
	}
	o := kit.NewBar(title).NoLegend()
	o.Horizontal(ys, opts.XAxis{Name: "%", Min: 0}, kit.LongLabels())
	o.Add(p.T("capaian"), data, kit.MarkLines("#555555", &opts.Label{Show: opts.Bool(true), Formatter: p.T("target")},
		opts.MarkLineNameXAxisItem{Name: p.T("target"), XAxis: 100}))
	return o, len(inds) == 0
}

// correlationRow is one correlation of a correlation table: the outcome
// (a label key) and its figures.
type correlationRow struct {
	what string
	c    Correlation
}

// correlationTable: the rank correlations of a period, each with its 95 %
// interval and the units it stands on, or "terlalu sedikit unit".
func correlationTable(p *kit.Page, key, name string, ps kit.PeriodSpec, get func(string) (*kit.Period, []correlationRow)) *kit.Table {
	return p.PeriodTable(ps, key, name, func(k string) string {
		pp, _ := get(k)
		return p.T("korelasi") + " · " + at(pp, k)
	}, []kit.Column{p.Col("korelasi_ukuran", "ukuran"), p.Col("rho", "spearman"), p.Col("ci_bawah", "bawah"), p.Col("ci_atas", "atas"),
		p.Col("n_unit", "n"), p.Col("keterangan")},
		func(k string, t *kit.Table) {
			_, rows := get(k)
			for _, r := range rows {
				note := kit.Cell{Text: "", Raw: ""}
				switch {
				case r.c.TooFew:
					note = kit.Cell{Text: p.T("terlalu_sedikit"), Raw: "terlalu_sedikit_unit"}
				case !r.c.Rho.Shown():
					note = kit.Cell{Text: p.T("korelasi_tidak_ada"), Raw: "tidak_dapat_dihitung"}
				}
				rho, lo, hi := r.c.Rho, r.c.Lo, r.c.Hi
				if r.c.TooFew {
					// Not read: the page shows no figure to read.
					rho, lo, hi = kit.Stat{}, kit.Stat{}, kit.Stat{}
				}
				t.Add(kit.Cell{Text: p.T(r.what), Raw: r.what}, kit.StatCell(p.Lang, rho, 2), kit.StatCell(p.Lang, lo, 2), kit.StatCell(p.Lang, hi, 2),
					kit.StatCell(p.Lang, r.c.N, 0), note)
			}
		})
}

// unitSectorSection: a unit's indicators over time, a chart and a table
// each, and its ratings beside its outcomes per period.
func unitSectorSection(p *kit.Page, key string, u UnitSector, link []SectorUnitPeriod) kit.Section {
	sec := kit.Section{ID: "sektor", Title: p.T("sec_sektor"), Note: p.T("sec_sektor_note"), Empty: len(u.Series) == 0}
	if len(link) > 0 {
		t := p.Table(key, "sektor_tren", p.T("sektor_unit_tren"), p.Col("periode"), p.Col("pegawai_dinilai"), p.Col("persen_sb", "persen_sangat_baik"),
			p.Col("indikator_n", "indikator_sektor"), p.Col("capaian_sektor", "capaian_sektor"), p.Col("memenuhi_n", "indikator_memenuhi_target"),
			p.Col("memburuk_n", "indikator_memburuk"), p.Col("memburuk_beruntun", "memburuk_beruntun_maks"),
			p.Col("memburuk_beruntun_ind", "indikator_memburuk_beruntun"), p.Col("keselarasan_sektor", "label_sektor"))
		for _, l := range link {
			lbl := kit.TrCell(p.Lang, "lbl_", l.Label)
			if l.Label == "nilai_tinggi_sektor_memburuk" {
				lbl.Class = "bad"
			}
			t.Add(kit.TextCell(l.Period.Periode), kit.StatCell(p.Lang, l.Pegawai, 0), kit.StatCell(p.Lang, l.PersenSB, 1), kit.StatCell(p.Lang, l.Indikator, 0),
				attainmentCell(p.Lang, l.Capaian), kit.StatCell(p.Lang, l.Memenuhi, 0), kit.StatCell(p.Lang, l.Memburuk, 0), kit.StatCell(p.Lang, l.Beruntun, 0),
				kit.Cell{Text: kit.IndicatorLabel(p.Lang, l.IndikatorBeruntun, ""), Raw: l.IndikatorBeruntun}, lbl)
		}
		sec.Blocks = append(sec.Blocks, kit.Block{Table: t})
	}
	for _, ser := range u.Series {
		x0 := ser[len(ser)-1]
		name := kit.IndicatorLabel(p.Lang, x0.Indikator, x0.NamaIndikator)
		o := kit.NewLine(name)
		xs := make([]string, 0, len(ser))
		vals, targets := make([]kit.Stat, 0, len(ser)), make([]kit.Stat, 0, len(ser))
		for _, x := range ser {
			xs = append(xs, x.Period.Periode)
			vals, targets = append(vals, x.Nilai), append(targets, x.Target)
		}
		o.Categories(xs, opts.YAxis{Name: kit.CodeCell(p.Lang, "satuan_", x0.Satuan).Text, Scale: opts.Bool(true)})
		color := colorGood
		if x0.Tren == "memburuk" {
			color = colorBad
		}
		o.Add(p.T("nilai_ind"), kit.StatData(vals, x0.Decimals), kit.Line(color, 3, "", true))
		o.Add(p.T("target"), kit.StatData(targets, x0.Decimals), kit.Line("#555555", 2, "dashed", false), kit.Step("middle"))
		ch := p.Chart(name, o, len(ser) == 0)
		t := p.Table(key, "sektor_"+kit.FileName(x0.Indikator), name, indicatorCols(p, false)...)
		for _, x := range ser {
			t.Add(indicatorRow(p, x, false)...)
		}
		sec.Blocks = append(sec.Blocks, kit.Block{Chart: ch, Table: t})
	}
	return sec
}

// withCorrelation adds to the ratings-vs-service section the rank
// correlation of % Sangat Baik with IKM, its interval and n.
func withCorrelation(p *kit.Page, key string, sec kit.Section, ps kit.PeriodSpec, get func(string) SectorPeriod) kit.Section {
	if sec.Empty {
		return sec
	}
	t := correlationTable(p, key, "korelasi_ikm", ps, func(k string) (*kit.Period, []correlationRow) {
		sp := get(k)
		return sp.Period, []correlationRow{{"korelasi_ikm", sp.IKM}}
	})
	sec.Blocks = append(sec.Blocks, kit.Block{Table: t, Note: p.T("korelasi_note")})
	return sec
}

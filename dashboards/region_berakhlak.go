package dashboards

import (
	"slices"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

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
	vals = append([]string{}, kit.BerakhlakOrder...)
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
func berakhlakPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	title := p.T("sec_berakhlak")
	sec := kit.Section{ID: "berakhlak", Title: title, Note: p.T("sec_berakhlak_note"), Empty: len(ps.Keys) == 0 && len(get("").Berakhlak) == 0}
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
	ch := p.PeriodChart(ps, title+" ("+p.T("persen_di_bawah")+")", func(k string) (*kit.Option, bool) {
		rp := get(k)
		g := gridOf(k)
		units, ui, vals, vi := g.units, g.ui, g.vals, g.vi
		var ys, xs []string
		for _, u := range units {
			ys = append(ys, u.Nama)
		}
		for _, v := range vals {
			xs = append(xs, kit.TrOr(p.Lang, "val_"+v, v))
		}
		o := kit.NewHeatMap(title + " (" + p.T("persen_di_bawah") + ") · " + at(rp.BerakhlakPeriod, k)).NoLegend().ItemTooltip()
		o.Grid(opts.Grid{Left: "8", Top: "56", Right: "24", Bottom: "8", ContainLabel: opts.Bool(true)})
		o.XAxis(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}})
		o.YAxis(opts.YAxis{Type: "category", Data: ys})
		o.VisualMap(kit.MaskedScale(opts.VisualMap{Type: "continuous", Min: 0, Max: 100, Calculable: opts.Bool(true), Orient: "horizontal", Right: "10", Top: "0",
			InRange: &opts.VisualMapInRange{Color: []string{"#F7F7F7", "#E69F00", "#D55E00"}}}))
		data := make([]any, 0, len(rp.Berakhlak))
		for _, c := range rp.Berakhlak {
			data = append(data, kit.HeatCell(vi[c.Nilai], ui[c.Kode], c.PersenDiBawah, 1))
		}
		o.Add(p.T("persen_di_bawah"), data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true)}))
		return o, len(rp.Berakhlak) == 0
	})
	nUnits := 0
	for _, k := range append([]string{""}, ps.Keys...) {
		nUnits = max(nUnits, len(gridOf(k).units))
	}
	ch.Height = max(360, 150+32*nUnits)
	// One row per unit, one column per value (the official seven; a value
	// outside them adds a column).
	var extra []string
	seen := map[string]bool{}
	for _, k := range append([]string{""}, ps.Keys...) {
		for _, c := range get(k).Berakhlak {
			if valueIndex(c.Nilai) < 0 && !seen[c.Nilai] {
				seen[c.Nilai] = true
				extra = append(extra, c.Nilai)
			}
		}
	}
	vals := append(append([]string{}, kit.BerakhlakOrder...), extra...)
	cols := []kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("dinilai")}
	for _, v := range vals {
		cols = append(cols, kit.Column{Key: v, Label: kit.TrOr(p.Lang, "val_"+v, v)})
	}
	t := p.PeriodTable(ps, key, "berakhlak", func(k string) string {
		return title + " (" + p.T("persen_di_bawah") + ") · " + at(get(k).BerakhlakPeriod, k)
	}, cols, func(k string, t *kit.Table) {
		g := gridOf(k)
		units, ui := g.units, g.ui
		rows := make([][]kit.Cell, len(units))
		for _, c := range get(k).Berakhlak {
			i := ui[c.Kode]
			if rows[i] == nil {
				rows[i] = make([]kit.Cell, 3+len(vals))
				for j := range rows[i] {
					rows[i][j] = kit.StatCell(p.Lang, kit.Stat{}, 0)
				}
				rows[i][0], rows[i][1], rows[i][2] = kit.TextCell(c.Kode), kit.LinkCell(c.Nama, p.UnitHref(c.Kode)), kit.StatCell(p.Lang, c.Dinilai, 0)
			}
			j := valueIndex(c.Nilai)
			if j < 0 {
				j = len(kit.BerakhlakOrder) + slices.Index(extra, c.Nilai)
			}
			rows[i][3+j] = kit.StatCell(p.Lang, c.PersenDiBawah, 1)
		}
		t.Rows = append(t.Rows, rows...)
	})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func berakhlakTable(p *kit.Page, key, name, caption string, cells []BerakhlakCell, withUnit bool) *kit.Table {
	t := p.Table(key, name, caption, berakhlakCols(p, withUnit)...)
	for _, c := range cells {
		t.Add(berakhlakCells(p, c, withUnit)...)
	}
	return t
}

func berakhlakCols(p *kit.Page, withUnit bool) []kit.Column {
	var cols []kit.Column
	if withUnit {
		cols = append(cols, p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"))
	}
	return append(cols, p.Col("periode"), p.Col("nilai", "nilai_berakhlak"), p.Col("dinilai"), p.Col("persen_di_bawah"))
}

func berakhlakCells(p *kit.Page, c BerakhlakCell, withUnit bool) []kit.Cell {
	var row []kit.Cell
	if withUnit {
		row = append(row, kit.TextCell(c.Kode), kit.LinkCell(c.Nama, p.UnitHref(c.Kode)))
	}
	return append(row, kit.TextCell(c.Period.Periode), kit.TrCell(p.Lang, "val_", c.Nilai), kit.StatCell(p.Lang, c.Dinilai, 0), kit.StatCell(p.Lang, c.PersenDiBawah, 1))
}

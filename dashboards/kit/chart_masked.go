package kit

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// How a chart draws a figure withheld because it concerns fewer than 5
// people (issue 12: a masked cell looks masked, never blank or zero):
//
//   - a bar: no bar (its length would tell the figure), the "<5" label
//     where it would start (MaskedItem, MaskedColumn);
//   - a point of a line: the line breaks there (it is never drawn at a
//     value, nor bridged: a bridged or placed point reads as a real
//     figure), and a dashed grey vertical mark labelled "<5" stands at that
//     period, so a reader sees "this period: fewer than 5, withheld" rather
//     than a dip or a missing period (Option.LineStats);
//   - a heatmap cell: a grey cell labelled "<5" (HeatCell), outside the
//     colour scale (MaskedScale);
//
// and the tooltip says "<5" and why (the option's kjMask, which
// kinerja.js turns into a tooltip formatter), in the page's language.

// MaskedColor is the grey of a masked figure in a chart.
const MaskedColor = "#9E9E9E"

// MaskedItem is a bar's item for a masked figure: no bar (its size would
// tell the figure) but the "<5" label where the bar would start.
func MaskedItem() opts.BarData {
	return opts.BarData{Value: 0, ItemStyle: &opts.ItemStyle{Color: MaskedColor},
		Label: &opts.Label{Show: opts.Bool(true), Position: "right", Formatter: "<5", Color: "#555555"}}
}

// WithheldItem is MaskedItem for a figure withheld by secondary suppression
// (linkedText): it may be 0 or many, so it is not labelled "<5".
func WithheldItem() opts.BarData {
	it := MaskedItem()
	it.Label.Formatter = linkedText
	return it
}

// MaskedColumn is a vertical bar's masked figure: no bar, the "<5" label
// above the axis.
func MaskedColumn() opts.BarData {
	it := MaskedItem()
	it.Label.Position = "insideBottom"
	return it
}

// ChartItem is s as a bar's item: its value, or the masked marker.
func (s Stat) ChartItem(dec int) interface{} {
	switch {
	case s.Linked:
		return WithheldItem()
	case s.Small:
		return MaskedItem()
	}
	return s.Chart(dec)
}

// BarStats is a bar series' data: the values, a withheld one as the
// masked marker (vertical: labelled above the axis).
func BarStats(vals []Stat, dec int, vertical bool) []interface{} {
	out := make([]interface{}, len(vals))
	for i, v := range vals {
		out[i] = v.ChartItem(dec)
		if vertical && v.Small && !v.Linked {
			out[i] = MaskedColumn()
		}
	}
	return out
}

// LineStats adds a line series of vals over the option's categories: a
// withheld value is a gap (the item keeps the "<5" label, or the linked
// mark of a secondary mask, for the tooltip; ECharts draws no point for
// "-") with a vertical mark so labelled at its category, and the line is
// not bridged over it.
func (o *Option) LineStats(name string, vals []Stat, dec int, so ...charts.SeriesOpts) *Option {
	data := make([]interface{}, len(vals))
	var marks []interface{}
	label := "" // the marks' label: their text, "{b}" (each its name) when they differ
	for i, v := range vals {
		if w := v.withheld(); w != "" && i < len(o.cats) {
			data[i] = Item{Value: "-", Label: &opts.Label{Formatter: w}}
			marks = append(marks, opts.MarkLineNameXAxisItem{Name: w, XAxis: o.cats[i]})
			if label == "" {
				label = w
			} else if label != w {
				label = "{b}"
			}
			continue
		}
		data[i] = v.Chart(dec)
	}
	o.Add(name, data, so...)
	if len(marks) > 0 {
		s := o.last()
		s.ConnectNulls = opts.Bool(false)
		s.MarkLines = &opts.MarkLines{Data: marks, MarkLineStyle: opts.MarkLineStyle{Symbol: []string{"none", "none"},
			LineStyle: &opts.LineStyle{Color: MaskedColor, Width: 1, Type: "dashed"},
			Label:     &opts.Label{Show: opts.Bool(true), Position: "end", Formatter: label, Color: "#555555"}}}
	}
	return o
}

// heatMasked is a masked heatmap cell's value: below every colour scale
// (which start at 0), so the visual map's outOfRange grey draws it.
const heatMasked = -1

// HeatCell is the heatmap item at (x, y): its value, or a withheld one as
// a grey "<5" cell.
func HeatCell(x, y int, v Stat, dec int) interface{} {
	if v.Small || v.Linked {
		f := "<5"
		if v.Linked {
			f = linkedText
		}
		return Item{Value: []interface{}{x, y, heatMasked}, Label: &opts.Label{Show: opts.Bool(true), Formatter: f, Color: "#333333"}}
	}
	return []interface{}{x, y, v.Chart(dec)}
}

// MaskedScale lets a heatmap's continuous colour scale (from 0) draw the
// withheld cells grey: ECharts clamps a value below min into the scale
// while the selected range is the whole scale, so the scale starts at the
// masked value and its range (what is coloured) at the old min.
func MaskedScale(vm opts.VisualMap) VisualMap {
	vm.Range = []float32{vm.Min, vm.Max}
	vm.Min = heatMasked
	return VisualMap{VisualMap: vm, OutOfRange: &opts.VisualMapInRange{Color: []string{MaskedColor}}}
}

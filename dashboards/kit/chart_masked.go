package kit

import (
	"bytes"
	"encoding/json"
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
//     than a dip or a missing period (LineStats);
//   - a heatmap cell: a grey cell labelled "<5" (HeatCell), outside the
//     colour scale;
//
// and the tooltip says "<5" and why (the option's kjMask, which
// kinerja.js turns into a tooltip formatter), in the page's language.

// MaskedColumn is a vertical bar's masked figure: no bar, the "<5" label
// above the axis.
func MaskedColumn() ECItem {
	it := MaskedItem()
	it.Label.Position = "insideBottom"
	return it
}

// BarStats is a bar series' data: the values, a withheld one as the
// masked marker (vertical: labelled above the axis).
func BarStats(vals []Stat, dec int, vertical bool) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v.ChartItem(dec)
		if vertical && v.Small && !v.Linked {
			out[i] = MaskedColumn()
		}
	}
	return out
}

// LineStats sets a line series' data from vals over the categories cats:
// a withheld value is a gap (the item keeps the "<5" label for the
// tooltip; ECharts draws no point for "-") and a vertical "<5" mark at its
// category; the line is not bridged over it.
func (s *ECSeries) LineStats(cats []string, vals []Stat, dec int) *ECSeries {
	s.Data = make([]any, len(vals))
	var marks []ECMark
	for i, v := range vals {
		if v.Small && !v.Linked && i < len(cats) {
			s.Data[i] = ECItem{Value: "-", Label: &ECLabel{Formatter: "<5"}}
			marks = append(marks, ECMark{Name: "<5", XAxis: cats[i]})
			continue
		}
		s.Data[i] = v.Chart(dec)
	}
	if len(marks) > 0 {
		s.ConnectNulls = false
		s.MarkLine = &ECMarkLine{Data: marks, Symbol: []string{"none", "none"},
			LineStyle: &ECLineStyle{Color: MaskedColor, Width: 1, Type: "dashed"},
			Label:     &ECLabel{Show: true, Position: "end", Formatter: "<5", Color: "#555555"}}
	}
	return s
}

// heatMasked is a masked heatmap cell's value: below every colour scale
// (which start at 0), so the visualMap's outOfRange grey draws it.
const heatMasked = -1

// HeatCell is the heatmap item at (x, y): its value, or a withheld one as
// a grey "<5" cell.
func HeatCell(x, y int, v Stat, dec int) any {
	if v.Small || v.Linked {
		f := "<5"
		if v.Linked {
			f = linkedText
		}
		return ECItem{Value: []any{x, y, heatMasked}, Label: &ECLabel{Show: true, Formatter: f, Color: "#333333"}}
	}
	return []any{x, y, v.Chart(dec)}
}

// MaskedScale lets a heatmap's continuous colour scale (from 0) draw the
// withheld cells grey: ECharts clamps a value below min into the scale
// while the selected range is the whole scale, so the scale starts at the
// masked value and its range (what is coloured) at the old min.
func MaskedScale(vm ECVisualMap) ECVisualMap {
	vm.Range = []float64{vm.Min, vm.Max}
	vm.Min = heatMasked
	vm.OutOfRange = &ECInRange{Color: []string{MaskedColor}}
	return vm
}

var maskMarkers = [][]byte{[]byte(`"formatter":"\u003c5"`), []byte(`"formatter":"` + linkedText + `"`)}

// withMaskNote adds kjMask (the tooltip text of a withheld figure) to a
// marshalled option that draws one: for both ways a chart is built.
func withMaskNote(b json.RawMessage, lang string) json.RawMessage {
	if len(b) < 2 || b[0] != '{' {
		return b
	}
	found := false
	for _, m := range maskMarkers {
		found = found || bytes.Contains(b, m)
	}
	if !found {
		return b
	}
	note, err := json.Marshal(Tr(lang, "masked_title"))
	if err != nil {
		panic(err)
	}
	out := make([]byte, 0, len(b)+len(note)+12)
	out = append(out, `{"kjMask":`...)
	out = append(out, note...)
	if len(b) > 2 {
		out = append(out, ',')
	}
	return append(out, b[1:]...)
}

package kit

import (
	"bytes"
	"encoding/json"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// What the charts need and go-echarts (v2.6.7) has no option for: the one
// place the chart builder extends it. Each is a small typed value that
// Option.JSON merges into the option map go-echarts' JSON() returns, or
// (Item) a data item a series' data may hold.
//
//   - Item: a data item with a label. opts.LineData and opts.HeatMapData
//     have none, and a withheld figure is a line item or a heatmap cell
//     labelled "<5" (chart_masked.go).
//   - VisualMap: opts.VisualMap with outOfRange (the grey of withheld
//     heatmap cells, below the colour scale), pieces by value with their
//     label (opts.Piece has neither), and a numeric dimension
//     (opts.VisualMap's is a string). It replaces go-echarts' visualMap.
//   - the "no data" text of an empty chart: ECharts' graphic component,
//     which go-echarts does not model.
//   - kjMask: the reason a figure is withheld, in the page's language, on
//     an option that draws one; kinerja.js makes it the tooltip of such an
//     item ("<5 — withheld: ..."), never a number (withMaskNote).

// Item is a series' data item with a label and a style.
type Item struct {
	Name      string          `json:"name,omitempty"`
	Value     interface{}     `json:"value"`
	Label     *opts.Label     `json:"label,omitempty"`
	ItemStyle *opts.ItemStyle `json:"itemStyle,omitempty"`
}

// VisualMap is opts.VisualMap with what it lacks.
type VisualMap struct {
	opts.VisualMap
	OutOfRange *opts.VisualMapInRange `json:"outOfRange,omitempty"`
	Pieces     []Piece                `json:"pieces,omitempty"`
	Dimension  *int                   `json:"dimension,omitempty"`
}

// Piece is one level of a piecewise visual map: a value, its colour and
// its name in the map's legend.
type Piece struct {
	Value float64 `json:"value"`
	Label string  `json:"label"`
	Color string  `json:"color"`
}

// VisualMap sets the option's visual map (instead of go-echarts' one).
func (o *Option) VisualMap(vm VisualMap) *Option {
	o.ext.visualMap = []VisualMap{vm}
	return o
}

type extension struct {
	visualMap []VisualMap
	allMasked bool // empty because every figure is withheld, not missing
}

// AllMasked marks a chart that has figures but draws none because every
// one of them is withheld: its empty text says so instead of "no data"
// (which would read as "nothing happened").
func (o *Option) AllMasked() *Option {
	o.ext.allMasked = true
	return o
}

type graphic struct {
	Type  string       `json:"type"`
	Left  string       `json:"left"`
	Top   string       `json:"top"`
	Style graphicStyle `json:"style"`
}

type graphicStyle struct {
	Text     string `json:"text"`
	FontSize int    `json:"fontSize"`
	Fill     string `json:"fill"`
}

// merge adds the extensions to go-echarts' option map (an empty chart
// says "no data" in the middle) and drops the empty toolbox go-echarts
// writes into every option.
func (e *extension) merge(obj map[string]interface{}, lang string, empty bool) {
	delete(obj, "toolbox") // go-echarts writes an empty one
	if e.visualMap != nil {
		obj["visualMap"] = e.visualMap
	}
	if empty {
		text := Tr(lang, "no_data")
		if e.allMasked {
			text = Tr(lang, "all_masked")
		}
		obj["graphic"] = []graphic{{Type: "text", Left: "center", Top: "middle",
			Style: graphicStyle{Text: text, FontSize: 16, Fill: "#555"}}}
	}
}

var maskMarkers = [][]byte{[]byte(`"formatter":"\u003c5"`), []byte(`"formatter":"` + linkedText + `"`)}

// withMaskNote adds kjMask (the tooltip text of a withheld figure) to a
// marshalled option that draws one.
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

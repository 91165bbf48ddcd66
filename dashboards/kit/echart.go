package kit

import (
	"encoding/json"
)

// ECOption is an ECharts option built without go-echarts, for the charts of
// the region and unit pages: a national site has tens of thousands of them,
// and go-echarts' reflection (defaults, validation, map building) was most
// of the build time. The JSON has the shape go-echarts writes (baseOpts);
// encoding/json escapes <, > and & in every string.
type ECOption struct {
	// Base (always 1) tells kinerja.js to add what every chart shares and
	// the option leaves out, as baseOpts gives it a go-echarts chart:
	// animation off, the palette, the grid (8/78/40/8, labels contained),
	// the scrolling legend at the top left, the axis tooltip, the title at
	// the left in 14 px. Keep kinerja.js's BASE in step with baseOpts.
	Base      int           `json:"kj"`
	Graphic   []ecGraphic   `json:"graphic,omitempty"`
	Grid      []ECGrid      `json:"grid,omitempty"`
	Legend    *ecLegend     `json:"legend,omitempty"`
	Series    []*ECSeries   `json:"series"`
	Title     ecTitle       `json:"title"`
	Tooltip   *ecTooltip    `json:"tooltip,omitempty"`
	VisualMap []ECVisualMap `json:"visualMap,omitempty"`
	XAxis     []*ECAxis     `json:"xAxis,omitempty"`
	YAxis     []*ECAxis     `json:"yAxis,omitempty"`
}

type ecGraphic struct {
	Type  string         `json:"type"`
	Left  string         `json:"left"`
	Top   string         `json:"top"`
	Style map[string]any `json:"style"`
}

type ECGrid struct {
	Left         string `json:"left"`
	Top          string `json:"top"`
	Right        string `json:"right"`
	Bottom       string `json:"bottom"`
	ContainLabel bool   `json:"containLabel"`
}

type ecLegend struct {
	Show bool `json:"show"`
}

type ecTitle struct {
	Text string `json:"text"`
}

type ecTooltip struct {
	Show      bool   `json:"show"`
	Trigger   string `json:"trigger"`
	Formatter string `json:"formatter,omitempty"`
}

type ECVisualMap struct {
	Type       string     `json:"type"`
	Min        float64    `json:"min"`
	Max        float64    `json:"max"`
	Show       *bool      `json:"show,omitempty"`
	Calculable bool       `json:"calculable,omitempty"`
	Orient     string     `json:"orient,omitempty"`
	Right      string     `json:"right,omitempty"`
	Top        string     `json:"top,omitempty"`
	InRange    ECInRange  `json:"inRange"`
	OutOfRange *ECInRange `json:"outOfRange,omitempty"`
	Range      []float64  `json:"range,omitempty"`
}

type ECInRange struct {
	Color []string `json:"color"`
}

type ECAxisLabel struct {
	Interval    any    `json:"interval,omitempty"`
	Rotate      int    `json:"rotate,omitempty"`
	HideOverlap *bool  `json:"hideOverlap,omitempty"`
	Width       int    `json:"width,omitempty"`
	Overflow    string `json:"overflow,omitempty"`
}

type ECAxis struct {
	Type         string       `json:"type,omitempty"`
	Name         string       `json:"name,omitempty"`
	NameLocation string       `json:"nameLocation,omitempty"`
	NameGap      int          `json:"nameGap,omitempty"`
	Data         []string     `json:"data,omitempty"`
	Min          any          `json:"min,omitempty"`
	Max          any          `json:"max,omitempty"`
	Scale        bool         `json:"scale,omitempty"`
	MinInterval  float64      `json:"minInterval,omitempty"`
	AxisLabel    *ECAxisLabel `json:"axisLabel,omitempty"`
}

type ECLineStyle struct {
	Color string `json:"color,omitempty"`
	Width int    `json:"width,omitempty"`
	Type  string `json:"type,omitempty"`
}

type ECItemStyle struct {
	Color       string `json:"color,omitempty"`
	BorderColor string `json:"borderColor,omitempty"`
}

type ECLabel struct {
	Show      bool   `json:"show"`
	Position  string `json:"position,omitempty"`
	Formatter string `json:"formatter,omitempty"`
	FontSize  int    `json:"fontSize,omitempty"`
	Color     string `json:"color,omitempty"`
}

type ECMarkLine struct {
	Data      []ECMark     `json:"data"`
	Symbol    []string     `json:"symbol"`
	LineStyle *ECLineStyle `json:"lineStyle,omitempty"`
	Label     *ECLabel     `json:"label,omitempty"`
}

type ECMark struct {
	Name  string `json:"name"`
	XAxis any    `json:"xAxis,omitempty"`
	YAxis any    `json:"yAxis,omitempty"`
}

type ECSeries struct {
	Name         string       `json:"name"`
	Type         string       `json:"type"`
	Stack        string       `json:"stack,omitempty"`
	Step         string       `json:"step,omitempty"`
	ShowSymbol   *bool        `json:"showSymbol,omitempty"`
	ConnectNulls bool         `json:"connectNulls,omitempty"`
	Data         []any        `json:"data"`
	ItemStyle    *ECItemStyle `json:"itemStyle,omitempty"`
	LineStyle    *ECLineStyle `json:"lineStyle,omitempty"`
	Label        *ECLabel     `json:"label,omitempty"`
	MarkLine     *ECMarkLine  `json:"markLine,omitempty"`
}

// ECItem is a data item with its own style or name (a bar in its mutu
// colour, a named point).
type ECItem struct {
	Name       string       `json:"name,omitempty"`
	Value      any          `json:"value"`
	Symbol     string       `json:"symbol,omitempty"`
	SymbolSize int          `json:"symbolSize,omitempty"`
	ItemStyle  *ECItemStyle `json:"itemStyle,omitempty"`
	Label      *ECLabel     `json:"label,omitempty"`
}

var ECTrue = func() *bool { b := true; return &b }()
var ECFalse = func() *bool { b := false; return &b }()

// NewEC starts an option; kinerja.js gives it what baseOpts gives a
// go-echarts chart.
func NewEC(title string) *ECOption {
	return &ECOption{Base: 1, Title: ecTitle{Text: title}}
}

// ItemTooltip: the tooltip of the item under the pointer, not of the axis.
func (o *ECOption) ItemTooltip() { o.Tooltip = &ecTooltip{Show: true, Trigger: "item"} }

// NoLegend hides the legend.
func (o *ECOption) NoLegend() { o.Legend = &ecLegend{} }

// Category sets a category x axis.
func (o *ECOption) Category(xs []string, y *ECAxis) {
	o.XAxis = []*ECAxis{{Data: xs}}
	if y == nil {
		y = &ECAxis{}
	}
	if y.Type == "" {
		y.Type = "value"
	}
	o.YAxis = []*ECAxis{y}
}

// Horizontal sets a category y axis (bars from the left) and a value x axis.
func (o *ECOption) Horizontal(ys []string, x *ECAxis) {
	if x.Type == "" {
		x.Type = "value"
	}
	o.XAxis = []*ECAxis{x}
	o.YAxis = []*ECAxis{{Type: "category", Data: ys, AxisLabel: &ECAxisLabel{Interval: 0}}}
}

func (o *ECOption) Add(s *ECSeries) *ECSeries {
	if s.Data == nil {
		s.Data = []any{}
	}
	o.Series = append(o.Series, s)
	return s
}

// StatData is a series' values: "-" (ECharts' empty value) for what is
// missing or withheld.
func StatData(vals []Stat, dec int) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v.Chart(dec)
	}
	return out
}

// JSON is the option as the page carries it; empty adds the "no data"
// notice.
func (o *ECOption) JSON(lang string, empty bool) json.RawMessage {
	o.noData(lang, empty)
	b, err := json.Marshal(o)
	if err != nil {
		panic(err)
	}
	return withMaskNote(b, lang)
}

func (o *ECOption) noData(lang string, empty bool) {
	if empty {
		o.Graphic = []ecGraphic{{Type: "text", Left: "center", Top: "middle",
			Style: map[string]any{"text": Tr(lang, "no_data"), "fontSize": 16, "fill": "#555"}}}
	}
}

// PeriodEC is periodChart for charts built as ECOptions: build(k) is the
// option of selector value k and whether it has no data.
func (p *Page) PeriodEC(ps PeriodSpec, title string, build func(k string) (o *ECOption, empty bool)) *Chart {
	return p.periodChart(ps, title, func(k string) json.RawMessage {
		o, empty := build(k)
		return o.JSON(p.Lang, empty)
	})
}

func DashedLine(color string) *ECLineStyle {
	return &ECLineStyle{Type: "dashed", Color: color, Width: 2}
}

package kit

import (
	"encoding/json"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// The chart builder: every chart of the site and the rapor is a go-echarts
// chart (github.com/go-echarts/go-echarts/v2, the design card's library)
// made here. An Option starts from the base every chart shares (BaseOpts),
// takes go-echarts' global options (axes, grid, tooltip, visual map) and
// series options (charts.SeriesOpts), and is written by go-echarts' own
// JSON. What go-echarts has no option for (a labelled line or heatmap
// item, the grey of withheld heatmap cells, a piecewise scale by value,
// the "no data" text, the tooltip note of withheld figures) is added in
// one place, chart_ext.go, merged into go-echarts' option map before it is
// marshalled.
//
// A series' data is a list whose items are numbers, "-" (ECharts' empty
// value), or data items: go-echarts' own (opts.BarData, opts.ScatterData,
// opts.HeatMapData) or Item (chart_ext.go) where go-echarts' item has no
// label. Plain numbers keep the pages small.

// goChart is a go-echarts chart (*charts.Bar, *charts.Line, ...).
type goChart interface {
	Validate()
	JSON() map[string]interface{}
}

// Option is one chart's ECharts option, built on a go-echarts chart.
type Option struct {
	chart goChart
	rect  *charts.RectChart // the chart's options and series
	kind  string            // the series type: bar, line, scatter, heatmap, boxplot
	setX  func(x interface{})
	cats  []string // the category axis' labels (Categories, Horizontal)
	// horizontal: the categories are on the y axis (Horizontal)
	horizontal bool
	ext        extension
}

func newOption(c goChart, rect *charts.RectChart, kind string, setX func(interface{}), title string) *Option {
	o := &Option{chart: c, rect: rect, kind: kind, setX: setX}
	rect.SetGlobalOptions(BaseOpts(title)...)
	return o
}

// NewBar, NewLine, NewScatter, NewHeatMap and NewBoxPlot start an option of
// that kind of chart with the site's base options and title.
func NewBar(title string) *Option {
	c := charts.NewBar()
	return newOption(c, &c.RectChart, types.ChartBar, func(x interface{}) { c.SetXAxis(x) }, title)
}

func NewLine(title string) *Option {
	c := charts.NewLine()
	return newOption(c, &c.RectChart, types.ChartLine, func(x interface{}) { c.SetXAxis(x) }, title)
}

func NewScatter(title string) *Option {
	c := charts.NewScatter()
	return newOption(c, &c.RectChart, types.ChartScatter, func(x interface{}) { c.SetXAxis(x) }, title)
}

func NewHeatMap(title string) *Option {
	c := charts.NewHeatMap()
	return newOption(c, &c.RectChart, types.ChartHeatMap, func(x interface{}) { c.SetXAxis(x) }, title)
}

func NewBoxPlot(title string) *Option {
	c := charts.NewBoxPlot()
	return newOption(c, &c.RectChart, types.ChartBoxPlot, func(x interface{}) { c.SetXAxis(x) }, title)
}

// BaseOpts are what every chart shares: the title at the left in 14 px,
// the axis tooltip, the scrolling legend at the top left, the grid
// (8/78/40/8, labels contained), the Okabe–Ito palette, no animation.
func BaseOpts(title string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithTitleOpts(opts.Title{Title: title, Left: "left", TitleStyle: &opts.TextStyle{FontSize: 14}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Top: "26", Left: "left"}),
		charts.WithGridOpts(opts.Grid{Top: "78", Left: "8", Right: "40", Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithColorsOpts(opts.Colors(Palette)),
		charts.WithAnimation(false),
	}
}

// Set applies go-echarts global options.
func (o *Option) Set(g ...charts.GlobalOpts) *Option {
	o.rect.SetGlobalOptions(g...)
	return o
}

// XAxis and YAxis set the (first) axes.
func (o *Option) XAxis(a opts.XAxis) *Option { return o.Set(charts.WithXAxisOpts(a)) }

func (o *Option) YAxis(a opts.YAxis) *Option { return o.Set(charts.WithYAxisOpts(a)) }

// Grid replaces the base grid. (go-echarts' WithGridOpts adds a second
// grid, which ECharts ignores: the charts that set theirs that way before
// this builder kept the base grid, and still do.)
func (o *Option) Grid(g opts.Grid) *Option {
	o.rect.GridList = []opts.Grid{g}
	return o
}

// ItemTooltip: the tooltip of the item under the pointer, not of the axis.
func (o *Option) ItemTooltip() *Option {
	return o.Set(charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}))
}

// NoLegend hides the legend.
func (o *Option) NoLegend() *Option {
	return o.Set(charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}))
}

// Categories are the labels of the category x axis the series' values
// follow; y is the value axis.
func (o *Option) Categories(xs []string, y opts.YAxis) *Option {
	o.cats = xs
	o.setX(xs)
	if y.Type == "" {
		y.Type = "value"
	}
	return o.YAxis(y)
}

// Horizontal draws bars from the left: ys are the categories of the y
// axis (label: their labels' options), x the value axis.
func (o *Option) Horizontal(ys []string, x opts.XAxis, label *opts.AxisLabel) *Option {
	o.cats, o.horizontal = ys, true
	o.setX(ys)
	if b, ok := o.chart.(*charts.Bar); ok {
		b.XYReversal()
	}
	if x.Type == "" {
		x.Type = "value"
	}
	return o.XAxis(x).YAxis(opts.YAxis{Type: "category", AxisLabel: label})
}

// EveryLabel shows every label of a category axis.
func EveryLabel() *opts.AxisLabel { return &opts.AxisLabel{Interval: "0"} }

// LongLabels are the labels of a category axis of long names (units, foci):
// every one, cut at 260 px.
func LongLabels() *opts.AxisLabel {
	return &opts.AxisLabel{Interval: "0", Width: 260, Overflow: "truncate"}
}

// Add adds a series of the option's kind.
func (o *Option) Add(name string, data []interface{}, so ...charts.SeriesOpts) *Option {
	if data == nil {
		data = []interface{}{}
	}
	s := charts.SingleSeries{Name: name, Type: o.kind, Data: data}
	s.ConfigureSeriesOpts(so...)
	o.rect.MultiSeries = append(o.rect.MultiSeries, s)
	return o
}

// last is the series added last.
func (o *Option) last() *charts.SingleSeries { return &o.rect.MultiSeries[len(o.rect.MultiSeries)-1] }

// JSON is the option as the page carries it, by go-echarts' JSON with
// the extensions merged in (chart_ext.go) and HTML escaping on (<, > and &
// as \u003c, \u003e, \u0026: go-echarts' own page snippet does not escape,
// so a unit name could close the <script>). empty adds the "no data" text.
func (o *Option) JSON(lang string, empty bool) json.RawMessage {
	o.chart.Validate()
	obj := o.chart.JSON()
	o.ext.merge(obj, lang, empty)
	b, err := json.Marshal(obj)
	if err != nil {
		panic(err)
	}
	return withMaskNote(b, lang)
}

// Chart adds a chart of title to the page drawing o (empty: "no data").
func (p *Page) Chart(title string, o *Option, empty bool) *Chart {
	ch := p.NewChart(title)
	ch.Option = o.JSON(p.Lang, empty)
	return ch
}

// PeriodChart is a chart that follows the page's period selector: build(k)
// is the option of selector value k and whether it has no data (k is ""
// without a selector).
func (p *Page) PeriodChart(ps PeriodSpec, title string, build func(k string) (o *Option, empty bool)) *Chart {
	return p.periodChart(ps, title, func(k string) json.RawMessage {
		o, empty := build(k)
		return o.JSON(p.Lang, empty)
	})
}

// Series options the charts share.

// Color colours a series' items (bars, points, line symbols).
func Color(c string) charts.SeriesOpts { return charts.WithItemStyleOpts(opts.ItemStyle{Color: c}) }

// Stack stacks the series with the others of the same stack. (go-echarts'
// WithBarChartOpts and WithLineChartOpts set every field of theirs, so a
// series option set before them would be lost.)
func Stack(name string) charts.SeriesOpts { return func(s *charts.SingleSeries) { s.Stack = name } }

// Step draws a line as steps ("start", "middle", "end").
func Step(where string) charts.SeriesOpts { return func(s *charts.SingleSeries) { s.Step = where } }

// Line styles a line series: its colour (points too), width, and dash type
// ("" solid, "dashed", "dotted"); symbols shows every point.
func Line(color string, width float32, dash string, symbols bool) charts.SeriesOpts {
	return func(s *charts.SingleSeries) {
		s.LineStyle = &opts.LineStyle{Color: color, Width: width, Type: dash}
		s.ItemStyle = &opts.ItemStyle{Color: color}
		if symbols {
			s.ShowSymbol = opts.Bool(true)
		}
	}
}

// Symbol draws a line's points as symbol of size px.
func Symbol(symbol string, size int) charts.SeriesOpts {
	return func(s *charts.SingleSeries) { s.Symbol, s.SymbolSize = symbol, size }
}

// ConnectNulls bridges a line over its missing values (LineStats breaks it
// at a withheld one all the same).
func ConnectNulls(s *charts.SingleSeries) { s.ConnectNulls = opts.Bool(true) }

// Dashed is a dashed guide line (a mark line, a standard).
func Dashed(color string) *opts.LineStyle {
	return &opts.LineStyle{Type: "dashed", Color: color, Width: 2}
}

// MarkLines draws dashed guide lines at the given marks
// (opts.MarkLineNameXAxisItem, opts.MarkLineNameYAxisItem) with label (nil:
// ECharts' default label).
func MarkLines(color string, label *opts.Label, marks ...interface{}) charts.SeriesOpts {
	return func(s *charts.SingleSeries) {
		s.MarkLines = &opts.MarkLines{Data: marks, MarkLineStyle: opts.MarkLineStyle{
			Symbol: []string{"none", "none"}, LineStyle: Dashed(color), Label: label}}
	}
}

// StatData is a series' values: "-" (ECharts' empty value) for what is
// missing or withheld.
func StatData(vals []Stat, dec int) []interface{} {
	out := make([]interface{}, len(vals))
	for i, v := range vals {
		out[i] = v.Chart(dec)
	}
	return out
}

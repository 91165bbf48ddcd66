package kit

import (
	"database/sql"
	"math"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// Honest uncertainty (docs/DASHBOARDS.md, "Uncertainty"): a share of a
// small group carries the Wilson 95 % interval its mart computes
// (core.wilson_bawah, core.wilson_atas); a page draws it as an error bar
// beside the share and writes it in the table. The interval is shown
// exactly when its share is: the interval of a withheld share would tell
// the share.

// Interval is the interval of a share as a page shows it.
type Interval struct{ Lo, Hi Stat }

// IntervalOf is the interval lo-hi of share, shown only when share is.
func IntervalOf(share Stat, lo, hi sql.NullFloat64) Interval {
	if !share.Shown() {
		return Interval{Lo: Stat{Small: share.Small, Linked: share.Linked}, Hi: Stat{Small: share.Small, Linked: share.Linked}}
	}
	return Interval{Lo: Num(lo), Hi: Num(hi)}
}

// Shown reports whether both bounds may be displayed.
func (iv Interval) Shown() bool { return iv.Lo.Shown() && iv.Hi.Shown() }

// IntervalCell is the interval's table cell, "22,1–61,0" ("22.1–61.0"):
// "<5" with a withheld share, "–" without one. Raw (the CSV) is
// "22.1-61.0".
func IntervalCell(lang string, iv Interval, dec int) Cell {
	if !iv.Shown() {
		return StatCell(lang, iv.Lo, dec)
	}
	return Cell{Text: FmtNum(lang, iv.Lo.Value, dec) + "–" + FmtNum(lang, iv.Hi.Value, dec),
		Raw: iv.Lo.raw(dec) + "-" + iv.Hi.raw(dec), Class: "num"}
}

// Intervals draws ivs (one per category, in the order of the category
// axis) as error bars on the series added last: a dark segment from the
// lower to the upper bound at each category whose interval is shown (a
// mark line between two coordinates; across the bar on a Horizontal
// chart), none where it is withheld or missing. The segments are part of
// the series, so its legend entry hides them with it. It is the one way
// the kit draws an interval, on bars and lines alike; the segments are
// added to the series' other mark lines (a line's "<5" marks), each
// carrying its own style.
func (o *Option) Intervals(ivs []Interval, dec int) *Option {
	s := o.last()
	var data []interface{}
	top := math.Inf(-1)
	for i, iv := range ivs {
		if i >= len(o.cats) || !iv.Shown() {
			continue
		}
		lo, hi := iv.Lo.Chart(dec), iv.Hi.Chart(dec)
		top = max(top, iv.Hi.Value)
		a, b := []interface{}{o.cats[i], lo}, []interface{}{o.cats[i], hi}
		if o.horizontal {
			a, b = []interface{}{lo, o.cats[i]}, []interface{}{hi, o.cats[i]}
		}
		data = append(data, []interface{}{markCoord{Coord: a, LineStyle: intervalStyle, Label: noLabel}, markCoord{Coord: b}})
	}
	if len(data) == 0 {
		return o
	}
	o.valueAxisReaches(top)
	if s.MarkLines == nil {
		s.MarkLines = &opts.MarkLines{MarkLineStyle: opts.MarkLineStyle{Symbol: []string{"none", "none"}}}
	}
	s.MarkLines.Data = append(s.MarkLines.Data, data...)
	return o
}

// intervalStyle is an error bar's line: dark and solid (a mark line is
// dashed by default), without a label.
var (
	intervalStyle = &opts.LineStyle{Color: "#222", Width: 2, Type: "solid"}
	noLabel       = &opts.Label{Show: opts.Bool(false)}
)

// markCoord is one end of a mark line at a data coordinate
// [category, value] (go-echarts' mark line items name an axis value or a
// statistic, not a point); the line's style and label ride on its first
// end.
type markCoord struct {
	Coord     []interface{}   `json:"coord"`
	LineStyle *opts.LineStyle `json:"lineStyle,omitempty"`
	Label     *opts.Label     `json:"label,omitempty"`
}

// valueAxisReaches makes the value axis run at least to v: ECharts drops a
// mark line with an end outside the axis (its markers keep only points the
// grid contains), so an upper bound above the tallest bar would lose the
// whole interval (the objections chart's 11.8–48.8 on an axis to 40). An
// axis with a larger fixed maximum is kept; else its maximum becomes v
// rounded up to a tick (a multiple of 10 above 10).
func (o *Option) valueAxisReaches(v float64) {
	nice := math.Ceil(v)
	if v > 10 {
		nice = math.Ceil(v/10) * 10
	}
	fits := func(m interface{}) bool {
		f, ok := m.(float64)
		if i, isInt := m.(int); isInt {
			f, ok = float64(i), true
		}
		return ok && f >= v
	}
	if o.horizontal {
		if len(o.rect.XAxisList) > 0 && !fits(o.rect.XAxisList[0].Max) {
			o.rect.XAxisList[0].Max = nice
		}
		return
	}
	if len(o.rect.YAxisList) > 0 && !fits(o.rect.YAxisList[0].Max) {
		o.rect.YAxisList[0].Max = nice
	}
}

package dashboards

import (
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"sort"
	"strings"
)

// setPeriods turns on the page's period selector with keys (newest first is
// the caller's choice) and def the default key.
func (p *Page) setPeriods(keys, labels []string, def string) {
	p.Periods = nil
	for i, k := range keys {
		p.Periods = append(p.Periods, PeriodOpt{Value: k, Label: labels[i], Selected: k == def})
	}
}

// variantChart is a chart whose option is rebuilt per period key; the
// page's selector switches between them client-side.
func (p *Page) variantChart(title string, keys []string, def string, build func(key string) json.RawMessage) *Chart {
	ch := p.newChart(title)
	ch.Variants = map[string]json.RawMessage{}
	for _, k := range keys {
		ch.Variants[k] = build(k)
	}
	ch.Option = ch.Variants[def]
	if ch.Option == nil && len(keys) > 0 {
		ch.Option = ch.Variants[keys[0]]
	}
	if len(keys) == 0 {
		ch.Option = build("")
	}
	return ch
}

// variantTables builds one table per period key; only def's is shown at first.
func (p *Page) variantTables(keys []string, def string, build func(key string) *Table) []*Table {
	var out []*Table
	for _, k := range keys {
		t := build(k)
		t.Period, t.Hidden = k, k != def
		out = append(out, t)
	}
	return out
}

// spark draws a small inline SVG line of vals (numbers only, so it is safe
// HTML); Raw keeps the values for the CSV.
func spark(lang string, vals []Stat, dec int) Cell {
	var raw []string
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range vals {
		raw = append(raw, v.raw(dec))
		if v.Shown() {
			lo, hi = min(lo, v.Value), max(hi, v.Value)
		}
	}
	c := Cell{Raw: strings.Join(raw, " "), Class: "num"}
	if hi < lo || len(vals) < 2 {
		c.Text = "–"
		return c
	}
	const w, h = 90.0, 22.0
	span := hi - lo
	if span == 0 {
		span = 1
	}
	var pts []string
	var last string
	for i, v := range vals {
		if !v.Shown() {
			continue
		}
		x := 2 + (w-4)*float64(i)/float64(len(vals)-1)
		y := h - 2 - (h-4)*(v.Value-lo)/span
		last = fmt.Sprintf("%.1f,%.1f", x, y)
		pts = append(pts, last)
	}
	lx, ly, _ := strings.Cut(last, ",")
	label := strings.Join(raw, " → ")
	c.Spark = template.HTML(fmt.Sprintf(`<svg class="spark" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" role="img" aria-label="%s"><polyline fill="none" stroke="#0072B2" stroke-width="1.6" points="%s"/><circle cx="%s" cy="%s" r="2.2" fill="#D55E00"/></svg>`,
		w, h, w, h, template.HTMLEscapeString(label), strings.Join(pts, " "), lx, ly))
	return c
}

// topBottom keeps the first n and last n of a sorted list when it is longer
// than 2n; cut reports whether anything was left out.
func topBottom[T any](rows []T, n int) (out []T, cut bool) {
	if len(rows) <= 2*n {
		return rows, false
	}
	out = append(out, rows[:n]...)
	return append(out, rows[len(rows)-n:]...), true
}

// quantiles of sorted values: min, q1, median, q3, max.
func quantiles(v []float64) [5]float64 {
	sort.Float64s(v)
	q := func(p float64) float64 {
		if len(v) == 1 {
			return v[0]
		}
		pos := p * float64(len(v)-1)
		i := int(math.Floor(pos))
		if i+1 >= len(v) {
			return v[len(v)-1]
		}
		return v[i] + (pos-float64(i))*(v[i+1]-v[i])
	}
	return [5]float64{v[0], round(q(.25), 1), round(q(.5), 1), round(q(.75), 1), v[len(v)-1]}
}

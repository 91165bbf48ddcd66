package kit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"
)

// SetPeriods turns on the page's period selector with keys (newest first is
// the caller's choice) and def the default key.
func (p *Page) SetPeriods(keys, labels []string, def string) {
	p.Periods = nil
	for i, k := range keys {
		p.Periods = append(p.Periods, PeriodOpt{Value: k, Label: labels[i], Selected: k == def})
	}
}

// PeriodSpec ties a chart or a table to the page's period selector.
type PeriodSpec struct {
	Keys []string // the selector's values, newest first
	Def  string   // the default value
	// Pick maps a selector value to the key of the data it shows ("" =
	// none): selector values that show the same data (the quarters of a
	// year on a yearly table) share one variant. nil: the value itself.
	Pick   func(string) string
	CSVKey string // the CSV column naming the variant: "periode" when empty
}

func (ps PeriodSpec) variant(k string) string {
	if ps.Pick == nil {
		return k
	}
	return ps.Pick(k)
}

// each calls f once per distinct variant with the first selector value
// that shows it; it returns the map selector value -> variant key (nil
// when every value is its own variant) and the default's variant key.
func (ps PeriodSpec) each(f func(k, vk string)) (pick map[string]string, def string) {
	seen := map[string]bool{}
	pick = map[string]string{}
	same := true
	for _, k := range ps.Keys {
		vk := ps.variant(k)
		pick[k] = vk
		same = same && vk == k
		if !seen[vk] {
			seen[vk] = true
			f(k, vk)
		}
	}
	def, ok := pick[ps.Def]
	if !ok && len(ps.Keys) > 0 {
		def = pick[ps.Keys[0]]
	}
	if same {
		pick = nil
	}
	return pick, def
}

// periodChart is a chart that follows the page's period selector: build(k)
// gives the full option for selector value k (called once per variant, ""
// without a selector). Option is the default's; every other variant is kept
// as a patch against it, so a page does not repeat what all periods share.
func (p *Page) periodChart(ps PeriodSpec, title string, build func(k string) json.RawMessage) *Chart {
	ch := p.NewChart(title)
	if len(ps.Keys) == 0 {
		ch.Option = build("")
		return ch
	}
	full := map[string]json.RawMessage{}
	pick, def := ps.each(func(k, vk string) {
		full[vk] = build(k)
		ch.order = append(ch.order, vk)
	})
	ch.Option = full[def]
	if len(full) == 1 {
		return ch
	}
	ch.Patch, ch.Pick = true, pick
	ch.Variants = make(map[string]json.RawMessage, len(full))
	pt := newPatcher(ch.Option)
	for vk, o := range full {
		if vk == def {
			ch.Variants[vk] = json.RawMessage("{}")
		} else {
			ch.Variants[vk] = pt.patch(o)
		}
	}
	return ch
}

// patcher computes what kinerja.js needs to turn a chart's base option into
// each of its variants, parsing the base once for all of them.
type patcher struct {
	top       map[string]json.RawMessage
	series    []map[string]json.RawMessage
	seriesBad bool // the base's series is no list of objects
}

func newPatcher(base json.RawMessage) *patcher {
	p := &patcher{}
	if err := json.Unmarshal(base, &p.top); err != nil {
		panic(err)
	}
	if s, ok := p.top["series"]; ok && json.Unmarshal(s, &p.series) != nil {
		p.seriesBad = true
	}
	return p
}

// patch is what kinerja.js needs to turn the base option into v: the
// top-level keys whose value differs (null: remove it); "series" is a list
// whose items hold the keys that differ from the same series of the base.
func (p *patcher) patch(v json.RawMessage) json.RawMessage {
	var o map[string]json.RawMessage
	if err := json.Unmarshal(v, &o); err != nil {
		panic(err)
	}
	out := map[string]json.RawMessage{}
	for k, ov := range o {
		bv, ok := p.top[k]
		switch {
		case ok && bytes.Equal(bv, ov):
		case ok && k == "series":
			out[k] = p.seriesPatch(ov)
		default:
			out[k] = ov
		}
	}
	for k := range p.top {
		if _, ok := o[k]; !ok {
			out[k] = json.RawMessage("null")
		}
	}
	r, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return r
}

func (p *patcher) seriesPatch(v json.RawMessage) json.RawMessage {
	bs := p.series
	var vs []map[string]json.RawMessage
	if p.seriesBad || json.Unmarshal(v, &vs) != nil {
		return v
	}
	out := make([]map[string]json.RawMessage, len(vs))
	for i, s := range vs {
		if i >= len(bs) {
			out[i] = s
			continue
		}
		d := map[string]json.RawMessage{}
		for k, x := range s {
			if y, ok := bs[i][k]; !ok || !bytes.Equal(x, y) {
				d[k] = x
			}
		}
		for k := range bs[i] {
			if _, ok := s[k]; !ok {
				d[k] = json.RawMessage("null")
			}
		}
		out[i] = d
	}
	r, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return r
}

// tableVar is the caption and rows of one variant of a switch table.
type tableVar struct {
	Key, Caption string
	Rows         [][]Cell
}

// PeriodTable is a table whose rows follow the page's period selector:
// fill(k, t) adds the rows of selector value k to t (once per variant, ""
// without a selector), caption(k) names them. The default's rows are in
// the HTML; the others go to the page's JSON, from which kinerja.js renders
// them. The CSV holds every variant, with a first column naming it.
func (p *Page) PeriodTable(ps PeriodSpec, key, name string, caption func(k string) string, cols []Column, fill func(k string, t *Table)) *Table {
	t := p.Table(key, name, "", cols...)
	t.csvKey = ps.CSVKey
	if t.csvKey == "" {
		t.csvKey = "periode"
	}
	if len(ps.Keys) == 0 {
		t.Caption = caption("")
		fill("", t)
		return t
	}
	pick, def := ps.each(func(k, vk string) {
		v := &Table{}
		fill(k, v)
		t.Vars = append(t.Vars, tableVar{Key: vk, Caption: caption(k), Rows: v.Rows})
	})
	for _, v := range t.Vars {
		if v.Key == def {
			t.Caption, t.Rows = v.Caption, v.Rows
		}
	}
	if len(t.Vars) > 1 {
		t.pick, t.defVar = pick, def
		t.Switch = "t" + strconv.Itoa(len(p.switches)+1)
		p.switches = append(p.switches, t)
	}
	return t
}

// Empty reports whether the table has no rows (the default period's).
func (t *Table) Empty() bool { return len(t.Rows) == 0 }

func (p *Page) linkIndex(text, href string) int {
	k := text + "\x00" + href
	if i, ok := p.linkIdx[k]; ok {
		return i
	}
	if p.linkIdx == nil {
		p.linkIdx = map[string]int{}
	}
	p.linkIdx[k] = len(p.links)
	p.links = append(p.links, [2]string{text, href})
	return len(p.links) - 1
}

// VariantTables builds one table per period key; only def's is shown at first.
func (p *Page) VariantTables(keys []string, def string, build func(key string) *Table) []*Table {
	var out []*Table
	for _, k := range keys {
		t := build(k)
		t.Period, t.Hidden = k, k != def
		out = append(out, t)
	}
	return out
}

// Spark draws a small inline SVG line of vals (numbers only, so it is safe
// HTML); Raw keeps the values for the CSV.
func Spark(lang string, vals []Stat, dec int) Cell {
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

// TopBottom keeps the first n and last n of a sorted list when it is longer
// than 2n; cut reports whether anything was left out.
func TopBottom[T any](rows []T, n int) (out []T, cut bool) {
	if len(rows) <= 2*n {
		return rows, false
	}
	out = append(out, rows[:n]...)
	return append(out, rows[len(rows)-n:]...), true
}

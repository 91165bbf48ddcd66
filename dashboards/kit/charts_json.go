package kit

import (
	"bufio"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonString writes s as a JSON string the way encoding/json does with
// HTML escaping: <, >, & as \u003c, \u003e, \u0026, and U+2028, U+2029.
func jsonString(w *bufio.Writer, s string) {
	const hex = "0123456789abcdef"
	w.WriteByte('"')
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			w.WriteString(s[last:i])
			switch c {
			case '"', '\\':
				w.WriteByte('\\')
				w.WriteByte(c)
			case '\n':
				w.WriteString(`\n`)
			case '\r':
				w.WriteString(`\r`)
			case '\t':
				w.WriteString(`\t`)
			default:
				w.WriteString(`\u00`)
				w.WriteByte(hex[c>>4])
				w.WriteByte(hex[c&15])
			}
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.WriteString(s[last:i])
			w.WriteString(`\ufffd`)
			i += size
			last = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			w.WriteString(s[last:i])
			w.WriteString(`\u202`)
			w.WriteByte(hex[r&15])
			i += size
			last = i
			continue
		}
		i += size
	}
	w.WriteString(s[last:])
	w.WriteByte('"')
}

// writeChartsJSON writes what ChartsJSON returns, straight to w: the chart
// options are written as they are (json.Marshal made them), not marshalled
// again.
func (p *Page) writeChartsJSON(w *bufio.Writer) {
	object := len(p.switches) > 0 || len(p.FigureSets) > 1
	if object {
		w.WriteString(`{"charts":`)
	}
	w.WriteByte('[')
	for i, c := range p.charts {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString(`{"id":`)
		jsonString(w, c.ID)
		w.WriteString(`,"option":`)
		w.Write(orNull(c.Option))
		if len(c.Variants) > 0 {
			w.WriteString(`,"variants":{`)
			n := 0
			for _, k := range variantOrder(c) {
				if n > 0 {
					w.WriteByte(',')
				}
				n++
				jsonString(w, k)
				w.WriteByte(':')
				w.Write(orNull(c.Variants[k]))
			}
			w.WriteByte('}')
		}
		if len(c.Pick) > 0 {
			w.WriteString(`,"pick":`)
			writeStringMap(w, c.Pick)
		}
		if c.Patch {
			w.WriteString(`,"patch":true`)
		}
		w.WriteByte('}')
	}
	w.WriteByte(']')
	if !object {
		return
	}
	// The figures of the other periods: [label, value, delta, up, note,
	// delta2, up2, note2] each.
	w.WriteString(`,"figures":{`)
	n := 0
	def := p.defaultFigureSet()
	for i := range p.FigureSets {
		fs := &p.FigureSets[i]
		if fs == def {
			continue
		}
		if n > 0 {
			w.WriteByte(',')
		}
		n++
		jsonString(w, fs.Period)
		w.WriteString(`:{"a":`)
		jsonString(w, fs.Label)
		w.WriteString(`,"f":[`)
		for j, f := range fs.Figures {
			if j > 0 {
				w.WriteByte(',')
			}
			w.WriteByte('[')
			jsonString(w, f.Label)
			w.WriteByte(',')
			jsonString(w, f.Value)
			w.WriteByte(',')
			jsonString(w, f.Delta)
			w.WriteByte(',')
			jsonString(w, f.Trend)
			w.WriteByte(',')
			jsonString(w, f.Note)
			w.WriteByte(',')
			jsonString(w, f.Delta2)
			w.WriteByte(',')
			jsonString(w, f.Trend2)
			w.WriteByte(',')
			jsonString(w, f.Note2)
			w.WriteByte(']')
		}
		w.WriteString(`]}`)
	}
	w.WriteString(`},"tables":{`)
	for i, t := range p.switches {
		if i > 0 {
			w.WriteByte(',')
		}
		jsonString(w, t.Switch)
		w.WriteString(`:{"cls":[`)
		cls := switchClasses(t)
		for j, c := range cls {
			if j > 0 {
				w.WriteByte(',')
			}
			jsonString(w, c)
		}
		w.WriteString(`],"def":`)
		jsonString(w, t.defVar)
		if len(t.pick) > 0 {
			w.WriteString(`,"pick":`)
			writeStringMap(w, t.pick)
		}
		if t.HideEmpty {
			w.WriteString(`,"hide":true`)
		}
		w.WriteString(`,"v":{`)
		n := 0
		for _, v := range t.Vars {
			if v.Key == t.defVar {
				continue
			}
			if n > 0 {
				w.WriteByte(',')
			}
			n++
			jsonString(w, v.Key)
			w.WriteString(`:{"c":`)
			jsonString(w, v.Caption)
			w.WriteString(`,"r":[`)
			for ri, r := range v.Rows {
				if ri > 0 {
					w.WriteByte(',')
				}
				w.WriteByte('[')
				for ci, c := range r {
					if ci > 0 {
						w.WriteByte(',')
					}
					if c.Href != "" {
						w.WriteString(strconv.Itoa(p.linkIndex(c.Text, c.Href)))
					} else {
						jsonString(w, c.Text)
					}
				}
				w.WriteByte(']')
			}
			w.WriteString(`]}`)
		}
		w.WriteString(`}}`)
	}
	w.WriteString(`},"links":[`)
	for i, l := range p.links {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteByte('[')
		jsonString(w, l[0])
		w.WriteByte(',')
		jsonString(w, l[1])
		w.WriteByte(']')
	}
	w.WriteString(`],"nodata":`)
	jsonString(w, p.T("no_data"))
	w.WriteByte('}')
}

// defaultFigureSet is the figure set shown first (the default period's).
func (p *Page) defaultFigureSet() *FigureSet {
	for i := range p.FigureSets {
		if !p.FigureSets[i].Hidden {
			return &p.FigureSets[i]
		}
	}
	if len(p.FigureSets) > 0 {
		return &p.FigureSets[0]
	}
	return nil
}

func orNull(b json.RawMessage) []byte {
	if len(b) == 0 {
		return []byte("null")
	}
	return b
}

// variantOrder: the chart's variants in the selector's order (then any other).
func variantOrder(c *Chart) []string {
	keys := make([]string, 0, len(c.Variants))
	seen := make(map[string]bool, len(c.Variants))
	for _, k := range c.order {
		if _, ok := c.Variants[k]; ok && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	var rest []string
	for k := range c.Variants {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}

func writeStringMap(w *bufio.Writer, m map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			w.WriteByte(',')
		}
		jsonString(w, k)
		w.WriteByte(':')
		jsonString(w, m[k])
	}
	w.WriteByte('}')
}

// switchClasses is the class of each column of a switch table (from the
// first row that has it).
func switchClasses(t *Table) []string {
	cls := make([]string, len(t.Head))
	for _, v := range t.Vars {
		for _, r := range v.Rows {
			for i, c := range r {
				if i < len(cls) && cls[i] == "" {
					cls[i] = c.Class
				}
			}
		}
	}
	return cls
}

// ChartsJSONString is the page's JSON as a string (ChartsJSON).
func (p *Page) ChartsJSONString() string {
	var b strings.Builder
	bw := bufio.NewWriter(&b)
	p.writeChartsJSON(bw)
	bw.Flush()
	return b.String()
}

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
		comma(w, i)
		w.WriteString(`{"id":`)
		jsonString(w, c.ID)
		w.WriteString(`,"option":`)
		w.Write(orNull(c.Option))
		if len(c.Variants) > 0 {
			w.WriteString(`,"variants":{`)
			for n, k := range variantOrder(c) {
				comma(w, n)
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
	def := p.defaultFigureSet()
	var others []*FigureSet
	for i := range p.FigureSets {
		if fs := &p.FigureSets[i]; fs != def {
			others = append(others, fs)
		}
	}
	for n, fs := range others {
		member(w, n, fs.Period, "a", fs.Label)
		w.WriteString(`,"f":[`)
		for j, f := range fs.Figures {
			comma(w, j)
			writeStrings(w, f.Label, f.Value, f.Delta, f.Trend, f.Note, f.Delta2, f.Trend2, f.Note2)
		}
		w.WriteString(`]}`)
	}
	w.WriteString(`},"tables":{`)
	for i, t := range p.switches {
		comma(w, i)
		jsonString(w, t.Switch)
		w.WriteString(`:{"cls":`)
		cls := switchClasses(t)
		writeStrings(w, cls...)
		w.WriteString(`,"def":`)
		jsonString(w, t.defVar)
		if len(t.pick) > 0 {
			w.WriteString(`,"pick":`)
			writeStringMap(w, t.pick)
		}
		if t.HideEmpty {
			w.WriteString(`,"hide":true`)
		}
		// The rows of every variant but the one in the HTML.
		w.WriteString(`,"v":{`)
		n := 0
		for _, v := range t.Vars {
			if v.Key != t.defVar {
				member(w, n, v.Key, "c", v.Caption)
				n++
				writeRows(w, p, v.Rows, cls)
				w.WriteByte('}')
			}
		}
		w.WriteString(`}}`)
	}
	w.WriteString(`},"links":[`)
	for i, l := range p.links {
		comma(w, i)
		writeStrings(w, l[0], l[1])
	}
	w.WriteString(`],"nodata":`)
	jsonString(w, p.T("no_data"))
	w.WriteByte('}')
}

// comma separates the i-th item of a JSON list from the one before.
func comma(w *bufio.Writer, i int) {
	if i > 0 {
		w.WriteByte(',')
	}
}

// writeRows writes the "r" field of a switch table's variant: its rows of
// cell texts, a link as its index in the page's links, and a cell whose
// class is not its column's (a good or bad change) as {"t": text,
// "cls": class}.
func writeRows(w *bufio.Writer, p *Page, rows [][]Cell, cls []string) {
	w.WriteString(`,"r":[`)
	for ri, r := range rows {
		comma(w, ri)
		w.WriteByte('[')
		for ci, c := range r {
			comma(w, ci)
			if c.Href != "" {
				w.WriteString(strconv.Itoa(p.linkIndex(c.Text, c.Href)))
			} else if ci < len(cls) && c.Class != cls[ci] && c.Text != "<5" && c.Text != linkedText {
				w.WriteString(`{"t":`)
				jsonString(w, c.Text)
				w.WriteString(`,"cls":`)
				jsonString(w, c.Class)
				w.WriteByte('}')
			} else {
				jsonString(w, c.Text)
			}
		}
		w.WriteByte(']')
	}
	w.WriteByte(']')
}

// member starts the n-th member of a JSON object, key, whose value is an
// object: its first field and that field's string value.
func member(w *bufio.Writer, n int, key, field, value string) {
	comma(w, n)
	jsonString(w, key)
	w.WriteString(`:{"` + field + `":`)
	jsonString(w, value)
}

// writeStrings writes ss as a JSON array of strings.
func writeStrings(w *bufio.Writer, ss ...string) {
	w.WriteByte('[')
	for i, s := range ss {
		comma(w, i)
		jsonString(w, s)
	}
	w.WriteByte(']')
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
		comma(w, i)
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

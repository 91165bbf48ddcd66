package kit

import (
	"strconv"
	"strings"
)

type Column struct{ Key, Label string }

// Table starts a table whose CSV is data/<page key>_<name>.csv.
func (p *Page) Table(key, name, caption string, cols ...Column) *Table {
	t := &Table{Caption: caption, CSV: "data/" + key + "_" + name + ".csv"}
	if p.CSVGroup != "" {
		t.CSV, t.CSVLead, t.CSVLeadKey = p.CSVGroup+name+".csv", p.CSVLead, "kode_unit"
	}
	t.CSVHref = p.Root + t.CSV
	for _, c := range cols {
		t.Head = append(t.Head, c.Label)
		t.CSVHead = append(t.CSVHead, c.Key)
	}
	p.CSVs = append(p.CSVs, t)
	return t
}

func (t *Table) Add(cells ...Cell) { t.Rows = append(t.Rows, cells) }

func TextCell(s string) Cell { return Cell{Text: s, Raw: s} }

func TrCell(lang, prefix, raw string) Cell {
	return Cell{Text: TrOr(lang, prefix+raw, raw), Raw: raw}
}

func LinkCell(s, href string) Cell { return Cell{Text: s, Raw: s, Href: href} }

func StatCell(lang string, s Stat, dec int) Cell {
	raw := s.raw(dec)
	if s.Shown() && (dec == 0 || lang == LangEN) && s.Value > -999 && s.Value < 999 {
		// The same text (no thousands separator, a dot or no decimals).
		if s.Value >= 0 || raw[0] == '-' && strings.Trim(raw[1:], "0.") != "" {
			return Cell{Text: raw, Raw: raw, Class: "num"}
		}
	}
	return Cell{Text: s.Text(lang, dec), Raw: raw, Class: "num"}
}

// Col is a column with the CSV key k[0] (else key) headed by key's label; a
// code column (kode_wilayah, kode_unit) is headed by its own label ("Kode
// wilayah"), not by the name column's beside it ("Wilayah | Wilayah").
func (p *Page) Col(key string, k ...string) Column {
	if len(k) > 0 {
		if _, ok := codeLabels[k[0]]; ok && strings.HasPrefix(k[0], "kode_") {
			return Column{k[0], p.T(k[0])}
		}
		return Column{k[0], p.T(key)}
	}
	return Column{key, p.T(key)}
}

func PeriodLabel(p *Period) string {
	if p == nil {
		return "–"
	}
	return p.Periode
}

func (p *Page) UnitHref(kode string) string { return p.Up + "unit/" + FileName(kode) + ".html" }

func (p *Page) RegionHref(kode string) string { return p.Up + "wilayah/" + FileName(kode) + ".html" }

// FileName keeps a code safe as a file name.
func FileName(code string) string {
	safe := code != "" && strings.Trim(code, ".") != ""
	for i := 0; safe && i < len(code); i++ {
		c := code[i]
		safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_'
	}
	if safe {
		return code
	}
	var b strings.Builder
	for _, r := range code {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	if b.Len() == 0 || strings.Trim(b.String(), ".") == "" {
		return "_" + b.String()
	}
	return b.String()
}

// ChangeCell is now as StatCell shows it, coloured by its change on prev
// as a headline figure's change is (Change: classes chg, up or down, good
// or bad, or same), the change and vs (what it is against) as its title.
// Without both figures it is a plain StatCell.
func ChangeCell(lang string, now, prev Stat, dec int, arah, vs string) Cell {
	c := StatCell(lang, now, dec)
	if !now.Shown() || !prev.Shown() {
		return c
	}
	d, trend := Change(lang, now.Value-prev.Value, dec, arah)
	c.Class += " chg " + trend
	c.Title = vs + ": " + d
	return c
}

func FigureOf(lang, label string, now, prev Stat, dec int, suffix, note, arah string) Figure {
	f := Figure{Label: label, Value: now.Text(lang, dec) + suffix, Note: note}
	if now.Shown() && prev.Shown() {
		f.Delta, f.Trend = Change(lang, now.Value-prev.Value, dec, arah)
	}
	return f
}

func FmtInt64(i int64) string { return strconv.FormatInt(i, 10) }

func Round(v float64, dec int) float64 {
	return Stat{Value: v, Valid: true}.Chart(dec).(float64)
}

func OrDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

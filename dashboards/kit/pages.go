package dashboards

import (
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/opts"
)

type col struct{ key, label string }

// table starts a table whose CSV is data/<page key>_<name>.csv.
func (p *Page) table(key, name, caption string, cols ...col) *Table {
	t := &Table{Caption: caption, CSV: "data/" + key + "_" + name + ".csv"}
	if p.csvGroup != "" {
		t.CSV, t.csvLead, t.csvLeadKey = p.csvGroup+name+".csv", p.csvLead, "kode_unit"
	}
	t.CSVHref = p.Root + t.CSV
	for _, c := range cols {
		t.Head = append(t.Head, c.label)
		t.CSVHead = append(t.CSVHead, c.key)
	}
	p.csvs = append(p.csvs, t)
	return t
}

func (t *Table) add(cells ...Cell) { t.Rows = append(t.Rows, cells) }

func txt(s string) Cell { return Cell{Text: s, Raw: s} }

func code(lang, prefix, raw string) Cell {
	return Cell{Text: trOr(lang, prefix+raw, raw), Raw: raw}
}

func link(s, href string) Cell { return Cell{Text: s, Raw: s, Href: href} }

func sc(lang string, s Stat, dec int) Cell {
	raw := s.raw(dec)
	if s.Shown() && (dec == 0 || lang == langEN) && s.Value > -999 && s.Value < 999 {
		// The same text (no thousands separator, a dot or no decimals).
		if s.Value >= 0 || raw[0] == '-' && strings.Trim(raw[1:], "0.") != "" {
			return Cell{Text: raw, Raw: raw, Class: "num"}
		}
	}
	return Cell{Text: s.text(lang, dec), Raw: raw, Class: "num"}
}

// c is a column with the CSV key k[0] (else key) headed by key's label; a
// code column (kode_wilayah, kode_unit) is headed by its own label ("Kode
// wilayah"), not by the name column's beside it ("Wilayah | Wilayah").
func (p *Page) c(key string, k ...string) col {
	if len(k) > 0 {
		if _, ok := codeLabels[k[0]]; ok && strings.HasPrefix(k[0], "kode_") {
			return col{k[0], p.T(k[0])}
		}
		return col{k[0], p.T(key)}
	}
	return col{key, p.T(key)}
}

func periodLabel(p *Period) string {
	if p == nil {
		return "–"
	}
	return p.Periode
}

func (p *Page) unitHref(kode string) string { return p.Up + "unit/" + fileName(kode) + ".html" }

func (p *Page) regionHref(kode string) string { return p.Up + "wilayah/" + fileName(kode) + ".html" }

// fileName keeps a code safe as a file name.
func fileName(code string) string {
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

func figure(lang, label string, now, prev Stat, dec int, suffix, note, arah string) Figure {
	f := Figure{Label: label, Value: now.text(lang, dec) + suffix, Note: note}
	if now.Shown() && prev.Shown() {
		f.Delta, f.Trend = change(lang, now.Value-prev.Value, dec, arah)
	}
	return f
}

// ---- charts ----

func (p *Page) predikatSection(key string, pts []PredikatPoint) Section {
	sec := Section{ID: "predikat", Title: p.T("sec_predikat"), Note: p.T("sec_predikat_note"), Empty: len(pts) == 0}
	ch := p.newChart(p.T("sec_predikat") + " (%)")
	o := newEC(ch.Title)
	xs := make([]string, 0, len(pts))
	for _, pt := range pts {
		xs = append(xs, pt.Period.Periode)
	}
	o.category(xs, &ecAxis{Max: 100, Name: "%"})
	for i, k := range predikatKeys {
		data := make([]any, 0, len(pts))
		for _, pt := range pts {
			data = append(data, pt.Shares[i].chart(1))
		}
		o.add(&ecSeries{Name: p.T(k), Type: "bar", Stack: "predikat", Data: data, ItemStyle: &ecItemStyle{Color: predikatColors[i]}})
	}
	ch.Option = o.json(p.Lang, len(pts) == 0)
	cols := []col{p.c("periode"), p.c("pegawai_dinilai")}
	for _, k := range predikatKeys {
		cols = append(cols, col{strings.TrimPrefix(k, "pred_"), p.T(k)})
	}
	t := p.table(key, "predikat", p.T("sec_predikat"), cols...)
	for _, pt := range pts {
		row := []Cell{txt(pt.Period.Periode), sc(p.Lang, pt.Pegawai, 0)}
		for i := range pt.Counts {
			row = append(row, sc(p.Lang, pt.Counts[i], 0))
		}
		t.add(row...)
	}
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

func lineData(vals []Stat, dec int) []opts.LineData {
	out := make([]opts.LineData, 0, len(vals))
	for _, v := range vals {
		out = append(out, opts.LineData{Value: v.chart(dec)})
	}
	return out
}

func (p *Page) serviceBlock(key string, ser ServiceSeries, withPrev bool) Block {
	name := trOr(p.Lang, "lay_"+ser.Layanan, ser.Layanan)
	ch := p.newChart(name + ": " + p.T("median_jam"))
	o := newEC(ch.Title)
	xs := make([]string, 0, len(ser.Points))
	med, p90, batas := make([]Stat, 0, len(ser.Points)), make([]Stat, 0, len(ser.Points)), make([]Stat, 0, len(ser.Points))
	for _, pt := range ser.Points {
		xs = append(xs, pt.Period.Periode)
		med, p90, batas = append(med, pt.Median), append(p90, pt.P90), append(batas, pt.Batas)
	}
	o.category(xs, &ecAxis{Name: p.T("median_jam")})
	o.add(&ecSeries{Name: p.T("median_jam"), Type: "line", ShowSymbol: ecTrue, Data: statData(med, 2),
		ItemStyle: &ecItemStyle{Color: palette[0]}, LineStyle: &ecLineStyle{Color: palette[0], Width: 3}})
	o.add(&ecSeries{Name: p.T("p90_jam"), Type: "line", Data: statData(p90, 2),
		ItemStyle: &ecItemStyle{Color: palette[1]}, LineStyle: &ecLineStyle{Color: palette[1], Width: 2}})
	o.add(&ecSeries{Name: p.T("standar"), Type: "line", Step: "middle", Data: statData(batas, 2),
		ItemStyle: &ecItemStyle{Color: palette[5]}, LineStyle: dashedLine(palette[5])})
	ch.Option = o.json(p.Lang, len(ser.Points) == 0)
	cols := []col{p.c("periode"), p.c("permohonan"), p.c("median_jam", "median_jam"), p.c("p90_jam", "p90_jam"),
		p.c("batas_jam", "batas_jam"), p.c("tepat_waktu", "persen_tepat_waktu"), p.c("backlog")}
	if withPrev {
		cols = append(cols, p.c("backlog_prev", "backlog_sebelumnya"))
	}
	t := p.table(key, "layanan_"+fileName(ser.Layanan), name, cols...)
	for _, pt := range ser.Points {
		row := []Cell{txt(pt.Period.Periode), sc(p.Lang, pt.Permohonan, 0), sc(p.Lang, pt.Median, 2), sc(p.Lang, pt.P90, 2),
			sc(p.Lang, pt.Batas, 2), sc(p.Lang, pt.TepatWaktu, 1), sc(p.Lang, pt.Backlog, 0)}
		if withPrev {
			row = append(row, sc(p.Lang, pt.BacklogPrev, 0))
		}
		t.add(row...)
	}
	return Block{Chart: ch, Table: t}
}

func (p *Page) jpTable(key, name, caption string, years []JPYear, withUnit bool) *Table {
	t := p.table(key, name, caption, p.jpCols(withUnit)...)
	for _, y := range years {
		t.add(p.jpRow(y, withUnit)...)
	}
	return t
}

func (p *Page) jpCols(withUnit bool) []col {
	cols := []col{}
	if withUnit {
		cols = append(cols, p.c("unit", "kode_unit"), p.c("unit", "nama_unit"))
	}
	cols = append(cols, p.c("tahun"), p.c("pegawai"), p.c("pegawai_kurang_20", "pegawai_kurang_20_jp"), p.c("kurang_20", "persen_kurang_20_jp"))
	if withUnit {
		cols = append(cols, p.c("rata_jp", "rata_jp"))
	}
	return cols
}

func (p *Page) jpRow(y JPYear, withUnit bool) []Cell {
	var row []Cell
	if withUnit {
		row = append(row, txt(y.Kode), link(y.Nama, p.unitHref(y.Kode)))
	}
	row = append(row, txt(fmtInt64(y.Tahun)), sc(p.Lang, y.Pegawai, 0), sc(p.Lang, y.Kurang, 0), sc(p.Lang, y.Persen, 1))
	if withUnit {
		row = append(row, sc(p.Lang, y.RataJP, 1))
	}
	return row
}

func fmtInt64(i int64) string { return strconv.FormatInt(i, 10) }

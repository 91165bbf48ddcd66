package dashboards

import (
	"strings"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// predikatSection is the predikat distribution per period and its table;
// ch is its chart (predikatOption's, or on a unit page its region's:
// region_fallback.go).
func predikatSection(p *kit.Page, key string, pts []PredikatPoint, ch *kit.Chart) kit.Section {
	sec := kit.Section{ID: "predikat", Title: p.T("sec_predikat"), Note: p.T("sec_predikat_note"), Empty: len(pts) == 0}
	cols := []kit.Column{p.Col("periode"), p.Col("pegawai_dinilai")}
	for _, k := range predikatKeys {
		cols = append(cols, kit.Column{Key: strings.TrimPrefix(k, "pred_"), Label: p.T(k)})
	}
	t := p.Table(key, "predikat", p.T("sec_predikat"), cols...)
	for _, pt := range pts {
		row := []kit.Cell{kit.TextCell(pt.Period.Periode), kit.StatCell(p.Lang, pt.Pegawai, 0)}
		for i := range pt.Counts {
			row = append(row, kit.StatCell(p.Lang, pt.Counts[i], 0))
		}
		t.Add(row...)
	}
	sec.Blocks = []kit.Block{{Chart: ch, Table: t}}
	return sec
}

// predikatTitle is the predikat chart's title.
func predikatTitle(p *kit.Page) string { return p.T("sec_predikat") + " (%)" }

// predikatOption draws each predikat's share of the appraised per period,
// stacked.
func predikatOption(p *kit.Page, title string, pts []PredikatPoint) drawn {
	o := kit.NewBar(title)
	xs := make([]string, 0, len(pts))
	for _, pt := range pts {
		xs = append(xs, pt.Period.Periode)
	}
	o.Categories(xs, opts.YAxis{Max: 100, Name: "%"})
	var shown []kit.Stat
	for i, k := range predikatKeys {
		shares := make([]kit.Stat, 0, len(pts))
		for _, pt := range pts {
			shares = append(shares, pt.Shares[i])
		}
		shown = append(shown, shares...)
		o.Add(p.T(k), kit.BarStats(shares, 1, true), kit.Stack("predikat"), kit.Color(kit.PredikatColors[i]))
	}
	return drawn{o: o, shown: shown, empty: len(pts) == 0}
}

func serviceBlock(p *kit.Page, key string, ser ServiceSeries, withPrev bool) kit.Block {
	name := kit.TrOr(p.Lang, "lay_"+ser.Layanan, ser.Layanan)
	title := name + ": " + p.T("median_jam")
	o := kit.NewLine(title)
	xs := make([]string, 0, len(ser.Points))
	med, p90, batas := make([]kit.Stat, 0, len(ser.Points)), make([]kit.Stat, 0, len(ser.Points)), make([]kit.Stat, 0, len(ser.Points))
	for _, pt := range ser.Points {
		xs = append(xs, pt.Period.Periode)
		med, p90, batas = append(med, pt.Median), append(p90, pt.P90), append(batas, pt.Batas)
	}
	o.Categories(xs, opts.YAxis{Name: p.T("median_jam")})
	o.Add(p.T("median_jam"), kit.StatData(med, 2), kit.Line(kit.Palette[0], 3, "", true))
	o.Add(p.T("p90_jam"), kit.StatData(p90, 2), kit.Line(kit.Palette[1], 2, "", false))
	o.Add(p.T("standar"), kit.StatData(batas, 2), kit.Line(kit.Palette[5], 2, "dashed", false), kit.Step("middle"))
	ch := p.Chart(title, o, len(ser.Points) == 0)
	cols := []kit.Column{p.Col("periode"), p.Col("permohonan"), p.Col("median_jam", "median_jam"), p.Col("p90_jam", "p90_jam"),
		p.Col("batas_jam", "batas_jam"), p.Col("tepat_waktu", "persen_tepat_waktu"), p.Col("backlog")}
	if withPrev {
		cols = append(cols, p.Col("backlog_prev", "backlog_sebelumnya"))
	}
	t := p.Table(key, "layanan_"+kit.FileName(ser.Layanan), name, cols...)
	for _, pt := range ser.Points {
		row := []kit.Cell{kit.TextCell(pt.Period.Periode), kit.StatCell(p.Lang, pt.Permohonan, 0), kit.StatCell(p.Lang, pt.Median, 2), kit.StatCell(p.Lang, pt.P90, 2),
			kit.StatCell(p.Lang, pt.Batas, 2), kit.StatCell(p.Lang, pt.TepatWaktu, 1), kit.StatCell(p.Lang, pt.Backlog, 0)}
		if withPrev {
			row = append(row, kit.StatCell(p.Lang, pt.BacklogPrev, 0))
		}
		t.Add(row...)
	}
	return kit.Block{Chart: ch, Table: t}
}

func jpTable(p *kit.Page, key, name, caption string, years []JPYear, withUnit bool) *kit.Table {
	t := p.Table(key, name, caption, jpCols(p, withUnit)...)
	for _, y := range years {
		t.Add(jpRow(p, y, withUnit)...)
	}
	return t
}

func jpCols(p *kit.Page, withUnit bool) []kit.Column {
	cols := []kit.Column{}
	if withUnit {
		cols = append(cols, p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"))
	}
	cols = append(cols, p.Col("tahun"), p.Col("pegawai"), p.Col("pegawai_kurang_20", "pegawai_kurang_20_jp"), p.Col("kurang_20", "persen_kurang_20_jp"))
	if withUnit {
		cols = append(cols, p.Col("rata_jp", "rata_jp"))
	}
	return cols
}

func jpRow(p *kit.Page, y JPYear, withUnit bool) []kit.Cell {
	var row []kit.Cell
	if withUnit {
		row = append(row, kit.TextCell(y.Kode), kit.LinkCell(y.Nama, p.UnitHref(y.Kode)))
	}
	row = append(row, kit.TextCell(kit.FmtInt64(y.Tahun)), kit.StatCell(p.Lang, y.Pegawai, 0), kit.StatCell(p.Lang, y.Kurang, 0), kit.StatCell(p.Lang, y.Persen, 1))
	if withUnit {
		row = append(row, kit.StatCell(p.Lang, y.RataJP, 1))
	}
	return row
}

// predikatChart is a region's predikat chart.
func predikatChart(p *kit.Page, pts []PredikatPoint) *kit.Chart {
	d := predikatOption(p, predikatTitle(p), pts)
	return p.Chart(predikatTitle(p), d.o, d.empty)
}

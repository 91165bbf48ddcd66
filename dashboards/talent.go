package dashboards

import (
	"sort"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// NineBox is the 9-box count of a region or unit in a year: Boxes[0] is
// "incomplete" (no kotak), Boxes[1..9] the boxes; Pool the promotion pool
// (kotak 7-9), Rest kotak 1-6, Total everyone (mart.talent_grid).
type NineBox struct {
	Kode, Nama        string
	Boxes             [10]kit.Stat
	Pool, Rest, Total kit.Stat
}

// TalentModel is everything talenta.html shows.
type TalentModel struct {
	Years   []int64 // newest first
	Grid    map[int64]NineBox
	Regions map[int64][]NineBox
}

// talentGridRow is one row of mart.talent_grid: Boxes[0] tanpa_kotak,
// Boxes[1..9] kotak_1..kotak_9.
type talentGridRow struct {
	Tingkat, Unit, Wilayah, NamaWilayah string
	Tahun                               int64
	Boxes                               [10]int64
	Pool, Rest, Total                   int64
}

func (x *talentGridRow) cols() kit.Cols {
	c := kit.Cols{"tingkat": &x.Tingkat, "kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "nama_wilayah": &x.NamaWilayah,
		"tahun": &x.Tahun, "tanpa_kotak": &x.Boxes[0], "kelompok_promosi": &x.Pool, "kotak_1_6": &x.Rest, "pegawai": &x.Total}
	for b := 1; b <= 9; b++ {
		c["kotak_"+strconv.Itoa(b)] = &x.Boxes[b]
	}
	return c
}

// talentRegions are the regions of mart.talent_grid's wilayah rows of
// year y: the site's regions first, in their order, then any other (the
// rows of the table on talenta.html add up to the semua row).
func (s *site) talentRegions(y int64) []talentGridRow {
	by := map[string]talentGridRow{}
	for _, r := range s.w.TalentGrid {
		if r.Tingkat == "wilayah" && r.Tahun == y {
			by[r.Wilayah] = r
		}
	}
	out := make([]talentGridRow, 0, len(by))
	for _, reg := range s.w.Regions {
		if r, ok := by[reg.Kode]; ok {
			out = append(out, r)
			delete(by, reg.Kode)
		}
	}
	rest := make([]talentGridRow, 0, len(by))
	for _, r := range by {
		rest = append(rest, r)
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].Wilayah < rest[j].Wilayah })
	return append(out, rest...)
}

// talentUnitRows are the unit rows of mart.talent_grid of a region, per
// year, by unit code.
func (s *site) talentUnitRows(region string) map[int64][]talentGridRow {
	out := map[int64][]talentGridRow{}
	for _, r := range s.talentByRegion[region] {
		out[r.Tahun] = append(out[r.Tahun], r)
	}
	for _, rows := range out {
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].Unit < rows[j].Unit })
	}
	return out
}

// gridOption is the 9-box of nb: each box with its count.
func gridOption(p *kit.Page, nb NineBox, title string) (*kit.Option, bool) {
	ys := []string{"rendah", "menengah", "tinggi"}
	if p.Lang == kit.LangEN {
		ys = []string{"low", "medium", "high"}
	}
	var note [10]string
	var value [10]any
	for b := 1; b <= 9; b++ {
		note[b], value[b] = ": "+nb.Boxes[b].Text(p.Lang, 0), nb.Boxes[b].Chart(0)
	}
	o := kit.NineBox(p, title, p.T("pegawai"), ys, note, value, maxBox(nb), []string{"#F7F7F7", "#56B4E9", "#0072B2"})
	return o, nb.Total.Valid && nb.Total.Value == 0
}

func maxBox(nb NineBox) float32 {
	m := 1.0
	for b := 1; b <= 9; b++ {
		if nb.Boxes[b].Shown() {
			m = max(m, nb.Boxes[b].Value)
		}
	}
	return float32(m)
}

func nineboxTable(p *kit.Page, key, name, caption string, rows []NineBox, unit bool) *kit.Table {
	t := p.Table(key, name, caption, nineboxCols(p, unit)...)
	for _, r := range rows {
		t.Add(nineboxRow(p, r, unit)...)
		if !unit {
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
	}
	return t
}

func nineboxCols(p *kit.Page, unit bool) []kit.Column {
	cols := []kit.Column{p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah")}
	if unit {
		cols = []kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit")}
	}
	for b := 1; b <= 9; b++ {
		cols = append(cols, kit.Column{Key: "kotak_" + strconv.Itoa(b), Label: p.T("kotak") + " " + strconv.Itoa(b)})
	}
	return append(cols, p.Col("tanpa_kotak", "tanpa_kotak"), p.Col("kelompok_promosi", "kelompok_promosi"), p.Col("pegawai"))
}

func nineboxRow(p *kit.Page, r NineBox, unit bool) []kit.Cell {
	href := p.RegionHref(r.Kode)
	if unit {
		href = p.UnitHref(r.Kode)
	}
	row := []kit.Cell{kit.TextCell(r.Kode), kit.LinkCell(r.Nama, href)}
	for b := 1; b <= 9; b++ {
		row = append(row, kit.StatCell(p.Lang, r.Boxes[b], 0))
	}
	return append(row, kit.StatCell(p.Lang, r.Boxes[0], 0), kit.StatCell(p.Lang, r.Pool, 0), kit.StatCell(p.Lang, r.Total, 0))
}

func (s *site) talentPage(m TalentModel, lang string) *kit.Page {
	p := s.mainPage(lang, "talenta.html", "nav_talenta", "talent_intro")
	key := "talenta"
	keys, def := yearSelector(p, m.Years)
	for i, k := range keys {
		nb := m.Grid[m.Years[i]]
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != def, Figures: []kit.Figure{
			{Label: p.T("kelompok_promosi") + " · " + k, Value: nb.Pool.Text(lang, 0)},
			{Label: p.T("pegawai") + " · " + k, Value: nb.Total.Text(lang, 0)}}})
	}
	year := func(k string) int64 { y, _ := strconv.ParseInt(k, 10, 64); return y }
	g := kit.Section{ID: "grid", Title: p.T("talent_grid"), Empty: len(keys) == 0}
	gch := p.PeriodChart(kit.PeriodSpec{Keys: keys, Def: def}, p.T("talent_grid"), func(k string) (*kit.Option, bool) {
		return gridOption(p, m.Grid[year(k)], p.T("talent_grid")+" · "+k)
	})
	gtabs := p.VariantTables(keys, def, func(k string) *kit.Table {
		return nineboxTable(p, key, "wilayah_"+k, p.T("sec_talenta")+" · "+p.T("sec_regions")+" · "+k, m.Regions[year(k)], false)
	})
	g.Blocks = []kit.Block{{Chart: gch, Tables: gtabs, Wide: true}}
	g.Note = p.T("talent_units") + ": " + p.T("sec_regions")
	for _, r := range s.w.Regions {
		g.Links = append(g.Links, kit.Link{Href: p.RegionHref(r.Kode) + "#talenta", Text: r.Nama})
	}
	p.Sections = append(p.Sections, g)
	return p
}

// ---- data quality ----

// unitsPoolChart: per unit, the promotion pool and the rest of the people with a box.
func unitsPoolChart(p *kit.Page, units []NineBox, year string) (*kit.Option, bool) {
	ys := make([]string, 0, len(units))
	pool, rest := make([]any, 0, len(units)), make([]any, 0, len(units))
	for i := len(units) - 1; i >= 0; i-- {
		u := units[i]
		ys = append(ys, u.Nama)
		pool = append(pool, u.Pool.ChartItem(0))
		rest = append(rest, u.Rest.ChartItem(0))
	}
	o := kit.NewBar(p.T("talent_units")+" · "+year).Horizontal(ys, opts.XAxis{Name: p.T("pegawai")}, kit.LongLabels())
	o.Add(p.T("kelompok_promosi"), pool, kit.Stack("t"), kit.Color(kit.Palette[2]))
	o.Add(p.T("kotak")+" 1–6", rest, kit.Stack("t"), kit.Color("#BBBBBB"))
	return o, len(units) == 0
}

// namesSections lists the region's named people; only with ShowNames.
func (s *site) namesSections(p *kit.Page, key, region string) []kit.Section {
	pool := p.Table(key, "nama_promosi", p.T("pool_names"), p.Col("nip"), p.Col("nama"), p.Col("jabatan"), p.Col("unit", "nama_unit"), p.Col("tahun"), p.Col("kotak", "kotak_9"))
	for _, r := range s.w.PoolNames {
		if r.Wilayah == region {
			pool.Add(kit.TextCell(r.NIP), kit.TextCell(r.Nama), kit.TextCell(r.Jabatan), kit.LinkCell(s.unitName(r.Unit), p.UnitHref(r.Unit)), kit.TextCell(kit.FmtInt64(r.Tahun)), kit.TextCell(kit.FmtInt64(r.Kotak)))
		}
	}
	needs := p.Table(key, "nama_prioritas", p.T("needs_names"), p.Col("nip"), p.Col("nama"), p.Col("jabatan"), p.Col("unit", "nama_unit"), p.Col("tahun"),
		p.Col("fokus", "fokus_pelatihan"), p.Col("skor", "skor_prioritas"), p.Col("kekurangan_jp", "kekurangan_jp"))
	for _, r := range s.w.NeedsNames {
		if r.Wilayah == region {
			needs.Add(kit.TextCell(r.NIP), kit.TextCell(r.Nama), kit.TextCell(r.Jabatan), kit.LinkCell(s.unitName(r.Unit), p.UnitHref(r.Unit)), kit.TextCell(kit.FmtInt64(r.Tahun)), kit.FocusCell(p.Lang, r.Fokus),
				kit.TextCell(kit.FmtInt64(r.Skor)), kit.StatCell(p.Lang, kit.Num(r.KekuranganJP), 0))
		}
	}
	return []kit.Section{
		{ID: "nama-promosi", Title: p.T("pool_names"), Blocks: []kit.Block{{Table: pool}}},
		{ID: "nama-prioritas", Title: p.T("needs_names"), Blocks: []kit.Block{{Table: needs}}},
	}
}

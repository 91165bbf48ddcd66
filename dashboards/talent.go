package dashboards

import (
	"database/sql"
	"encoding/json"
	"path"
	"regexp"
	"sort"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// NineBox is the 9-box count of a region or unit in a year: Boxes[0] is
// "incomplete" (no kotak), Boxes[1..9] the boxes.
type NineBox struct {
	Kode, Nama  string
	Boxes       [10]Stat
	Pool, Total Stat
}

// TalentModel is everything talenta.html shows.
type TalentModel struct {
	Years   []int64 // newest first
	Grid    map[int64]NineBox
	Regions map[int64][]NineBox
}

func ninebox(kode, nama string, c [10]int64) NineBox {
	nb := NineBox{Kode: kode, Nama: nama}
	var tot int64
	for i, v := range c {
		nb.Boxes[i] = people(sql.NullInt64{Int64: v, Valid: true})
		tot += v
	}
	nb.Pool = people(sql.NullInt64{Int64: c[7] + c[8] + c[9], Valid: true})
	nb.Total = people(sql.NullInt64{Int64: tot, Valid: true})
	return nb
}

func (s *site) talentModel() TalentModel {
	m := TalentModel{Grid: map[int64]NineBox{}, Regions: map[int64][]NineBox{}}
	all := map[int64]*[10]int64{}
	reg := map[string]*[10]int64{}
	for _, r := range s.w.Talent {
		if all[r.Tahun] == nil {
			all[r.Tahun] = &[10]int64{}
			m.Years = append(m.Years, r.Tahun)
		}
		if r.Kotak >= 0 && r.Kotak <= 9 {
			all[r.Tahun][r.Kotak] += r.Pegawai
			k := r.Wilayah + "|" + fmtInt64(r.Tahun)
			if reg[k] == nil {
				reg[k] = &[10]int64{}
			}
			reg[k][r.Kotak] += r.Pegawai
		}
	}
	sort.Slice(m.Years, func(i, j int) bool { return m.Years[i] > m.Years[j] })
	for _, y := range m.Years {
		m.Grid[y] = ninebox("", "", *all[y])
		for _, r := range s.w.Regions {
			if c := reg[r.Kode+"|"+fmtInt64(y)]; c != nil {
				m.Regions[y] = append(m.Regions[y], ninebox(r.Kode, r.Nama, *c))
			}
		}
	}
	return m
}

// talentUnits is the 9-box per unit of a region in its latest year.
func (s *site) talentUnits(region string) (int64, []NineBox) {
	by := s.talentUnitsByYear(region)
	var last int64
	for y := range by {
		last = max(last, y)
	}
	return last, by[last]
}

// talentUnitsByYear is the 9-box per unit of a region, per year.
func (s *site) talentUnitsByYear(region string) map[int64][]NineBox {
	type key struct {
		unit string
		year int64
	}
	by := map[key]*[10]int64{}
	var order []key
	for _, r := range s.talentByRegion[region] {
		if r.Kotak < 0 || r.Kotak > 9 {
			continue
		}
		k := key{r.Unit, r.Tahun}
		if by[k] == nil {
			by[k] = &[10]int64{}
			order = append(order, k)
		}
		by[k][r.Kotak] += r.Pegawai
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].unit < order[j].unit })
	out := map[int64][]NineBox{}
	for _, k := range order {
		out[k.year] = append(out[k.year], ninebox(k.unit, s.unitName(k.unit), *by[k]))
	}
	return out
}

// boxPos: 9-box number -> (x = kinerja 0 di bawah..2 di atas, y = potensi 0 rendah..2 tinggi).
var boxPos = [10][2]int{{}, {0, 0}, {1, 0}, {0, 1}, {2, 0}, {1, 1}, {0, 2}, {2, 1}, {1, 2}, {2, 2}}

func (p *Page) gridOption(nb NineBox, title string) json.RawMessage {
	xs := []string{p.T("rt_di_bawah"), p.T("rt_sesuai"), p.T("rt_di_atas")}
	ys := []string{"rendah", "menengah", "tinggi"}
	if p.Lang == langEN {
		ys = []string{"low", "medium", "high"}
	}
	var d []opts.HeatMapData
	for b := 1; b <= 9; b++ {
		v := nb.Boxes[b]
		val := any(v.chart(0))
		d = append(d, opts.HeatMapData{Name: p.T("kotak") + " " + strconv.Itoa(b) + ": " + v.text(p.Lang, 0), Value: []any{boxPos[b][0], boxPos[b][1], val}})
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(append(baseOpts(title),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithGridOpts(opts.Grid{Top: "40", Left: "8", Right: "24", Bottom: "30", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, Name: p.T("kinerja_axis"), NameLocation: "middle", NameGap: 28}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, Name: p.T("potensi_axis")}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: 0, Max: maxBox(nb), Show: opts.Bool(false),
			InRange: &opts.VisualMapInRange{Color: []string{"#F7F7F7", "#56B4E9", "#0072B2"}}}))...)
	hm.SetXAxis(xs)
	hm.AddSeries(p.T("pegawai"), d, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{b}", FontSize: 13, Color: "#000"}))
	return optionJSON(hm, p.Lang, nb.Total.Valid && nb.Total.Value == 0, func(o map[string]any) { delete(o, "legend") })
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

func (p *Page) nineboxTable(key, name, caption string, rows []NineBox, unit bool) *Table {
	t := p.table(key, name, caption, p.nineboxCols(unit)...)
	for _, r := range rows {
		t.add(p.nineboxRow(r, unit)...)
		if !unit {
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
	}
	return t
}

func (p *Page) nineboxCols(unit bool) []col {
	cols := []col{p.c("wilayah", "kode_wilayah"), p.c("wilayah", "nama_wilayah")}
	if unit {
		cols = []col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit")}
	}
	for b := 1; b <= 9; b++ {
		cols = append(cols, col{"kotak_" + strconv.Itoa(b), p.T("kotak") + " " + strconv.Itoa(b)})
	}
	return append(cols, p.c("tanpa_kotak", "tanpa_kotak"), p.c("kelompok_promosi", "kelompok_promosi"), p.c("pegawai"))
}

func (p *Page) nineboxRow(r NineBox, unit bool) []Cell {
	href := p.regionHref(r.Kode)
	if unit {
		href = p.unitHref(r.Kode)
	}
	row := []Cell{txt(r.Kode), link(r.Nama, href)}
	for b := 1; b <= 9; b++ {
		row = append(row, sc(p.Lang, r.Boxes[b], 0))
	}
	return append(row, sc(p.Lang, r.Boxes[0], 0), sc(p.Lang, r.Pool, 0), sc(p.Lang, r.Total, 0))
}

func (s *site) talentPage(m TalentModel, lang string) *Page {
	p := s.newPage(lang, "talenta.html", tr(lang, "nav_talenta"))
	p.Subtitle = p.T("talent_intro")
	p.Crumbs = append(p.Crumbs, Link{Href: "talenta.html", Text: p.Title})
	key := "talenta"
	keys, labels := yearKeys(m.Years)
	def := ""
	if len(keys) > 0 {
		def = keys[0]
	}
	for i, k := range keys {
		nb := m.Grid[m.Years[i]]
		p.FigureSets = append(p.FigureSets, FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != def, Figures: []Figure{
			{Label: p.T("kelompok_promosi") + " · " + k, Value: nb.Pool.text(lang, 0)},
			{Label: p.T("pegawai") + " · " + k, Value: nb.Total.text(lang, 0)}}})
	}
	p.setPeriods(keys, labels, def)
	year := func(k string) int64 { y, _ := strconv.ParseInt(k, 10, 64); return y }
	g := Section{ID: "grid", Title: p.T("talent_grid"), Empty: len(keys) == 0}
	gch := p.variantChart(p.T("talent_grid"), keys, def, func(k string) json.RawMessage {
		return p.gridOption(m.Grid[year(k)], p.T("talent_grid")+" · "+k)
	})
	gtabs := p.variantTables(keys, def, func(k string) *Table {
		return p.nineboxTable(key, "wilayah_"+k, p.T("sec_talenta")+" · "+p.T("sec_regions")+" · "+k, m.Regions[year(k)], false)
	})
	g.Blocks = []Block{{Chart: gch, Tables: gtabs, Wide: true}}
	g.Note = p.T("talent_units") + ": " + p.T("sec_regions")
	for _, r := range s.w.Regions {
		g.Links = append(g.Links, Link{Href: p.regionHref(r.Kode) + "#talenta", Text: r.Nama})
	}
	p.Sections = append(p.Sections, g)
	return p
}

// ---- data quality ----

// BatchInfo is one source batch as the data quality page shows it.
type BatchInfo struct {
	ID                           int64
	Source, Kind, File, LoadedAt string
	ReplacedBy                   Stat
	Read, Loaded, Quarantined    Stat
	Reasons                      string
	Contradictions               int64
}

// QualityModel is everything kualitas.html shows.
type QualityModel struct {
	LastLoaded string
	Batches    []BatchInfo
	Quarantine []quarantineRow // reasons masked
	Coverage   []CoveragePoint
}

// CoveragePoint is the appraisal coverage of one period.
type CoveragePoint struct {
	Period           Period
	Pegawai, Dinilai Stat
	Cakupan          Stat
}

var (
	longDigits = regexp.MustCompile(`[0-9]{6,}`)
	quoted     = regexp.MustCompile(`'[^']*'`)
)

// maskReason keeps a quarantine reason readable without the raw value it may
// quote (a name, a NIP, a birth date).
func maskReason(s string) string {
	s = quoted.ReplaceAllString(s, "'…'")
	return longDigits.ReplaceAllString(s, "…")
}

func (s *site) qualityModel() QualityModel {
	m := QualityModel{LastLoaded: s.w.DataPer}
	for _, b := range s.w.DQBatches {
		m.Batches = append(m.Batches, BatchInfo{ID: b.ID, Source: b.Source, Kind: b.Kind, File: path.Base(filepathSlash(b.Path)), LoadedAt: b.LoadedAt,
			ReplacedBy: numI(b.ReplacedBy), Read: numI(b.Read), Loaded: numI(b.Loaded), Quarantined: numI(b.Quarantined),
			Reasons: maskReason(b.Reasons), Contradictions: b.Contradictions})
	}
	for _, q := range s.w.Quarantine {
		q.Reason = maskReason(q.Reason)
		m.Quarantine = append(m.Quarantine, q)
	}
	for _, c := range preferred(s.w.Coverage, func(c coverageRow) Period { return c.Period }) {
		m.Coverage = append(m.Coverage, CoveragePoint{Period: c.Period, Pegawai: people(c.Pegawai), Dinilai: people(c.Dinilai), Cakupan: pct(c.Cakupan, c.Pegawai)})
	}
	return m
}

func filepathSlash(p string) string {
	out := []rune(p)
	for i, r := range out {
		if r == '\\' {
			out[i] = '/'
		}
	}
	return string(out)
}

func (s *site) qualityPage(m QualityModel, lang string) *Page {
	p := s.newPage(lang, "kualitas.html", tr(lang, "nav_kualitas"))
	p.Subtitle = p.T("dq_intro")
	p.Crumbs = append(p.Crumbs, Link{Href: "kualitas.html", Text: p.Title})
	key := "kualitas"
	var read, quar float64
	cur := 0
	for _, b := range m.Batches {
		if !b.ReplacedBy.Valid {
			cur++
			read += b.Read.Value
			quar += b.Quarantined.Value
		}
	}
	p.Figures = []Figure{
		{Label: p.T("dq_last"), Value: orDash(m.LastLoaded)},
		{Label: p.T("dq_batches"), Value: fmtNum(lang, float64(cur), 0)},
		{Label: p.T("dibaca"), Value: fmtNum(lang, read, 0)},
		{Label: p.T("karantina"), Value: fmtNum(lang, quar, 0)},
	}
	// Batches.
	bs := Section{ID: "batch", Title: p.T("dq_batches"), Note: p.T("dq_batches_note"), Empty: len(m.Batches) == 0}
	bch := p.newChart(p.T("dq_batches"))
	bar := charts.NewBar()
	var xs []string
	var dl, dq []opts.BarData
	var counts []Stat
	for _, b := range m.Batches {
		xs = append(xs, "#"+fmtInt64(b.ID)+" "+b.Source)
		dl = append(dl, opts.BarData{Value: logValue(b.Loaded)})
		dq = append(dq, opts.BarData{Value: logValue(b.Quarantined)})
		counts = append(counts, b.Loaded, b.Quarantined)
	}
	bar.SetGlobalOptions(append(baseOpts(bch.Title),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "log", Name: p.T("baris"), Min: 1, Max: logAxisMax(counts...)}))...)
	bar.SetXAxis(xs)
	bar.AddSeries(p.T("dimuat"), dl, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[0]}))
	bar.AddSeries(p.T("karantina"), dq, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[5]}))
	bch.Option = optionJSON(bar, lang, len(xs) == 0, nil)
	bt := p.table(key, "batch", p.T("dq_batches"), p.c("batch", "batch_id"), p.c("sumber", "source"), p.c("jenis", "kind"), p.c("berkas", "file"),
		p.c("dimuat_pada", "loaded_at"), p.c("diganti", "diganti_oleh"), p.c("dibaca", "baris_dibaca"), p.c("dimuat", "baris_dimuat"),
		p.c("karantina", "baris_karantina"), p.c("kontradiksi", "predikat_kontradiksi"), p.c("alasan", "alasan_karantina"))
	for _, b := range m.Batches {
		bt.add(txt(fmtInt64(b.ID)), txt(b.Source), codeCell(lang, "kind_", b.Kind), txt(b.File), txt(b.LoadedAt), sc(lang, b.ReplacedBy, 0), sc(lang, b.Read, 0),
			sc(lang, b.Loaded, 0), sc(lang, b.Quarantined, 0), sc(lang, Stat{Value: float64(b.Contradictions), Valid: true}, 0), Cell{Text: batchReasons(lang, b.Reasons), Raw: b.Reasons})
	}
	bs.Blocks = []Block{{Chart: bch, Table: bt, Wide: true}}
	p.Sections = append(p.Sections, bs)

	// Quarantine reasons.
	qs := Section{ID: "karantina", Title: p.T("dq_quarantine"), Note: p.T("dq_quarantine_note"), Empty: len(m.Quarantine) == 0}
	qch := p.newChart(p.T("dq_quarantine"))
	qb := charts.NewBar()
	var qy []string
	var qd []opts.BarData
	for i := len(m.Quarantine) - 1; i >= 0; i-- {
		q := m.Quarantine[i]
		qy = append(qy, q.Source+" · "+q.Field)
		qd = append(qd, opts.BarData{Value: q.Rows})
	}
	qb.SetGlobalOptions(baseOpts(qch.Title)...)
	qb.AddSeries(p.T("baris"), qd, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[5]}))
	qch.Option = optionJSON(qb, lang, len(qd) == 0, func(o map[string]any) {
		o["xAxis"] = []map[string]any{{"type": "value", "name": p.T("baris"), "minInterval": 1}}
		o["yAxis"] = []map[string]any{{"type": "category", "data": qy, "axisLabel": map[string]any{"interval": 0}}}
	})
	qch.Height = max(260, 100+26*len(qy))
	qt := p.table(key, "karantina", p.T("dq_quarantine"), p.c("sumber", "source"), p.c("kolom", "field"), p.c("alasan", "reason"), p.c("baris", "rows"))
	for _, q := range m.Quarantine {
		qt.add(txt(q.Source), txt(q.Field), Cell{Text: quarantineReason(lang, q.Reason), Raw: q.Reason}, sc(lang, Stat{Value: float64(q.Rows), Valid: true}, 0))
	}
	qs.Blocks = []Block{{Chart: qch, Table: qt}}
	p.Sections = append(p.Sections, qs)
	p.Sections = append(p.Sections, p.indicatorConflictSection(key, s.w.Conflicts))

	// Coverage.
	cs := Section{ID: "cakupan", Title: p.T("dq_coverage"), Note: p.T("dq_coverage_note"), Empty: len(m.Coverage) == 0}
	cch := p.newChart(p.T("dq_coverage"))
	line := charts.NewLine()
	var cx []string
	var cv []Stat
	for _, c := range m.Coverage {
		cx = append(cx, c.Period.Periode)
		cv = append(cv, c.Cakupan)
	}
	line.SetGlobalOptions(append(baseOpts(cch.Title), charts.WithYAxisOpts(opts.YAxis{Type: "value", Max: 100, Name: "%"}))...)
	line.SetXAxis(cx)
	line.AddSeries(p.T("cakupan"), lineData(cv, 1), charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Width: 3, Color: palette[2]}), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[2]}))
	cch.Option = optionJSON(line, lang, len(cx) == 0, nil)
	ct := p.table(key, "cakupan", p.T("dq_coverage"), p.c("periode"), p.c("pegawai"), p.c("pegawai_dinilai"), p.c("cakupan", "cakupan_persen"))
	for _, c := range m.Coverage {
		ct.add(txt(c.Period.Periode), sc(lang, c.Pegawai, 0), sc(lang, c.Dinilai, 0), sc(lang, c.Cakupan, 1))
	}
	cs.Blocks = []Block{{Chart: cch, Table: ct}}
	p.Sections = append(p.Sections, cs)
	return p
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// unitsPoolChart: per unit, the promotion pool and the rest of the people with a box.
func (p *Page) unitsPoolChart(units []NineBox, year string) json.RawMessage {
	o, empty := p.unitsPoolEC(units, year)
	return o.json(p.Lang, empty)
}

func (p *Page) unitsPoolEC(units []NineBox, year string) (*ecOption, bool) {
	ys := make([]string, 0, len(units))
	pool, rest := make([]any, 0, len(units)), make([]any, 0, len(units))
	for i := len(units) - 1; i >= 0; i-- {
		u := units[i]
		ys = append(ys, u.Nama)
		pool = append(pool, u.Pool.chartItem(0))
		var r float64
		ok := true
		for b := 1; b <= 6; b++ {
			if u.Boxes[b].Small {
				ok = false
			}
			r += u.Boxes[b].Value
		}
		// Kotak 1–6 together would give a withheld box back.
		var v any = withheldItem()
		if ok {
			v = r
		}
		rest = append(rest, v)
	}
	o := newEC(p.T("talent_units") + " · " + year)
	o.horizontal(ys, &ecAxis{Name: p.T("pegawai")})
	o.YAxis[0].AxisLabel = &ecAxisLabel{Interval: 0, Width: 260, Overflow: "truncate"}
	o.add(&ecSeries{Name: p.T("kelompok_promosi"), Type: "bar", Stack: "t", Data: pool, ItemStyle: &ecItemStyle{Color: palette[2]}})
	o.add(&ecSeries{Name: p.T("kotak") + " 1–6", Type: "bar", Stack: "t", Data: rest, ItemStyle: &ecItemStyle{Color: "#BBBBBB"}})
	return o, len(units) == 0
}

// namesSections lists the region's named people; only with ShowNames.
func (s *site) namesSections(p *Page, key, region string) []Section {
	pool := p.table(key, "nama_promosi", p.T("pool_names"), p.c("nip"), p.c("nama"), p.c("jabatan"), p.c("unit", "nama_unit"), p.c("tahun"), p.c("kotak", "kotak_9"))
	for _, r := range s.w.PoolNames {
		if r.Wilayah == region {
			pool.add(txt(r.NIP), txt(r.Nama), txt(r.Jabatan), link(s.unitName(r.Unit), p.unitHref(r.Unit)), txt(fmtInt64(r.Tahun)), txt(fmtInt64(r.Kotak)))
		}
	}
	needs := p.table(key, "nama_prioritas", p.T("needs_names"), p.c("nip"), p.c("nama"), p.c("jabatan"), p.c("unit", "nama_unit"), p.c("tahun"),
		p.c("fokus", "fokus_pelatihan"), p.c("skor", "skor_prioritas"), p.c("kekurangan_jp", "kekurangan_jp"))
	for _, r := range s.w.NeedsNames {
		if r.Wilayah == region {
			needs.add(txt(r.NIP), txt(r.Nama), txt(r.Jabatan), link(s.unitName(r.Unit), p.unitHref(r.Unit)), txt(fmtInt64(r.Tahun)), focusCell(p.Lang, r.Fokus),
				txt(fmtInt64(r.Skor)), sc(p.Lang, num(r.KekuranganJP), 0))
		}
	}
	return []Section{
		{ID: "nama-promosi", Title: p.T("pool_names"), Blocks: []Block{{Table: pool}}},
		{ID: "nama-prioritas", Title: p.T("needs_names"), Blocks: []Block{{Table: needs}}},
	}
}

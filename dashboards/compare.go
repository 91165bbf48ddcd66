package dashboards

import (
	"database/sql"
	"sort"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// Scale limits: beyond these many regions the charts show the top and the
// bottom only (the tables under them say so, and the CSVs hold every region).
const (
	ChartRegions   = 20 // top N and bottom N in ranking and change charts
	HeatRegions    = 30 // top N and bottom N rows of the heatmap
	ManyRegions    = 60 // more than this: charts cut, fewer selectable periods
	ManyPeriodsCap = 4  // quarters selectable on big sites (plus 2 years)
)

// CompareRow is one kab/kota in one period of the comparison page.
type CompareRow struct {
	Kode, Nama, KodeProv, Provinsi  string
	Period                          kit.Period
	Pegawai, PersenSB, IKM          kit.Stat
	Mutu                            string
	MedianKTP, TepatWaktu, Kurang20 kit.Stat
	RankIKM, Compared               kit.Stat
	PeriodeLalu                     string
	SBChange, IKMChange             kit.Stat
	KTPChange, OnTimeChange         kit.Stat
}

// SpreadRow is the spread of a region's units' % Sangat Baik.
type SpreadRow struct {
	Kode, Nama string
	Units      int
	Q          [5]float64 // p10, q1, median, q3, p90 (mart.region_unit_spread)
}

// HeatRow is one region's IKM over the quarters of the heatmap.
type HeatRow struct {
	Kode, Nama string
	IKM        []kit.Stat
}

// CompareModel is everything perbandingan.html shows.
type CompareModel struct {
	Periods      []kit.Period // selectable, newest quarter first, then years
	Default      string       // the latest quarter
	ByPeriod     map[string][]CompareRow
	HeatPeriods  []kit.Period
	Heat         []HeatRow // sorted by the latest IKM, best first
	SpreadPeriod *kit.Period
	Spread       []SpreadRow // sorted by interquartile range, widest first
}

func (s *site) provName(kode string) string {
	for _, r := range s.w.Regions {
		if r.Kode == kode {
			return r.Provinsi
		}
	}
	return ""
}

func (s *site) compareModel() CompareModel {
	m := CompareModel{ByPeriod: map[string][]CompareRow{}}
	prov := map[string]string{}
	for _, r := range s.w.Regions {
		prov[r.Kode] = r.Provinsi
	}
	// Pegawai of every region and period, to withhold a year-earlier % of 1-4 people.
	peg := map[string]map[string]int64{}
	for _, r := range s.w.Summary {
		if peg[r.Kode] == nil {
			peg[r.Kode] = map[string]int64{}
		}
		peg[r.Kode][r.Periode] = r.PegawaiDinilai.Int64
	}
	for _, b := range s.w.Benchmark {
		if _, ok := s.regionNames[b.Kode]; !ok {
			continue
		}
		row := CompareRow{Kode: b.Kode, Nama: s.regionNames[b.Kode], KodeProv: b.Provinsi, Provinsi: prov[b.Kode], Period: b.Period,
			Pegawai: kit.People(b.Pegawai), PersenSB: kit.Pct(b.PersenSB, b.Pegawai), IKM: kit.Num(b.IKM), Mutu: str(b.Mutu),
			MedianKTP: kit.Num(b.MedianKTP), TepatWaktu: kit.Num(b.TepatWaktu), Kurang20: kit.Num(b.Kurang20),
			RankIKM: kit.NumInt(b.RankIKM), Compared: kit.NumInt(b.Compared), PeriodeLalu: b.PeriodeLalu,
			IKMChange: kit.Num(b.IKMChange), KTPChange: kit.Num(b.KTPChange), OnTimeChange: kit.Num(b.OnTimeDelta)}
		var nLalu sql.NullInt64
		if v, ok := peg[b.Kode][b.PeriodeLalu]; ok {
			nLalu = nullInt(v)
		}
		lalu := kit.Pct(b.SBLalu, nLalu)
		if row.PersenSB.Shown() && lalu.Shown() {
			row.SBChange = kit.Num(b.SBChange)
		} else if row.PersenSB.Small || lalu.Small {
			row.SBChange = kit.Stat{Small: true}
		}
		m.ByPeriod[b.Periode] = append(m.ByPeriod[b.Periode], row)
	}
	var qs, ys []kit.Period
	for _, p := range kit.PeriodsOf(s.w.Benchmark, func(b benchmarkRow) kit.Period { return b.Period }) {
		if _, ok := m.ByPeriod[p.Periode]; !ok {
			continue
		}
		switch p.Jenis {
		case "triwulan":
			qs = append(qs, p)
		case "tahun":
			ys = append(ys, p)
		}
	}
	m.HeatPeriods = qs
	capQ, capY := len(qs), len(ys)
	if len(s.w.Regions) > ManyRegions {
		capQ, capY = min(capQ, ManyPeriodsCap), min(capY, 2)
	}
	for i := len(qs) - 1; i >= len(qs)-capQ; i-- {
		m.Periods = append(m.Periods, qs[i])
	}
	for i := len(ys) - 1; i >= len(ys)-capY; i-- {
		m.Periods = append(m.Periods, ys[i])
	}
	if len(m.Periods) > 0 {
		m.Default = m.Periods[0].Periode
	}
	for k, rows := range m.ByPeriod {
		sort.SliceStable(rows, func(i, j int) bool { return statLess(rows[j].IKM, rows[i].IKM, rows[i].Kode, rows[j].Kode) })
		m.ByPeriod[k] = rows
	}
	// Heatmap: IKM per quarter, regions sorted by their latest IKM.
	qi := map[string]int{}
	for i, q := range qs {
		qi[q.Periode] = i
	}
	hr := map[string]*HeatRow{}
	for _, r := range s.w.Regions {
		h := &HeatRow{Kode: r.Kode, Nama: r.Nama, IKM: make([]kit.Stat, len(qs))}
		hr[r.Kode] = h
		m.Heat = append(m.Heat, *h)
	}
	for _, b := range s.w.Benchmark {
		if i, ok := qi[b.Periode]; ok && hr[b.Kode] != nil && b.Jenis == "triwulan" {
			hr[b.Kode].IKM[i] = kit.Num(b.IKM)
		}
	}
	for i := range m.Heat {
		m.Heat[i] = *hr[m.Heat[i].Kode]
	}
	latest := func(h HeatRow) kit.Stat {
		for i := len(h.IKM) - 1; i >= 0; i-- {
			if h.IKM[i].Shown() {
				return h.IKM[i]
			}
		}
		return kit.Stat{}
	}
	sort.SliceStable(m.Heat, func(i, j int) bool {
		return statLess(latest(m.Heat[j]), latest(m.Heat[i]), m.Heat[i].Kode, m.Heat[j].Kode)
	})
	// Spread of the units' % Sangat Baik in the latest period, computed on
	// all units in the mart.
	m.SpreadPeriod, m.Spread = s.spreadLatest()
	sort.SliceStable(m.Spread, func(i, j int) bool {
		a, b := m.Spread[i].Q[3]-m.Spread[i].Q[1], m.Spread[j].Q[3]-m.Spread[j].Q[1]
		if a != b {
			return a > b
		}
		return m.Spread[i].Kode < m.Spread[j].Kode
	})
	return m
}

func nullInt(v int64) sql.NullInt64 { return sql.NullInt64{Int64: v, Valid: true} }

// statLess orders a before b: shown values ascending, missing last, then by key.
func statLess(a, b kit.Stat, ka, kb string) bool {
	if a.Shown() != b.Shown() {
		return !a.Shown()
	}
	if a.Shown() && a.Value != b.Value {
		return a.Value < b.Value
	}
	return ka > kb
}

func (s *site) comparePage(m CompareModel, lang string) *kit.Page {
	p := s.mainPage(lang, "perbandingan.html", "nav_perbandingan", "cmp_intro")
	key := "perbandingan"
	var keys []string
	for _, pp := range m.Periods {
		keys = append(keys, pp.Periode)
	}
	p.SetPeriods(keys, keys, m.Default)
	many := len(s.w.Regions) > ManyRegions
	var provs []kit.Link
	seen := map[string]bool{}
	for _, r := range s.w.Regions {
		kp := provCode(r.Kode)
		if !seen[kp] {
			seen[kp] = true
			provs = append(provs, kit.Link{Href: kp, Text: kp + " " + r.Provinsi})
		}
	}
	if len(provs) > 1 {
		p.ProvFilter = provs
	}
	p.Figures = []kit.Figure{
		{Label: p.T("sec_regions"), Value: kit.FmtNum(lang, float64(len(s.w.Regions)), 0)},
		{Label: p.T("pilih_periode"), Value: m.Default},
	}
	// Per period: the regions compared and the period itself.
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != m.Default, Figures: []kit.Figure{
			{Label: p.T("sec_regions"), Value: kit.FmtNum(lang, float64(len(m.ByPeriod[k])), 0), Note: kit.FmtNum(lang, float64(len(s.w.Regions)), 0) + " " + p.T("wilayah_total")},
			{Label: p.T("pilih_periode"), Value: k},
		}})
	}
	if len(keys) > 0 {
		p.Figures = nil
	}

	// Ranking by IKM.
	rank := kit.Section{ID: "peringkat", Title: p.T("cmp_rank"), Note: p.T("cmp_rank_note"), Empty: len(m.Periods) == 0}
	if many {
		rank.Note += " " + p.Tf("cmp_cut", ChartRegions, ChartRegions)
	}
	all := kit.PeriodSpec{Keys: keys, Def: m.Default}
	ch := p.PeriodChart(all, p.T("cmp_rank"), func(k string) (*kit.Option, bool) {
		rows, _ := kit.TopBottom(m.ByPeriod[k], ChartRegions)
		var ys []string
		var data []any
		for i := len(rows) - 1; i >= 0; i-- {
			ys = append(ys, rows[i].Nama)
			color := kit.MutuColors[rows[i].Mutu]
			if color == "" {
				color = "#999999"
			}
			data = append(data, opts.BarData{Value: rows[i].IKM.Chart(2), ItemStyle: &opts.ItemStyle{Color: color}})
		}
		o := kit.NewBar(p.T("cmp_rank")+" · "+k).Horizontal(ys, opts.XAxis{Min: 25, Max: 100, Name: "IKM"}, kit.EveryLabel())
		return o.Add(p.T("ikm"), data), len(rows) == 0
	})
	n := len(s.w.Regions)
	if many {
		n = 2 * ChartRegions
	}
	ch.Height = max(360, 90+22*n)
	rankTables := p.VariantTables(keys, m.Default, func(k string) *kit.Table {
		t := p.Table(key, "peringkat_"+kit.FileName(k), p.T("cmp_rank")+" · "+k, p.Col("peringkat_ikm", "peringkat_ikm"),
			p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"), p.Col("provinsi"), p.Col("ikm"), p.Col("mutu"),
			p.Col("persen_sb", "persen_sangat_baik"), p.Col("tepat_waktu", "persen_tepat_waktu"), p.Col("median_ktp", "median_jam_ktp_el"),
			p.Col("kurang_20", "persen_kurang_20_jp"))
		for _, r := range m.ByPeriod[k] {
			t.Add(kit.StatCell(lang, r.RankIKM, 0), kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode)), kit.TextCell(r.Provinsi), kit.StatCell(lang, r.IKM, 2), kit.TextCell(r.Mutu),
				kit.StatCell(lang, r.PersenSB, 1), kit.StatCell(lang, r.TepatWaktu, 1), kit.StatCell(lang, r.MedianKTP, 2), kit.StatCell(lang, r.Kurang20, 1))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	rank.Blocks = []kit.Block{{Chart: ch, Tables: rankTables, Wide: true}}
	p.Sections = append(p.Sections, rank)

	// Heatmap region x quarter.
	heat := kit.Section{ID: "heatmap", Title: p.T("cmp_heat"), Note: p.T("cmp_heat_note"), Empty: len(m.HeatPeriods) == 0}
	hrows, cut := kit.TopBottom(m.Heat, HeatRegions)
	if cut {
		heat.Note += " " + p.Tf("cmp_cut", HeatRegions, HeatRegions)
	}
	var xs, ys []string
	for _, q := range m.HeatPeriods {
		xs = append(xs, q.Periode)
	}
	var hd []any
	for i := len(hrows) - 1; i >= 0; i-- {
		yi := len(ys)
		ys = append(ys, hrows[i].Nama)
		for j, v := range hrows[i].IKM {
			hd = append(hd, []any{j, yi, v.Chart(2)}) // as the table: two decimals
		}
	}
	hm := kit.NewHeatMap(p.T("cmp_heat")).NoLegend().ItemTooltip()
	hm.XAxis(opts.XAxis{Type: "category", Data: xs})
	hm.YAxis(opts.YAxis{Type: "category", Data: ys, AxisLabel: kit.EveryLabel()})
	hm.Set(charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: 60, Max: 100, Calculable: opts.Bool(true), Orient: "horizontal",
		Right: "10", Top: "0", InRange: &opts.VisualMapInRange{Color: []string{"#D55E00", "#F0E442", "#56B4E9", "#0072B2"}}}))
	hm.Add(p.T("ikm"), hd, charts.WithLabelOpts(opts.Label{Show: opts.Bool(len(xs) <= 10)}))
	hch := p.Chart(p.T("cmp_heat"), hm, len(hd) == 0)
	hch.Height = max(320, 120+20*len(ys))
	cols := []kit.Column{p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah")}
	for _, x := range xs {
		cols = append(cols, kit.Column{Key: x, Label: x})
	}
	ht := p.Table(key, "heatmap_ikm", p.T("cmp_heat"), cols...)
	for _, h := range m.Heat {
		row := []kit.Cell{kit.TextCell(h.Kode), kit.LinkCell(h.Nama, p.RegionHref(h.Kode))}
		for _, v := range h.IKM {
			row = append(row, kit.StatCell(lang, v, 2))
		}
		ht.Add(row...)
		ht.RowProv = append(ht.RowProv, provCode(h.Kode))
	}
	heat.Blocks = []kit.Block{{Chart: hch, Table: ht, Wide: true}}
	p.Sections = append(p.Sections, heat)

	// Ratings vs service per region (scatter).
	sca := kit.Section{ID: "nilai-layanan", Title: p.T("cmp_scatter"), Note: p.T("cmp_scatter_note")}
	sch := p.PeriodChart(all, p.T("cmp_scatter"), func(k string) (*kit.Option, bool) {
		sc := kit.NewScatter(p.T("cmp_scatter") + " · " + k).ItemTooltip()
		sc.XAxis(opts.XAxis{Type: "value", Name: "IKM", NameLocation: "middle", NameGap: 26, Scale: opts.Bool(true)})
		sc.YAxis(opts.YAxis{Type: "value", Name: p.T("persen_sb"), NameLocation: "middle", NameGap: 36, Scale: opts.Bool(true)})
		symbols := map[string]string{"A": "circle", "B": "diamond", "C": "triangle", "D": "rect"}
		byMutu := map[string][]any{}
		n := 0
		for _, r := range m.ByPeriod[k] {
			if r.IKM.Shown() && r.PersenSB.Shown() {
				byMutu[r.Mutu] = append(byMutu[r.Mutu], opts.ScatterData{Name: r.Nama, Value: []any{r.IKM.Chart(2), r.PersenSB.Chart(1)}, Symbol: symbols[r.Mutu], SymbolSize: 12})
				n++
			}
		}
		for _, mu := range []string{"A", "B", "C", "D"} {
			if len(byMutu[mu]) > 0 {
				sc.Add(p.T("mutu")+" "+mu, byMutu[mu], kit.Color(kit.MutuColors[mu]))
			}
		}
		return sc, n == 0
	})
	sctables := p.VariantTables(keys, m.Default, func(k string) *kit.Table {
		t := p.Table(key, "nilai_layanan_"+kit.FileName(k), p.T("cmp_scatter")+" · "+k, p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"),
			p.Col("ikm"), p.Col("persen_sb", "persen_sangat_baik"), p.Col("tepat_waktu", "persen_tepat_waktu"))
		for _, r := range m.ByPeriod[k] {
			t.Add(kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode)), kit.StatCell(lang, r.IKM, 2), kit.StatCell(lang, r.PersenSB, 1), kit.StatCell(lang, r.TepatWaktu, 1))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	sca.Blocks = []kit.Block{{Chart: sch, Tables: sctables}}
	p.Sections = append(p.Sections, sca)

	// Spread of units inside each region.
	spr := kit.Section{ID: "sebaran", Title: p.T("cmp_spread") + " · " + kit.PeriodLabel(m.SpreadPeriod), Note: p.T("cmp_spread_note"), Empty: len(m.Spread) == 0}
	srows := m.Spread
	if len(srows) > 2*ChartRegions {
		srows = srows[:2*ChartRegions]
		spr.Note += " " + p.Tf("cmp_spread_cut", 2*ChartRegions)
	}
	var bx []string
	var bd []any
	for _, r := range srows {
		bx = append(bx, r.Nama)
		bd = append(bd, []float64{r.Q[0], r.Q[1], r.Q[2], r.Q[3], r.Q[4]})
	}
	bp := kit.NewBoxPlot(p.T("cmp_spread")).ItemTooltip().Categories(bx, opts.YAxis{Min: 0, Max: 100, Name: p.T("persen_sb")})
	bp.XAxis(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}})
	bp.Add(p.T("persen_sb"), bd, charts.WithItemStyleOpts(opts.ItemStyle{Color: "#56B4E9", BorderColor: "#0072B2"}))
	spch := p.Chart(p.T("cmp_spread"), bp, len(bd) == 0)
	st := p.Table(key, "sebaran_unit", spr.Title, p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"), p.Col("unit_n", "unit"),
		kit.Column{Key: "p10", Label: "P10"}, kit.Column{Key: "q1", Label: "Q1"}, kit.Column{Key: "median", Label: "Median"}, kit.Column{Key: "q3", Label: "Q3"}, kit.Column{Key: "p90", Label: "P90"})
	for _, r := range m.Spread {
		row := []kit.Cell{kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode)), kit.StatCell(lang, kit.Stat{Value: float64(r.Units), Valid: true}, 0)}
		for _, q := range r.Q {
			row = append(row, kit.StatCell(lang, kit.Stat{Value: q, Valid: true}, 1))
		}
		st.Add(row...)
		st.RowProv = append(st.RowProv, provCode(r.Kode))
	}
	spr.Blocks = []kit.Block{{Chart: spch, Table: st}}
	p.Sections = append(p.Sections, spr)

	// Year-on-year change.
	yoy := kit.Section{ID: "perubahan-tahunan", Title: p.T("cmp_yoy"), Note: p.T("cmp_yoy_note")}
	if many {
		yoy.Note += " " + p.Tf("cmp_cut", ChartRegions, ChartRegions)
	}
	ych := p.PeriodChart(all, p.T("cmp_yoy"), func(k string) (*kit.Option, bool) {
		var rows []CompareRow
		for _, r := range m.ByPeriod[k] {
			if r.IKMChange.Shown() {
				rows = append(rows, r)
			}
		}
		sort.SliceStable(rows, func(i, j int) bool { return statLess(rows[i].IKMChange, rows[j].IKMChange, rows[j].Kode, rows[i].Kode) })
		rows, _ = kit.TopBottom(rows, ChartRegions)
		var ys []string
		var d1 []any
		for _, r := range rows {
			ys = append(ys, r.Nama)
			c := kit.Palette[0]
			if r.IKMChange.Value < 0 {
				c = kit.Palette[5]
			}
			d1 = append(d1, opts.BarData{Value: r.IKMChange.Chart(2), ItemStyle: &opts.ItemStyle{Color: c}})
		}
		o := kit.NewBar(p.T("cmp_yoy_ikm")+" · "+k).Horizontal(ys, opts.XAxis{Name: "Δ IKM"}, kit.EveryLabel())
		return o.Add(p.T("cmp_yoy_ikm"), d1), len(rows) == 0
	})
	ych.Height = max(360, 90+22*min(len(s.w.Regions), 2*ChartRegions))
	ytables := p.VariantTables(keys, m.Default, func(k string) *kit.Table {
		t := p.Table(key, "perubahan_"+kit.FileName(k), p.T("cmp_yoy")+" · "+k, p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"),
			p.Col("periode_lalu", "periode_tahun_lalu"), p.Col("ikm"), p.Col("d_ikm", "perubahan_ikm"), p.Col("persen_sb", "persen_sangat_baik"),
			p.Col("d_sb", "perubahan_persen_sangat_baik"), p.Col("d_ktp", "perubahan_median_jam_ktp_el"), p.Col("d_tepat", "perubahan_persen_tepat_waktu"))
		for _, r := range m.ByPeriod[k] {
			t.Add(kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode)), kit.TextCell(r.PeriodeLalu), kit.StatCell(lang, r.IKM, 2), signed(lang, r.IKMChange, 2),
				kit.StatCell(lang, r.PersenSB, 1), signed(lang, r.SBChange, 1), signed(lang, r.KTPChange, 2), signed(lang, r.OnTimeChange, 1))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	yoy.Blocks = []kit.Block{{Chart: ych, Tables: ytables}}
	p.Sections = append(p.Sections, yoy)
	return p
}

func signed(lang string, s kit.Stat, dec int) kit.Cell {
	c := kit.StatCell(lang, s, dec)
	if s.Shown() && s.Value > 0 {
		c.Text = "+" + c.Text
	}
	return c
}

func provCode(kode string) string {
	if len(kode) >= 2 {
		return kode[:2]
	}
	return kode
}

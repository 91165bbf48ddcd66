package dashboards

import (
	"database/sql"
	"encoding/json"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// NeedsUnit is one unit's training needs in a year (mart.training_needs_unit).
type NeedsUnit struct {
	Kode, Nama, Wilayah, NamaWilayah     string
	Tahun                                int64
	Pegawai, PersenGap, Kurang20         Stat
	PersenKurang20, KekuranganJP, Tinggi Stat
	Nilai                                string
	PersenNilai, Skor                    Stat
	Fokus, JenisFokus                    string
	Urutan, UrutanWilayah                int64
}

// NeedsRegion sums a region's units in a year.
type NeedsRegion struct {
	Kode, Nama                string
	Tahun                     int64
	Pegawai, Kurang20, Persen Stat
	KekuranganJP, Tinggi      Stat
	Values                    []Stat // people di_bawah per value, berakhlakOrder
}

// FocusCount is the number of people per recommended focus.
type FocusCount struct {
	Fokus, Jenis string
	Pegawai      Stat
}

// TrainingModel is everything pelatihan.html shows.
type TrainingModel struct {
	Years    []int64 // newest first
	Regions  map[int64][]NeedsRegion
	Priority map[int64][]NeedsUnit // the first PriorityN units of all regions
	Focus    map[int64][]FocusCount
	Values   map[int64][]Stat // all regions, per value
}

// PriorityN is the length of the priority list on pelatihan.html.
const PriorityN = 20

func needsUnit(s *site, r needsUnitRow) NeedsUnit {
	return NeedsUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Wilayah: r.Wilayah, NamaWilayah: s.regionNames[r.Wilayah], Tahun: r.Tahun,
		Pegawai: people(r.Pegawai), PersenGap: pct(r.PersenGap, r.Pegawai), Kurang20: people(r.Kurang20),
		PersenKurang20: pct(r.PersenKurang20, r.Pegawai), KekuranganJP: over(r.KekuranganJP, r.Pegawai), Tinggi: people(r.Tinggi),
		Nilai: r.Nilai, PersenNilai: pct(r.PersenNilai, r.Pegawai), Skor: over(r.Skor, r.Pegawai),
		Fokus: r.Fokus, JenisFokus: r.JenisFokus, Urutan: r.Urutan.Int64, UrutanWilayah: r.UrutanWilayah.Int64}.suppressScore()
}

func sumCount(m map[string]int64, k string, v sql.NullInt64) {
	if v.Valid {
		m[k] += v.Int64
	}
}

func valueIndex(v string) int {
	for i, x := range berakhlakOrder {
		if x == v {
			return i
		}
	}
	return -1
}

func (s *site) trainingModel() TrainingModel {
	m := TrainingModel{Regions: map[int64][]NeedsRegion{}, Priority: map[int64][]NeedsUnit{}, Focus: map[int64][]FocusCount{}, Values: map[int64][]Stat{}}
	years := map[int64]bool{}
	type agg struct {
		peg, kurang, tinggi int64
		kjp                 float64
		vals                [7]int64
	}
	byRY := map[string]*agg{}
	k := func(w string, y int64) string { return w + "|" + strconv.FormatInt(y, 10) }
	for _, r := range s.w.NeedsUnit {
		years[r.Tahun] = true
		a := byRY[k(r.Wilayah, r.Tahun)]
		if a == nil {
			a = &agg{}
			byRY[k(r.Wilayah, r.Tahun)] = a
		}
		a.peg += r.Pegawai.Int64
		a.kurang += r.Kurang20.Int64
		a.tinggi += r.Tinggi.Int64
		a.kjp += r.KekuranganJP.Float64
		if r.Urutan.Int64 >= 1 && r.Urutan.Int64 <= PriorityN {
			m.Priority[r.Tahun] = append(m.Priority[r.Tahun], needsUnit(s, r))
		}
	}
	natVals := map[int64]*[7]int64{}
	for _, r := range s.w.NeedsValues {
		i := valueIndex(r.Key)
		if i < 0 {
			continue
		}
		if a := byRY[k(r.Wilayah, r.Tahun)]; a != nil {
			a.vals[i] += r.Pegawai
		}
		if natVals[r.Tahun] == nil {
			natVals[r.Tahun] = &[7]int64{}
		}
		natVals[r.Tahun][i] += r.Pegawai
	}
	for y := range years {
		m.Years = append(m.Years, y)
	}
	sort.Slice(m.Years, func(i, j int) bool { return m.Years[i] > m.Years[j] })
	for _, y := range m.Years {
		for _, reg := range s.w.Regions {
			a := byRY[k(reg.Kode, y)]
			if a == nil {
				continue
			}
			peg := sql.NullInt64{Int64: a.peg, Valid: true}
			nr := NeedsRegion{Kode: reg.Kode, Nama: reg.Nama, Tahun: y, Pegawai: people(peg), Kurang20: people(sql.NullInt64{Int64: a.kurang, Valid: true}),
				Persen: share(sql.NullInt64{Int64: a.kurang, Valid: true}, peg), KekuranganJP: over(sql.NullFloat64{Float64: a.kjp, Valid: true}, peg),
				Tinggi: people(sql.NullInt64{Int64: a.tinggi, Valid: true})}
			for _, v := range a.vals {
				nr.Values = append(nr.Values, people(sql.NullInt64{Int64: v, Valid: true}))
			}
			m.Regions[y] = append(m.Regions[y], nr)
		}
		if nv := natVals[y]; nv != nil {
			for _, v := range nv {
				m.Values[y] = append(m.Values[y], people(sql.NullInt64{Int64: v, Valid: true}))
			}
		}
		sort.SliceStable(m.Priority[y], func(i, j int) bool { return m.Priority[y][i].Urutan < m.Priority[y][j].Urutan })
	}
	foc := map[int64]map[string]int64{}
	kinds := map[string]string{}
	for _, r := range s.w.NeedsFocus {
		if foc[r.Tahun] == nil {
			foc[r.Tahun] = map[string]int64{}
		}
		foc[r.Tahun][r.Key] += r.Pegawai
		kinds[r.Key] = r.Kind
	}
	for y, fm := range foc {
		for f, n := range fm {
			m.Focus[y] = append(m.Focus[y], FocusCount{Fokus: f, Jenis: kinds[f], Pegawai: people(sql.NullInt64{Int64: n, Valid: true})})
		}
		sort.Slice(m.Focus[y], func(i, j int) bool {
			a, b := m.Focus[y][i], m.Focus[y][j]
			if a.Pegawai.Value != b.Pegawai.Value {
				return a.Pegawai.Value > b.Pegawai.Value
			}
			return a.Fokus < b.Fokus
		})
	}
	return m
}

func yearKeys(ys []int64) (keys, labels []string) {
	for _, y := range ys {
		keys, labels = append(keys, fmtInt64(y)), append(labels, fmtInt64(y))
	}
	return
}

func (p *Page) valueLabels() []string {
	var xs []string
	for _, v := range berakhlakOrder {
		xs = append(xs, trOr(p.Lang, "val_"+v, v))
	}
	return xs
}

func (s *site) trainingPage(m TrainingModel, lang string) *Page {
	p := s.newPage(lang, "pelatihan.html", tr(lang, "nav_pelatihan"))
	p.Subtitle = p.T("needs_intro")
	p.Crumbs = append(p.Crumbs, Link{Href: "pelatihan.html", Text: p.Title})
	key := "pelatihan"
	keys, labels := yearKeys(m.Years)
	def := ""
	if len(keys) > 0 {
		def = keys[0]
	}
	p.setPeriods(keys, labels, def)
	year := func(k string) int64 { y, _ := strconv.ParseInt(k, 10, 64); return y }

	// Needs per BerAKHLAK value, all regions.
	vs := Section{ID: "nilai", Title: p.T("needs_values"), Empty: len(keys) == 0}
	vch := p.variantChart(p.T("needs_values"), keys, def, func(k string) json.RawMessage {
		bar := charts.NewBar()
		bar.SetGlobalOptions(append(baseOpts(p.T("needs_values")+" · "+k),
			charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}}))...)
		bar.SetXAxis(p.valueLabels())
		var d []opts.BarData
		for _, v := range m.Values[year(k)] {
			d = append(d, opts.BarData{Value: v.chart(0)})
		}
		bar.AddSeries(p.T("pegawai"), d, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[5]}))
		return optionJSON(bar, lang, len(d) == 0, nil)
	})
	vtabs := p.variantTables(keys, def, func(k string) *Table {
		cols := []col{p.c("wilayah", "kode_wilayah"), p.c("wilayah", "nama_wilayah"), p.c("pegawai")}
		for i, v := range berakhlakOrder {
			cols = append(cols, col{v, p.valueLabels()[i]})
		}
		t := p.table(key, "nilai_"+k, p.T("needs_values")+" · "+k, cols...)
		for _, r := range m.Regions[year(k)] {
			row := []Cell{txt(r.Kode), link(r.Nama, p.regionHref(r.Kode)), sc(lang, r.Pegawai, 0)}
			for _, v := range r.Values {
				row = append(row, sc(lang, v, 0))
			}
			t.add(row...)
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	vs.Blocks = []Block{{Chart: vch, Tables: vtabs, Wide: true}}
	p.Sections = append(p.Sections, vs)

	// Competency focus.
	fs := Section{ID: "kompetensi", Title: p.T("needs_focus"), Empty: len(keys) == 0}
	fch := p.variantChart(p.T("needs_focus"), keys, def, func(k string) json.RawMessage {
		bar := charts.NewBar()
		rows := m.Focus[year(k)]
		var ys []string
		var d []opts.BarData
		for i := len(rows) - 1; i >= 0; i-- {
			ys = append(ys, focusLabel(lang, rows[i].Fokus))
			d = append(d, opts.BarData{Value: rows[i].Pegawai.chart(0), ItemStyle: &opts.ItemStyle{Color: jenisColor(rows[i].Jenis)}})
		}
		bar.SetGlobalOptions(baseOpts(p.T("needs_focus") + " · " + k)...)
		bar.AddSeries(p.T("pegawai"), d)
		return optionJSON(bar, lang, len(rows) == 0, func(o map[string]any) {
			o["xAxis"] = []map[string]any{{"type": "value", "name": p.T("pegawai")}}
			o["yAxis"] = []map[string]any{{"type": "category", "data": ys, "axisLabel": map[string]any{"interval": 0}}}
		})
	})
	ftabs := p.variantTables(keys, def, func(k string) *Table {
		t := p.table(key, "fokus_"+k, p.T("needs_focus")+" · "+k, p.c("fokus", "fokus_pelatihan"), p.c("jenis_kompetensi", "jenis_kompetensi"), p.c("pegawai"))
		for _, f := range m.Focus[year(k)] {
			t.add(focusCell(lang, f.Fokus), codeCell(lang, "jk_", f.Jenis), sc(lang, f.Pegawai, 0))
		}
		return t
	})
	fs.Blocks = []Block{{Chart: fch, Tables: ftabs}}
	p.Sections = append(p.Sections, fs)

	// 20 JP shortfall per region.
	js := Section{ID: "jp", Title: p.T("needs_jp"), Note: p.T("sec_jp_note"), Empty: len(keys) == 0}
	jch := p.variantChart(p.T("needs_jp"), keys, def, func(k string) json.RawMessage {
		rows := append([]NeedsRegion(nil), m.Regions[year(k)]...)
		sort.SliceStable(rows, func(i, j int) bool { return statLess(rows[j].Persen, rows[i].Persen, rows[i].Kode, rows[j].Kode) })
		rows, _ = topBottom(rows, ChartRegions)
		var ys []string
		var d []opts.BarData
		for i := len(rows) - 1; i >= 0; i-- {
			ys = append(ys, rows[i].Nama)
			d = append(d, opts.BarData{Value: rows[i].Persen.chart(1)})
		}
		bar := charts.NewBar()
		bar.SetGlobalOptions(baseOpts(p.T("kurang_20") + " · " + k)...)
		bar.AddSeries(p.T("kurang_20"), d, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[1]}))
		return optionJSON(bar, lang, len(rows) == 0, func(o map[string]any) {
			o["xAxis"] = []map[string]any{{"type": "value", "max": 100, "name": "%"}}
			o["yAxis"] = []map[string]any{{"type": "category", "data": ys, "axisLabel": map[string]any{"interval": 0}}}
		})
	})
	jch.Height = max(320, 90+22*min(len(s.w.Regions), 2*ChartRegions))
	jtabs := p.variantTables(keys, def, func(k string) *Table {
		t := p.table(key, "jp_"+k, p.T("needs_jp")+" · "+k, p.c("wilayah", "kode_wilayah"), p.c("wilayah", "nama_wilayah"), p.c("pegawai"),
			p.c("pegawai_kurang_20", "pegawai_kurang_20_jp"), p.c("kurang_20", "persen_kurang_20_jp"), p.c("kekurangan_jp", "total_kekurangan_jp"),
			p.c("prioritas_tinggi", "pegawai_prioritas_tinggi"))
		for _, r := range m.Regions[year(k)] {
			t.add(txt(r.Kode), link(r.Nama, p.regionHref(r.Kode)), sc(lang, r.Pegawai, 0), sc(lang, r.Kurang20, 0), sc(lang, r.Persen, 1),
				sc(lang, r.KekuranganJP, 0), sc(lang, r.Tinggi, 0))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	js.Blocks = []Block{{Chart: jch, Tables: jtabs}}
	p.Sections = append(p.Sections, js)

	// Priority list of units.
	ps := Section{ID: "prioritas", Title: p.T("needs_priority"), Note: p.T("needs_priority_note") + " " + p.T("sec_needs_note"), Empty: len(keys) == 0}
	pch := p.variantChart(p.T("needs_priority"), keys, def, func(k string) json.RawMessage {
		o, empty := p.priorityEC(m.Priority[year(k)], k, false)
		return o.json(p.Lang, empty)
	})
	pch.Height = max(360, 110+24*PriorityN)
	ptabs := p.variantTables(keys, def, func(k string) *Table {
		return p.needsTable(key, "prioritas_"+k, p.T("needs_priority")+" · "+k, m.Priority[year(k)], true)
	})
	ps.Blocks = []Block{{Chart: pch, Tables: ptabs, Wide: true}}
	p.Sections = append(p.Sections, ps)
	return p
}

func jenisColor(j string) string {
	switch j {
	case "teknis":
		return palette[0]
	case "manajerial":
		return palette[1]
	case "sosial_kultural":
		return palette[2]
	}
	return "#777777"
}

func (p *Page) needsTable(key, name, caption string, units []NeedsUnit, withRegion bool) *Table {
	t := p.table(key, name, caption, p.needsCols(withRegion)...)
	for _, u := range units {
		t.add(p.needsRow(u, withRegion)...)
	}
	return t
}

func (p *Page) needsCols(withRegion bool) []col {
	cols := []col{p.c("urutan", "urutan_prioritas")}
	if !withRegion {
		cols[0] = p.c("urutan_wilayah", "urutan_prioritas_wilayah")
	}
	cols = append(cols, p.c("unit", "kode_unit"), p.c("unit", "nama_unit"))
	if withRegion {
		cols = append(cols, p.c("wilayah", "nama_wilayah"))
	}
	return append(cols, p.c("pegawai"), p.c("kurang_20", "persen_kurang_20_jp"), p.c("kekurangan_jp", "total_kekurangan_jp"),
		p.c("kesenjangan", "persen_kesenjangan_kinerja"), p.c("nilai_terlemah", "nilai_terlemah"), p.c("persen_nilai", "persen_nilai_terlemah"),
		p.c("fokus", "fokus_pelatihan"), p.c("skor", "skor_prioritas"))
}

func (p *Page) needsRow(u NeedsUnit, withRegion bool) []Cell {
	ord := u.Urutan
	if !withRegion {
		ord = u.UrutanWilayah
	}
	row := []Cell{txt(strconv.FormatInt(ord, 10)), txt(u.Kode), link(u.Nama, p.unitHref(u.Kode))}
	if withRegion {
		row = append(row, link(u.NamaWilayah, p.regionHref(u.Wilayah)))
	}
	return append(row, sc(p.Lang, u.Pegawai, 0), sc(p.Lang, u.PersenKurang20, 1), sc(p.Lang, u.KekuranganJP, 0), sc(p.Lang, u.PersenGap, 1),
		code(p.Lang, "val_", u.Nilai), sc(p.Lang, u.PersenNilai, 1), focusCell(p.Lang, u.Fokus), sc(p.Lang, u.Skor, 1))
}

// ---- kurva distribusi ----

// KurvaUnit is one unit's distribution check in one period.
type KurvaUnit struct {
	Kode, Nama, Rating, Aturan string
	Period                     Period
	Pegawai                    Stat
	Shares                     [5]Stat
	Sesuai                     sql.NullBool
	Alasan                     string // with withheld shares replaced by "<5"
}

var (
	clausePct   = regexp.MustCompile(`^([a-z_/+ ]+?) ([0-9]+(?:\.[0-9]+)?) % (.*)$`)
	clauseCount = regexp.MustCompile(`\(([0-9]+)\)`)
)

// safeAlasan rewrites the mart's reasons so that no share or count of 1-4
// people shows: 'sangat_baik 13.0 % > 10 %' of 23 people is 3 people.
func safeAlasan(alasan string, n int64) string {
	if alasan == "" {
		return ""
	}
	if n < MinGroup {
		return "<5"
	}
	var out []string
	for _, c := range strings.Split(alasan, "; ") {
		if m := clausePct.FindStringSubmatch(c); m != nil {
			v, _ := strconv.ParseFloat(m[2], 64)
			if k := v * float64(n) / 100; k >= 0.5 && k < MinGroup-0.5 {
				c = m[1] + " <5 " + m[3]
			}
		}
		c = clauseCount.ReplaceAllStringFunc(c, func(s string) string {
			k, _ := strconv.Atoi(strings.Trim(s, "()"))
			if k > 0 && k < MinGroup {
				return "(<5)"
			}
			return s
		})
		out = append(out, c)
	}
	return strings.Join(out, "; ")
}

func (s *site) kurvaByPeriod(region string) ([]Period, map[string][]KurvaUnit) {
	rows := preferred(s.kurvaByRegion[region], func(r kurvaRow) Period { return r.Period })
	by := map[string][]KurvaUnit{}
	for _, r := range rows {
		pt := predikatPoint(r.Period, r.Pegawai, [5]sql.NullInt64{r.SB, r.B, r.BP, r.K, r.SK})
		by[r.Periode] = append(by[r.Periode], KurvaUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Rating: r.Rating, Aturan: r.Aturan,
			Period: r.Period, Pegawai: pt.Pegawai, Shares: pt.Shares, Sesuai: r.Sesuai, Alasan: safeAlasan(r.Alasan, r.Pegawai.Int64)})
	}
	return periodsOf(rows, func(r kurvaRow) Period { return r.Period }), by
}

func (p *Page) kurvaSection(key string, periods []Period, by map[string][]KurvaUnit) Section {
	var keys []string
	for i := len(periods) - 1; i >= 0; i-- {
		keys = append(keys, periods[i].Periode)
	}
	def := ""
	if len(keys) > 0 {
		def = keys[0]
	}
	return p.kurvaPeriodSection(key, periodSpec{keys: keys, def: def}, func(k string) (*Period, []KurvaUnit) {
		for i := range periods {
			if periods[i].Periode == k {
				return &periods[i], by[k]
			}
		}
		return nil, nil
	})
}

// kurvaPeriodSection: each unit's predikat shares in a period against the
// kurva distribusi of its rating_organisasi.
func (p *Page) kurvaPeriodSection(key string, ps periodSpec, get func(k string) (*Period, []KurvaUnit)) Section {
	_, none := get("")
	sec := Section{ID: "kurva", Title: p.T("sec_kurva"), Note: p.T("sec_kurva_note"), Empty: len(ps.keys) == 0 && len(none) == 0}
	ch := p.periodEC(ps, p.T("sec_kurva"), func(k string) (*ecOption, bool) {
		kp, units := get(k)
		ys := make([]string, 0, len(units))
		for i := len(units) - 1; i >= 0; i-- {
			mark := "✓ "
			if units[i].Sesuai.Valid && !units[i].Sesuai.Bool {
				mark = "✗ "
			} else if !units[i].Sesuai.Valid {
				mark = "? "
			}
			ys = append(ys, mark+units[i].Nama)
		}
		o := newEC(p.T("sec_kurva") + " · " + at(kp, k))
		o.horizontal(ys, &ecAxis{Max: 100, Name: "%"})
		o.YAxis[0].AxisLabel = &ecAxisLabel{Interval: 0, Width: 260, Overflow: "truncate"}
		for j, pk := range predikatKeys {
			d := make([]any, 0, len(units))
			for i := len(units) - 1; i >= 0; i-- {
				d = append(d, units[i].Shares[j].chart(1))
			}
			o.add(&ecSeries{Name: p.T(pk), Type: "bar", Stack: "kurva", Data: d, ItemStyle: &ecItemStyle{Color: predikatColors[j]}})
		}
		return o, len(units) == 0
	})
	n := len(none)
	for _, k := range ps.keys {
		_, u := get(k)
		n = max(n, len(u))
	}
	ch.Height = max(320, 110+26*n)
	cols := []col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("rating_org", "rating_organisasi"), p.c("pegawai_dinilai")}
	for _, pk := range predikatKeys {
		cols = append(cols, col{"persen_" + strings.TrimPrefix(pk, "pred_"), "% " + p.T(pk)})
	}
	cols = append(cols, p.c("sesuai"), p.c("alasan"))
	t := p.periodTable(ps, key, "kurva", func(k string) string {
		kp, _ := get(k)
		return p.T("sec_kurva") + " · " + at(kp, k)
	}, cols, func(k string, t *Table) {
		_, units := get(k)
		for _, u := range units {
			row := []Cell{txt(u.Kode), link(u.Nama, p.unitHref(u.Kode)), codeCell(p.Lang, "ro_", u.Rating), sc(p.Lang, u.Pegawai, 0)}
			for _, sh := range u.Shares {
				row = append(row, sc(p.Lang, sh, 1))
			}
			ses := Cell{Text: "–"}
			if u.Sesuai.Valid {
				ses = Cell{Text: p.T("tidak"), Raw: "false"}
				if u.Sesuai.Bool {
					ses = Cell{Text: p.T("ya"), Raw: "true"}
				}
			}
			row = append(row, ses, Cell{Text: kurvaReason(p.Lang, u.Alasan, u.Shares), Raw: u.Alasan})
			t.add(row...)
		}
	})
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

package dashboards

import (
	"database/sql"
	"sort"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// NeedsUnit is one unit's training needs in a year (mart.training_needs_unit).
type NeedsUnit struct {
	Kode, Nama, Wilayah, NamaWilayah     string
	Tahun                                int64
	Pegawai, PersenGap, Kurang20         kit.Stat
	PersenKurang20, KekuranganJP, Tinggi kit.Stat
	Nilai                                string
	PersenNilai, Skor                    kit.Stat
	Fokus, JenisFokus                    string
	Urutan, UrutanWilayah                int64
}

// NeedsRegion sums a region's units in a year.
type NeedsRegion struct {
	Kode, Nama                string
	Tahun                     int64
	Pegawai, Kurang20, Persen kit.Stat
	KekuranganJP, Tinggi      kit.Stat
	Values                    []kit.Stat // people di_bawah per value, berakhlakOrder
}

// FocusCount is the number of people per recommended focus.
type FocusCount struct {
	Fokus, Jenis string
	Pegawai      kit.Stat
}

// TrainingModel is everything pelatihan.html shows.
type TrainingModel struct {
	Years    []int64 // newest first
	Regions  map[int64][]NeedsRegion
	Priority map[int64][]NeedsUnit // the first PriorityN units of all regions
	Focus    map[int64][]FocusCount
	Values   map[int64][]kit.Stat // all regions, per value
}

// PriorityN is the length of the priority list on pelatihan.html.
const PriorityN = 20

func needsUnit(s *site, r needsUnitRow) NeedsUnit {
	return NeedsUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Wilayah: r.Wilayah, NamaWilayah: s.regionNames[r.Wilayah], Tahun: r.Tahun,
		Pegawai: kit.People(r.Pegawai), PersenGap: kit.Pct(r.PersenGap, r.Pegawai), Kurang20: kit.People(r.Kurang20),
		PersenKurang20: kit.Pct(r.PersenKurang20, r.Pegawai), KekuranganJP: kit.SumOver(kit.Over(r.KekuranganJP, r.Pegawai), kit.People(r.Kurang20)), Tinggi: kit.People(r.Tinggi),
		Nilai: r.Nilai, PersenNilai: kit.Pct(r.PersenNilai, r.Pegawai), Skor: kit.Over(r.Skor, r.Pegawai),
		Fokus: r.Fokus, JenisFokus: r.JenisFokus, Urutan: r.Urutan.Int64, UrutanWilayah: r.UrutanWilayah.Int64}.suppressScore()
}

func valueIndex(v string) int {
	for i, x := range kit.BerakhlakOrder {
		if x == v {
			return i
		}
	}
	return -1
}

// trainingModel is pelatihan.html's model. Every figure is a mart column:
// a region's people, 20 JP and needs are mart.region_training's, its and
// every region's people per BerAKHLAK value and per training focus
// mart.region_training_need_count's, the units' mart.training_needs_unit's.
func (s *site) trainingModel() TrainingModel {
	m := TrainingModel{Regions: map[int64][]NeedsRegion{}, Priority: map[int64][]NeedsUnit{}, Focus: map[int64][]FocusCount{}, Values: map[int64][]kit.Stat{}}
	years := map[int64]bool{}
	for _, r := range s.w.NeedsUnit {
		years[r.Tahun] = true
		if r.Urutan.Int64 >= 1 && r.Urutan.Int64 <= PriorityN {
			m.Priority[r.Tahun] = append(m.Priority[r.Tahun], needsUnit(s, r))
		}
	}
	k := func(w string, y int64) string { return w + "|" + strconv.FormatInt(y, 10) }
	regVals := map[string]*[7]kit.Stat{}
	for _, r := range s.w.RegionNeeds {
		cnt := kit.People(sql.NullInt64{Int64: r.Pegawai, Valid: true})
		switch {
		case r.Aspek == "nilai_di_bawah" && valueIndex(r.Kunci) >= 0:
			key := k(r.Wilayah, r.Tahun)
			if r.Tingkat == "semua" {
				key = k("", r.Tahun)
			}
			if regVals[key] == nil {
				regVals[key] = zeroValues()
			}
			regVals[key][valueIndex(r.Kunci)] = cnt
		case r.Aspek == "fokus_pelatihan" && r.Tingkat == "semua":
			m.Focus[r.Tahun] = append(m.Focus[r.Tahun], FocusCount{Fokus: r.Kunci, Jenis: r.Jenis, Pegawai: cnt})
		}
	}
	regTrain := map[string]trainingRow{}
	for _, r := range s.w.RegionTraining {
		regTrain[k(r.Wilayah, r.Tahun)] = r
	}
	for y := range years {
		m.Years = append(m.Years, y)
	}
	sort.Slice(m.Years, func(i, j int) bool { return m.Years[i] > m.Years[j] })
	for _, y := range m.Years {
		for _, reg := range s.w.Regions {
			r, ok := regTrain[k(reg.Kode, y)]
			if !ok {
				continue
			}
			kurang := kit.People(r.Kurang20)
			nr := NeedsRegion{Kode: reg.Kode, Nama: reg.Nama, Tahun: y, Pegawai: kit.People(r.Pegawai), Kurang20: kurang,
				Persen: kit.Pct(r.PersenKurang, r.Pegawai), KekuranganJP: kit.SumOver(kit.Over(r.KekuranganJP, r.Pegawai), kurang),
				Tinggi: kit.People(r.Tinggi)}
			vals := regVals[k(reg.Kode, y)]
			if vals == nil {
				vals = zeroValues()
			}
			nr.Values = vals[:]
			m.Regions[y] = append(m.Regions[y], nr)
		}
		if nv := regVals[k("", y)]; nv != nil {
			m.Values[y] = nv[:]
		}
		sort.SliceStable(m.Priority[y], func(i, j int) bool { return m.Priority[y][i].Urutan < m.Priority[y][j].Urutan })
	}
	for y := range m.Focus {
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

// zeroValues are the people per BerAKHLAK value of a region with no one
// below expectation.
func zeroValues() *[7]kit.Stat {
	var v [7]kit.Stat
	for i := range v {
		v[i] = kit.Stat{Valid: true}
	}
	return &v
}

func (s *site) trainingPage(m TrainingModel, lang string) *kit.Page {
	p := s.mainPage(lang, "pelatihan.html", "nav_pelatihan", "needs_intro")
	key := "pelatihan"
	keys, def := yearSelector(p, m.Years)
	year := func(k string) int64 { y, _ := strconv.ParseInt(k, 10, 64); return y }

	// Needs per BerAKHLAK value, all regions.
	vs := kit.Section{ID: "nilai", Title: p.T("needs_values"), Empty: len(keys) == 0}
	all := kit.PeriodSpec{Keys: keys, Def: def}
	vch := p.PeriodChart(all, p.T("needs_values"), func(k string) (*kit.Option, bool) {
		o := kit.NewBar(p.T("needs_values")+" · "+k).Categories(p.ValueLabels(), opts.YAxis{})
		o.XAxis(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}})
		d := kit.StatData(m.Values[year(k)], 0)
		return o.Add(p.T("pegawai"), d, kit.Color(kit.Palette[5])), len(d) == 0
	})
	vtabs := p.VariantTables(keys, def, func(k string) *kit.Table {
		cols := []kit.Column{p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"), p.Col("pegawai")}
		for i, v := range kit.BerakhlakOrder {
			cols = append(cols, kit.Column{Key: v, Label: p.ValueLabels()[i]})
		}
		t := p.Table(key, "nilai_"+k, p.T("needs_values")+" · "+k, cols...)
		for _, r := range m.Regions[year(k)] {
			row := []kit.Cell{kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode)), kit.StatCell(lang, r.Pegawai, 0)}
			for _, v := range r.Values {
				row = append(row, kit.StatCell(lang, v, 0))
			}
			t.Add(row...)
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	vs.Blocks = []kit.Block{{Chart: vch, Tables: vtabs, Wide: true}}
	p.Sections = append(p.Sections, vs)

	// Competency focus.
	fs := kit.Section{ID: "kompetensi", Title: p.T("needs_focus"), Empty: len(keys) == 0}
	fch := p.PeriodChart(all, p.T("needs_focus"), func(k string) (*kit.Option, bool) {
		rows := m.Focus[year(k)]
		var ys []string
		var d []any
		for i := len(rows) - 1; i >= 0; i-- {
			ys = append(ys, kit.FocusLabel(lang, rows[i].Fokus))
			d = append(d, opts.BarData{Value: rows[i].Pegawai.Chart(0), ItemStyle: &opts.ItemStyle{Color: jenisColor(rows[i].Jenis)}})
		}
		o := kit.NewBar(p.T("needs_focus")+" · "+k).Horizontal(ys, opts.XAxis{Name: p.T("pegawai")}, kit.EveryLabel())
		return o.Add(p.T("pegawai"), d), len(rows) == 0
	})
	ftabs := p.VariantTables(keys, def, func(k string) *kit.Table {
		t := p.Table(key, "fokus_"+k, p.T("needs_focus")+" · "+k, p.Col("fokus", "fokus_pelatihan"), p.Col("jenis_kompetensi", "jenis_kompetensi"), p.Col("pegawai"))
		for _, f := range m.Focus[year(k)] {
			t.Add(kit.FocusCell(lang, f.Fokus), kit.CodeCell(lang, "jk_", f.Jenis), kit.StatCell(lang, f.Pegawai, 0))
		}
		return t
	})
	fs.Blocks = []kit.Block{{Chart: fch, Tables: ftabs}}
	p.Sections = append(p.Sections, fs)

	// 20 JP shortfall per region.
	js := kit.Section{ID: "jp", Title: p.T("needs_jp"), Note: p.T("sec_jp_note"), Empty: len(keys) == 0}
	jch := p.PeriodChart(all, p.T("needs_jp"), func(k string) (*kit.Option, bool) {
		rows := append([]NeedsRegion(nil), m.Regions[year(k)]...)
		sort.SliceStable(rows, func(i, j int) bool { return statLess(rows[j].Persen, rows[i].Persen, rows[i].Kode, rows[j].Kode) })
		rows, _ = kit.TopBottom(rows, ChartRegions)
		var ys []string
		var d []any
		for i := len(rows) - 1; i >= 0; i-- {
			ys = append(ys, rows[i].Nama)
			d = append(d, rows[i].Persen.Chart(1))
		}
		o := kit.NewBar(p.T("kurang_20")+" · "+k).Horizontal(ys, opts.XAxis{Max: 100, Name: "%"}, kit.EveryLabel())
		return o.Add(p.T("kurang_20"), d, kit.Color(kit.Palette[1])), len(rows) == 0
	})
	jch.Height = max(320, 90+22*min(len(s.w.Regions), 2*ChartRegions))
	jtabs := p.VariantTables(keys, def, func(k string) *kit.Table {
		t := p.Table(key, "jp_"+k, p.T("needs_jp")+" · "+k, p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"), p.Col("pegawai"),
			p.Col("pegawai_kurang_20", "pegawai_kurang_20_jp"), p.Col("kurang_20", "persen_kurang_20_jp"), p.Col("kekurangan_jp", "total_kekurangan_jp"),
			p.Col("prioritas_tinggi", "pegawai_prioritas_tinggi"))
		for _, r := range m.Regions[year(k)] {
			t.Add(kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode)), kit.StatCell(lang, r.Pegawai, 0), kit.StatCell(lang, r.Kurang20, 0), kit.StatCell(lang, r.Persen, 1),
				kit.StatCell(lang, r.KekuranganJP, 0), kit.StatCell(lang, r.Tinggi, 0))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	js.Blocks = []kit.Block{{Chart: jch, Tables: jtabs}}
	p.Sections = append(p.Sections, js)

	// Priority list of units.
	ps := kit.Section{ID: "prioritas", Title: p.T("needs_priority"), Note: p.T("needs_priority_note") + " " + p.T("sec_needs_note"), Empty: len(keys) == 0}
	pch := p.PeriodChart(all, p.T("needs_priority"), func(k string) (*kit.Option, bool) {
		return priorityChart(p, m.Priority[year(k)], k, false)
	})
	pch.Height = max(360, 110+24*PriorityN)
	ptabs := p.VariantTables(keys, def, func(k string) *kit.Table {
		return needsTable(p, key, "prioritas_"+k, p.T("needs_priority")+" · "+k, m.Priority[year(k)], true)
	})
	ps.Blocks = []kit.Block{{Chart: pch, Tables: ptabs, Wide: true}}
	p.Sections = append(p.Sections, ps)
	return p
}

func jenisColor(j string) string {
	switch j {
	case "teknis":
		return kit.Palette[0]
	case "manajerial":
		return kit.Palette[1]
	case "sosial_kultural":
		return kit.Palette[2]
	}
	return "#777777"
}

func needsTable(p *kit.Page, key, name, caption string, units []NeedsUnit, withRegion bool) *kit.Table {
	t := p.Table(key, name, caption, needsCols(p, withRegion)...)
	for _, u := range units {
		t.Add(needsRow(p, u, withRegion)...)
	}
	return t
}

func needsCols(p *kit.Page, withRegion bool) []kit.Column {
	cols := []kit.Column{p.Col("urutan", "urutan_prioritas")}
	if !withRegion {
		cols[0] = p.Col("urutan_wilayah", "urutan_prioritas_wilayah")
	}
	cols = append(cols, p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"))
	if withRegion {
		cols = append(cols, p.Col("wilayah", "nama_wilayah"))
	}
	return append(cols, p.Col("pegawai"), p.Col("kurang_20", "persen_kurang_20_jp"), p.Col("kekurangan_jp", "total_kekurangan_jp"),
		p.Col("kesenjangan", "persen_kesenjangan_kinerja"), p.Col("nilai_terlemah", "nilai_terlemah"), p.Col("persen_nilai", "persen_nilai_terlemah"),
		p.Col("fokus", "fokus_pelatihan"), p.Col("skor", "skor_prioritas"))
}

func needsRow(p *kit.Page, u NeedsUnit, withRegion bool) []kit.Cell {
	ord := u.Urutan
	if !withRegion {
		ord = u.UrutanWilayah
	}
	row := []kit.Cell{kit.TextCell(strconv.FormatInt(ord, 10)), kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode))}
	if withRegion {
		row = append(row, kit.LinkCell(u.NamaWilayah, p.RegionHref(u.Wilayah)))
	}
	return append(row, kit.StatCell(p.Lang, u.Pegawai, 0), kit.StatCell(p.Lang, u.PersenKurang20, 1), kit.StatCell(p.Lang, u.KekuranganJP, 0), kit.StatCell(p.Lang, u.PersenGap, 1),
		kit.TrCell(p.Lang, "val_", u.Nilai), kit.StatCell(p.Lang, u.PersenNilai, 1), kit.FocusCell(p.Lang, u.Fokus), kit.StatCell(p.Lang, u.Skor, 1))
}

// ---- kurva distribusi ----

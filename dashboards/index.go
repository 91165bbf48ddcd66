package dashboards

import (
	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

func (s *site) indexModel() IndexModel {
	m := IndexModel{TrendSB: map[string][]kit.Stat{}, TrendIKM: map[string][]kit.Stat{}, ByPeriod: map[string][]IndexRow{}, KurangYear: map[string]int64{}}
	if s.w.LatestQuarter.Valid {
		m.Quarter = &kit.Period{Jenis: "triwulan", Mulai: s.w.LatestQuarter.Time}
	}
	m.Year = s.w.LatestYear.Int64
	var quarters []regionSummaryRow
	for _, r := range s.w.Summary {
		if r.Jenis == "triwulan" {
			quarters = append(quarters, r)
		}
	}
	m.Quarters = kit.PeriodsOf(quarters, func(r regionSummaryRow) kit.Period { return r.Period })
	qi := map[string]int{}
	for i, q := range m.Quarters {
		qi[q.Periode] = i
	}
	// % < 20 JP per region and year.
	years := map[int64]bool{}
	kurang := map[string]kit.Stat{}
	for _, r := range s.w.Summary {
		if r.Jenis == "tahun" && r.Tahun.Valid {
			years[r.Tahun.Int64] = true
			v := kit.Pct(r.Kurang20, r.PegawaiDinilai)
			if !r.PegawaiDinilai.Valid {
				v = kit.Num(r.Kurang20)
			}
			kurang[r.Kode+"|"+kit.FmtInt64(r.Tahun.Int64)] = v
		}
	}
	for _, reg := range s.w.Regions {
		row := IndexRow{Kode: reg.Kode, Nama: reg.Nama, Provinsi: reg.Provinsi}
		sb := make([]kit.Stat, len(m.Quarters))
		ikm := make([]kit.Stat, len(m.Quarters))
		for _, r := range s.summaryByRegion[reg.Kode] {
			switch {
			case r.Jenis == "triwulan":
				f := figures(&r)
				if i, ok := qi[r.Periode]; ok {
					sb[i], ikm[i] = f.PersenSB, f.IKM
				}
				if m.Quarter != nil && r.Mulai.Equal(m.Quarter.Mulai) {
					m.Quarter.Periode = r.Periode
					row.Pegawai, row.PersenSB, row.IKM, row.Mutu = f.PegawaiDinilai, f.PersenSB, f.IKM, f.Mutu
					row.MedianKTP, row.TepatWaktu, row.Backlog = f.MedianKTP, f.TepatWaktu, f.Backlog
				}
			case r.Jenis == "tahun" && r.Tahun.Valid && r.Tahun.Int64 == m.Year:
				row.Kurang20 = kit.Pct(r.Kurang20, r.PegawaiDinilai)
				if !r.PegawaiDinilai.Valid {
					row.Kurang20 = kit.Num(r.Kurang20)
				}
			}
		}
		m.TrendSB[reg.Kode], m.TrendIKM[reg.Kode] = sb, ikm
		m.Rows = append(m.Rows, row)
		var prev *RegionFigures
		for _, r := range s.summaryByRegion[reg.Kode] {
			if r.Jenis != "triwulan" {
				continue
			}
			f := figures(&r)
			pr := IndexRow{Kode: reg.Kode, Nama: reg.Nama, Provinsi: reg.Provinsi, Pegawai: f.PegawaiDinilai, PersenSB: f.PersenSB, IKM: f.IKM,
				Mutu: f.Mutu, MedianKTP: f.MedianKTP, TepatWaktu: f.TepatWaktu, Backlog: f.Backlog}
			// The change on the region's quarter before (its summary row
			// before this one, as the region page's headline).
			if prev != nil {
				pr.PrevPeriode = prev.Period.Periode
				pr.PrevIKM, pr.PrevMedianKTP, pr.PrevTepatWaktu, pr.PrevBacklog = prev.IKM, prev.MedianKTP, prev.TepatWaktu, prev.Backlog
			}
			prev = &f
			// 20 JP: the quarter's year, or the latest year before it.
			if y := latestYear(years, r.Mulai.Year()); y != 0 {
				pr.Kurang20 = kurang[reg.Kode+"|"+kit.FmtInt64(y)]
			}
			m.ByPeriod[r.Periode] = append(m.ByPeriod[r.Periode], pr)
		}
	}
	for _, q := range m.Quarters {
		m.KurangYear[q.Periode] = latestYear(years, q.Mulai.Year())
	}
	return m
}

// IndexRow is one kab/kota on the home page.
type IndexRow struct {
	Kode, Nama, Provinsi                     string
	Pegawai, PersenSB, IKM                   kit.Stat
	Mutu                                     string
	MedianKTP, TepatWaktu, Backlog, Kurang20 kit.Stat
	// The region's quarter before (in ByPeriod): the change of IKM, median
	// KTP-el, % on time and backlog is coloured good or bad on the page.
	PrevPeriode                                         string
	PrevIKM, PrevMedianKTP, PrevTepatWaktu, PrevBacklog kit.Stat
}

// IndexModel is everything index.html shows.
type IndexModel struct {
	Quarter  *kit.Period
	Year     int64
	Rows     []IndexRow
	Quarters []kit.Period
	TrendSB  map[string][]kit.Stat // per region, aligned with Quarters
	TrendIKM map[string][]kit.Stat
	ByPeriod map[string][]IndexRow // every region's figures per quarter (the period selector)
	// KurangYear is the year of the % < 20 JP column per quarter: the
	// quarter's, or the latest year before it with data.
	KurangYear map[string]int64
}

func (s *site) indexPage(m IndexModel, lang string) *kit.Page {
	p := s.newPage(lang, "index.html", s.title)
	p.Subtitle = p.T("index_title")
	key := "beranda"
	cols := func(year int64) []kit.Column {
		return []kit.Column{p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"), p.Col("provinsi"), p.Col("pegawai_dinilai"),
			p.Col("persen_sb", "persen_sangat_baik"), p.Col("ikm"), p.Col("mutu"), p.Col("median_ktp", "median_jam_ktp_el"),
			p.Col("tepat_waktu", "persen_tepat_waktu"), p.Col("backlog"), kit.Column{Key: "persen_kurang_20_jp", Label: p.T("kurang_20") + " (" + yearText(year) + ")"},
			kit.Column{Key: "tren_persen_sangat_baik", Label: p.T("tren_kecil")}, kit.Column{Key: "tren_ikm", Label: p.T("tren_kecil_ikm")}}
	}
	// One table per quarter (the period selector), newest first.
	var keys []string
	for i := len(m.Quarters) - 1; i >= 0 && len(keys) < s.indexPeriodCap(); i-- {
		keys = append(keys, m.Quarters[i].Periode)
	}
	def := kit.PeriodLabel(m.Quarter)
	p.SetPeriods(keys, keys, def)
	figs := func(k string, year int64) []kit.Figure {
		n := 0
		for _, r := range m.ByPeriod[k] {
			if r.Pegawai.Valid || r.Pegawai.Small || r.IKM.Valid {
				n++
			}
		}
		return []kit.Figure{
			{Label: p.T("periode_pilihan"), Value: k, Note: p.T("latest_quarter") + ": " + kit.PeriodLabel(m.Quarter)},
			{Label: p.T("tahun_jp"), Value: yearText(year)},
			{Label: p.T("sec_regions"), Value: kit.FmtNum(lang, float64(n), 0), Note: kit.FmtNum(lang, float64(len(m.Rows)), 0) + " " + p.T("wilayah_total")},
		}
	}
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != def, Figures: figs(k, m.KurangYear[k])})
	}
	if len(keys) == 0 {
		p.Figures = []kit.Figure{
			{Label: p.T("latest_quarter"), Value: kit.PeriodLabel(m.Quarter)},
			{Label: p.T("latest_year"), Value: yearText(m.Year)},
			{Label: p.T("sec_regions"), Value: kit.FmtNum(lang, float64(len(m.Rows)), 0)},
		}
	}
	tables := p.VariantTables(keys, def, func(k string) *kit.Table {
		t := p.Table(key, "wilayah_"+kit.FileName(k), p.T("sec_regions")+" · "+k, cols(m.KurangYear[k])...)
		for _, r := range m.ByPeriod[k] {
			vs := p.T("perubahan") + " vs " + r.PrevPeriode
			mutu := kit.TextCell(r.Mutu)
			if r.Mutu != "" {
				mutu.Class = "mutu mutu-" + kit.FileName(r.Mutu)
			}
			t.Add(kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode)), kit.TextCell(r.Provinsi), kit.StatCell(lang, r.Pegawai, 0), kit.StatCell(lang, r.PersenSB, 1),
				kit.ChangeCell(lang, r.IKM, r.PrevIKM, 2, kit.ArahNaik, vs), mutu, kit.ChangeCell(lang, r.MedianKTP, r.PrevMedianKTP, 2, kit.ArahTurun, vs),
				kit.ChangeCell(lang, r.TepatWaktu, r.PrevTepatWaktu, 1, kit.ArahNaik, vs), kit.ChangeCell(lang, r.Backlog, r.PrevBacklog, 0, kit.ArahTurun, vs), kit.StatCell(lang, r.Kurang20, 1),
				kit.Spark(lang, m.TrendSB[r.Kode], 1), kit.Spark(lang, m.TrendIKM[r.Kode], 2))
			t.RowProv = append(t.RowProv, provCode(r.Kode))
		}
		return t
	})
	if len(keys) == 0 {
		tables = []*kit.Table{p.Table(key, "wilayah", p.T("sec_regions"), cols(m.Year)...)}
	}
	regions := kit.Section{ID: "wilayah", Title: p.T("sec_regions"), Note: p.T("index_intro") + " " + p.T("index_colour_note"),
		Empty: len(m.Rows) == 0, Blocks: []kit.Block{{Tables: tables}}}
	p.Sections = append(p.Sections, regions)
	if len(m.Rows) > ManyRegions {
		seen := map[string]bool{}
		for _, r := range m.Rows {
			if kp := provCode(r.Kode); !seen[kp] {
				seen[kp] = true
				p.ProvFilter = append(p.ProvFilter, kit.Link{Href: kp, Text: kp + " " + r.Provinsi})
			}
		}
	}

	var xs []string
	for _, q := range m.Quarters {
		xs = append(xs, q.Periode)
	}
	for _, spec := range []struct {
		name, title, measure string
		data                 map[string][]kit.Stat
		dec                  int
	}{{"tren_sangat_baik", p.T("trend_sb"), "persen_sangat_baik", m.TrendSB, 1}, {"tren_ikm", p.T("trend_ikm"), "ikm", m.TrendIKM, 2}} {
		if len(m.Rows) > len(kit.Palette)*2 {
			// Too many regions for one line each: the median and quartiles across regions (mart.region_spread).
			q1, med, q3 := s.regionQuartiles(xs, spec.measure)
			p.Sections = append(p.Sections, spreadTrendSection(p, key, spec.name, spec.title, xs, q1, med, q3, spec.dec))
			continue
		}
		line := kit.NewLine(spec.title).Categories(xs, opts.YAxis{Scale: opts.Bool(true)})
		cols := []kit.Column{p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah")}
		for _, q := range xs {
			cols = append(cols, kit.Column{Key: q, Label: q})
		}
		tt := p.Table(key, spec.name, spec.title, cols...)
		for i, r := range m.Rows {
			dash := ""
			if (i/len(kit.Palette))%2 == 1 {
				dash = "dashed"
			}
			line.Add(r.Nama, kit.StatData(spec.data[r.Kode], spec.dec), kit.Line(kit.Palette[i%len(kit.Palette)], 2, dash, true))
			row := []kit.Cell{kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.RegionHref(r.Kode))}
			for _, v := range spec.data[r.Kode] {
				row = append(row, kit.StatCell(lang, v, spec.dec))
			}
			tt.Add(row...)
		}
		ch := p.Chart(spec.title, line, len(xs) == 0 || len(m.Rows) == 0)
		p.Sections = append(p.Sections, kit.Section{ID: spec.name, Title: spec.title, Blocks: []kit.Block{{Chart: ch, Table: tt}}})
	}
	return p
}

func yearText(y int64) string {
	if y == 0 {
		return "–"
	}
	return kit.FmtInt64(y)
}

func (s *site) indexPeriodCap() int {
	if len(s.w.Regions) > ManyRegions {
		return ManyPeriodsCap
	}
	return 1 << 30
}

// spreadTrendSection draws the median and the quartiles across regions per
// quarter (for sites with many regions), as mart.region_spread computed
// them over every region; the table keeps every region.
func spreadTrendSection(p *kit.Page, key, name, title string, xs []string, q1, med, q3 []kit.Stat, dec int) kit.Section {
	line := kit.NewLine(title).Categories(xs, opts.YAxis{Scale: opts.Bool(true)})
	line.Add("Q1", kit.StatData(q1, dec), kit.Line(kit.Palette[4], 2, "dashed", false))
	line.Add("Median", kit.StatData(med, dec), kit.Line(kit.Palette[0], 3, "", false))
	line.Add("Q3", kit.StatData(q3, dec), kit.Line(kit.Palette[1], 2, "dotted", false))
	ch := p.Chart(title, line, len(xs) == 0)
	t := p.Table(key, name, title+" (Q1, median, Q3)", p.Col("periode"), kit.Column{Key: "q1", Label: "Q1"}, kit.Column{Key: "median", Label: "Median"}, kit.Column{Key: "q3", Label: "Q3"})
	for i, x := range xs {
		t.Add(kit.TextCell(x), kit.StatCell(p.Lang, q1[i], dec), kit.StatCell(p.Lang, med[i], dec), kit.StatCell(p.Lang, q3[i], dec))
	}
	return kit.Section{ID: name, Title: title, Blocks: []kit.Block{{Chart: ch, Table: t}}}
}

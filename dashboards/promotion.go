package dashboards

import (
	"database/sql"
	"slices"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// promosi.html (issue 13, point 4, Palu's ask: promotion on merit, not
// nepotism): per region, the promotions of people inside and outside the
// promotion pool before they were promoted (mart.promotion_merit_region),
// the totals of every region and of every year (mart.promotion_merit_total),
// the trend, and what "outside" means.

// promoRow is a row of mart.promotion_merit_region (cakupan "wilayah", a
// year) or mart.promotion_merit_total.
type promoRow struct {
	Cakupan, Wilayah string
	kit.Period
	Awal, Akhir                           string
	Kenaikan, Jabatan, Dalam, Luar, Tidak int64
	Persen, Lo, Hi                        sql.NullFloat64
}

func (x *promoRow) cols() kit.Cols {
	return x.Period.Cols().Add(kit.Cols{"kode_wilayah": &x.Wilayah, "kenaikan": &x.Kenaikan, "kenaikan_jabatan": &x.Jabatan,
		"dalam_kelompok_promosi": &x.Dalam, "di_luar_kelompok_promosi": &x.Luar, "data_tidak_lengkap": &x.Tidak,
		"persen_di_luar": &x.Persen, "persen_di_luar_bawah": &x.Lo, "persen_di_luar_atas": &x.Hi})
}

// PromoFigures are one region's (or every region's) promotions in one
// period as the page shows them: counts masked per the rule (and more
// where a sum beside them would give a masked one away), the share from
// outside the pool and its Wilson interval only where both counts it
// stands on are shown.
type PromoFigures struct {
	Kode, Nama                            string
	Kenaikan, Jabatan, Dalam, Luar, Tidak kit.Stat
	Persen                                kit.Stat
	CI                                    kit.Interval
}

// PromoModel is everything promosi.html shows.
type PromoModel struct {
	Keys    []string          // the selector: "semua" (every year), then the years, newest first
	Labels  map[string]string // the selector's label of each key
	Default string
	Years   []string                  // oldest first, for the trend
	Total   map[string]PromoFigures   // every region together, by key
	Regions map[string][]PromoFigures // by key, in the site's order of regions
}

const promoAll = "semua"

func (s *site) promoModel() PromoModel {
	m := PromoModel{Labels: map[string]string{}, Total: map[string]PromoFigures{}, Regions: map[string][]PromoFigures{}}
	type key struct{ scope, k string }
	rows := map[key]promoRow{}
	for _, r := range s.out.promo {
		rows[key{r.Wilayah, r.Periode}] = r
		if r.Jenis == "tahun" && !slices.Contains(m.Years, r.Periode) {
			m.Years = append(m.Years, r.Periode)
		}
	}
	for _, r := range s.out.promoTotal {
		if r.Cakupan == "nasional" && r.Jenis != "tahun" && r.Periode != promoAll {
			continue
		}
		rows[key{r.Wilayah, r.Periode}] = r
		if r.Periode == promoAll && r.Cakupan == "nasional" {
			m.Labels[promoAll] = r.Awal + "–" + r.Akhir
			if r.Awal == r.Akhir {
				m.Labels[promoAll] = r.Awal
			}
		}
		if r.Jenis == "tahun" && !slices.Contains(m.Years, r.Periode) {
			m.Years = append(m.Years, r.Periode)
		}
	}
	slices.Sort(m.Years)
	if len(m.Years) == 0 {
		return m
	}
	m.Keys = append(m.Keys, promoAll)
	for i := len(m.Years) - 1; i >= 0; i-- {
		m.Keys = append(m.Keys, m.Years[i])
		m.Labels[m.Years[i]] = m.Years[i]
	}
	m.Default = promoAll

	// Every count shown, numbered, with the sums it is shown beside: a
	// period's statuses add up to its promotions, the regions to every
	// region, the years to every year.
	scopes := make([]string, 0, len(s.w.Regions)+1)
	for _, r := range s.w.Regions {
		scopes = append(scopes, r.Kode)
	}
	scopes = append(scopes, "") // every region
	var cm kit.CountMask
	idx := map[key][5]int{} // kenaikan, jabatan, dalam, luar, tidak
	for _, k := range m.Keys {
		for _, sc := range scopes {
			r, ok := rows[key{sc, k}]
			if !ok {
				continue
			}
			tot := sc == "" || k == promoAll
			var ix [5]int
			for i, v := range []int64{r.Kenaikan, r.Jabatan, r.Dalam, r.Luar, r.Tidak} {
				ix[i] = cm.Add(v, tot || i == 0)
			}
			idx[key{sc, k}] = ix
			cm.Sum(ix[0], ix[2], ix[3], ix[4])
		}
	}
	for c := range 5 {
		for _, k := range m.Keys {
			all, ok := idx[key{"", k}]
			if !ok {
				continue
			}
			var parts []int
			for _, sc := range scopes[:len(scopes)-1] {
				if ix, ok := idx[key{sc, k}]; ok {
					parts = append(parts, ix[c])
				}
			}
			cm.Sum(all[c], parts...)
		}
		for _, sc := range scopes {
			all, ok := idx[key{sc, promoAll}]
			if !ok {
				continue
			}
			var parts []int
			for _, y := range m.Years {
				if ix, ok := idx[key{sc, y}]; ok {
					parts = append(parts, ix[c])
				}
			}
			cm.Sum(all[c], parts...)
		}
	}
	cm.Run()

	figs := func(sc, k string) (PromoFigures, bool) {
		ix, ok := idx[key{sc, k}]
		if !ok {
			return PromoFigures{}, false
		}
		r := rows[key{sc, k}]
		f := PromoFigures{Kode: sc, Nama: s.regionNames[sc], Kenaikan: cm.Stat(ix[0]), Jabatan: cm.Stat(ix[1]), Dalam: cm.Stat(ix[2]),
			Luar: cm.Stat(ix[3]), Tidak: cm.Stat(ix[4])}
		// The share tells both counts it stands on.
		switch {
		case f.Dalam.Small && !f.Dalam.Linked || f.Luar.Small && !f.Luar.Linked:
			f.Persen = kit.Stat{Small: true}
		case f.Dalam.Small || f.Luar.Small:
			f.Persen = kit.Stat{Small: true, Linked: true}
		default:
			f.Persen = kit.Num(r.Persen)
		}
		f.CI = kit.IntervalOf(f.Persen, r.Lo, r.Hi)
		return f, true
	}
	for _, k := range m.Keys {
		if f, ok := figs("", k); ok {
			m.Total[k] = f
		}
		for _, sc := range scopes[:len(scopes)-1] {
			if f, ok := figs(sc, k); ok {
				m.Regions[k] = append(m.Regions[k], f)
			}
		}
	}
	return m
}

func (s *site) promoPage(m PromoModel, lang string) *kit.Page {
	p := s.mainPage(lang, "promosi.html", "nav_promosi", "promo_intro")
	key := "promosi"
	labels := make([]string, len(m.Keys))
	for i, k := range m.Keys {
		labels[i] = m.Labels[k]
	}
	p.SetPeriods(m.Keys, labels, m.Default)
	for _, k := range m.Keys {
		t := m.Total[k]
		ci := ""
		if t.CI.Shown() {
			ci = p.T("ci95") + ": " + t.CI.Lo.Text(lang, 1) + "–" + t.CI.Hi.Text(lang, 1) + " %"
		}
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + m.Labels[k], Hidden: k != m.Default, Figures: []kit.Figure{
			{Label: p.T("promo_kenaikan") + " · " + m.Labels[k], Value: t.Kenaikan.Text(lang, 0)},
			{Label: p.T("promo_dalam"), Value: t.Dalam.Text(lang, 0)},
			{Label: p.T("promo_luar"), Value: t.Luar.Text(lang, 0)},
			{Label: p.T("promo_persen_luar"), Value: t.Persen.Text(lang, 1), Note: ci},
			{Label: p.T("promo_tidak_lengkap"), Value: t.Tidak.Text(lang, 0)}}})
	}
	ps := kit.PeriodSpec{Keys: m.Keys, Def: m.Default}

	meaning := kit.Section{ID: "arti", Title: p.T("promo_arti"), Note: p.T("promo_arti_note")}
	p.Sections = append(p.Sections, meaning)

	title := p.T("promo_wilayah")
	sec := kit.Section{ID: "wilayah", Title: title, Note: p.T("promo_wilayah_note"), Empty: len(m.Keys) == 0}
	if len(m.Keys) > 0 {
		ch := p.PeriodChart(ps, title, func(k string) (*kit.Option, bool) {
			regs := m.Regions[k]
			ys := make([]string, 0, len(regs)+1)
			dalam, luar, tidak := make([]kit.Stat, 0, len(regs)+1), make([]kit.Stat, 0, len(regs)+1), make([]kit.Stat, 0, len(regs)+1)
			// Every region together at the bottom, as in the table: with a
			// handful of promotions per region most regions' split is
			// withheld, the total's seldom is.
			if tot, ok := m.Total[k]; ok {
				ys = append(ys, p.T("semua_wilayah"))
				dalam, luar, tidak = append(dalam, tot.Dalam), append(luar, tot.Luar), append(tidak, tot.Tidak)
			}
			for i := len(regs) - 1; i >= 0; i-- {
				r := regs[i]
				ys = append(ys, r.Nama)
				dalam, luar, tidak = append(dalam, r.Dalam), append(luar, r.Luar), append(tidak, r.Tidak)
			}
			o := kit.NewBar(title+" · "+m.Labels[k]).Horizontal(ys, opts.XAxis{Name: p.T("promo_kenaikan"), NameLocation: "middle", NameGap: 26}, kit.LongLabels())
			o.Add(p.T("promo_dalam"), kit.BarStats(dalam, 0, false), kit.Stack("p"), kit.Color(colorGood))
			o.Add(p.T("promo_luar"), kit.BarStats(luar, 0, false), kit.Stack("p"), kit.Color(colorBad))
			o.Add(p.T("promo_tidak_lengkap"), kit.BarStats(tidak, 0, false), kit.Stack("p"), kit.Color("#BBBBBB"))
			return o, len(regs) == 0
		})
		ch.Height = max(320, 110+36*(len(s.w.Regions)+1))
		t := p.PeriodTable(ps, key, "wilayah", func(k string) string { return title + " · " + m.Labels[k] }, promoCols(p, false),
			func(k string, t *kit.Table) {
				for _, r := range m.Regions[k] {
					t.Add(promoCells(p, r, "")...)
				}
				if tot, ok := m.Total[k]; ok {
					tot.Nama = p.T("semua_wilayah")
					t.Add(promoCells(p, tot, "")...)
				}
			})
		sec.Blocks = append(sec.Blocks, kit.Block{Chart: ch, Table: t, Wide: true})
	}
	p.Sections = append(p.Sections, sec)

	ttitle := p.T("promo_tren")
	tr := kit.Section{ID: "tren", Title: ttitle, Note: p.T("promo_tren_note"), Empty: len(m.Years) == 0}
	if len(m.Years) > 0 {
		o := kit.NewLine(ttitle)
		vals, ivs := make([]kit.Stat, 0, len(m.Years)), make([]kit.Interval, 0, len(m.Years))
		for _, y := range m.Years {
			t := m.Total[y]
			vals, ivs = append(vals, t.Persen), append(ivs, t.CI)
		}
		o.Categories(m.Years, opts.YAxis{Min: 0, Max: 100, Name: "%"})
		o.LineStats(p.T("promo_persen_luar")+" · "+p.T("semua_wilayah"), vals, 1, kit.Line(colorBad, 3, "", true)).Intervals(ivs, 1)
		ch := p.Chart(ttitle, o, false)
		t := p.Table(key, "tren", ttitle, promoCols(p, true)...)
		for _, y := range m.Years {
			for _, r := range m.Regions[y] {
				t.Add(promoCells(p, r, y)...)
			}
			if tot, ok := m.Total[y]; ok {
				tot.Nama = p.T("semua_wilayah")
				t.Add(promoCells(p, tot, y)...)
			}
		}
		tr.Blocks = append(tr.Blocks, kit.Block{Chart: ch, Table: t, Wide: true})
	}
	p.Sections = append(p.Sections, tr)
	return p
}

func promoCols(p *kit.Page, withYear bool) []kit.Column {
	var cols []kit.Column
	if withYear {
		cols = append(cols, p.Col("tahun"))
	}
	return append(cols, p.Col("kode_wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"), p.Col("promo_kenaikan", "kenaikan"),
		p.Col("promo_jabatan", "kenaikan_jabatan"), p.Col("promo_dalam", "dalam_kelompok_promosi"), p.Col("promo_luar", "di_luar_kelompok_promosi"),
		p.Col("promo_tidak_lengkap", "data_tidak_lengkap"), p.Col("promo_persen_luar", "persen_di_luar"),
		p.Col("ci_bawah", "persen_di_luar_bawah"), p.Col("ci_atas", "persen_di_luar_atas"))
}

// promoRow2 is a row of the region table: year (when given), region,
// counts, share and interval.
func promoCells(p *kit.Page, r PromoFigures, year string) []kit.Cell {
	var row []kit.Cell
	if year != "" {
		row = append(row, kit.TextCell(year))
	}
	name := kit.TextCell(r.Nama)
	if r.Kode != "" {
		name = kit.LinkCell(r.Nama, p.RegionHref(r.Kode))
	}
	return append(row, kit.TextCell(r.Kode), name, kit.StatCell(p.Lang, r.Kenaikan, 0), kit.StatCell(p.Lang, r.Jabatan, 0),
		kit.StatCell(p.Lang, r.Dalam, 0), kit.StatCell(p.Lang, r.Luar, 0), kit.StatCell(p.Lang, r.Tidak, 0),
		kit.StatCell(p.Lang, r.Persen, 1), kit.StatCell(p.Lang, r.CI.Lo, 1), kit.StatCell(p.Lang, r.CI.Hi, 1))
}

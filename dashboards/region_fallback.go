package dashboards

import (
	"database/sql"

	"kinerja/dashboards/kit"
)

// A chart of a unit page whose figures are mostly withheld (more than half
// are "<5") reads as "nobody": blanks and marks where a reader expects
// bars. Such a chart draws, in its place, its region's figures for the
// same measure (issue 12, point 3: the next level up), from the region's
// mart columns the region page shows; its title names the region and the
// sentence saying why stands right under it (kit.ChartNote). The table
// under it keeps the unit's own figures, masked. Every unit chart that has
// a region counterpart is made here: unitChart for a chart of all periods,
// unitPeriodChart for one that follows the period selector (decided per
// period: one year may fall back, another not).

// drawn is one option of a unit chart and the figures it shows.
type drawn struct {
	o     *kit.Option
	shown []kit.Stat // every figure the option draws, withheld ones included
	empty bool
}

// mostlyMasked reports whether more than half of the figures shown are
// withheld (a figure without data is not shown and does not count).
func mostlyMasked(vals []kit.Stat) bool {
	masked, shown := 0, 0
	for _, v := range vals {
		switch {
		case v.Small:
			masked++
			shown++
		case v.Valid:
			shown++
		}
	}
	return 2*masked > shown
}

// regionTitle is the title of a chart drawing the region's figures: the
// unit chart's title and the region's name.
func regionTitle(title string, m UnitModel) string { return title + " · " + m.NamaWilayah }

// unitChart adds a unit chart of all periods: unit's option, or region's
// (nil: the marts have no region counterpart) when most of unit's figures
// are withheld.
func unitChart(p *kit.Page, m UnitModel, title string, unit func(title string) drawn, region func(title string) (*kit.Option, bool)) *kit.Chart {
	d := unit(title)
	if region == nil || !mostlyMasked(d.shown) {
		return p.Chart(title, d.o, d.empty)
	}
	o, empty := region(regionTitle(title, m))
	ch := p.Chart(title, o, empty)
	ch.Notes = []kit.ChartNote{{Text: p.T("masked_fallback")}}
	return ch
}

// unitPeriodChart adds a unit chart that follows the period selector, each
// period's option decided as unitChart decides: unit(k, title) and
// region(k, title) build selector value k's option (they add the period
// to the title).
func unitPeriodChart(p *kit.Page, m UnitModel, ps kit.PeriodSpec, title string, unit func(k, title string) drawn, region func(k, title string) (*kit.Option, bool)) *kit.Chart {
	variant := func(k string) string {
		if ps.Pick == nil {
			return k
		}
		return ps.Pick(k)
	}
	fell := map[string]bool{} // by variant
	ch := p.PeriodChart(ps, title, func(k string) (*kit.Option, bool) {
		d := unit(k, title)
		if region == nil || !mostlyMasked(d.shown) {
			return d.o, d.empty
		}
		fell[variant(k)] = true
		return region(k, regionTitle(title, m))
	})
	if len(ps.Keys) == 0 {
		if fell[""] {
			ch.Notes = []kit.ChartNote{{Text: p.T("masked_fallback")}}
		}
		return ch
	}
	def := ps.Def
	if def == "" {
		def = ps.Keys[0]
	}
	for _, k := range ps.Keys {
		if fell[variant(k)] {
			ch.Notes = append(ch.Notes, kit.ChartNote{Period: k, Text: p.T("masked_fallback"), Hidden: k != def})
		}
	}
	return ch
}

// The region counterparts of the unit charts, from the region's marts.

// regionPredikat is the region's predikat distribution per period
// (mart.region_performance), as the region page draws it.
func (s *site) regionPredikat(kode string) []PredikatPoint {
	var pts []PredikatPoint
	for _, r := range kit.Preferred(s.predByRegion[kode], func(r regionPredikatRow) kit.Period { return r.Period }) {
		pts = append(pts, predikatPoint(r.Period, r.Pegawai, r.Predikat))
	}
	return pts
}

// regionTrend is the region's % Sangat Baik and IKM per period
// (mart.region_summary's persen_sangat_baik, pegawai_dinilai and ikm).
func (s *site) regionTrend(kode string) []TrendPoint {
	var out []TrendPoint
	for _, r := range kit.Preferred(s.summaryByRegion[kode], func(r regionSummaryRow) kit.Period { return r.Period }) {
		out = append(out, TrendPoint{Period: r.Period, PersenSB: kit.Pct(r.PersenSB, r.PegawaiDinilai), IKM: kit.Num(r.IKM)})
	}
	return out
}

// regionJP is the region's "% < 20 JP" per year (mart.region_training).
func (s *site) regionJP(m UnitModel) []JPYear {
	var out []JPYear
	for _, r := range s.regionTrainByRegion[m.Wilayah] {
		out = append(out, jpYear(m.Wilayah, m.NamaWilayah, r))
	}
	return out
}

// regionNeedsValues is the region's people below expectation per
// BerAKHLAK value (kit.BerakhlakOrder) in year y
// (mart.region_training_need_count, tingkat wilayah, aspek
// nilai_di_bawah); nil when the region has none that year.
func (s *site) regionNeedsValues(kode string, y int64) []kit.Stat {
	var vals []kit.Stat
	for _, r := range s.w.RegionNeeds {
		if r.Tingkat != "wilayah" || r.Wilayah != kode || r.Tahun != y || r.Aspek != "nilai_di_bawah" || valueIndex(r.Kunci) < 0 {
			continue
		}
		if vals == nil {
			vals = make([]kit.Stat, len(kit.BerakhlakOrder))
			for i := range vals {
				vals[i] = kit.People(sql.NullInt64{Valid: true})
			}
		}
		vals[valueIndex(r.Kunci)] = kit.People(sql.NullInt64{Int64: r.Pegawai, Valid: true})
	}
	return vals
}

// regionBerakhlak is the region's BerAKHLAK shortfall per period and value
// (mart.region_berakhlak), of the preferred kind of period.
func (s *site) regionBerakhlak(m UnitModel) []BerakhlakCell {
	var cells []BerakhlakCell
	for _, r := range kit.Preferred(s.regionBerByRegion[m.Wilayah], func(r berakhlakRow) kit.Period { return r.Period }) {
		c := berCell(s, r)
		c.Kode, c.Nama = m.Wilayah, m.NamaWilayah
		cells = append(cells, c)
	}
	return cells
}

// regionResponses is the region's share of appraisals objected to per
// period (mart.region_appraisal_response), masked as a unit's are.
func (s *site) regionResponses(kode string) []ResponsePoint {
	return responsePoints(s.respByRegion[kode])
}

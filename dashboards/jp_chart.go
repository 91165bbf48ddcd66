package dashboards

import (
	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// mostlyMasked reports whether more than half of the figures are withheld:
// such a chart would be mostly gaps, read as "nobody".
func mostlyMasked(vals []kit.Stat) bool {
	n := 0
	for _, v := range vals {
		if v.Small {
			n++
		}
	}
	return len(vals) > 0 && 2*n > len(vals)
}

// jpChart is the "% < 20 JP" chart of a region or unit: withheld years are
// drawn as the "<5" marker, never as an empty slot.
func jpChart(p *kit.Page, title string, years []JPYear) *kit.Chart {
	o := kit.NewBar(title)
	xs := make([]string, 0, len(years))
	data := make([]any, 0, len(years))
	for _, y := range years {
		xs = append(xs, kit.FmtInt64(y.Tahun))
		if y.Persen.Small {
			data = append(data, kit.MaskedColumn())
		} else {
			data = append(data, y.Persen.Chart(1))
		}
	}
	o.Categories(xs, opts.YAxis{Max: 100, Name: "%"})
	o.Add(p.T("kurang_20"), data, kit.Color(kit.Palette[1]), kit.MarkLines(kit.Palette[5], nil, opts.MarkLineNameYAxisItem{Name: "25%", YAxis: kit.AlertJPPct}))
	return p.Chart(title, o, len(years) == 0)
}

// unitJPChart is a unit's "% < 20 JP" chart; when most of its years are
// withheld it draws the region's years instead and returns the sentence
// saying so (else "").
func (s *site) unitJPChart(p *kit.Page, m UnitModel) (*kit.Chart, string) {
	per := make([]kit.Stat, len(m.JP))
	for i, y := range m.JP {
		per[i] = y.Persen
	}
	if !mostlyMasked(per) {
		return jpChart(p, p.T("kurang_20"), m.JP), ""
	}
	var reg []JPYear
	for _, r := range s.regionTrainByRegion[m.Wilayah] {
		reg = append(reg, jpYear(m.Wilayah, m.NamaWilayah, r))
	}
	if len(reg) == 0 {
		return jpChart(p, p.T("kurang_20"), m.JP), ""
	}
	return jpChart(p, p.T("kurang_20")+" · "+m.NamaWilayah, reg), p.T("masked_fallback")
}

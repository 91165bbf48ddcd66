package dashboards

import (
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
	ch := p.NewChart(title)
	o := kit.NewEC(title)
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
	o.Category(xs, &kit.ECAxis{Max: 100, Name: "%"})
	o.Add(&kit.ECSeries{Name: p.T("kurang_20"), Type: "bar", Data: data, ItemStyle: &kit.ECItemStyle{Color: kit.Palette[1]},
		MarkLine: &kit.ECMarkLine{Data: []kit.ECMark{{Name: "25%", YAxis: kit.AlertJPPct}}, Symbol: []string{"none", "none"}, LineStyle: kit.DashedLine(kit.Palette[5])}})
	ch.Option = o.JSON(p.Lang, len(years) == 0)
	return ch
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

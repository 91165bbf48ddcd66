package dashboards

// mostlyMasked reports whether more than half of the figures are withheld:
// such a chart would be mostly gaps, read as "nobody".
func mostlyMasked(vals []Stat) bool {
	n := 0
	for _, v := range vals {
		if v.Small {
			n++
		}
	}
	return len(vals) > 0 && 2*n > len(vals)
}

// maskedColumn is a vertical bar's masked figure: no bar, the "<5" label
// above the axis.
func maskedColumn() ecItem {
	it := maskedItem()
	it.Label.Position = "insideBottom"
	return it
}

// jpChart is the "% < 20 JP" chart of a region or unit: withheld years are
// drawn as the "<5" marker, never as an empty slot.
func (p *Page) jpChart(title string, years []JPYear) *Chart {
	ch := p.newChart(title)
	o := newEC(title)
	xs := make([]string, 0, len(years))
	data := make([]any, 0, len(years))
	for _, y := range years {
		xs = append(xs, fmtInt64(y.Tahun))
		if y.Persen.Small {
			data = append(data, maskedColumn())
		} else {
			data = append(data, y.Persen.chart(1))
		}
	}
	o.category(xs, &ecAxis{Max: 100, Name: "%"})
	o.add(&ecSeries{Name: p.T("kurang_20"), Type: "bar", Data: data, ItemStyle: &ecItemStyle{Color: palette[1]},
		MarkLine: &ecMarkLine{Data: []ecMark{{Name: "25%", YAxis: AlertJPPct}}, Symbol: []string{"none", "none"}, LineStyle: dashedLine(palette[5])}})
	ch.Option = o.json(p.Lang, len(years) == 0)
	return ch
}

// unitJPChart is a unit's "% < 20 JP" chart; when most of its years are
// withheld it draws the region's years instead and returns the sentence
// saying so (else "").
func (s *site) unitJPChart(p *Page, m UnitModel) (*Chart, string) {
	per := make([]Stat, len(m.JP))
	for i, y := range m.JP {
		per[i] = y.Persen
	}
	if !mostlyMasked(per) {
		return p.jpChart(p.T("kurang_20"), m.JP), ""
	}
	var reg []JPYear
	for _, r := range s.regionTrainByRegion[m.Wilayah] {
		reg = append(reg, jpYear(m.Wilayah, m.NamaWilayah, r))
	}
	if len(reg) == 0 {
		return p.jpChart(p.T("kurang_20"), m.JP), ""
	}
	return p.jpChart(p.T("kurang_20")+" · "+m.NamaWilayah, reg), p.T("masked_fallback")
}

package dashboards

import (
	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// jpChart is the "% < 20 JP" chart of a region.
func jpChart(p *kit.Page, title string, years []JPYear) *kit.Chart {
	d := jpOption(p, title, years)
	return p.Chart(title, d.o, d.empty)
}

// jpOption draws "% < 20 JP" per year: withheld years are drawn as the
// "<5" marker, never as an empty slot.
func jpOption(p *kit.Page, title string, years []JPYear) drawn {
	o := kit.NewBar(title)
	xs := make([]string, 0, len(years))
	data := make([]any, 0, len(years))
	shown := make([]kit.Stat, 0, len(years))
	for _, y := range years {
		xs = append(xs, kit.FmtInt64(y.Tahun))
		shown = append(shown, y.Persen)
		if y.Persen.Small {
			data = append(data, kit.MaskedColumn())
		} else {
			data = append(data, y.Persen.Chart(1))
		}
	}
	o.Categories(xs, opts.YAxis{Max: 100, Name: "%"})
	o.Add(p.T("kurang_20"), data, kit.Color(kit.Palette[1]), kit.MarkLines(kit.Palette[5], nil, opts.MarkLineNameYAxisItem{Name: "25%", YAxis: kit.AlertJPPct}))
	return drawn{o: o, shown: shown, empty: len(years) == 0}
}

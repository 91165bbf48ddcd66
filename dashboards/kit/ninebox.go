package kit

import (
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// BoxPos: 9-box number -> (x = kinerja 0 di bawah..2 di atas, y = potensi 0 rendah..2 tinggi).
var BoxPos = [10][2]int{{}, {0, 0}, {1, 0}, {0, 1}, {2, 0}, {1, 1}, {0, 2}, {2, 1}, {1, 2}, {2, 2}}

// NineBox is the 9-box grid as a heatmap (the Talenta page's and the
// rapor's): box b at BoxPos[b], labelled "Kotak b" and its note[b] (a
// count, a mark), its colour from value[b] on a scale from 0 to max over
// colors. potensi are the labels of the rows (low to high).
func NineBox(p *Page, title, series string, potensi []string, note [10]string, value [10]interface{}, max float32, colors []string) *Option {
	xs := []string{p.T("rt_di_bawah"), p.T("rt_sesuai"), p.T("rt_di_atas")}
	d := make([]interface{}, 0, 9)
	for b := 1; b <= 9; b++ {
		d = append(d, opts.HeatMapData{Name: p.T("kotak") + " " + strconv.Itoa(b) + note[b], Value: []interface{}{BoxPos[b][0], BoxPos[b][1], value[b]}})
	}
	o := NewHeatMap(title).NoLegend()
	o.Set(charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: 0, Max: max, Show: opts.Bool(false), InRange: &opts.VisualMapInRange{Color: colors}}))
	o.XAxis(opts.XAxis{Type: "category", Data: xs, Name: p.T("kinerja_axis"), NameLocation: "middle", NameGap: 28})
	o.YAxis(opts.YAxis{Type: "category", Data: potensi, Name: p.T("potensi_axis")})
	return o.Add(series, d, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{b}", FontSize: 13, Color: "#000"}),
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#fff", BorderWidth: 2}))
}

package dashboards

// maskedColor is the grey of a masked figure in a chart.
const maskedColor = "#9E9E9E"

// maskedItem is a chart item for a masked figure: no bar (its size would
// tell the figure) but the "<5" label where the bar would start.
func maskedItem() ecItem {
	return ecItem{Value: 0, ItemStyle: &ecItemStyle{Color: maskedColor},
		Label: &ecLabel{Show: true, Position: "right", Formatter: "<5", Color: "#555555"}}
}

func init() {
	for k, v := range maskedLabels {
		labels[k] = v
	}
}

// maskedLabels are the texts about masked figures.
var maskedLabels = map[string][2]string{
	"masked_series": {"Disembunyikan (<5)", "Withheld (<5)"},
	"masked_title": {"Disembunyikan: menyangkut kurang dari 5 orang, atau akan membuka angka lain yang disembunyikan",
		"Withheld: it concerns fewer than 5 people, or would give away another withheld figure"},
}

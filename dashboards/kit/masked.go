package kit

func init() { addLabels(maskedLabels) }

// maskedLabels are the texts about masked figures.
var maskedLabels = map[string][2]string{
	"masked_series": {"Disembunyikan (<5)", "Withheld (<5)"},
	"all_masked":    {"Semua angka disembunyikan (kelompok kurang dari 5 orang); lihat tabel", "Every figure withheld (groups of fewer than 5 people); see the table"},
	"masked_fallback": {"Sebagian besar angka unit ini menyangkut kurang dari 5 orang, jadi grafik ini menampilkan angka wilayahnya; tabelnya tetap angka unit ini.",
		"Most of this unit's figures concern fewer than 5 people, so this chart shows its region's; its table keeps the unit's own."},
	"masked_title": {"Disembunyikan: menyangkut kurang dari 5 orang, atau akan membuka angka lain yang disembunyikan",
		"Withheld: it concerns fewer than 5 people, or would give away another withheld figure"},
}

// linkedText is a count withheld only so that a count of 1–4 beside it
// cannot be computed from a total (secondary suppression): it may be 0 or
// many, so it does not say "<5".
const linkedText = "×"

// maskedText reports whether a cell's text is a withheld figure.
func maskedText(s string) bool { return s == "<5" || s == linkedText }

// Masked reports whether the cell is a withheld figure: the "table"
// template hatches it (class masked) with the reason as its tooltip, never
// blank or 0. A link is never one.
func (c Cell) Masked() bool { return c.Href == "" && maskedText(c.Text) }

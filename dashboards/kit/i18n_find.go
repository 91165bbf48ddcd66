package kit

func init() { addLabels(findLabels) }

// findLabels are the texts of finding and sorting: the search box of every
// site page, the tables' download links and the index's colour legend.
var findLabels = map[string][2]string{
	"xlsx":               {"Unduh tabel (XLSX)", "Download table (XLSX)"},
	"search_label":       {"Cari wilayah atau unit kerja", "Search regions and work units"},
	"search_placeholder": {"Cari wilayah atau unit (nama atau kode)", "Search a region or unit (name or code)"},
	"search_results":     {"Hasil pencarian", "Search results"},
	"search_none":        {"Tidak ada wilayah atau unit yang cocok.", "No region or unit matches."},
	"search_count":       {"Hasil: {n}", "Results: {n}"},
	"search_more":        {"{n} hasil, {k} pertama ditampilkan; perjelas pencarian.", "{n} results, the first {k} shown; narrow the search."},
	"search_unavailable": {"Indeks pencarian tidak tersedia di salinan ini.", "The search index is not in this copy of the site."},
	"index_colour_note": {"Warna: perubahan dibanding triwulan sebelumnya wilayah itu, hijau membaik (▲ naik / ▼ turun), merah memburuk; IKM, % tepat waktu: naik itu baik; median jam KTP-el, backlog: turun itu baik. Mutu: A–D.",
		"Colour: the change on the region's previous quarter, green better (▲ up / ▼ down), red worse; IKM, % on time: up is good; median hours of KTP-el, backlog: down is good. Grade: A–D."},
}

package kit

// mainPages are linked from every page of the site.
var MainPages = []struct{ File, Key string }{
	{"index.html", "beranda"},
	{"perbandingan.html", "nav_perbandingan"},
	{"pelatihan.html", "nav_pelatihan"},
	{"talenta.html", "nav_talenta"},
	{"kualitas.html", "nav_kualitas"},
}

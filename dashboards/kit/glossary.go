package kit

import (
	"html/template"
	"strings"
)

// The glossary: terms a reader may not know, defined once here in both
// languages (the definitions follow ../shared/DOMAIN.md and docs/MARTS.md).
// Where a term appears in a section heading or a column head, Glossed marks
// it up as <dfn class="gloss" tabindex="0" title="definition">: the mouse
// shows the title, and kinerja.js shows the same text as a tooltip when the
// term has the keyboard's focus (or a finger's tap).
type glossTerm struct {
	Key string
	// Words are the term's spellings in headings and column heads, per
	// language (0 Indonesian, 1 English), the longest first; one is
	// matched as a whole word (not "grade" in "grades").
	Words [2][]string
	// Unless: a heading holding one of these is about something else
	// ("Grade (golongan)" is a civil servant's rank, not an IKM grade).
	Unless [2][]string
	Def    [2]string
}

var Glossary = []glossTerm{
	{Key: "p90",
		Words: [2][]string{{"P90"}, {"P90"}},
		Def: [2]string{
			"P90: persentil ke-90 waktu penyelesaian permohonan yang selesai dalam periode itu; 90 % permohonan selesai dalam waktu ini atau lebih cepat. Median: separuhnya.",
			"P90: the 90th percentile of the turnaround of the requests completed in the period; 90 % of them were completed within this time or faster. Median: half of them."}},
	{Key: "backlog",
		Words: [2][]string{{"Backlog", "backlog"}, {"Backlog", "backlog"}},
		Def: [2]string{
			"Backlog: jumlah permohonan yang diajukan sampai akhir periode dan belum selesai saat itu (masih diproses atau selesai kemudian).",
			"Backlog: the requests submitted by the end of the period and not finished by then (still pending, or finished later)."}},
	{Key: "9kotak",
		Words: [2][]string{{"9 kotak"}, {"9-box"}},
		Def: [2]string{
			"9 kotak (manajemen talenta, PermenPANRB 3/2020): kinerja (di bawah, sesuai, di atas ekspektasi) × potensi (rendah, menengah, tinggi) memberi kotak 1–9; kotak 7–9 adalah kelompok promosi.",
			"9-box (talent management, PermenPANRB 3/2020): performance (below, meeting, above expectation) × potential (low, medium, high) gives boxes 1–9; boxes 7–9 are the promotion pool."}},
	{Key: "kurva",
		Words: [2][]string{{"Kurva distribusi", "kurva distribusi"}, {"distribution curve", "Distribution curve", "kurva distribusi"}},
		Def: [2]string{
			"Kurva distribusi: aturan sebaran predikat pegawai dalam satu unit menurut capaian kinerja organisasinya, mis. organisasi Baik: predikat Baik paling banyak 70 % dan harus ada Butuh Perbaikan dan/atau Kurang (dari surat edaran, belum dikonfirmasi).",
			"Distribution curve: the rule on how the ratings of a unit's employees may be spread, set by the unit's organisational rating, e.g. an organisation rated Good: at most 70 % Good, and some Needs improvement and/or Poor (from a circular, unconfirmed)."}},
	{Key: "mutu",
		Words:  [2][]string{{"Mutu", "mutu"}, {"Grades", "grades", "Grade", "grade"}},
		Unless: [2][]string{{"golongan", "Golongan"}, {"golongan", "Golongan"}},
		Def: [2]string{
			"Mutu IKM (PermenPANRB 14/2017): IKM = 25 × rata-rata nilai sembilan unsur (skala 1–4, bobot tiap unsur tepat 1/9). A 88,31–100 (Sangat Baik), B 76,61–88,30 (Baik), C 65,00–76,60 (Kurang Baik), D 25,00–64,99 (Tidak Baik).",
			"IKM grade (PermenPANRB 14/2017): IKM = 25 × the mean score of the nine elements (1–4, each weighted exactly 1/9). A 88.31–100 (very good), B 76.61–88.30 (good), C 65.00–76.60 (fair), D 25.00–64.99 (poor)."}},
}

// Glossed is s, HTML-escaped, with the first mention of each glossary term
// marked up (see Glossary). A text without a term is only escaped.
func Glossed(lang, s string) template.HTML {
	li := 0
	if lang == LangEN {
		li = 1
	}
	type hit struct {
		at, end int
		def     string
	}
	var hits []hit
	for _, g := range Glossary {
		skip := false
		for _, u := range g.Unless[li] {
			skip = skip || strings.Contains(s, u)
		}
		if skip {
			continue
		}
		for _, w := range g.Words[li] {
			if at := wordIndex(s, w); at >= 0 {
				h := hit{at, at + len(w), g.Def[li]}
				overlap := false
				for _, o := range hits {
					overlap = overlap || h.at < o.end && o.at < h.end
				}
				if !overlap {
					hits = append(hits, h)
				}
				break
			}
		}
	}
	if len(hits) == 0 {
		return template.HTML(template.HTMLEscapeString(s))
	}
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	var b strings.Builder
	last := 0
	for _, h := range hits {
		b.WriteString(template.HTMLEscapeString(s[last:h.at]))
		b.WriteString(`<dfn class="gloss" tabindex="0" title="`)
		b.WriteString(template.HTMLEscapeString(h.def))
		b.WriteString(`">`)
		b.WriteString(template.HTMLEscapeString(s[h.at:h.end]))
		b.WriteString(`</dfn>`)
		last = h.end
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return template.HTML(b.String())
}

// wordIndex is the index of the first occurrence of w in s as a whole word
// (no letter or digit on either side), or -1.
func wordIndex(s, w string) int {
	for from := 0; from <= len(s)-len(w); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if !wordByte(s, i-1) && !wordByte(s, i+len(w)) {
			return i
		}
		from = i + 1
	}
	return -1
}

// wordByte reports whether s[i] is an ASCII letter or digit (false outside
// s). A byte of a multi-byte character counts as a letter.
func wordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

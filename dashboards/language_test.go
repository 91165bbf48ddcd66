package dashboards_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"kinerja/dashboards/rapor"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Issue 12, point 6: an Indonesian page is entirely Indonesian and an English
// page entirely English. The test reads every page of the demo site in both
// languages and collects what a reader sees: the text nodes (not script or
// style), the attributes a browser or screen reader shows (title, alt,
// aria-label, placeholder), and from the page's JSON the texts that ECharts
// draws (titles, series and legend names, axis names and category labels,
// point names, label formatters) and that kinerja.js puts into the page for
// the other periods (figures, table captions and cells, link texts).
//
// It fails on
//   - snake_case tokens (word_word): a code shown instead of its label;
//   - on Indonesian pages, English stock words (englishStock);
//   - on English pages, Indonesian stock words (indonesianStock);
//   - a table with two columns under the same header ("Wilayah | Wilayah").
//
// Allowed, each for a reason:
//   - proper names from the warehouse (units, regions, provinces, raters'
//     positions) and the names of the files loaded (employees.csv) are
//     removed before the stock words are looked for: "Dinas Pendidikan dan
//     Kebudayaan Kota Dumai" is a name on an English page too;
//   - an element that declares its own language (lang="en" on the
//     Indonesian page's link to the English twin) is that language's text;
//   - on English pages, a parenthesised gloss of the official Indonesian
//     term ("% Outstanding (Sangat Baik)", "Rating (predikat)") is English
//     practice for domain terms and is not checked for Indonesian words;
//   - the names of the configured sources (meta.batches.source, e.g.
//     penilaian_2024) and the fields of the input files (meta.quarantine's
//     field, e.g. kode_unit) are identifiers the user wrote in the pipeline
//     config and in the files' headers: the data-quality page names them as
//     they are so that the user can find them (they are neither flagged
//     as snake_case nor looked at for stock words);
//   - a warehouse table named for analysts (mart.region_unit_spread).
func TestPagesOneLanguage(t *testing.T) {
	d := sharedDemo(t)
	names := d.strings(t, `SELECT nama_unit FROM core.dim_unit UNION SELECT nama FROM core.dim_region
		UNION SELECT nama_provinsi FROM core.dim_region WHERE nama_provinsi IS NOT NULL
		UNION SELECT jabatan_penilai FROM mart.rater_calibration WHERE jabatan_penilai IS NOT NULL
		UNION SELECT regexp_extract(path, '[^/\\]+$') FROM mart.data_quality WHERE path IS NOT NULL`)
	idents := map[string]bool{}
	for _, s := range d.strings(t, `SELECT DISTINCT source FROM meta.quarantine UNION SELECT DISTINCT field FROM meta.quarantine WHERE field IS NOT NULL
		UNION SELECT DISTINCT source FROM mart.data_quality WHERE source IS NOT NULL`) {
		idents[s] = true
	}

	// Two rapor pegawai (written on demand, not part of the site): someone
	// whose training focus is sosial_kultural and someone rated by peers.
	nips := d.strings(t, `SELECT min(nip) FROM mart.training_needs WHERE jenis_kompetensi_fokus = 'sosial_kultural'
		UNION ALL SELECT min(nip) FROM core.fact_appraisal WHERE sumber = 'rekan'`)
	raporDir := t.TempDir()
	for i, nip := range nips {
		if _, err := rapor.Rapor(context.Background(), d.db, rapor.RaporOptions{NIP: nip, Out: filepath.Join(raporDir, fmt.Sprint(i))}); err != nil {
			t.Fatal(err)
		}
	}
	// The rapor's own names: the person, positions, training titles.
	in := "'" + strings.Join(nips, "','") + "'"
	names = append(names, d.strings(t, `SELECT nama FROM core.dim_employee WHERE nip IN (`+in+`) AND nama IS NOT NULL
		UNION SELECT jabatan FROM core.dim_employee WHERE nip IN (`+in+`) AND jabatan IS NOT NULL
		UNION SELECT kegiatan FROM core.fact_training WHERE nip IN (`+in+`) AND kegiatan IS NOT NULL`)...)
	// The longest first: a unit's name holds its region's.
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })

	// The pages and sections of issue 13 are among those read, in both
	// languages: the Promosi page, a unit's IKM per unsur and 360 view.
	for _, lang := range []string{"", "en/"} {
		for rel, ids := range map[string][]string{"promosi.html": {"arti", "wilayah", "tren"}, "unit/14.72.01.html": {"ikm-unsur", "360"}} {
			s := d.page(t, lang+rel)
			for _, id := range ids {
				if !strings.Contains(s, `id="`+id+`"`) {
					t.Errorf("%s%s: no section %s for the language check to read", lang, rel, id)
				}
			}
		}
	}

	found := map[string]*langFinding{}
	pages := scanPages(t, d.out, "", names, idents, found)
	if pages < 100 {
		t.Fatalf("only %d pages read", pages)
	}
	if n := scanPages(t, raporDir, "rapor/", names, idents, found); n != 2*len(nips) || len(nips) != 2 {
		t.Fatalf("%d rapor pages of %d people", n, len(nips))
	}
	var list []*langFinding
	for _, f := range found {
		list = append(list, f)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.lang != b.lang {
			return a.lang < b.lang
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		return a.what < b.what
	})
	for _, f := range list {
		t.Errorf("%s page, %s %q (%d×), e.g. %s: %q", f.lang, f.kind, f.what, f.n, f.page, f.text)
	}
	t.Logf("%d pages read, %d distinct findings", pages, len(list))
}

// scanPages checks every page under dir (English under en/) and adds what
// it finds to found; it returns the number of pages read.
func scanPages(t *testing.T, dir, prefix string, names []string, idents map[string]bool, found map[string]*langFinding) int {
	t.Helper()
	pages := 0
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		lang := "id"
		if strings.HasPrefix(rel, "en/") || strings.Contains(rel, "/en/") {
			lang = "en"
		}
		pages++
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, v := range visibleTexts(t, rel, lang, b) {
			for _, f := range checkText(v, names, idents) {
				key := f.kind + "\x00" + f.what + "\x00" + v.lang
				if found[key] == nil {
					found[key] = &langFinding{kind: f.kind, what: f.what, lang: v.lang, page: prefix + rel, text: v.text}
				}
				found[key].n++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

type langFinding struct {
	kind, what, lang, page, text string
	n                            int
}

// visible is one text a reader of a page sees, in the language it is in.
type visible struct {
	text, lang string
	head       []string // set on a table's header row: its column headers
}

// shownAttrs are the attributes a browser or a screen reader presents.
// (data-masked is the tooltip kinerja.js gives masked cells of another
// period; the search box's data-* are the texts kinerja.js writes beside its
// results).
var shownAttrs = map[string]bool{"title": true, "alt": true, "aria-label": true, "placeholder": true, "data-masked": true,
	"data-wilayah": true, "data-unit": true, "data-none": true, "data-count": true, "data-more": true, "data-unavailable": true}

// visibleTexts parses a page and returns what it shows: text nodes,
// shown attributes, each table's header row, and the texts of its JSON.
func visibleTexts(t *testing.T, rel, lang string, b []byte) []visible {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(string(b)))
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	var out []visible
	var walk func(n *html.Node, lang string)
	walk = func(n *html.Node, lang string) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "lang" && a.Val != "" {
					lang = a.Val
				}
			}
			for _, a := range n.Attr {
				if shownAttrs[a.Key] {
					out = append(out, visible{text: a.Val, lang: lang})
				}
			}
			switch n.DataAtom {
			case atom.Style:
				return
			case atom.Script:
				if id(n) == "kj-charts" && n.FirstChild != nil {
					for _, s := range jsonTexts(t, rel, n.FirstChild.Data) {
						out = append(out, visible{text: s, lang: lang})
					}
				}
				return
			case atom.Thead:
				var head []string
				for tr := n.FirstChild; tr != nil; tr = tr.NextSibling {
					for th := tr.FirstChild; th != nil; th = th.NextSibling {
						if th.DataAtom == atom.Th {
							head = append(head, strings.TrimSpace(textOf(th)))
						}
					}
				}
				out = append(out, visible{head: head, lang: lang})
			}
		}
		if n.Type == html.TextNode {
			if s := strings.TrimSpace(n.Data); s != "" {
				out = append(out, visible{text: s, lang: lang})
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, lang)
		}
	}
	walk(doc, lang)
	return out
}

func id(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "id" {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// jsonTextKeys are the keys of the page JSON whose strings are shown: in
// ECharts options (title text, series/legend/point/axis names, axis
// category data, label formatters, graphic text) and in the data kinerja.js
// writes into the page for another period (figures a/f, table captions c
// and cells r, a cell with a class of its own {t, cls} its t, the "no data"
// text). Other keys (type, color, stack, symbol, position, cls, ...) are
// settings, never drawn.
var jsonTextKeys = map[string]bool{"text": true, "subtext": true, "name": true, "data": true, "formatter": true,
	"a": true, "c": true, "r": true, "t": true, "nodata": true}

func jsonTexts(t *testing.T, rel, raw string) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		t.Fatalf("%s: page JSON: %v", rel, err)
	}
	var out []string
	var walk func(v any, key string)
	walk = func(v any, key string) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if k == "links" { // [text, href] pairs: the text is shown
					for _, l := range e.([]any) {
						out = append(out, l.([]any)[0].(string))
					}
					continue
				}
				if k == "f" { // figures: [label, value, delta, trend, note, delta2, trend2, note2]; a trend is classes
					for _, f := range e.([]any) {
						for i, x := range f.([]any) {
							if s, ok := x.(string); ok && i != 3 && i != 6 {
								out = append(out, s)
							}
						}
					}
					continue
				}
				walk(e, k)
			}
		case []any:
			for _, e := range x {
				walk(e, key) // an array's elements keep the key that holds it
			}
		case string:
			if jsonTextKeys[key] {
				// A formatter's placeholders ({b}, {c}) are not text.
				out = append(out, templateVar.ReplaceAllString(x, ""))
			}
		}
	}
	walk(v, "")
	return out
}

var templateVar = regexp.MustCompile(`\{[a-z@0-9.]+\}`)

// snakeCase is a code such as sangat_baik or sosial_kultural: letters or
// digits joined by underscores, with a letter in it.
var snakeCase = regexp.MustCompile(`[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+`)

// englishStock are English words that are not Indonesian: none of them is
// an Indonesian word or a loanword Indonesian pages use. Left out on
// purpose: "unit", "data", "median", "total", "per", "vs", "backlog",
// "status", "program" (Indonesian too), "a"/"I" (one letter).
var englishStock = []string{"the", "is", "are", "not", "of", "and", "or", "with", "without", "to", "in", "on", "at",
	"by", "from", "for", "no", "yes", "most", "least", "must", "some", "exist", "largest", "group", "groups",
	"region", "regions", "training", "hours", "above", "below", "expected", "expectation", "rank", "score",
	"employee", "employees", "service", "services", "outstanding", "good", "needs", "improvement", "poor",
	"quarter", "year", "change", "value", "values", "rater", "raters", "lenient", "box", "rating", "ratings",
	"meeting", "integrity", "teamwork", "communication", "competency", "technical", "managerial", "high",
	"low", "medium", "previous", "growing", "time", "requests", "completed", "period", "shares", "share"}

// indonesianStock are Indonesian words that are not English. Proper names
// are removed before they are looked for (see TestPagesOneLanguage).
var indonesianStock = []string{"dan", "tidak", "yang", "dari", "dengan", "untuk", "atau", "ke", "di", "pada",
	"pemenuhan", "integritas", "wilayah", "pegawai", "periode", "tahun", "triwulan", "baik", "sangat", "kurang",
	"perbaikan", "butuh", "nilai", "layanan", "pelatihan", "kompetensi", "kotak", "jumlah", "rata", "peringkat",
	"penilai", "unduh", "tabel", "kerja", "sesuai", "ya", "istimewa", "teknis", "manajerial", "sosial",
	"kultural", "kesehatan", "pendidikan", "kependudukan", "keuangan", "perizinan", "perencanaan",
	"kepegawaian", "umum", "kerjasama", "komunikasi", "orientasi", "hasil", "pelayanan", "publik",
	"pengembangan", "perubahan", "keputusan", "bangsa", "perekat", "mengelola", "diri", "orang", "lain",
	"berorientasi", "akuntabel", "kompeten", "harmonis", "adaptif", "kolaboratif", "tinggi", "rendah",
	"sedang", "menengah", "alasan", "aturan", "berkas", "dimuat", "karantina", "dibaca", "baris", "kolom",
	"sumber", "jenis", "naik", "tepat", "waktu", "tetap", "belum", "lengkap", "disembunyikan", "kabupaten", "kota"}

var (
	// tableName is a warehouse table named in a note for analysts
	// ("mart.region_unit_spread", docs/MARTS.md): an identifier, allowed.
	tableName      = regexp.MustCompile(`\b(?:mart|core|meta)\.[a-z0-9_]+`)
	wordSplit      = regexp.MustCompile(`[\p{L}\p{N}_]+`)
	englishWord    = wordsRegexp(englishStock)
	indonesianWord = wordsRegexp(indonesianStock)
	parenthesised  = regexp.MustCompile(`\([^()]*\)`)
)

func wordsRegexp(words []string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])(` + strings.Join(words, "|") + `)(?:$|[^\p{L}\p{N}_])`)
}

type textFinding struct{ kind, what string }

// checkText returns what is wrong with one visible text.
func checkText(v visible, names []string, idents map[string]bool) []textFinding {
	var out []textFinding
	if v.head != nil {
		seen := map[string]bool{}
		for _, h := range v.head {
			if h != "" && seen[h] {
				out = append(out, textFinding{"two columns headed", strings.Join(v.head, " | ")})
			}
			seen[h] = true
		}
		for _, h := range v.head {
			out = append(out, checkText(visible{text: h, lang: v.lang}, names, idents)...)
		}
		return out
	}
	s := tableName.ReplaceAllString(v.text, " ")
	for _, m := range snakeCase.FindAllString(s, -1) {
		if !idents[m] && strings.IndexFunc(m, isLetter) >= 0 {
			out = append(out, textFinding{"snake_case", m})
		}
	}
	s = wordSplit.ReplaceAllStringFunc(s, func(w string) string {
		if idents[w] {
			return " "
		}
		return w
	})
	for _, n := range names {
		if n != "" && strings.Contains(s, n) {
			s = strings.ReplaceAll(s, n, " · ")
		}
	}
	stock, kind := englishWord, "English word"
	if v.lang == "en" {
		stock, kind = indonesianWord, "Indonesian word"
		s = parenthesised.ReplaceAllString(s, " ")
	}
	// Words overlap at one separator: look again after each hit.
	for rest := s; ; {
		m := stock.FindStringSubmatchIndex(rest)
		if m == nil {
			break
		}
		out = append(out, textFinding{kind, strings.ToLower(rest[m[2]:m[3]])})
		rest = rest[m[3]:]
	}
	return out
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// strings returns the single text column of q on the demo warehouse.
func (d *demoSite) strings(t *testing.T, q string) []string {
	t.Helper()
	rows, err := d.db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

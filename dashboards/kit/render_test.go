package kit

import (
	"bufio"
	"encoding/json"
	"html/template"
	"strings"
	"testing"
)

// TestRenderPageEscapes renders a site page whose texts are hostile through
// the kit's templates: html/template escapes every text and attribute, a
// javascript: link is refused, the chart JSON cannot close its script, a
// withheld figure is a hatched cell with its reason, and only the sparkline
// goes in as markup.
func TestRenderPageEscapes(t *testing.T) {
	t.Parallel()
	bad := `"><script>alert(1)</script>`
	p := &Page{Lang: LangID, Path: "wilayah/x.html", SiteTitle: bad, Title: "Judul " + bad, Up: "../", Root: "../",
		Twin:   Link{Href: "../en/wilayah/x.html", Text: "English"},
		Crumbs: []Link{{Href: "../index.html", Text: "Beranda"}, {Href: "x.html", Text: bad}},
		Nav:    []Link{{Href: "../index.html", Text: "Beranda"}}, DataPer: "2025-12-31", Batches: 3}
	ch := p.NewChart("Grafik " + bad)
	ch.Height = 420
	ch.Option = json.RawMessage(`{"title":{"text":"\u003c/script\u003e\u003cscript\u003ealert(1)"}}`)
	tb := p.Table("wilayah_x", "unit", "Tabel "+bad, Column{"kode_unit", "Kode unit"}, Column{"n", "Jumlah"}, Column{"t", "Tren"})
	tb.Add(LinkCell(bad, "javascript:alert(1)"), Cell{Text: "<5", Class: "num"}, Cell{Spark: template.HTML(`<svg class="spark"></svg>`)})
	tb.Add(LinkCell("Unit 1", "../unit/01.html"), Cell{Text: "×"}, TextCell(bad))
	p.Sections = []Section{{ID: "s1", Title: "Bagian " + bad, Blocks: []Block{{Chart: ch, Table: tb}}}}
	var b strings.Builder
	bw := bufio.NewWriter(&b)
	if err := RenderPage(bw, p); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	if strings.Contains(html, "<script>alert") || strings.Contains(html, `"><script`) {
		t.Fatalf("a text went in unescaped:\n%s", html)
	}
	masked := p.T("masked_title")
	for _, want := range []string{
		`<title>Judul &#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt; · &#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>`,
		`<span class="sep">›</span> <a href="x.html">&#34;&gt;&lt;script&gt;`,
		`<a href="#ZgotmplZ">&#34;&gt;&lt;script&gt;`,
		`<td class="num masked" title="` + masked + `">&lt;5</td>`,
		`<td class="masked" title="` + masked + `">×</td>`,
		`<td><svg class="spark"></svg></td>`,
		`<div class="block pair">` + "\n" + `<div class="chart" id="chart1" role="img" aria-label="Grafik &#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" style="height:420px"></div>`,
		`<p class="csv"><a href="../data/wilayah_x_unit.csv" download>`,
		`<script type="application/json" id="kj-charts">[{"id":"chart1","option":{"title":{"text":"\u003c/script\u003e\u003cscript\u003ealert(1)"}}}]</script>`,
		`<p>Data per 2025-12-31 · 3 `,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if t.Failed() {
		t.Logf("page:\n%s", html)
	}
}

// TestLayoutBlocks: a page kind that fills the layout's blocks (as the
// rapor does) gets the kit's head, parts and footer around them.
func TestLayoutBlocks(t *testing.T) {
	t.Parallel()
	tmpl, err := NewLayout("mine.html", `{{define "meta"}}<meta name="x" content="{{.Title}}">
{{end}}{{define "content"}}<p class="mine">{{.Subtitle}}</p>
{{template "sections" .}}{{end}}{{define "foot"}}Milik {{.Title}} · {{end}}`)
	if err != nil {
		t.Fatal(err)
	}
	p := &Page{Lang: LangEN, Title: `A<b>`, SiteTitle: "S", Subtitle: "sub", Twin: Link{Href: "../index.html", Text: "Bahasa Indonesia"}}
	p.Sections = []Section{{ID: "e", Title: "Empty", Empty: true}}
	var b strings.Builder
	if err := tmpl.Execute(&b, p); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	for _, want := range []string{`<meta name="x" content="A&lt;b&gt;">` + "\n<title>A&lt;b&gt; · S</title>",
		`<p class="mine">sub</p>`, `<p class="empty">No data</p>`,
		`<p>Milik A&lt;b&gt; · Data as of – · 0 `, `<script src="assets/kinerja.js"></script>` + "\n</body>"} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %s:\n%s", want, html)
		}
	}
}

// TestTableCells: every kind of cell of the "table" template's inline row
// (a text with and without a class, a link with a class, a sparkline, the
// two withheld figures, a "<5" link, which is not withheld) and a row's
// province, with hostile texts escaped where they stand.
func TestTableCells(t *testing.T) {
	t.Parallel()
	bad := `"><script>x</script>`
	p := &Page{Lang: LangEN}
	tb := p.Table("t", "u", "T", Column{"a", "A"}, Column{"b", "B"}, Column{"c", "C"}, Column{"d", "D"})
	tb.Add(Cell{Text: bad, Class: bad}, TextCell(bad), Cell{Text: "U", Href: "u.html", Class: "k"}, Cell{Spark: template.HTML(`<svg></svg>`), Class: "tr"})
	tb.Add(Cell{Text: "<5", Class: "num"}, Cell{Text: "×"}, LinkCell("<5", "x.html"), Cell{Text: "", Class: "num"})
	tb.RowProv = []string{bad}
	tx := p.PartTexts()
	var b strings.Builder
	if err := renderPart(&b, "table", tx.Table(tb)); err != nil {
		t.Fatal(err)
	}
	esc := `&#34;&gt;&lt;script&gt;x&lt;/script&gt;`
	want := `<tr data-prov="` + esc + `"><td class="` + esc + `">` + esc + `</td><td>` + esc +
		`</td><td class="k"><a href="u.html">U</a></td><td class="tr"><svg></svg></td></tr>` + "\n" +
		`<tr><td class="num masked" title="` + tx.MaskedTitle + `">&lt;5</td><td class="masked" title="` + tx.MaskedTitle +
		`">×</td><td><a href="x.html">&lt;5</a></td><td class="num"></td></tr>` + "\n"
	if html := b.String(); !strings.Contains(html, want) {
		t.Errorf("rows are not\n%s\nin\n%s", want, html)
	}
}

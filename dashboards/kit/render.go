package kit

import (
	"bufio"
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// The HTML of every page, the site's and the rapor's, is written by
// html/template: templates/layout.html (head, header, navigation, footer,
// scripts), templates/parts.html (figures, sections, blocks, charts, tables
// and cells, the masked cell among them) and, for a site page,
// templates/page.html. The rapor puts its own content templates on the
// same layout (NewLayout). Every text of a page (unit and region names,
// jabatan, captions) is escaped by html/template for where it stands; the
// only values it does not escape are the chart JSON (template.JS, with <, >
// and & as \u003c, \u003e, \u0026, so nothing in it can close its script)
// and a cell's sparkline (template.HTML, an SVG drawn from numbers only).

//go:embed templates/layout.html templates/parts.html templates/page.html
var templatesFS embed.FS

// baseTemplates is the layout and the parts: never executed, only cloned
// by NewLayout (html/template cannot clone a set once it has run).
var baseTemplates = template.Must(template.New("layout.html").ParseFS(templatesFS, "templates/layout.html", "templates/parts.html"))

// NewLayout returns the kit's layout with the blocks of a page kind (text:
// {{define}}s of "meta", "title", "style", "header", "content", "foot",
// "scripts"; see templates/layout.html). Execute it with a *Page or a
// struct that embeds one. It is parsed once and safe for concurrent use.
func NewLayout(name, text string) (*template.Template, error) {
	t, err := baseTemplates.Clone()
	if err != nil {
		return nil, err
	}
	if _, err := t.New(name).Parse(text); err != nil {
		return nil, fmt.Errorf("kit: template %s: %w", name, err)
	}
	return t.Lookup("layout"), nil
}

// pageTemplate is a page of the site.
var pageTemplate = func() *template.Template {
	b, err := templatesFS.ReadFile("templates/page.html")
	if err != nil {
		panic(err)
	}
	return template.Must(NewLayout("page.html", string(b)))
}()

// RenderPage writes p, a page of the site, as HTML and flushes w.
func RenderPage(w *bufio.Writer, p *Page) error {
	if err := pageTemplate.Execute(w, p); err != nil {
		return err
	}
	return w.Flush()
}

// renderPart writes the part template name of the site's set with data, for
// tests of one part.
func renderPart(w io.Writer, name string, data any) error {
	return pageTemplate.ExecuteTemplate(w, name, data)
}

// TwinLang is the language of the page's twin (hreflang).
func (p *Page) TwinLang() string { return p.T("twin_lang") }

// ShownFigureSet is the figure set of the selector's default period, shown
// in the HTML (the others are in the page's JSON), or nil.
func (p *Page) ShownFigureSet() *FigureSet { return p.defaultFigureSet() }

// PartTexts are the page's texts that its blocks and tables show, looked
// up once per page.
type PartTexts struct {
	NoData, CSV, XLSX, MaskedTitle string
	lang                           string
}

func (p *Page) PartTexts() *PartTexts {
	return &PartTexts{NoData: p.T("no_data"), CSV: p.T("csv"), XLSX: p.T("xlsx"), MaskedTitle: p.T("masked_title"), lang: p.Lang}
}

// Gloss is a heading's text with its glossary terms marked up (Glossed).
func (tx *PartTexts) Gloss(s string) template.HTML { return Glossed(tx.lang, s) }

// BlockPart is a block with its page's texts: what the "block" template
// renders.
type BlockPart struct {
	Block
	Tx *PartTexts
}

// TablePart is a table with its page's texts: what the "table" template
// renders. Its rows are precomputed (RowPart, CellPart: plain fields, no
// methods, no embedding) so that the template's innermost loop is field
// lookups and html/template's escapers only: no template call, method call
// or embedded-field search per cell.
type TablePart struct {
	Caption, CSVHref, XLSXHref, Period, Switch string
	Hidden, HideEmpty, Empty                   bool
	Head                                       []template.HTML // escaped, glossary terms marked up
	Rows                                       []RowPart
	Tx                                         *PartTexts
}

// RowPart is a table row: its province code (data-prov, or "") and cells.
type RowPart struct {
	Prov  string
	Cells []CellPart
}

// CellPart is a cell as the "table" template writes it: its class
// attribute (with "masked" on a withheld figure), its title (the reason, on
// a withheld figure only), a sparkline, or a link, or its text. Every string
// is still escaped by html/template where it stands. ClassText (a class and
// a text) and TextOnly (a text, no attribute), the most common cells, let
// the template write them with the fewest lookups.
type CellPart struct {
	ClassText, TextOnly      bool
	Class, Text, Title, Href string
	Spark                    template.HTML
}

func (tx *PartTexts) Block(b Block) BlockPart { return BlockPart{b, tx} }

// Table is t as the "table" template renders it.
func (tx *PartTexts) Table(t *Table) *TablePart {
	tp := &TablePart{Caption: t.Caption, CSVHref: t.CSVHref, XLSXHref: XLSXPath(t.CSVHref), Period: t.Period, Switch: t.Switch,
		Hidden: t.Hidden, HideEmpty: t.HideEmpty, Empty: t.Empty(), Head: make([]template.HTML, len(t.Head)), Tx: tx}
	for i, h := range t.Head {
		tp.Head[i] = tx.Gloss(h)
	}
	n := 0
	for _, r := range t.Rows {
		n += len(r)
	}
	cells := make([]CellPart, 0, n)
	tp.Rows = make([]RowPart, len(t.Rows))
	for i, r := range t.Rows {
		start := len(cells)
		for _, c := range r {
			if c.Masked() {
				cells = append(cells, CellPart{Class: strings.TrimSpace(c.Class + " masked"), Title: tx.MaskedTitle, Text: c.Text, Spark: c.Spark})
				continue
			}
			cp := CellPart{Class: c.Class, Title: c.Title}
			switch {
			case c.Spark != "":
				cp.Spark = c.Spark
			case c.Href != "":
				cp.Href, cp.Text = c.Href, c.Text
			default:
				cp.Text = c.Text
				cp.ClassText, cp.TextOnly = c.Class != "" && c.Title == "", c.Class == "" && c.Title == ""
			}
			cells = append(cells, cp)
		}
		tp.Rows[i] = RowPart{Prov: t.Prov(i), Cells: cells[start:len(cells):len(cells)]}
	}
	return tp
}

// Pair reports whether the block's chart and tables stand side by side.
func (b Block) Pair() bool { return b.Chart != nil && !b.Wide && (b.Table != nil || len(b.Tables) > 0) }

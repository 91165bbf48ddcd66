// Package kit is the dashboards' page kit: the page model (Page, Section,
// Block, Table, Chart, Figure, Cell ...), its HTML rendering, the texts in
// both languages (Tr, Tf, code labels), number and period formatting, the
// masking of small groups, the chart helpers and the period selector, and
// the embedded assets (ECharts, kinerja.js, style.css). The site
// (package dashboards) and the rapor (package rapor) are built from it; it
// imports neither.
package kit

import (
	"encoding/json"
	"html/template"
	"strconv"
)

// Link is an <a href> on a page; Href is relative to the page.
type Link struct{ Href, Text string }

// Cell is one table cell: Text is shown, Raw goes to the CSV; Title is
// its tooltip (a withheld figure's is the reason, set by the template).
type Cell struct {
	Text, Raw, Href, Class, Title string
	Spark                         template.HTML // an inline SVG sparkline drawn from numbers only
}

// Table is a data table with its CSV twin under <site>/data/.
type Table struct {
	Caption string
	Head    []string // shown, in the page's language
	CSVHead []string // column keys for the CSV, language-neutral
	Rows    [][]Cell
	CSV     string   // site-relative path, e.g. data/wilayah_14.72_predikat.csv
	CSVHref string   // relative to the page
	Period  string   // set on the tables of a period selector: shown for that period only
	Hidden  bool     // not the default period
	RowProv []string // per row: the province code, for the province filter (optional)
	// Switch is set on a table whose rows follow the page's period
	// selector (see periodTable): Rows and Caption are the default
	// period's, the other periods' rows are in the page's JSON and
	// kinerja.js renders them. HideEmpty hides the table for a period
	// without rows.
	Switch    string
	HideEmpty bool
	Vars      []tableVar        // every period's caption and rows, the default's included
	pick      map[string]string // selector value -> vars key, when not the value itself
	defVar    string            // the vars key of the default period
	csvKey    string            // the CSV column naming the variant
	// A table of a CSV group (a unit page): its rows go to the group's
	// file with csvLead (the unit's code) in the column csvLeadKey.
	CSVLead, CSVLeadKey string
}

// Chart is one ECharts container; Option is JSON with <, > and & escaped.
type Chart struct {
	ID, Title string
	Height    int // px; 0 = the stylesheet's default
	Option    json.RawMessage
	// Variants are the options per period value of the page's period
	// selector; Option is the default period's. With Patch, a variant is
	// only what differs from Option (see patcher.patch) and Pick maps a
	// selector value to its variant when that is not the value itself.
	Variants map[string]json.RawMessage
	Pick     map[string]string
	Patch    bool
	order    []string // the variants in the selector's order
	// Notes are sentences shown right under the chart (a chart that draws
	// its region's figures says why: dashboards/region_fallback.go); one
	// with a Period is shown only while the selector shows that period.
	Notes []ChartNote
}

// ChartNote is a sentence under a chart, for one period of the page's
// selector (Period) or always (Period "").
type ChartNote struct {
	Period, Text string
	Hidden       bool // not the default period
}

// Block pairs a chart (optional) with its data table (optional).
type Block struct {
	Chart  *Chart
	Table  *Table
	Tables []*Table // one per period of the page's period selector (instead of Table)
	Note   string
	Wide   bool // the chart takes the full width, its table goes under it
}

// AllTables is Table and Tables, for the template.
func (b Block) AllTables() []*Table {
	if b.Table != nil {
		return append([]*Table{b.Table}, b.Tables...)
	}
	return b.Tables
}

// PeriodOpt is one choice of the page's period selector.
type PeriodOpt struct {
	Value, Label string
	Group        string // the <optgroup> (Tahun, Semester, Triwulan), if any
	Selected     bool
}

// Section is a titled part of a page.
type Section struct {
	ID, Title, Note string
	Blocks          []Block
	Empty           bool // nothing to show: "Tidak ada data"
	Links           []Link
	// PeriodNotes say what the section shows for a period of the selector
	// (shown only while that period is chosen): a kind of period the
	// section's mart has no figure for.
	PeriodNotes []PeriodNote
}

// PeriodNote is a sentence of a section for one period of the selector.
type PeriodNote struct {
	Period, Text string
	Hidden       bool
}

// NoteFor adds text(k) as the section's sentence for each selector value k
// it is not empty for (def's shown at first).
func (s *Section) NoteFor(keys []string, def string, text func(k string) string) {
	for _, k := range keys {
		if t := text(k); t != "" {
			s.PeriodNotes = append(s.PeriodNotes, PeriodNote{Period: k, Text: t, Hidden: k != def})
		}
	}
}

// Figure is a headline number.
type Figure struct {
	Label, Value, Delta, Note string
	Trend                     string // Delta's classes: up/down good/bad, or same (change())
	// A second comparison, e.g. against the same period a year earlier.
	Delta2, Note2 string
	Trend2        string
}

// Page is what the HTML template renders.
type Page struct {
	Lang, Path      string // Path is relative to the language root, e.g. wilayah/14.72.html
	SiteTitle       string
	Title, Subtitle string
	Up, Root        string // relative prefix to the language root and to the site root
	Twin            Link
	Crumbs          []Link
	Nav             []Link // the main pages; empty on a rapor
	Periods         []PeriodOpt
	ProvFilter      []Link // Href = province code, Text = its name: a client-side row filter
	Figures         []Figure
	FigureSets      []FigureSet // headline figures per period of the selector (instead of Figures)
	Sections        []Section
	DataPer         string
	Batches         int64
	// MetaFile: the footer's DataPer and Batches are left out of the HTML
	// and filled from assets/site-meta.js (dashboards.SiteMetaPath), so that a page
	// whose own figures did not change is byte for byte the page a
	// previous build wrote (dashboards/publish.go).
	MetaFile    bool
	SourceKinds []string // the kinds of source loaded (Sources), named in the printed footer
	// Printable: a "Cetak / PDF" button in the header (a region's page,
	// whose print layout is a report for leaders' meetings).
	Printable bool
	ShowNames bool // raters by pseudonym and jabatan (Options.ShowNames)
	charts    []*Chart
	CSVs      []*Table
	switches  []*Table       // the tables with a Switch id
	CSVGroup  string         // set on a unit page: the CSV files it shares with its region's units (prefix)
	CSVLead   string         // and its value in their first column
	linkIdx   map[string]int // link cells of the switch tables' JSON, by text and href
	links     [][2]string

	// Summary is the written summary at the top (region and unit pages).
	Summary *Summary
}

// FigureSet is the headline figures of one period of the page's selector;
// the one of the default period is shown first.
type FigureSet struct {
	Period  string
	Label   string
	Hidden  bool
	Figures []Figure
}

func (p *Page) T(key string) string { return Tr(p.Lang, key) }

// ChartsJSON is what the page script starts from: the list of {id,
// option, variants, pick, patch} of the charts, or, on a page with switch
// tables, an object {charts, tables, links, nodata} (see kinerja.js). Every
// string is JSON-escaped with <, > and & as \u003c, \u003e, \u0026, so
// nothing in it can close the script.
func (p *Page) ChartsJSON() template.JS {
	return template.JS(p.ChartsJSONString())
}

// Okabe–Ito, colour-blind safe.
var Palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

var PredikatColors = []string{"#009E73", "#56B4E9", "#F0E442", "#E69F00", "#D55E00"}

var MutuColors = map[string]string{"A": "#009E73", "B": "#56B4E9", "C": "#E69F00", "D": "#D55E00"}

func (p *Page) NewChart(title string) *Chart {
	c := &Chart{ID: "chart" + strconv.Itoa(len(p.charts)+1), Title: title}
	p.charts = append(p.charts, c)
	return c
}

// Prov is the province code of row i for the province filter, or "".
func (t *Table) Prov(i int) string {
	if i < len(t.RowProv) {
		return t.RowProv[i]
	}
	return ""
}

// MainPages are linked from every page of the site.
var MainPages = []struct{ File, Key string }{
	{"index.html", "beranda"},
	{"perbandingan.html", "nav_perbandingan"},
	{"pelatihan.html", "nav_pelatihan"},
	{"talenta.html", "nav_talenta"},
	{"promosi.html", "nav_promosi"},
	{"kualitas.html", "nav_kualitas"},
}

package kit

import (
	"bufio"
	"strconv"
	"strings"
)

// The page is written straight to its file by renderPage, not through
// html/template: on a national site (tens of thousands of pages) template
// execution, its reflection and the escaper calls were the largest part of
// Build. The markup is what templates/page.html was; the escaping is
// html/template's:
// text and quoted attributes escape & < > " ' + and NUL the way its
// htmlEscaper does, hrefs are normalised and an unsafe scheme becomes
// "#ZgotmplZ" as its URL filter does, and the chart JSON is encoding/json's
// (<, > and & as \u003c, \u003e, \u0026), which cannot close its script.

// hw writes HTML.
type hw struct {
	*bufio.Writer
}

// htmlRepl is html/template's htmlReplacementTable.
var htmlRepl = [256]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// text writes s escaped for text and quoted attribute values.
func (w hw) text(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		if r := htmlRepl[s[i]]; r != "" {
			w.WriteString(s[last:i])
			w.WriteString(r)
			last = i + 1
		}
	}
	w.WriteString(s[last:])
}

// url writes a link target for an href attribute: a scheme other than
// http(s) or mailto is refused, characters that may not appear in a URL are
// percent-encoded, and the result is attribute-escaped.
func (w hw) url(s string) {
	if i := strings.IndexAny(s, ":/?#"); i > 0 && s[i] == ':' {
		switch strings.ToLower(s[:i]) {
		case "http", "https", "mailto":
		default:
			w.WriteString("#ZgotmplZ")
			return
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			strings.IndexByte("-._~!#$*,/:;=?@[]", c) >= 0,
			c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			w.WriteByte(c)
		case c == '&':
			w.WriteString("&amp;")
		case c == '+':
			w.WriteString("&#43;")
		default:
			w.WriteByte('%')
			w.WriteByte("0123456789ABCDEF"[c>>4])
			w.WriteByte("0123456789ABCDEF"[c&15])
		}
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (w hw) int(n int64) { w.WriteString(strconv.FormatInt(n, 10)) }

// RenderPage writes p as HTML.
func RenderPage(bw *bufio.Writer, p *Page) error {
	w := hw{bw}
	twinLang := p.T("twin_lang")
	w.WriteString("<!DOCTYPE html>\n<html lang=\"")
	w.text(p.Lang)
	w.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	w.text(p.Title)
	w.WriteString(" · ")
	w.text(p.SiteTitle)
	w.WriteString("</title>\n<link rel=\"stylesheet\" href=\"")
	w.url(p.Root + "assets/style.css")
	w.WriteString("\">\n<link rel=\"alternate\" hreflang=\"")
	w.text(twinLang)
	w.WriteString("\" href=\"")
	w.url(p.Twin.Href)
	w.WriteString("\">\n</head>\n<body>\n<a class=\"skip\" href=\"#isi\">")
	w.text(p.T("skip"))
	w.WriteString("</a>\n<header class=\"top\">\n<nav aria-label=\"breadcrumb\">\n<a class=\"brand\" href=\"")
	w.url(p.Up + "index.html")
	w.WriteString("\">")
	w.text(p.SiteTitle)
	w.WriteString("</a>\n")
	for i, c := range p.Crumbs {
		if i == 0 {
			continue
		}
		w.WriteString("<span class=\"sep\">›</span> <a href=\"")
		w.url(c.Href)
		w.WriteString("\">")
		w.text(c.Text)
		w.WriteString("</a>")
	}
	w.WriteString("\n</nav>\n<a class=\"twin\" href=\"")
	w.url(p.Twin.Href)
	w.WriteString("\" hreflang=\"")
	w.text(twinLang)
	w.WriteString("\" lang=\"")
	w.text(twinLang)
	w.WriteString("\">")
	w.text(p.Twin.Text)
	w.WriteString("</a>\n</header>\n")
	if len(p.Nav) > 0 {
		w.WriteString("<nav class=\"mainnav\" aria-label=\"")
		w.text(p.T("nav"))
		w.WriteString("\"><ul>")
		for _, l := range p.Nav {
			w.WriteString("<li><a href=\"")
			w.url(l.Href)
			w.WriteString("\">")
			w.text(l.Text)
			w.WriteString("</a></li>")
		}
		w.WriteString("</ul></nav>\n")
	}
	w.WriteString("<main id=\"isi\">\n<h1>")
	w.text(p.Title)
	w.WriteString("</h1>\n")
	if p.Subtitle != "" {
		w.WriteString("<p class=\"subtitle\">")
		w.text(p.Subtitle)
		w.WriteString("</p>\n")
	}
	if len(p.Periods) > 0 || len(p.ProvFilter) > 0 {
		w.WriteString("<form class=\"selectors\" onsubmit=\"return false\">\n")
		if len(p.Periods) > 0 {
			w.WriteString("<label>")
			w.text(p.T("pilih_periode"))
			w.WriteString(" <select id=\"kj-periode\">")
			for _, o := range p.Periods {
				w.WriteString("<option value=\"")
				w.text(o.Value)
				w.WriteString("\"")
				if o.Selected {
					w.WriteString(" selected")
				}
				w.WriteString(">")
				w.text(o.Label)
				w.WriteString("</option>")
			}
			w.WriteString("</select></label>\n")
		}
		if len(p.ProvFilter) > 0 {
			w.WriteString("<label>")
			w.text(p.T("provinsi"))
			w.WriteString(" <select id=\"kj-provinsi\"><option value=\"\">")
			w.text(p.T("semua_provinsi"))
			w.WriteString("</option>")
			for _, o := range p.ProvFilter {
				w.WriteString("<option value=\"")
				w.text(o.Href)
				w.WriteString("\">")
				w.text(o.Text)
				w.WriteString("</option>")
			}
			w.WriteString("</select></label>\n")
		}
		w.WriteString("</form>\n")
	}
	if len(p.Figures) > 0 {
		w.WriteString("<section class=\"figures\" aria-label=\"")
		w.text(p.T("sec_headline"))
		w.WriteString("\">\n")
		for _, f := range p.Figures {
			w.figure(f)
		}
		w.WriteString("</section>\n")
	}
	if fs := p.defaultFigureSet(); fs != nil {
		// The default period's figures; the others are in the page's JSON.
		w.WriteString("<section class=\"figures\" aria-label=\"")
		w.text(fs.Label)
		w.WriteString("\" data-figures=\"")
		w.text(fs.Period)
		w.WriteString("\">\n")
		for _, f := range fs.Figures {
			w.figure(f)
		}
		w.WriteString("</section>\n")
	}
	noData, csvText := p.T("no_data"), p.T("csv")
	for i := range p.Sections {
		sec := &p.Sections[i]
		w.WriteString("<section class=\"section\" id=\"")
		w.text(sec.ID)
		w.WriteString("\">\n<h2>")
		w.text(sec.Title)
		w.WriteString("</h2>\n")
		if sec.Note != "" {
			w.WriteString("<p class=\"note\">")
			w.text(sec.Note)
			w.WriteString("</p>\n")
		}
		if sec.Empty {
			w.WriteString("<p class=\"empty\">")
			w.text(noData)
			w.WriteString("</p>\n")
		}
		for _, b := range sec.Blocks {
			tables := b.AllTables()
			w.WriteString("<div class=\"block")
			if b.Chart != nil && len(tables) > 0 && !b.Wide {
				w.WriteString(" pair")
			}
			w.WriteString("\">\n")
			if c := b.Chart; c != nil {
				w.WriteString("<div class=\"chart\" id=\"")
				w.text(c.ID)
				w.WriteString("\" role=\"img\" aria-label=\"")
				w.text(c.Title)
				w.WriteString("\"")
				if c.Height != 0 {
					w.WriteString(" style=\"height:")
					w.int(int64(c.Height))
					w.WriteString("px\"")
				}
				w.WriteString("></div>\n")
			}
			if len(tables) > 0 {
				w.WriteString("<div class=\"tables\">")
				for _, t := range tables {
					w.table(t, noData, csvText, p.T("masked_title"))
				}
				w.WriteString("</div>\n")
			}
			w.WriteString("</div>\n")
		}
		if len(sec.Links) > 0 {
			w.WriteString("<ul class=\"links\">")
			for _, l := range sec.Links {
				w.WriteString("<li><a href=\"")
				w.url(l.Href)
				w.WriteString("\">")
				w.text(l.Text)
				w.WriteString("</a></li>")
			}
			w.WriteString("</ul>\n")
		}
		w.WriteString("</section>\n")
	}
	w.WriteString("<p class=\"note small\">")
	w.text(p.T("small_note"))
	w.WriteString("</p>\n</main>\n<footer class=\"foot\">\n<p>")
	w.text(p.T("data_per"))
	w.WriteString(" ")
	if p.DataPer != "" {
		w.text(p.DataPer)
	} else {
		w.WriteString("–")
	}
	w.WriteString(" · ")
	w.int(p.Batches)
	w.WriteString(" ")
	w.text(p.T("batches"))
	w.WriteString(" · <a href=\"")
	w.url(p.Twin.Href)
	w.WriteString("\" hreflang=\"")
	w.text(twinLang)
	w.WriteString("\">")
	w.text(p.Twin.Text)
	w.WriteString("</a></p>\n</footer>\n<script src=\"")
	w.url(p.Root + "assets/echarts.min.js")
	w.WriteString("\"></script>\n<script type=\"application/json\" id=\"kj-charts\">")
	p.writeChartsJSON(bw)
	w.WriteString("</script>\n<script src=\"")
	w.url(p.Root + "assets/kinerja.js")
	w.WriteString("\"></script>\n</body>\n</html>\n")
	return bw.Flush()
}

func (w hw) figure(f Figure) {
	w.WriteString("<div class=\"figure\"><div class=\"fig-label\">")
	w.text(f.Label)
	w.WriteString("</div><div class=\"fig-value\">")
	w.text(f.Value)
	w.WriteString("</div>")
	delta := func(d, trend string) {
		w.WriteString("<div class=\"fig-delta ")
		w.text(trend)
		w.WriteString("\">")
		w.text(d)
		w.WriteString("</div>")
	}
	note := func(n string) {
		w.WriteString("<div class=\"fig-note\">")
		w.text(n)
		w.WriteString("</div>")
	}
	if f.Delta != "" {
		delta(f.Delta, f.Trend)
	}
	if f.Note != "" {
		note(f.Note)
	}
	if f.Delta2 != "" {
		delta(f.Delta2, f.Trend2)
	}
	if f.Note2 != "" {
		note(f.Note2)
	}
	w.WriteString("</div>\n")
}

func (w hw) table(t *Table, noData, csvText, maskedTitle string) {
	w.WriteString("<div class=\"table-wrap\"")
	if t.Period != "" {
		w.WriteString(" data-periode=\"")
		w.text(t.Period)
		w.WriteString("\"")
		if t.Hidden {
			w.WriteString(" hidden")
		}
	}
	if t.Switch != "" {
		w.WriteString(" data-switch=\"")
		w.text(t.Switch)
		w.WriteString("\" data-masked=\"")
		w.text(maskedTitle)
		w.WriteString("\"")
	}
	if t.HideEmpty && t.Empty() {
		w.WriteString(" hidden")
	}
	w.WriteString(">\n<table>\n<caption>")
	w.text(t.Caption)
	w.WriteString("</caption>\n<thead><tr>")
	for _, h := range t.Head {
		w.WriteString("<th scope=\"col\">")
		w.text(h)
		w.WriteString("</th>")
	}
	w.WriteString("</tr></thead>\n<tbody>\n")
	for i, r := range t.Rows {
		w.WriteString("<tr")
		if pv := t.Prov(i); pv != "" {
			w.WriteString(" data-prov=\"")
			w.text(pv)
			w.WriteString("\"")
		}
		w.WriteString(">")
		for _, c := range r {
			w.cellOpen(c, maskedTitle)
			switch {
			case c.Spark != "":
				w.WriteString(string(c.Spark))
			case c.Href != "":
				w.WriteString("<a href=\"")
				w.url(c.Href)
				w.WriteString("\">")
				w.text(c.Text)
				w.WriteString("</a>")
			default:
				w.text(c.Text)
			}
			w.WriteString("</td>")
		}
		w.WriteString("</tr>\n")
	}
	if len(t.Rows) == 0 {
		w.WriteString("<tr><td colspan=\"")
		w.int(int64(len(t.Head)))
		w.WriteString("\" class=\"empty\">")
		w.text(noData)
		w.WriteString("</td></tr>\n")
	}
	w.WriteString("</tbody>\n</table>\n<p class=\"csv\"><a href=\"")
	w.url(t.CSVHref)
	w.WriteString("\" download>")
	w.text(csvText)
	w.WriteString("</a></p>\n</div>")
}

// ---- the page's JSON ----

package browsercheck

import (
	"bufio"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"kinerja/dashboards/kit"
)

// Finding and sorting (issue 13 point 10), driven as a reader does it:
// typing, arrow keys, Enter, clicks, in headless Chromium from file://.

// driver is one browser tab that a test drives; it records every script
// error and console error of the pages it opens.
type driver struct {
	t    *testing.T
	ctx  context.Context
	root string
	mu   sync.Mutex
	errs []string
}

func newDriver(t *testing.T, root string, width int) *driver {
	t.Helper()
	needBrowser(t)
	bin, _ := ChromiumPath()
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), AllocatorOptions(bin, t.TempDir(), width)...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancel(); cancelAlloc() })
	d := &driver{t: t, ctx: ctx, root: root}
	if err := chromedp.Listen(ctx, func(ev any) {
		d.mu.Lock()
		defer d.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			d.errs = append(d.errs, msg)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				d.errs = append(d.errs, fmt.Sprintf("console.error %v", e.Args))
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	return d
}

func (d *driver) url(rel string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(d.root, filepath.FromSlash(rel)))}).String()
}

func (d *driver) open(rel string) {
	d.t.Helper()
	d.do(chromedp.Navigate(d.url(rel)))
}

func (d *driver) do(steps ...chromedp.Action[chromedp.Void]) {
	d.t.Helper()
	if err := chromedp.Do(d.ctx, steps...); err != nil {
		d.t.Fatal(err)
	}
}

func eval[T any](d *driver, js string) T {
	d.t.Helper()
	v, err := chromedp.Run(d.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		d.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// until waits (up to 10 s) for js to be true.
func (d *driver) until(js string) {
	d.t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(40 * time.Millisecond) {
		if eval[bool](d, js) {
			return
		}
	}
	d.t.Fatalf("waited 10 s for %s", js)
}

func (d *driver) noErrors(what string) {
	d.t.Helper()
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.errs) > 0 {
		d.t.Errorf("%s: script errors %q", what, d.errs)
		d.errs = nil
	}
}

type searchHit struct {
	Text, Meta, Path string // Path: where the link leads, from the site's root
}

const hitsJS = `Array.from(document.querySelectorAll('#kj-cari-hasil li')).map(li => {
  const a = li.querySelector('a');
  return {Text: a.textContent, Meta: li.querySelector('.kj-meta').textContent, Path: new URL(a.getAttribute('href'), location.href).pathname};
})`

// search types q into the page's search box and returns what it lists
// once the status line has been written.
func (d *driver) search(q string) ([]searchHit, string) {
	d.t.Helper()
	d.until(`!document.querySelector('form.kj-search').hidden`)
	d.do(jsDo(`document.getElementById('kj-cari').value = ''`), chromedp.Focus("#kj-cari"), chromedp.SendKeys("#kj-cari", q))
	d.until(`document.getElementById('kj-cari-hasil').getAttribute('data-q') === ` + jsString(strings.TrimSpace(q)))
	return eval[[]searchHit](d, hitsJS), eval[string](d, `document.getElementById('kj-cari-status').textContent`)
}

// TestSearchFindsUnitAndOpensIt: from a page of every depth in both
// languages, part of a unit's name (and of its region's) finds the unit
// first; the arrow key and Enter open its page in the same language.
// A region's code finds the region first, then its units; a hostile unit
// name is shown as text.
func TestSearchFindsUnitAndOpensIt(t *testing.T) {
	_, _, site, res := fixtureSite(t, 3*time.Minute)
	unit := res.Units["14.72.01"]
	if unit.Nama != "Dinas Kependudukan dan Pencatatan Sipil Kota Dumai" {
		t.Fatalf("fixture unit 14.72.01 is %q", unit.Nama)
	}
	root := "/" + strings.TrimPrefix(filepath.ToSlash(mustEval(filepath.EvalSymlinks(site))), "/")
	d := newDriver(t, site, 1366)
	for _, page := range []string{"index.html", "wilayah/11.75.html", "en/index.html", "en/unit/11.75.02.html"} {
		lang, pre, label := "id", "", "Unit kerja"
		if strings.HasPrefix(page, "en/") {
			lang, pre, label = "en", "en/", "Work unit"
		}
		d.open(page)
		hits, status := d.search("pencatatan DUM")
		want := searchHit{Text: unit.Nama, Meta: label + " · 14.72.01 · Kota Dumai", Path: root + "/" + pre + "unit/14.72.01.html"}
		if len(hits) != 1 || hits[0] != want {
			t.Fatalf("%s: search %q lists %+v, want %+v", page, "pencatatan DUM", hits, want)
		}
		if want := map[string]string{"id": "Hasil: 1", "en": "Results: 1"}[lang]; status != want {
			t.Errorf("%s: status %q, want %q", page, status, want)
		}
		d.do(chromedp.KeyEvent(kb.ArrowDown))
		if got := eval[string](d, `document.getElementById('kj-cari').getAttribute('aria-activedescendant') || ''`); got != "kj-hasil-0" {
			t.Errorf("%s: active option %q after the down arrow", page, got)
		}
		d.do(chromedp.KeyEvent(kb.Enter))
		d.until(`location.pathname.endsWith('/` + pre + `unit/14.72.01.html') && document.readyState === 'complete'`)
		if h1 := eval[string](d, `document.querySelector('h1').textContent`); h1 != unit.Nama {
			t.Errorf("%s: Enter opened a page titled %q", page, h1)
		}
		if got := eval[string](d, `document.documentElement.lang`); got != lang {
			t.Errorf("%s: the unit's page opened in %q", page, got)
		}
		d.noErrors(page)
	}

	// A region's code: the region, then its units.
	d.open("wilayah/14.72.html")
	hits, _ := d.search("11.75")
	if len(hits) != 3 || hits[0].Text != "Kota Subulussalam" || hits[0].Path != root+"/wilayah/11.75.html" ||
		!strings.HasPrefix(hits[0].Meta, "Wilayah · 11.75 · Aceh") || !strings.Contains(hits[1].Meta, "11.75.01") || !strings.Contains(hits[2].Meta, "11.75.02") {
		t.Errorf("search 11.75: %+v", hits)
	}
	// The hostile name is text, never markup.
	hits, _ = d.search("alert")
	if len(hits) != 1 || hits[0].Text != `<script>alert(1)</script> & "Dinas"` || hits[0].Path != root+"/unit/14.72.02.html" {
		t.Errorf("search alert: %+v", hits)
	}
	if n := eval[int](d, `document.querySelectorAll('#kj-cari-hasil script').length`); n != 0 {
		t.Errorf("%d script elements in the results", n)
	}
	// Nothing found, said; Escape closes the list.
	hits, status := d.search("zzzz")
	if len(hits) != 0 || status != "Tidak ada wilayah atau unit yang cocok." {
		t.Errorf("search zzzz: %+v, status %q", hits, status)
	}
	d.search("kota")
	d.do(chromedp.KeyEvent(kb.Escape))
	if !eval[bool](d, `document.getElementById('kj-cari-hasil').hidden && document.getElementById('kj-cari').getAttribute('aria-expanded') === 'false'`) {
		t.Error("Escape left the results open")
	}
	d.noErrors("wilayah/14.72.html")
}

// jsDo runs code in the page for its effect.
func jsDo(code string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool]("("+code+", true)")(ctx, t)
		return err
	})
}

func mustEval(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}

// sortPage writes a page of the kit with a table of figures that follows a
// period selector (its other period from the page's JSON, as on a region
// page): a figure of thousands, negatives, withheld figures and no figure.
func sortPage(t *testing.T, dir, lang string) string {
	t.Helper()
	keys := []string{"2025-Q2", "2025-Q1"}
	names := []string{"Ende", "Alor", "Belu", "Dompu", "Bima", "Flores", "Gowa", "Halmahera"}
	small, linked := kit.Stat{Small: true}, kit.Stat{Small: true, Linked: true}
	v := func(x float64) kit.Stat { return kit.Stat{Value: x, Valid: true} }
	vals := map[string][]kit.Stat{
		"2025-Q2": {v(1234.5), v(-3), small, v(12.2), {}, v(99.9), linked, v(0.5)},
		"2025-Q1": {v(5), v(1000.1), small, v(2.5), v(-0.5)},
	}
	p := &kit.Page{Lang: lang, Path: "urut.html", SiteTitle: "kinerja", Title: "Urut", Twin: kit.Link{Href: "urut.html", Text: "twin"}}
	p.SetPeriods(keys, keys, keys[0])
	tb := p.PeriodTable(kit.PeriodSpec{Keys: keys, Def: keys[0]}, "urut", "nilai", func(k string) string { return "Nilai · " + k },
		[]kit.Column{{Key: "nama", Label: "Nama"}, {Key: "nilai", Label: "Nilai"}}, func(k string, t *kit.Table) {
			for i, x := range vals[k] {
				t.Add(kit.TextCell(names[i]), kit.StatCell(lang, x, 1))
			}
		})
	p.Sections = []kit.Section{{ID: "urut", Title: "Urut", Blocks: []kit.Block{{Table: tb}}}}
	rel := lang + "/urut.html"
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p.Up, p.Root = "", "../"
	if err := kit.RenderPage(bufio.NewWriter(f), p); err != nil {
		t.Fatal(err)
	}
	return rel
}

const columnJS = `Array.from(document.querySelectorAll('#urut tbody tr')).map(tr => tr.cells[%d].textContent)`

// TestTablesSortByValue: a column of figures sorts by value (Indonesian
// decimal commas and thousands points, English points and commas), "<5"
// and "×" after every figure and "–" last, both ways; a click on the head
// sorts up, Enter on its button down; aria-sort says so; and the order
// holds when the period selector puts another period's rows in.
func TestTablesSortByValue(t *testing.T) {
	dir := t.TempDir()
	if err := kit.WriteAssets(dir); err != nil {
		t.Fatal(err)
	}
	want := map[string][3][]string{
		// ascending, descending, descending after choosing 2025-Q1
		"id": {{"-3,0", "0,5", "12,2", "99,9", "1.234,5", "<5", "×", "–"}, {"1.234,5", "99,9", "12,2", "0,5", "-3,0", "<5", "×", "–"}, {"1.000,1", "5,0", "2,5", "-0,5", "<5"}},
		"en": {{"-3.0", "0.5", "12.2", "99.9", "1,234.5", "<5", "×", "–"}, {"1,234.5", "99.9", "12.2", "0.5", "-3.0", "<5", "×", "–"}, {"1,000.1", "5.0", "2.5", "-0.5", "<5"}},
	}
	d := newDriver(t, dir, 1366)
	for _, lang := range []string{"id", "en"} {
		rel := sortPage(t, dir, lang)
		d.open(rel)
		d.until(`document.querySelectorAll('#urut th .kj-sort').length === 2`)
		col := func(i int) []string { return eval[[]string](d, fmt.Sprintf(columnJS, i)) }
		sortState := func() string {
			return eval[string](d, `Array.from(document.querySelectorAll('#urut th')).map(th => th.getAttribute('aria-sort') || '-').join(' ')`)
		}
		if got := col(1); len(got) != 8 || got[0] == want[lang][0][0] {
			t.Fatalf("%s: before sorting %q", lang, got)
		}
		d.do(chromedp.Click("#urut th:nth-child(2)"))
		if got := col(1); strings.Join(got, " ") != strings.Join(want[lang][0], " ") {
			t.Errorf("%s: ascending %q, want %q", lang, got, want[lang][0])
		}
		if got := sortState(); got != "- ascending" {
			t.Errorf("%s: aria-sort %q after one click", lang, got)
		}
		d.do(chromedp.Focus("#urut th:nth-child(2) .kj-sort"), chromedp.KeyEvent(kb.Enter))
		if got := col(1); strings.Join(got, " ") != strings.Join(want[lang][1], " ") {
			t.Errorf("%s: descending %q, want %q", lang, got, want[lang][1])
		}
		if got := sortState(); got != "- descending" {
			t.Errorf("%s: aria-sort %q after Enter", lang, got)
		}
		// Names follow their figures.
		if got := col(0); got[0] != "Ende" || got[5] != "Belu" || got[7] != "Bima" {
			t.Errorf("%s: names %q", lang, got)
		}
		// Another period: its rows, in the reader's order.
		d.do(jsDo(`(() => { const s = document.getElementById('kj-periode'); s.value = '2025-Q1'; s.dispatchEvent(new Event('change', {bubbles: true})); })()`))
		if got := col(1); strings.Join(got, " ") != strings.Join(want[lang][2], " ") {
			t.Errorf("%s: 2025-Q1 %q, want %q", lang, got, want[lang][2])
		}
		if got := sortState(); got != "- descending" {
			t.Errorf("%s: aria-sort %q after the period switch", lang, got)
		}
		// A column of text sorts as text.
		d.do(chromedp.Click("#urut th:nth-child(1)"))
		if got := col(0); strings.Join(got, " ") != "Alor Belu Bima Dompu Ende" {
			t.Errorf("%s: names ascending %q", lang, got)
		}
		d.noErrors(rel)
	}
}

// TestSiteTablesSort: on the fixture site's pages a figure column sorts
// with the withheld figure last in both directions, in both languages, on
// a table the period selector switches (the region's units) and on the
// home page's one table per quarter (the hidden quarters follow).
func TestSiteTablesSort(t *testing.T) {
	_, _, site, _ := fixtureSite(t, 3*time.Minute)
	d := newDriver(t, site, 1366)
	for _, page := range []string{"wilayah/11.75.html", "en/wilayah/11.75.html"} {
		d.open(page)
		d.until(`document.querySelector('#per-unit th .kj-sort') !== null`)
		// Pegawai dinilai (fourth column): 11.75.02's is withheld.
		cells := func() []string {
			return eval[[]string](d, `Array.from(document.querySelectorAll('#per-unit .table-wrap:not([hidden]) tbody tr')).map(tr => tr.cells[3].textContent)`)
		}
		before := cells()
		if len(before) != 2 || before[1] != "<5" {
			t.Fatalf("%s: pegawai dinilai %q", page, before)
		}
		for i := 0; i < 2; i++ {
			d.do(chromedp.Click("#per-unit th:nth-child(4) .kj-sort"))
			if got := cells(); got[1] != "<5" || got[0] != before[0] {
				t.Errorf("%s: after %d clicks %q: the withheld figure must stay last", page, i+1, got)
			}
		}
		d.noErrors(page)
	}
	d.open("index.html")
	// IKM (sixth column) ascending: 14.72 (78,25; 2025-Q2 80,50) before
	// 11.75 (90,10; 85,00), the other way round from the page's order.
	d.do(chromedp.Click(`.table-wrap[data-periode="2025-Q3"] th:nth-child(6) .kj-sort`))
	codes := `Array.from(document.querySelectorAll('.table-wrap[data-periode="%s"] tbody tr')).map(tr => tr.cells[0].textContent + ' ' + tr.cells[5].textContent).join(' | ')`
	q3, q2 := eval[string](d, fmt.Sprintf(codes, "2025-Q3")), eval[string](d, fmt.Sprintf(codes, "2025-Q2"))
	if q3 != "14.72 78,25 | 11.75 90,10" || q2 != "14.72 80,50 | 11.75 85,00" {
		t.Errorf("index by IKM ascending: 2025-Q3 %s; 2025-Q2 %s", q3, q2)
	}
	if eval[string](d, `document.querySelector('.table-wrap[data-periode="2025-Q2"] th:nth-child(6)').getAttribute('aria-sort') || ''`) != "ascending" {
		t.Error("the other quarter's table did not follow the sort")
	}
	d.noErrors("index.html")
}

// TestGlossaryTooltip: Tab reaches a glossary term in a column head, whose
// definition then shows as a tooltip (the kit's text in the page's
// language); Escape hides it.
func TestGlossaryTooltip(t *testing.T) {
	_, _, site, _ := fixtureSite(t, 3*time.Minute)
	d := newDriver(t, site, 1366)
	for _, page := range []string{"wilayah/14.72.html", "en/wilayah/14.72.html"} {
		li := 0
		if strings.HasPrefix(page, "en/") {
			li = 1
		}
		var p90 string
		for _, g := range kit.Glossary {
			if g.Key == "p90" {
				p90 = g.Def[li]
			}
		}
		d.open(page)
		found := false
		for i := 0; i < 400 && !found; i++ {
			d.do(chromedp.KeyEvent(kb.Tab))
			found = eval[bool](d, `(document.activeElement.textContent === 'P90' && document.activeElement.matches('th dfn.gloss'))`)
		}
		if !found {
			t.Fatalf("%s: Tab never reached the P90 term", page)
		}
		tip := eval[map[string]any](d, `(() => { const t = document.getElementById('kj-tip'); const r = t.getBoundingClientRect();
			return {text: t.textContent, hidden: t.hidden, w: r.width, by: document.activeElement.getAttribute('aria-describedby')}; })()`)
		if tip["text"] != p90 || tip["hidden"] != false || tip["w"].(float64) < 50 || tip["by"] != "kj-tip" {
			t.Errorf("%s: tooltip %v, want the text %q shown", page, tip, p90)
		}
		d.do(chromedp.KeyEvent(kb.Escape))
		if !eval[bool](d, `document.getElementById('kj-tip').hidden && document.activeElement.getAttribute('title') !== null`) {
			t.Errorf("%s: Escape left the tooltip (or took the title)", page)
		}
		d.noErrors(page)
	}
}

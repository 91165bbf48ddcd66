// Package browsercheck opens the pages of a built dashboards site in headless
// Chromium from file:// and reports what a reader would hit: console errors,
// requests that leave the site, charts that stayed empty and broken links.
package browsercheck

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Options configures Check.
type Options struct {
	Screenshots string   // directory for full-page PNGs; "" = none
	Pages       []string // site-relative pages; empty = every .html
	// Period, when set, is chosen in the page's period selector (the
	// change event fires as when a reader picks it) after the page has
	// drawn; the checks and the screenshot (<page>@<period>.png) come after.
	Period string
	// Probe is a CSS selector: the text of its visible matches is reported
	// before and after choosing Period.
	Probe string
	// Width is the browser window's width in CSS pixels: 1366 (a common
	// office laptop) when 0; 390 is a phone.
	Width int
	// PDF, when set, is the file the page is printed to (one page only):
	// laid out and its charts drawn in print media at an A4 page's width,
	// then printed on A4 with PDFFooter (Chromium's footer template: HTML
	// with <span class="pageNumber"> and <span class="totalPages">) at the
	// foot of every sheet. The report's Screenshot is then the PDF.
	PDF       string
	PDFFooter string
}

// a4ContentWidth is an A4 sheet's width less the print layout's margins
// (210 mm - 2 x 12 mm, style.css @page) in CSS pixels (96 per inch).
const a4ContentWidth = 703

// PageReport is what one page showed.
type PageReport struct {
	Page             string
	Charts           int
	EmptyCharts      int
	ConsoleErrors    []string
	ExternalRequests []string
	BrokenLinks      []string
	Screenshot       string
	Period           string   // the selector's value at the end ("" without a selector)
	ProbeBefore      []string // Options.Probe before choosing Options.Period
	ProbeAfter       []string // and after
}

// ChromiumPath finds a Chromium or Chrome binary; KINERJA_CHROMIUM overrides.
func ChromiumPath() (string, bool) {
	if p := os.Getenv("KINERJA_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
		if lp, err := exec.LookPath(p); err == nil {
			return lp, true
		}
		return "", false
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "", false
}

// AllocatorOptions are the options of the headless Chromium bin that Check
// starts (and tests that drive pages start): its profile directory, a
// window width in CSS pixels, and nothing that may leave the machine.
func AllocatorOptions(bin, profile string, width int) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(profile),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		// Nothing may leave the machine: no name resolves and every
		// connection goes to a closed local port. External requests are
		// still seen (and reported) before they fail.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.Flag("proxy-server", "127.0.0.1:9"),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		chromedp.WindowSize(width, 900),
	}
}

// PageTimeout bounds the time spent on one page.
var PageTimeout = 30 * time.Second

// Check opens every page of siteDir (or opts.Pages) in one headless browser,
// one tab per page.
func Check(ctx context.Context, siteDir string, opts Options) ([]PageReport, error) {
	bin, ok := ChromiumPath()
	if !ok {
		return nil, errors.New("browsercheck: no Chromium found (set KINERJA_CHROMIUM)")
	}
	root, err := filepath.Abs(siteDir)
	if err != nil {
		return nil, err
	}
	if root, err = filepath.EvalSymlinks(root); err != nil {
		return nil, fmt.Errorf("browsercheck: %w", err)
	}
	pages := opts.Pages
	if len(pages) == 0 {
		if pages, err = listPages(root); err != nil {
			return nil, err
		}
	}
	if opts.PDF != "" && len(pages) != 1 {
		return nil, fmt.Errorf("browsercheck: a PDF is printed from one page, not %d", len(pages))
	}
	if opts.Screenshots != "" {
		if err := os.MkdirAll(opts.Screenshots, 0o755); err != nil {
			return nil, fmt.Errorf("browsercheck: %w", err)
		}
	}
	profile, err := os.MkdirTemp("", "browsercheck-profile-")
	if err != nil {
		return nil, fmt.Errorf("browsercheck: %w", err)
	}
	defer os.RemoveAll(profile)

	width := opts.Width
	if width == 0 {
		width = 1366
	}
	// Chromium now and then fails to start on a loaded machine ("chrome
	// failed to start", seen once in make test): one more try after a
	// second before giving up.
	var browserCtx context.Context
	for try := 1; ; try++ {
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, AllocatorOptions(bin, profile, width)...)
		defer cancelAlloc()
		var cancelBrowser context.CancelFunc
		browserCtx, cancelBrowser = chromedp.NewContext(allocCtx)
		defer cancelBrowser()
		err := chromedp.Do(browserCtx)
		if err == nil {
			break
		}
		if try == 2 || ctx.Err() != nil {
			return nil, fmt.Errorf("browsercheck: start %s: %w", bin, err)
		}
		cancelBrowser()
		cancelAlloc()
		time.Sleep(time.Second)
	}

	// A few tabs work through the pages side by side; each tab is reused
	// for page after page.
	workers := min(max(2, goruntime.NumCPU()), 4, len(pages))
	reports := make([]PageReport, len(pages))
	errs := make([]error, len(pages))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tab, err := newTab(browserCtx, root)
			if err != nil {
				for i := range next {
					errs[i] = err
				}
				return
			}
			defer tab.close()
			for i := range next {
				reports[i], errs[i] = tab.check(pages[i], opts)
			}
		}()
	}
feed:
	for i := range pages {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := errors.Join(errs...); err != nil {
		return reports, err
	}
	return reports, nil
}

// inspectJS waits for nothing; it reports the charts and the links.
const inspectJS = `(() => {
  const charts = Array.from(document.querySelectorAll('.chart'));
  let empty = 0;
  for (const el of charts) {
    const svg = el.querySelector('svg');
    if (svg) { if (!svg.querySelector('path, text')) empty++; continue; }
    const cv = el.querySelector('canvas');
    if (!cv || cv.width === 0 || cv.height === 0) { empty++; continue; }
    let painted = false;
    try {
      const ctx = cv.getContext('2d');
      const data = ctx.getImageData(0, 0, cv.width, cv.height).data;
      const step = Math.max(1, Math.floor(Math.min(cv.width, cv.height) / 60));
      for (let y = 0; y < cv.height && !painted; y += step) {
        for (let x = 0; x < cv.width; x += step) {
          if (data[(y * cv.width + x) * 4 + 3] !== 0) { painted = true; break; }
        }
      }
    } catch (e) { painted = false; }
    if (!painted) empty++;
  }
  const links = Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'));
  return {charts: charts.length, empty: empty, links: links};
})()`

const readyJS = `Array.from(document.querySelectorAll('.chart')).every(el => el.querySelector('canvas, svg'))`

type inspection struct {
	Charts int      `json:"charts"`
	Empty  int      `json:"empty"`
	Links  []string `json:"links"`
}

// tab is one browser tab that checks page after page.
type tab struct {
	ctx     context.Context
	cancel  context.CancelFunc
	root    string
	rootURL string
	mu      sync.Mutex
	cur     *PageReport // the report the events go to
}

func newTab(browserCtx context.Context, root string) (*tab, error) {
	t := &tab{root: root, rootURL: (&url.URL{Scheme: "file", Path: filepath.ToSlash(root) + "/"}).String()}
	t.ctx, t.cancel = chromedp.NewContext(browserCtx)
	if err := chromedp.Listen(t.ctx, t.event); err != nil {
		t.cancel()
		return nil, fmt.Errorf("browsercheck: open tab: %w", err)
	}
	return t, nil
}

func (t *tab) close() { t.cancel() }

func (t *tab) event(ev any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	rep := t.cur
	if rep == nil {
		return
	}
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range e.Args {
				if a.Description != "" {
					parts = append(parts, a.Description)
				} else {
					parts = append(parts, strings.Trim(string(a.Value), `"`))
				}
			}
			rep.ConsoleErrors = append(rep.ConsoleErrors, "console.error: "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		msg := e.ExceptionDetails.Text
		if e.ExceptionDetails.Exception != nil && e.ExceptionDetails.Exception.Description != "" {
			msg += " " + e.ExceptionDetails.Exception.Description
		}
		rep.ConsoleErrors = append(rep.ConsoleErrors, "exception: "+msg)
	case *log.EventEntryAdded:
		if e.Entry != nil && e.Entry.Level == log.EntryLevelError {
			rep.ConsoleErrors = append(rep.ConsoleErrors, string(e.Entry.Source)+": "+e.Entry.Text+" "+e.Entry.URL)
		}
	case *network.EventRequestWillBeSent:
		if e.Request != nil && isExternal(e.Request.URL, t.rootURL) {
			rep.ExternalRequests = append(rep.ExternalRequests, e.Request.URL)
		}
	}
}

// probeJS returns the texts of the visible elements matching a selector.
const probeJS = `((sel) => Array.from(document.querySelectorAll(sel)).filter(e => e.getClientRects().length > 0).map(e => e.textContent.trim()))`

// chooseJS picks a value in the period selector and fires its change event.
const chooseJS = `((v) => { const s = document.getElementById('kj-periode'); if (!s) return ''; s.value = v; s.dispatchEvent(new Event('change', {bubbles: true})); return s.value; })`

const periodJS = `(() => { const s = document.getElementById('kj-periode'); return s ? s.value : ''; })()`

const paintJS = `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func (t *tab) check(page string, opts Options) (PageReport, error) {
	shots := opts.Screenshots
	rep := &PageReport{Page: page}
	full := filepath.Join(t.root, filepath.FromSlash(page))
	if _, err := os.Stat(full); err != nil {
		return *rep, fmt.Errorf("browsercheck: %w", err)
	}
	pageURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(full)}).String()
	ctx, cancel := context.WithTimeout(t.ctx, PageTimeout)
	defer cancel()

	// Start from a blank page so no event of the previous page lands here.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
	}
	// The window alone cannot be narrower than Chromium's minimum (about
	// 500 px): a phone's width is emulated on the viewport.
	w := opts.Width
	if opts.PDF != "" {
		// Charts take their size when drawn: draw them in print media at
		// the sheet's width, as they will be printed.
		w = a4ContentWidth
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			return *rep, fmt.Errorf("browsercheck: %s: print media: %w", page, err)
		}
	}
	if w > 0 {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(w), 900)); err != nil {
			return *rep, fmt.Errorf("browsercheck: %s: viewport %d px: %w", page, w, err)
		}
	}
	t.mu.Lock()
	t.cur = rep
	t.mu.Unlock()
	defer func() {
		t.mu.Lock()
		t.cur = nil
		t.mu.Unlock()
	}()
	if err := chromedp.Do(ctx, chromedp.Navigate(pageURL)); err != nil {
		return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
	}
	// Wait until every chart has its canvas or, printed, its SVG (a chart that never gets one
	// counts as empty).
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ready, err := chromedp.Run(ctx, chromedp.Evaluate[bool](readyJS))
		if err != nil {
			return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
		}
		if ready {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Let a frame paint after setOption.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](paintJS, chromedp.EvalAwaitPromise)); err != nil {
		return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
	}
	var before, after []string
	var err error
	if opts.Probe != "" {
		if before, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](probeJS+"("+jsString(opts.Probe)+")")); err != nil {
			return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
		}
	}
	if opts.Period != "" {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[string](chooseJS+"("+jsString(opts.Period)+")")); err != nil {
			return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](paintJS, chromedp.EvalAwaitPromise)); err != nil {
			return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
		}
	}
	if opts.Probe != "" {
		if after, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](probeJS+"("+jsString(opts.Probe)+")")); err != nil {
			return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
		}
	}
	period, err := chromedp.Run(ctx, chromedp.Evaluate[string](periodJS))
	if err != nil {
		return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
	}
	in, err := chromedp.Run(ctx, chromedp.Evaluate[inspection](inspectJS))
	if err != nil {
		return *rep, fmt.Errorf("browsercheck: %s: %w", page, err)
	}
	var shot string
	if opts.PDF != "" {
		yes, footer := true, opts.PDFFooter != ""
		res, err := chromedp.Call(ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{
			PreferCSSPageSize:   &yes,
			PrintBackground:     &yes,
			DisplayHeaderFooter: &footer,
			HeaderTemplate:      "<span></span>",
			FooterTemplate:      opts.PDFFooter,
		})
		buf := res.Data
		if err != nil {
			return *rep, fmt.Errorf("browsercheck: print %s: %w", page, err)
		}
		if err := os.WriteFile(opts.PDF, buf, 0o644); err != nil {
			return *rep, fmt.Errorf("browsercheck: %w", err)
		}
		shot = opts.PDF
	}
	if shots != "" {
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			return *rep, fmt.Errorf("browsercheck: screenshot %s: %w", page, err)
		}
		name := strings.ReplaceAll(strings.TrimSuffix(page, ".html"), "/", "_")
		if opts.Period != "" {
			name += "@" + strings.Map(func(r rune) rune {
				if r == '/' || r == '\\' || r == os.PathSeparator {
					return '_'
				}
				return r
			}, opts.Period)
		}
		shot = filepath.Join(shots, name+".png")
		if err := os.WriteFile(shot, buf, 0o644); err != nil {
			return *rep, fmt.Errorf("browsercheck: %w", err)
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	out := *rep
	out.ConsoleErrors = append([]string(nil), rep.ConsoleErrors...)
	out.ExternalRequests = append([]string(nil), rep.ExternalRequests...)
	out.Charts, out.EmptyCharts = in.Charts, in.Empty
	out.BrokenLinks = brokenLinks(t.root, page, in.Links)
	out.Screenshot = shot
	out.Period, out.ProbeBefore, out.ProbeAfter = period, before, after
	return out, nil
}

// Command shoot opens pages of a built site in headless Chromium, checks them
// (charts drawn, no console errors, no requests outside the site, no broken
// links) and writes full-page screenshots. `make screenshots` and `make
// check-site` run it.
//
//	go run ./dashboards/internal/shoot --site site --out screenshots [--pages a.html,b.html]
//	go run ./dashboards/internal/shoot --site site --out screenshots --pages wilayah/14.72.html --periode 2025-Q2
//
// --periode picks that period in each page's selector before the checks and
// the screenshot (named <page>@<periode>.png).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"kinerja/dashboards/browsercheck"
)

func main() {
	site := flag.String("site", "site", "site directory")
	out := flag.String("out", "", "screenshot directory (empty: check only)")
	pages := flag.String("pages", "", "comma-separated site-relative pages (empty: every page)")
	period := flag.String("periode", "", "choose this period in the page's period selector first")
	probe := flag.String("probe", "", "CSS selector whose visible text is printed before and after --periode")
	width := flag.Int("width", 1366, "browser window width in CSS pixels (390: a phone)")
	flag.Parse()
	if _, ok := browsercheck.ChromiumPath(); !ok {
		fmt.Fprintln(os.Stderr, "shoot: no Chromium found (apt-get install chromium, or set KINERJA_CHROMIUM)")
		os.Exit(2)
	}
	var list []string
	if *pages != "" {
		list = strings.Split(*pages, ",")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	reports, err := browsercheck.Check(ctx, *site, browsercheck.Options{Screenshots: *out, Pages: list, Period: *period, Probe: *probe, Width: *width})
	if err != nil {
		fmt.Fprintln(os.Stderr, "shoot:", err)
		os.Exit(1)
	}
	bad := 0
	charts := 0
	for _, r := range reports {
		charts += r.Charts
		problems := len(r.ConsoleErrors) + len(r.ExternalRequests) + len(r.BrokenLinks) + r.EmptyCharts
		if problems > 0 || r.Charts == 0 {
			bad++
			fmt.Printf("FAIL %s: charts %d (empty %d), console errors %v, external requests %v, broken links %v\n",
				r.Page, r.Charts, r.EmptyCharts, r.ConsoleErrors, r.ExternalRequests, r.BrokenLinks)
		} else if r.Screenshot != "" {
			fmt.Printf("ok   %s: %d charts -> %s\n", r.Page, r.Charts, r.Screenshot)
		}
		if *period != "" && r.Period != *period {
			bad++
			fmt.Printf("FAIL %s: period %q not selectable (selector shows %q)\n", r.Page, *period, r.Period)
		}
		if *probe != "" {
			fmt.Printf("     %s: %q before, %q after\n", r.Page, r.ProbeBefore, r.ProbeAfter)
		}
	}
	fmt.Printf("%d pages, %d charts drawn, %d pages with problems\n", len(reports), charts, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

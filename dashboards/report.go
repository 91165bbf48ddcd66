package dashboards

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"html"
	"strings"
	"time"

	"kinerja/dashboards/kit"
)

// RegionReport is the page of one region written for printing.
type RegionReport struct {
	Kode, Nama string
	DataPer    string // when the warehouse's data were loaded (the page's footer)
	Page       string // the page's path under Options.Out (en/wilayah/… in English)
	Model      RegionModel
}

// WriteRegionPage writes the page of the region kode in lang (kit.LangID or
// kit.LangEN), its CSVs and the site's assets into opts.Out: the page that
// `kinerja laporan` prints (its print layout: A4, the summary and headline
// figures first, then each section's chart and table; the footer names the
// data and their sources). Only that page is written, so the other links of
// its navigation lead nowhere in opts.Out; printed, they do not matter.
// kode is a kode wilayah as in mart.region_summary ("14.72"; "1472" is
// taken as "14.72").
func WriteRegionPage(ctx context.Context, db *sql.DB, opts Options, kode, lang string) (RegionReport, error) {
	if opts.Out == "" {
		return RegionReport{}, errors.New("dashboards: Options.Out is empty")
	}
	if lang != kit.LangID && lang != kit.LangEN {
		return RegionReport{}, fmt.Errorf("dashboards: language %q: want %s or %s", lang, kit.LangID, kit.LangEN)
	}
	kode = strings.TrimSpace(kode)
	if len(kode) == 4 && !strings.Contains(kode, ".") {
		kode = kode[:2] + "." + kode[2:]
	}
	if opts.Title == "" {
		opts.Title = "kinerja"
	}
	w, err := loadWarehouse(ctx, db)
	if err != nil {
		return RegionReport{}, err
	}
	var region *regionRow
	var known []string
	for i := range w.Regions {
		if w.Regions[i].Kode == kode {
			region = &w.Regions[i]
		}
		known = append(known, w.Regions[i].Kode)
	}
	if region == nil {
		if len(known) > 12 {
			known = append(known[:12], fmt.Sprintf("… (%d in all)", len(w.Regions)))
		}
		return RegionReport{}, fmt.Errorf("dashboards: no region %q in the warehouse's marts; its regions: %s", kode, strings.Join(known, ", "))
	}
	s := newSite(w, opts.Title)
	s.showNames = opts.ShowNames
	sw := newSiteWriter(opts.Out)
	if err := kit.AssetFiles(sw.put); err != nil {
		return RegionReport{}, err
	}
	if err := sw.writeSiteMeta(w); err != nil {
		return RegionReport{}, err
	}
	j := newJobWriter(sw)
	m := s.regionModel(*region)
	p := s.regionPage(m, lang)
	if err := j.page(p); err != nil {
		return RegionReport{}, err
	}
	rel := p.Path
	if lang == kit.LangEN {
		rel = "en/" + rel
	}
	return RegionReport{Kode: region.Kode, Nama: region.Nama, DataPer: w.DataPer, Page: rel, Model: m}, nil
}

// PrintFooter is Chromium's footer template for the printed report in lang:
// the site, the region, when its data were loaded, when it was printed and
// the sheet's number, e.g. "kinerja · Kota Dumai (14.72) · Data per
// 2025-12-31 10:00 WIB · dicetak 3 Desember 2026 · halaman 2/9". Every text
// is HTML-escaped.
func (r RegionReport) PrintFooter(title, lang string, printed time.Time) string {
	if title == "" {
		title = "kinerja"
	}
	left := title + " · " + r.Nama + " (" + r.Kode + ")"
	if r.DataPer != "" {
		left += " · " + kit.Tr(lang, "data_per") + " " + r.DataPer
	}
	right := kit.Tr(lang, "printed_on") + " " + kit.FmtLongDate(lang, printed) + " · " + kit.Tr(lang, "sheet")
	return `<div style="font-size:8px;width:100%;margin:0 12mm;color:#555;display:flex;justify-content:space-between">` +
		`<span>` + html.EscapeString(left) + `</span>` +
		`<span>` + html.EscapeString(right) + ` <span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`
}

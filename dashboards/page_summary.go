package dashboards

import (
	"context"
	"database/sql"
	"fmt"

	"kinerja/dashboards/kit"
	"kinerja/dashboards/summary"
)

// The written summary at the top of region and unit pages (issue 13,
// points 7 and 8): the facts of mart.summary_facts, by region, and the
// rules of dashboards/summary/rules.yaml that turn them into sentences.

// loadSummaryFacts reads mart.summary_facts (columns bound by name, once:
// summary.Read; the query's text from text, like every loader) and the
// summary rules.
func loadSummaryFacts(ctx context.Context, db *sql.DB, text func(string) string, w *warehouse) error {
	rules, err := summary.Load()
	if err != nil {
		return err
	}
	w.SummaryRules = rules
	all, err := summary.Read(ctx, db, text("summary_facts"))
	if err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	w.SummaryFacts = kit.GroupRuns(all, func(f *summary.Fact) string { return f.KodeWilayah })
	return nil
}

// pageSummary is the summary block of a region page (unit "") or a unit
// page, for the page's latest period.
func (s *site) pageSummary(p *kit.Page, region, unit, latest string) *kit.Summary {
	if s.w.SummaryRules == nil {
		return nil
	}
	page := summary.Page{Kind: summary.PageRegion, Region: region, Unit: unit}
	if unit != "" {
		page.Kind = summary.PageUnit
	}
	out := &kit.Summary{Title: p.T("ringkasan"), Note: p.T("ringkasan_note"), Empty: p.T("ringkasan_kosong")}
	if latest != "" {
		out.Title += " · " + latest
	}
	for _, st := range s.w.SummaryRules.Write(page, s.w.SummaryFacts[region], p.Lang) {
		out.Sentences = append(out.Sentences, st.Text)
	}
	return out
}

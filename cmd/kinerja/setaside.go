package main

import (
	"context"
	"fmt"
	"io"

	"kinerja/transform"
	"kinerja/warehouse"
)

// testsPassed is the transform summary's account of its data tests, e.g.
// "49 data tests passed" or "48 data tests passed, 1 warned".
func testsPassed(r transform.Report) string {
	s := fmt.Sprintf("%d data tests passed", len(r.Results)-r.Warned())
	if n := r.Warned(); n > 0 {
		s += fmt.Sprintf(", %d warned", n)
	}
	return s
}

// writeSetAside prints, after the transform's summary, the data tests that
// warned and how many appraisals the published tables set aside and why.
func writeSetAside(out io.Writer, st transform.Stats) {
	st.Tests.WriteWarnings(out)
	if s := transform.SetAsideSummary(st.SetAside); s != "" {
		fmt.Fprintln(out, s)
	}
}

// summariseSetAside prints, after ingest's quarantine, the appraisals the
// published tables set aside, counted by batch and reason; nothing when there
// are none or no transform has run.
func summariseSetAside(ctx context.Context, db *warehouse.DB, out io.Writer, batch int64) error {
	groups, _, ok, err := transform.SetAside(ctx, db, batch, 0)
	if err != nil || !ok || len(groups) == 0 {
		return err
	}
	fmt.Fprintln(out, "\nset aside by the transform (loaded, but not placeable in a known unit; left out of the marts):")
	total := writeSetAsideGroups(out, groups)
	fmt.Fprintf(out, "%d appraisal row(s) set aside; kinerja quarantine --set-aside lists them\n", total)
	return nil
}

// listSetAside is kinerja quarantine --set-aside: the set-aside appraisals
// counted by batch and reason, then listed in file order.
func listSetAside(ctx context.Context, db *warehouse.DB, out io.Writer, batch int64, limit int) error {
	groups, rows, ok, err := transform.SetAside(ctx, db, batch, limit)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("no transform has run on %s yet: run `kinerja transform` first", db.Path)
	}
	if len(groups) == 0 {
		fmt.Fprintln(out, "no appraisal set aside: every loaded appraisal is placed in a known unit")
		return nil
	}
	total := writeSetAsideGroups(out, groups)
	fmt.Fprintf(out, "%d appraisal row(s) set aside\n\n", total)
	for _, r := range rows {
		fmt.Fprintf(out, "batch %d  %s  %s  %s: %s\n    nip %s  periode %s  sumber %s", r.BatchID, r.Source, r.Path, r.Location, r.Reason,
			r.NIP, r.Periode, r.Sumber)
		if r.KodeUnit != "" {
			fmt.Fprintf(out, "  kode_unit %s", r.KodeUnit)
		}
		if r.PenugasanPertama != "" {
			fmt.Fprintf(out, "  first assignment from %s", r.PenugasanPertama)
		}
		fmt.Fprintln(out)
	}
	if int64(len(rows)) < total {
		fmt.Fprintf(out, "(%d of %d rows listed; --limit to see more)\n", len(rows), total)
	}
	return nil
}

func writeSetAsideGroups(out io.Writer, groups []transform.SetAsideGroup) int64 {
	var total int64
	last := int64(-1)
	for _, g := range groups {
		if g.BatchID != last {
			note := ""
			if g.Replaced {
				note = " (replaced; the next transform drops its rows)"
			}
			fmt.Fprintf(out, "batch %d  %s  %s%s\n", g.BatchID, g.Source, g.Path, note)
			last = g.BatchID
		}
		fmt.Fprintf(out, "  %6d × %s (%s)\n", g.Rows, g.Reason, g.Alasan)
		total += g.Rows
	}
	return total
}

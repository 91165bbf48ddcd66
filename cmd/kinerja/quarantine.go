package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"kinerja/ingest"
)

func newQuarantine(a *app) *cobra.Command {
	var batch int64
	var limit int
	var setAside bool
	cmd := &cobra.Command{
		Use:   "quarantine [--batch N] [--set-aside]",
		Short: "Summarise and list the rows ingest quarantined and the transform set aside",
		Long: `quarantine counts the rows that broke the input contract by batch, field and
reason, then lists them with their source, location (line, or sheet!row), field,
reason and the row as it arrived.

It then counts, by batch and reason, the appraisals the last transform set aside
(core.appraisal_set_aside): loaded rows that cannot be placed in a known unit
because their NIP is in no employees file, the person's first assignment starts
after the period, or their kode_unit is in no units file. They are left out of the
marts instead of blocking publication; --set-aside lists them one by one.`,
		Example: `  kinerja quarantine
  kinerja quarantine --batch 7 --limit 200
  kinerja quarantine --set-aside`,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := a.open(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer db.Close()
			if setAside {
				return listSetAside(cmd.Context(), db, a.out, batch, limit)
			}
			groups, rows, err := ingest.Quarantine(cmd.Context(), db, batch, limit)
			if err != nil {
				return err
			}
			if len(groups) == 0 {
				fmt.Fprintln(a.out, "no quarantined rows")
				return summariseSetAside(cmd.Context(), db, a.out, batch)
			}
			var total int64
			last := int64(-1)
			for _, g := range groups {
				if g.BatchID != last {
					note := ""
					if g.Replaced {
						note = " (replaced)"
					}
					fmt.Fprintf(a.out, "batch %d  %s  %s%s\n", g.BatchID, g.Source, g.Path, note)
					last = g.BatchID
				}
				fmt.Fprintf(a.out, "  %6d × %s\n", g.Rows, ingest.ReasonWhat(g.Rows, g.Field, g.Reason, g.First))
				total += g.Rows
			}
			fmt.Fprintf(a.out, "%d quarantined row(s)\n\n", total)
			for _, r := range rows {
				raw := strings.ReplaceAll(r.Raw, "\n", `\n`)
				if len(raw) > 160 {
					raw = raw[:160] + "…"
				}
				fmt.Fprintf(a.out, "batch %d  %s  %s  %s: %s\n    %s\n", r.BatchID, r.Source, r.Location, r.Field, r.Reason, raw)
			}
			if int64(len(rows)) < total {
				fmt.Fprintf(a.out, "(%d of %d rows listed; --limit to see more)\n", len(rows), total)
			}
			return summariseSetAside(cmd.Context(), db, a.out, batch)
		},
	}
	cmd.Flags().Int64Var(&batch, "batch", 0, "only this batch (default: every batch)")
	cmd.Flags().IntVar(&limit, "limit", 50, "rows to list")
	cmd.Flags().BoolVar(&setAside, "set-aside", false, "list the appraisals the transform set aside (not placeable in a known unit) instead")
	return cmd
}

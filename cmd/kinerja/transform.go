package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"kinerja/ingest/warehouse"
	"kinerja/marts"
	"kinerja/transform"
)

func newTransform(a *app) *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "transform",
		Short: "Rebuild staging, core and marts from the raw layer",
		Long: `transform runs the SQL models (staging views, core dimensions and facts, then the
marts) in one transaction. If any model fails, the previously published tables stay
as they were. After the models, inside the same transaction, the data tests run
(unique keys, not-null, accepted values, relationships, reconciliations; see
kinerja test-data): a failing test rolls everything back and prints a report.`,
		Example: `  kinerja transform
  kinerja -w national.duckdb transform --verbose`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := a.open(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer db.Close()
			return runTransform(cmd.Context(), db, a.out, verbose)
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "print each model's time")
	return cmd
}

func runTransform(ctx context.Context, db *warehouse.DB, out io.Writer, verbose bool) error {
	var progress func(transform.Timing)
	if verbose {
		progress = func(t transform.Timing) {
			fmt.Fprintf(out, "  %-40s %8.3fs\n", t.Model, t.Elapsed.Seconds())
		}
	}
	st, err := transform.RunProgress(ctx, db, progress, marts.Models()...)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "transform: %d models in %.1fs, %d data tests passed\n", st.Models, st.Elapsed.Seconds(), len(st.Tests.Results))
	return nil
}

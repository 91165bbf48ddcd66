package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

func newTestData(a *app) *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "test-data",
		Short: "Run the data tests against the published core and marts",
		Long: `test-data runs the data tests declared next to the models (transform/sql/tests,
marts/sql/tests): unique keys, not-null, accepted values, relationships and
reconciliations. Each test is a query returning the offending rows; a failing test
is reported with its explanation and the first offending rows, and the command
exits non-zero. transform and run execute the same tests before they publish.`,
		Example: `  kinerja test-data
  kinerja -w national.duckdb test-data --verbose`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := a.openMarts(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			return runTestData(cmd.Context(), db, a.out, verbose)
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list passing tests too")
	return cmd
}

func runTestData(ctx context.Context, db *warehouse.DB, out io.Writer, verbose bool) error {
	rep, err := transform.Test(ctx, db, marts.Tests()...)
	if err != nil {
		return err
	}
	rep.Write(out, verbose)
	if n := rep.Failed(); n > 0 {
		return exitError{code: 1, msg: fmt.Sprintf("%d data test(s) failed", n)}
	}
	return nil
}

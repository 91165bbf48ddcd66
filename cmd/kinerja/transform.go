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

func newTransform(a *app) *cobra.Command {
	var verbose, full bool
	cmd := &cobra.Command{
		Use:   "transform",
		Short: "Build staging, core and marts from the raw layer (refreshing only what changed)",
		Long: `transform runs the SQL models (staging views, core dimensions and facts, then the
marts), then the data tests (unique keys, not-null, accepted values, relationships,
reconciliations; see kinerja test-data). If any model or test fails, or the run is
killed, the previously published tables stay as they were and a failing test prints
a report: each model commits on its own behind a copy of the warehouse kept as
<warehouse>.restore (put back on failure, and by the next command after a kill;
it needs as much free disk as the warehouse), or, when that copy cannot be made,
everything runs in one transaction.

When only appraisals, service requests, survey responses or trainings were loaded or
replaced since the last transform, and the models are those it ran, the transform
refreshes: the facts and marts from the earliest year those rows belong to on are
recomputed, everything earlier stays (docs/REFRESH.md). Any other change (regions,
units, employees, standards, indicators, potentials, a new kinerja version) rebuilds
everything; --full asks for that.`,
		Example: `  kinerja transform
  kinerja -w national.duckdb transform --verbose
  kinerja transform --full`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := a.open(cmd.Context(), false)
			if err != nil {
				return a.notRecorded("transform", err)
			}
			defer db.Close()
			r := a.startRun("transform")
			return r.finish(cmd.Context(), db, runTransform(cmd.Context(), db, a.out, verbose, full, r))
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "print each model's time")
	cmd.Flags().BoolVar(&full, "full", false, "rebuild everything even when a refresh would do")
	return cmd
}

// runTransform runs the transform; r (runs.go) notes what it built.
func runTransform(ctx context.Context, db *warehouse.DB, out io.Writer, verbose, full bool, r *runLog) error {
	opts := transform.Options{Full: full}
	if verbose {
		fmt.Fprintf(out, "memory: %s\n", db.Memory)
		opts.Progress = func(t transform.Timing) {
			fmt.Fprintf(out, "  %-40s %8.3fs\n", t.Model, t.Elapsed.Seconds())
		}
		opts.Plan = func(p transform.Plan) { fmt.Fprintf(out, "transform: %s\n", p) }
	}
	st, err := transform.RunWith(ctx, db, opts, marts.Models()...)
	if verbose {
		if st.CommitEach {
			fmt.Fprintf(out, "commits: after each model, behind the restore point %s\n", db.Path+warehouse.RestoreSuffix)
		} else {
			fmt.Fprintln(out, "commits: one transaction (no restore point)")
		}
	}
	if err != nil {
		return err
	}
	reportTransform(out, r, st)
	return nil
}

// reportTransform prints what a transform built and notes it in r.
func reportTransform(out io.Writer, r *runLog, st transform.Stats) {
	r.transformed(st)
	fmt.Fprintf(out, "transform (%s): %d models in %.1fs, %s\n", st.Plan, st.Models, st.Elapsed.Seconds(), testsPassed(st.Tests))
	writeSetAside(out, st)
}

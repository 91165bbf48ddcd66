package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"kinerja/demogen"
	"kinerja/ingest"
)

func newDemo(a *app) *cobra.Command {
	var out string
	var seed int64
	cmd := &cobra.Command{
		Use:   "demo [--out site]",
		Short: "Generate demo data for five regions and run the whole pipeline on it",
		Long: `demo generates the synthetic sources of "kinerja generate" into a temporary
directory, runs ingest, transform and dashboards on them into the warehouse
(--warehouse, default kinerja.duckdb), and prints where the site is. Running it
again loads nothing new: the same seed gives the same files.`,
		Example: `  kinerja demo
  kinerja -w demo.duckdb demo --out site && xdg-open site/index.html`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := os.MkdirTemp("", "kinerja-demo-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			sum, err := demogen.Generate(demogen.Options{Out: dir, Seed: seed})
			if err != nil {
				return err
			}
			fmt.Fprintf(a.out, "demo data: %d files for 5 regions (seed %d)\n", len(sum.Files), seed)
			cfg, err := ingest.LoadConfig(sum.Config)
			if err != nil {
				return err
			}
			return runPipeline(cmd.Context(), a, cfg, out)
		},
	}
	cmd.Flags().StringVar(&out, "out", "site", "directory to write the site into")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed of the demo data")
	return cmd
}

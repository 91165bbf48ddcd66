package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"kinerja/dashboards"
	"kinerja/ingest"
)

func newRun(a *app) *cobra.Command {
	var config, out string
	cmd := &cobra.Command{
		Use:   "run --config kinerja.yaml",
		Short: "Ingest every source of a pipeline file, transform, and write the site",
		Long: `run is ingest --config, then transform, then dashboards. The warehouse is the
one in the config (warehouse.path) unless --warehouse is given; the site goes to
--out, else the config's site.out, else site/.`,
		Example: `  kinerja run --config kinerja.yaml
  kinerja run --config kinerja.yaml --out /var/www/kinerja`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := ingest.LoadConfig(config)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("warehouse") && cfg.Warehouse.Path != "" {
				a.warehouse = cfg.Resolve(cfg.Warehouse.Path)
			}
			if a.memory == "" {
				a.memory = cfg.Warehouse.MemoryLimit
			}
			if a.threads == 0 {
				a.threads = cfg.Warehouse.Threads
			}
			if out == "" {
				out = "site"
				if cfg.Site.Out != "" {
					out = cfg.Resolve(cfg.Site.Out)
				}
			}
			return runPipeline(cmd.Context(), a, cfg, out)
		},
	}
	cmd.Flags().StringVar(&config, "config", "kinerja.yaml", "pipeline file")
	cmd.Flags().StringVar(&out, "out", "", "directory to write the site into")
	return cmd
}

// runPipeline is ingest + transform + dashboards over one warehouse.
func runPipeline(ctx context.Context, a *app, cfg *ingest.Config, out string) error {
	sources, err := cfg.Files()
	if err != nil {
		return err
	}
	db, err := a.open(ctx, false)
	if err != nil {
		return a.notRecorded("ingest", err)
	}
	defer db.Close()
	fmt.Fprintf(a.out, "warehouse: %s\n", db.Path)
	// Each stage leaves its own row in meta.runs (runs.go).
	r := a.startRun("ingest")
	if err := r.finish(ctx, db, ingestAll(ctx, db, sources, a.out, a.progressFor(), r)); err != nil {
		return err
	}
	r = a.startRun("transform")
	if err := r.finish(ctx, db, runTransform(ctx, db, a.out, false, false, r)); err != nil {
		return err
	}
	r = a.startRun("dashboards")
	return r.finish(ctx, db, buildSite(ctx, db, dashboards.Options{Out: out, Title: cfg.Site.Title}, a.out, r))
}

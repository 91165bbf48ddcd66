package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"kinerja/dashboards"
	"kinerja/ingest"
	"kinerja/pipeline"
	"kinerja/transform"
	"kinerja/warehouse"
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
			a.warehouseSettings(cfg)
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

// runPipeline is ingest + transform + dashboards over one warehouse
// (pipeline.Run), each stage leaving its own row in meta.runs (runs.go).
func runPipeline(ctx context.Context, a *app, cfg *ingest.Config, out string) error {
	sources, err := cfg.Files()
	if err != nil {
		return err
	}
	db, err := a.open(ctx, false)
	if err != nil {
		return a.notRecorded(pipeline.StageIngest, err)
	}
	defer db.Close()
	fmt.Fprintf(a.out, "warehouse: %s\n", db.Path)
	var r *runLog // the stage running
	return pipeline.Run(ctx, db, pipeline.Options{
		Sources:     sources,
		Progress:    a.progressFor(),
		Batch:       func(src ingest.Source, res ingest.Result, err error) { batchReporter(ctx, db, a.out, r)(src, res, err) },
		Transformed: func(st transform.Stats) { reportTransform(a.out, r, st) },
		Site: func(ctx context.Context, db *warehouse.DB) error {
			return buildSite(ctx, db, dashboards.Options{Out: out, Title: cfg.Site.Title, NoModels: true}, a.out, r)
		},
		Stage: func(ctx context.Context, name string, work func() error) error {
			r = a.startRun(name)
			return r.finish(ctx, db, ingestExit(work()))
		},
	})
}

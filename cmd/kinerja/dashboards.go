package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"kinerja/dashboards"
	"kinerja/ingest/warehouse"
)

func newDashboards(a *app) *cobra.Command {
	var out, title string
	cmd := &cobra.Command{
		Use:   "dashboards [--out site]",
		Short: "Write the static dashboard site from the marts",
		Long: `dashboards reads the marts and writes a static HTML site (Bahasa Indonesia, with an
English mirror under en/) that works offline from file:// or any web server: an
index of all regions, a page per region and a page per unit, every chart with its
data table and a CSV download. No names or NIPs are published, and groups of fewer
than 5 people are shown as "<5".`,
		Example: `  kinerja dashboards --out site
  kinerja -w national.duckdb dashboards --out /var/www/kinerja`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := a.open(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer db.Close()
			return buildSite(cmd.Context(), db, out, title, a.out)
		},
	}
	cmd.Flags().StringVar(&out, "out", "site", "directory to write the site into")
	cmd.Flags().StringVar(&title, "title", "", "site title (default kinerja)")
	return cmd
}

func buildSite(ctx context.Context, db *warehouse.DB, out, title string, w io.Writer) error {
	res, err := dashboards.Build(ctx, db.DB, dashboards.Options{Out: out, Title: title})
	if err != nil {
		return err
	}
	abs, _ := filepath.Abs(filepath.Join(out, "index.html"))
	fmt.Fprintf(w, "dashboards: %d pages written; open %s\n", len(res.Pages), abs)
	return nil
}

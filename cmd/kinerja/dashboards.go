package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/spf13/cobra"

	"kinerja/dashboards"
	"kinerja/warehouse"
)

func newDashboards(a *app) *cobra.Command {
	var out, title string
	var showNames bool
	cmd := &cobra.Command{
		Use:   "dashboards [--out site]",
		Short: "Write the static dashboard site from the marts",
		Long: `dashboards reads the marts and writes a static HTML site (Bahasa Indonesia, with an
English mirror under en/) that works offline from file:// or any web server:
Beranda, Perbandingan wilayah, Kebutuhan pelatihan, Talenta, Kualitas data, a page
per region and a page per unit, every chart with its data table and a CSV download. No names or NIPs are published unless --show-names,
and groups of fewer than 5 people are shown as "<5".`,
		Example: `  kinerja dashboards --out site
  kinerja -w national.duckdb dashboards --out /var/www/kinerja
  kinerja dashboards --out internal-site --show-names   # for internal use only`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Read-only (a snapshot while a writer runs); the run is recorded
			// after, in a moment of its own under the write lock (runs.go).
			r := a.startRun("dashboards")
			db, err := a.openMarts(cmd.Context())
			if err != nil {
				return r.finishApart(cmd.Context(), err)
			}
			err = buildSite(cmd.Context(), db, dashboards.Options{Out: out, Title: title, ShowNames: showNames, NoModels: true}, a.out, r)
			if cerr := db.Close(); err == nil {
				err = cerr
			}
			return r.finishApart(cmd.Context(), err)
		},
	}
	cmd.Flags().StringVar(&out, "out", "site", "directory to write the site into")
	cmd.Flags().StringVar(&title, "title", "", "site title (default kinerja)")
	cmd.Flags().BoolVar(&showNames, "show-names", false, "let names and NIPs appear (promotion pool, training lists); off for published sites")
	return cmd
}

// buildSite writes the site; r (runs.go) notes its pages.
func buildSite(ctx context.Context, db *warehouse.DB, opts dashboards.Options, w io.Writer, r *runLog) error {
	// The site build holds the marts' rows in Go: with the policy's
	// memory defaults, the Go heap's soft limit is what DuckDB's limit
	// leaves of the budget (GOMEMLIMIT, when set, wins).
	if m := db.Memory; m.Default && m.GoHeap > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(m.GoHeap))
	}
	res, err := dashboards.Build(ctx, db.DB, opts)
	if err != nil {
		return err
	}
	abs, _ := filepath.Abs(filepath.Join(opts.Out, "index.html"))
	r.site(len(res.Pages), filepath.Dir(abs))
	pub := res.Published
	fmt.Fprintf(w, "dashboards: %d pages; files: %d written, %d unchanged, %d removed; open %s\n",
		len(res.Pages), pub.Written, pub.Unchanged, pub.Removed, abs)
	return nil
}

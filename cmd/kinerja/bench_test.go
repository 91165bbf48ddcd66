package main

import (
	"context"
	"io"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"kinerja/dashboards"
	"kinerja/demogen"
	"kinerja/ingest"
	"kinerja/pipeline"
	"kinerja/warehouse"
)

// BenchmarkPipeline runs ingest + transform + dashboards on generated data
// into a fresh warehouse each iteration and reports rows/s and the seconds of
// each stage. Sizes: the demo default and 10 000 employees.
func BenchmarkPipeline(b *testing.B) {
	for _, employees := range []int{0, 10000} {
		name := "demo"
		if employees > 0 {
			name = strconv.Itoa(employees)
		}
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(dir, "data"), Seed: 1, Employees: employees})
			if err != nil {
				b.Fatal(err)
			}
			rows := 0
			for _, f := range sum.Files {
				rows += sum.Rows[f]
			}
			cfg, err := ingest.LoadConfig(sum.Config)
			if err != nil {
				b.Fatal(err)
			}
			sources, _ := cfg.Files()
			var tIngest, tTransform, tSite time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				a := &app{warehouse: filepath.Join(dir, "w"+strconv.Itoa(i)+".duckdb"), out: io.Discard}
				ctx := context.Background()
				db, err := a.open(ctx, false)
				if err != nil {
					b.Fatal(err)
				}
				// The stages as `kinerja run` wires them, timed one by one.
				var t0, t1, t2 time.Time
				err = pipeline.Run(ctx, db, pipeline.Options{
					Sources: sources,
					Site: func(ctx context.Context, db *warehouse.DB) error {
						return buildSite(ctx, db, dashboards.Options{Out: filepath.Join(dir, "site"), NoModels: true}, io.Discard, nil)
					},
					Stage: func(_ context.Context, name string, work func() error) error {
						switch name {
						case pipeline.StageIngest:
							t0 = time.Now()
						case pipeline.StageTransform:
							t1 = time.Now()
						case pipeline.StageDashboards:
							t2 = time.Now()
						}
						return work()
					},
				})
				if err != nil {
					b.Fatal(err)
				}
				tIngest += t1.Sub(t0)
				tTransform += t2.Sub(t1)
				tSite += time.Since(t2)
				db.Close()
			}
			n := float64(b.N)
			b.ReportMetric(float64(rows)*n/(tIngest+tTransform+tSite).Seconds(), "rows/s")
			b.ReportMetric(tIngest.Seconds()/n, "ingest-s")
			b.ReportMetric(tTransform.Seconds()/n, "transform-s")
			b.ReportMetric(tSite.Seconds()/n, "site-s")
			b.ReportMetric(float64(rows), "rows")
		})
	}
}

package dashboards_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"kinerja/dashboards"
	"kinerja/dashboards/internal/synth"
)

// BenchmarkBuildScale times Build on a synthetic national-size warehouse:
// the demo regions cloned into KINERJA_BENCH_REGIONS regions of
// KINERJA_BENCH_UNITS units each (default 40: 552 regions give ~22 000
// units). It is skipped without KINERJA_BENCH_REGIONS, so `make test` stays
// fast. The source is KINERJA_BENCH_FROM (a warehouse, e.g. demo.duckdb; it
// is copied) or, without it, generated demo data.
//
//	KINERJA_BENCH_REGIONS=552 go test -run '^$' -bench BuildScale -benchtime 1x ./dashboards
func BenchmarkBuildScale(b *testing.B) {
	regions, _ := strconv.Atoi(os.Getenv("KINERJA_BENCH_REGIONS"))
	if regions <= 0 {
		b.Skip("set KINERJA_BENCH_REGIONS (e.g. 552) to run")
	}
	units := 40
	if u, err := strconv.Atoi(os.Getenv("KINERJA_BENCH_UNITS")); err == nil {
		units = u
	}
	ctx := context.Background()
	dir := b.TempDir()
	var db *sql.DB
	if from := os.Getenv("KINERJA_BENCH_FROM"); from != "" {
		wh := filepath.Join(dir, "wh.duckdb")
		if err := synth.CopyFile(from, wh); err != nil {
			b.Fatal(err)
		}
		d, err := sql.Open("duckdb", wh)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { d.Close() })
		db = d
	} else {
		db = demoWarehouse(b)
	}
	if err := synth.Scale(ctx, db, regions, units); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var pages int
	var bytes int64
	for i := 0; i < b.N; i++ {
		out := filepath.Join(dir, "site"+strconv.Itoa(i))
		res, err := dashboards.Build(ctx, db, dashboards.Options{Out: out})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		_, bytes = synth.DirSize(out)
		pages = len(res.Pages)
		os.RemoveAll(out)
		b.StartTimer()
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(bytes)/1e6, "MB")
}

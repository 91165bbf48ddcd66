// Package martstest builds warehouses for tests: generated data through
// ingest, transform and the marts, the way `kinerja run` does.
package martstest

import (
	"context"
	"path/filepath"
	"testing"

	"kinerja/demogen"
	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

// Load loads every source of the pipeline file config into a new warehouse
// at path (closed when the test ends) and, with transform, runs the
// transform with the marts and their data tests.
func Load(tb testing.TB, path, config string, withTransform bool) *warehouse.DB {
	tb.Helper()
	ctx := context.Background()
	cfg, err := ingest.LoadConfig(config)
	if err != nil {
		tb.Fatal(err)
	}
	sources, err := cfg.Files()
	if err != nil {
		tb.Fatal(err)
	}
	db, err := warehouse.Open(ctx, warehouse.Options{Path: path})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if err := ingest.LoadAll(ctx, db, sources, nil, nil); err != nil {
		tb.Fatal(err)
	}
	if withTransform {
		if _, err := transform.Run(ctx, db, marts.Models()...); err != nil {
			tb.Fatal(err)
		}
	}
	return db
}

// Demo generates data with opts into dir/data (opts.Out is set) and returns
// the warehouse dir/w.duckdb with it loaded and transformed.
func Demo(tb testing.TB, dir string, opts demogen.Options) (*warehouse.DB, demogen.Summary) {
	tb.Helper()
	opts.Out = filepath.Join(dir, "data")
	sum, err := demogen.Generate(opts)
	if err != nil {
		tb.Fatal(err)
	}
	return Load(tb, filepath.Join(dir, "w.duckdb"), sum.Config, true), sum
}

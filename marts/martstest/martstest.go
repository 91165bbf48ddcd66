// Package martstest builds warehouses for tests: generated data through
// ingest, transform and the marts with pipeline.Run, as `kinerja run` does.
package martstest

import (
	"context"
	"path/filepath"
	"testing"

	"kinerja/demogen"
	"kinerja/ingest"
	"kinerja/pipeline"
	"kinerja/warehouse"
)

// Load loads every source of the pipeline file config into a new warehouse
// at path (closed when the test ends) and, with transform, runs the
// transform with the marts and their data tests.
func Load(tb testing.TB, path, config string, withTransform bool) *warehouse.DB {
	tb.Helper()
	db, err := build(context.Background(), path, config, withTransform)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// build is Load without a test: the warehouse stays open for the caller.
func build(ctx context.Context, path, config string, withTransform bool) (*warehouse.DB, error) {
	cfg, err := ingest.LoadConfig(config)
	if err != nil {
		return nil, err
	}
	sources, err := cfg.Files()
	if err != nil {
		return nil, err
	}
	db, err := warehouse.Open(ctx, warehouse.Options{Path: path})
	if err != nil {
		return nil, err
	}
	if err := pipeline.Run(ctx, db, pipeline.Options{Sources: sources, NoTransform: !withTransform}); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Demo returns a warehouse of its own at dir/w.duckdb holding the demo data
// of opts loaded and transformed: a copy of the shared one (Shared), so the
// data is generated and transformed once per (seed, employees) and code
// version for every test. The summary's files live in the shared cache: read
// them, never write to them.
func Demo(tb testing.TB, dir string, opts demogen.Options) (*warehouse.DB, demogen.Summary) {
	tb.Helper()
	s := Shared(tb, opts)
	path := filepath.Join(dir, "w.duckdb")
	if err := copyFile(s.Warehouse, path); err != nil {
		tb.Fatal(err)
	}
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: path})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db, s.Summary
}

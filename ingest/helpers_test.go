package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"kinerja/warehouse"
)

// openTestWarehouse opens a fresh warehouse file in a temp dir, prepared for
// ingest.
func openTestWarehouse(t testing.TB) (*warehouse.DB, string) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	db, err := warehouse.Open(ctx, warehouse.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := Prepare(ctx, db); err != nil {
		t.Fatal(err)
	}
	return db, path
}

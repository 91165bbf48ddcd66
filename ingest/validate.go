package ingest

import (
	"context"
	"fmt"

	"kinerja/warehouse"
)

// Check is what validating one source (one file of it) found.
type Check struct {
	Source string // the config's source name
	Path   string // file or URL ("" when the path matched nothing)
	Result Result // counts and first problems of the dry read
	Err    error  // the source would fail: no file, unreadable, missing columns, ...
}

// Validate dry-reads every source of a pipeline file without loading: each
// file is read, normalised and checked exactly as ingest would, in a
// throw-away in-memory warehouse, so the real warehouse is never touched (and
// HTTP sources are pulled in full, as on a first pull). ledger, when not nil,
// is the real warehouse (open read-only): its batch ledger is copied in first,
// so that validate and ingest agree on what would happen (a file already
// loaded the same way is "nothing new", a much smaller replacement is
// refused). progress may be nil.
func Validate(ctx context.Context, cfg *Config, ledger *warehouse.DB, progress func(Event)) ([]Check, error) {
	db, err := warehouse.Open(ctx, warehouse.Options{Path: ":memory:", MemoryLimit: cfg.Warehouse.MemoryLimit,
		Threads: cfg.Warehouse.Threads, TempDir: cfg.Warehouse.TempDir})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	if err := Prepare(ctx, db); err != nil {
		return nil, err
	}
	if ledger != nil {
		if err := copyLedger(ctx, ledger, db); err != nil {
			return nil, fmt.Errorf("reading the batch ledger of %s: %w", ledger.Path, err)
		}
	}
	var out []Check
	for _, sc := range cfg.Sources {
		srcs, err := cfg.expand(sc)
		if err != nil {
			out = append(out, Check{Source: sc.Name, Err: err})
			continue
		}
		for _, src := range srcs {
			src.Progress = progress
			res, err := DryRun(ctx, db, src)
			out = append(out, Check{Source: src.Name, Path: src.Path, Result: res, Err: err})
			if ctx.Err() != nil {
				return out, ctx.Err()
			}
		}
	}
	return out, nil
}

// copyLedger copies meta.batches from a warehouse (possibly older, without
// read_options) into another.
func copyLedger(ctx context.Context, from, to *warehouse.DB) error {
	var hasOptions bool
	if err := from.QueryRowContext(ctx, mustSQL("ledger_has_options.sql")).Scan(&hasOptions); err != nil {
		return err
	}
	opts := "''"
	if hasOptions {
		opts = "coalesce(read_options, '')"
	}
	rows, err := from.QueryContext(ctx, fmt.Sprintf(mustSQL("ledger_read.sql"), opts))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		v := make([]any, 12)
		ptrs := make([]any, len(v))
		for i := range v {
			ptrs[i] = &v[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		if _, err := to.ExecContext(ctx, mustSQL("batch_insert_full.sql"), v...); err != nil {
			return err
		}
	}
	// New batch ids follow the copied ones: an id is the ledger's last
	// plus one (beginBatch).
	return rows.Err()
}

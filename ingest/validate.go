package ingest

import (
	"context"

	"kinerja/ingest/warehouse"
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
// HTTP sources are pulled in full, as on a first pull). progress may be nil.
func Validate(ctx context.Context, cfg *Config, progress func(Event)) ([]Check, error) {
	db, err := warehouse.Open(ctx, warehouse.Options{Path: ":memory:", MemoryLimit: cfg.Warehouse.MemoryLimit,
		Threads: cfg.Warehouse.Threads, TempDir: cfg.Warehouse.TempDir})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	if err := Prepare(ctx, db); err != nil {
		return nil, err
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

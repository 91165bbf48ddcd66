package ingest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"kinerja/warehouse"
)

// LoadAllError names the sources that failed in LoadAll.
type LoadAllError struct {
	Failed []string // paths (or URLs) of the sources that failed
	Total  int      // sources tried
}

func (e *LoadAllError) Error() string {
	return fmt.Sprintf("%d of %d files failed: %s", len(e.Failed), e.Total, strings.Join(e.Failed, ", "))
}

// LoadAll creates the raw layer when needed (Prepare) and loads each source
// as its own batch, in order, telling progress (when not nil) how each load
// advances and each (when not nil) every source's result or error as it
// comes. A source that fails does not stop the others unless ctx is done;
// the error is then a *LoadAllError naming every failed source.
func LoadAll(ctx context.Context, db *warehouse.DB, sources []Source, progress func(Event), each func(Source, Result, error)) error {
	if err := Prepare(ctx, db); err != nil {
		return err
	}
	var failed []string
	for _, src := range sources {
		src.Progress = progress
		t0 := time.Now()
		res, err := Load(ctx, db, src)
		res.Elapsed = time.Since(t0)
		if each != nil {
			each(src, res, err)
		}
		if err != nil {
			failed = append(failed, src.Path)
			if ctx.Err() != nil {
				break
			}
		}
	}
	if len(failed) > 0 {
		return &LoadAllError{Failed: failed, Total: len(sources)}
	}
	return nil
}

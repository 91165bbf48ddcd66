// Package pipeline runs kinerja's stages in order over one warehouse: ingest
// (each source one batch, bad rows quarantined), transform (staging, core,
// the marts and the data tests, all or nothing) and the site. The
// commands (run, demo), the tests' warehouses (marts/martstest) and the
// benchmarks all call Run, so the stages are wired in one place.
//
// The site stage is a function the caller gives (the commands pass
// dashboards.Build): the dashboards' own tests build warehouses through this
// package, which therefore cannot import dashboards.
package pipeline

import (
	"context"

	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

// Stage names, as meta.runs records them.
const (
	StageIngest     = "ingest"
	StageTransform  = "transform"
	StageDashboards = "dashboards"
)

// Options says which stages to run and who hears about them. Every field
// may be left zero.
type Options struct {
	Sources  []ingest.Source
	Progress func(ingest.Event)                        // how each load advances
	Batch    func(ingest.Source, ingest.Result, error) // each source's outcome, as it comes

	// NoTransform stops after ingest.
	NoTransform bool
	Transform   transform.Options
	Transformed func(transform.Stats) // what the transform built

	// Site writes the site from the marts; nil writes none.
	Site func(ctx context.Context, db *warehouse.DB) error

	// Stage runs each stage's work (the commands record it in meta.runs
	// there); nil just runs it. A stage that fails stops the pipeline.
	Stage func(ctx context.Context, name string, work func() error) error
}

// Run runs the stages Options asks for over db, in order, and returns the
// first stage's error. Ingest goes on after a file that fails and returns
// an *ingest.LoadAllError naming the failures at the end; the transform
// does not run then.
func Run(ctx context.Context, db *warehouse.DB, opts Options) error {
	stage := opts.Stage
	if stage == nil {
		stage = func(_ context.Context, _ string, work func() error) error { return work() }
	}
	err := stage(ctx, StageIngest, func() error {
		return ingest.LoadAll(ctx, db, opts.Sources, opts.Progress, opts.Batch)
	})
	if err != nil || opts.NoTransform {
		return err
	}
	err = stage(ctx, StageTransform, func() error {
		st, err := transform.RunWith(ctx, db, opts.Transform, marts.Models()...)
		if err == nil && opts.Transformed != nil {
			opts.Transformed(st)
		}
		return err
	})
	if err != nil || opts.Site == nil {
		return err
	}
	return stage(ctx, StageDashboards, func() error { return opts.Site(ctx, db) })
}

// Package transform builds the warehouse's staging views and core model from
// the raw layer: SQL models in embedded .sql files (sql/ref, sql/staging,
// sql/core), run in order inside one transaction together with the marts,
// so that a failing model leaves the previously published tables in place.
package transform

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"kinerja/ingest/warehouse"
)

//go:embed sql
var sqlFS embed.FS

// Model is one SQL model: a file of statements that (re)create tables or
// views, or, when Test is set, one data test: a query returning the rows that
// break a rule (none = pass). Tests run after every model, in the same
// transaction (see tests.go).
type Model struct {
	Name string // e.g. "core/50_fact_appraisal" or "test/unik_dim_unit"
	SQL  string
	Test bool   // a data test, not a model
	Doc  string // a test's explanation (its header comment)
}

// ModelsFrom reads the .sql files of the given directories of fsys, each
// directory's files in name order, directories in the order given.
func ModelsFrom(fsys fs.FS, dirs ...string) ([]Model, error) {
	var out []Model
	for _, dir := range dirs {
		names, err := fs.Glob(fsys, path.Join(dir, "*.sql"))
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		for _, n := range names {
			b, err := fs.ReadFile(fsys, n)
			if err != nil {
				return nil, err
			}
			if path.Base(dir) == "tests" {
				ts, err := ParseTests(n, string(b))
				if err != nil {
					return nil, err
				}
				out = append(out, ts...)
				continue
			}
			out = append(out, Model{Name: strings.TrimSuffix(strings.TrimPrefix(n, "sql/"), ".sql"), SQL: string(b)})
		}
	}
	return out, nil
}

// Models returns the reference, staging and core models in run order,
// followed by the core data tests (sql/tests).
func Models() []Model {
	m, err := ModelsFrom(sqlFS, "sql/ref", "sql/staging", "sql/core", "sql/tests")
	if err != nil {
		panic(err)
	}
	return m
}

// SessionSQL returns the statements that set the transform's session up
// (sql/session.sql); ResetSQL undoes them.
func SessionSQL() string {
	b, err := sqlFS.ReadFile("sql/session.sql")
	if err != nil {
		panic(err)
	}
	return string(b)
}

// ResetSQL resets what SessionSQL sets to DuckDB's defaults.
const ResetSQL = "RESET preserve_insertion_order"

// Stats reports a run.
type Stats struct {
	Models  int // models run (data tests not counted)
	Elapsed time.Duration
	Timings []Timing
	Tests   Report // the data tests, all passed when Run returns no error
}

// Timing is how long one model took.
type Timing struct {
	Model   string
	Elapsed time.Duration
}

// Run executes the core models followed by extra (the marts) in one
// transaction, then every data test among them (Model.Test) inside the same
// transaction, before the commit. On any error, and when any data test fails
// (the error is then a *TestFailure carrying the report), nothing is changed:
// the previously published tables stay.
func Run(ctx context.Context, db *warehouse.DB, extra ...Model) (Stats, error) {
	return RunProgress(ctx, db, nil, extra...)
}

// RunProgress is Run telling progress, when not nil, each model's timing as
// it finishes (and "data tests" once they have run).
func RunProgress(ctx context.Context, db *warehouse.DB, progress func(Timing), extra ...Model) (Stats, error) {
	start := time.Now()
	var models, tests []Model
	for _, m := range append(Models(), extra...) {
		if m.Test {
			tests = append(tests, m)
		} else {
			models = append(models, m)
		}
	}
	var st Stats
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT count(*) > 0 FROM information_schema.tables
		WHERE table_schema = 'raw' AND table_name = 'appraisals'`).Scan(&exists); err != nil {
		return st, err
	}
	if !exists {
		return st, fmt.Errorf("warehouse %s has no raw layer yet: run `kinerja ingest` first", db.Path)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return st, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, SessionSQL()); err != nil {
		return st, fmt.Errorf("transform session settings: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), ResetSQL)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return st, err
	}
	defer tx.Rollback()
	for _, m := range models {
		t0 := time.Now()
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return st, fmt.Errorf("model %s: %w", m.Name, err)
		}
		st.Timings = append(st.Timings, Timing{Model: m.Name, Elapsed: time.Since(t0)})
		if progress != nil {
			progress(st.Timings[len(st.Timings)-1])
		}
	}
	t0 := time.Now()
	rep, err := runTests(ctx, tx, tests)
	if progress != nil {
		progress(Timing{Model: fmt.Sprintf("data tests (%d)", len(tests)), Elapsed: time.Since(t0)})
	}
	st.Tests = rep
	if err != nil {
		return st, err
	}
	if rep.Failed() > 0 {
		return st, &TestFailure{Report: rep}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta.transform_runs VALUES (?, ?, ?)`,
		start.UTC().Add(7*time.Hour), time.Now().UTC().Add(7*time.Hour), len(models)); err != nil {
		return st, err
	}
	if err := tx.Commit(); err != nil {
		return st, err
	}
	st.Models = len(models)
	st.Elapsed = time.Since(start)
	return st, nil
}

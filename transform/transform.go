// Package transform builds the warehouse's staging views and core model from
// the raw layer: SQL models in embedded .sql files (sql/ref, sql/staging,
// sql/core), run in order together with the marts, so that a failing model
// or data test leaves the previously published tables in place: each model
// commits on its own behind a restore point of the warehouse file
// (warehouse/restore.go), or, where there can be none (in memory, no room
// for the copy), all of them in one transaction.
package transform

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"sort"
	"strings"
	"time"

	"kinerja/warehouse"
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

	Severity Severity // a test's '-- severity:' header (severity.go); zero = error

	// Set from a '-- refresh: <condition>' header (refresh.go): the rows a
	// refresh recomputes, the table, and the statement's query.
	Refresh, Table, Query string
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
			m := Model{Name: strings.TrimSuffix(strings.TrimPrefix(n, "sql/"), ".sql"), SQL: string(b)}
			if err := parseRefresh(&m); err != nil {
				return nil, err
			}
			out = append(out, m)
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
func SessionSQL() string { return mustRead("sql/session.sql") }

// ResetSQL returns the statements that reset what SessionSQL sets to DuckDB's
// defaults (sql/session_reset.sql).
func ResetSQL() string { return mustRead("sql/session_reset.sql") }

func mustRead(name string) string {
	b, err := sqlFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Stats reports a run.
type Stats struct {
	Plan    Plan
	Models  int // models run (data tests not counted)
	Elapsed time.Duration
	Timings []Timing
	Tests   Report // the data tests, none failed when Run returns no error (some may have warned)

	// CommitEach: the models committed one by one behind a restore point
	// (false: in one transaction).
	CommitEach bool

	// SetAside counts, per reason, the appraisals the published tables set
	// aside (core.appraisal_set_aside, every year): see SetAsideSummary.
	SetAside []SetAsideReason
}

// Timing is how long one model took.
type Timing struct {
	Model   string
	Elapsed time.Duration
}

// Run executes the core models followed by extra (the marts), then every
// data test among them (Model.Test), and records the run in the tests'
// transaction. On a file warehouse each model commits on its own behind a
// restore point (Stats.CommitEach); otherwise all of it is one transaction.
// On any error, and when any data test fails (the error is then a
// *TestFailure carrying the report), nothing is changed: the previously
// published tables stay (the restore point is put back). When only event batches changed
// since the last transform it refreshes the years they touch instead of
// rebuilding everything (refresh.go).
func Run(ctx context.Context, db *warehouse.DB, extra ...Model) (Stats, error) {
	return RunWith(ctx, db, Options{}, extra...)
}

// RunProgress is Run telling progress, when not nil, each model's timing as
// it finishes (and "data tests" once they have run).
func RunProgress(ctx context.Context, db *warehouse.DB, progress func(Timing), extra ...Model) (Stats, error) {
	return RunWith(ctx, db, Options{Progress: progress}, extra...)
}

// Options of RunWith.
type Options struct {
	Full     bool         // rebuild everything even when a refresh would do
	Progress func(Timing) // each model's timing as it finishes
	Plan     func(Plan)   // told the plan before the first model runs
}

// RunWith is Run with options.
func RunWith(ctx context.Context, db *warehouse.DB, opts Options, extra ...Model) (Stats, error) {
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
	// With a restore point (a writing open of a file, and room for the copy)
	// each model commits on its own: later models then read committed tables,
	// which DuckDB scans with their statistics and in parallel. A failure puts
	// the restore point back; without one everything runs in one transaction.
	// Either way a transform that fails or is killed changes nothing.
	if db.CanRestore() {
		t0 := time.Now()
		if err := db.SaveRestorePoint(ctx); err != nil {
			slog.Warn("transform: no restore point, so the whole transform runs in one transaction (slower on large warehouses)", "err", err)
		} else {
			st.CommitEach = true
			st.Timings = append(st.Timings, Timing{Model: "restore point", Elapsed: time.Since(t0)})
			if opts.Progress != nil {
				opts.Progress(st.Timings[0])
			}
		}
	}
	err := run(ctx, db, &st, opts, models, tests, start)
	if st.CommitEach {
		if err != nil {
			if rerr := db.RollBackToRestorePoint(context.WithoutCancel(ctx)); rerr != nil {
				return st, errors.Join(err, rerr)
			}
			return st, err
		}
		if derr := db.DropRestorePoint(); derr != nil {
			return st, fmt.Errorf("transform published, but its restore point %s could not be removed (%w): remove it by hand, or the next command puts back the state before this transform",
				db.Path+warehouse.RestoreSuffix, derr)
		}
	}
	if err != nil {
		return st, err
	}
	st.Models = len(models)
	st.Elapsed = time.Since(start)
	return st, nil
}

// run runs the models and the data tests on one connection of db, committing
// after each model when st.CommitEach (the caller keeps a restore point), and
// records the run in the same transaction as the data tests.
func run(ctx context.Context, db *warehouse.DB, st *Stats, opts Options, models, tests []Model, start time.Time) error {
	progress := opts.Progress
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, SessionSQL()); err != nil {
		return fmt.Errorf("transform session settings: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), ResetSQL())
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { tx.Rollback() }()
	fp, err := fingerprint(ctx, tx, models)
	if err != nil {
		return err
	}
	if st.Plan, err = plan(ctx, tx, models, fp, opts.Full); err != nil {
		return err
	}
	if opts.Plan != nil {
		opts.Plan(st.Plan)
	}
	for _, m := range models {
		t0 := time.Now()
		q := m.FullSQL()
		if !st.Plan.Full && m.Refresh != "" {
			if st.Plan.Year == 0 {
				continue // nothing of it changed
			}
			q = m.refreshSQL(st.Plan.Year)
		}
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("model %s: %w", m.Name, err)
		}
		if st.CommitEach {
			if err := tx.Commit(); err != nil {
				return fmt.Errorf("model %s: commit: %w", m.Name, err)
			}
			if tx, err = conn.BeginTx(ctx, nil); err != nil {
				return err
			}
		}
		st.Timings = append(st.Timings, Timing{Model: m.Name, Elapsed: time.Since(t0)})
		if progress != nil {
			progress(st.Timings[len(st.Timings)-1])
		}
	}
	t0 := time.Now()
	// A refresh's tests check its rows from its first year on; a full run (and a
	// refresh with nothing to recompute, whose dimensions were still rebuilt)
	// has Year 0: every row.
	rep, err := runTests(ctx, tx, tests, st.Plan.Year)
	if progress != nil {
		progress(Timing{Model: fmt.Sprintf("data tests (%d)", len(tests)), Elapsed: time.Since(t0)})
	}
	st.Tests = rep
	if err != nil {
		return err
	}
	if rep.Failed() > 0 {
		return &TestFailure{Report: rep}
	}
	if st.SetAside, err = setAsideReasons(ctx, tx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, refreshSQLFile("state.sql")+refreshSQLFile("save.sql")); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, refreshSQLFile("save_fingerprint.sql"), fp); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta.transform_runs VALUES (?, ?, ?)`,
		start.UTC().Add(7*time.Hour), time.Now().UTC().Add(7*time.Hour), len(models)); err != nil {
		return err
	}
	return tx.Commit()
}

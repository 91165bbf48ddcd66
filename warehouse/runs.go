package warehouse

import (
	"context"
	"database/sql"
	_ "embed"
	"time"
)

// Run is one row of meta.runs: an ingest, transform or dashboards run, failed
// or not (sql/004_runs.sql).
type Run struct {
	ID       int64
	Command  string // ingest | transform | dashboards
	Args     string // how it was invoked, without credentials
	Version  string // kinerja's version
	Started  time.Time
	Finished time.Time
	Status   string // RunOK | RunFailed
	// The counts that mean something for the command; NULL otherwise.
	RowsRead, RowsLoaded, RowsQuarantined sql.NullInt64 // ingest
	RowsBuilt                             sql.NullInt64 // transform
	Pages                                 sql.NullInt64 // dashboards
	Detail                                string
	Error                                 string // "" when ok
}

// The statuses of a run.
const (
	RunOK     = "ok"
	RunFailed = "failed"
)

var (
	//go:embed sql/queries/run_insert.sql
	runInsertSQL string
	//go:embed sql/queries/runs_recent.sql
	runsRecentSQL string
	//go:embed sql/queries/has_runs.sql
	hasRunsSQL string
	//go:embed sql/queries/rows_built.sql
	rowsBuiltSQL string
)

// RecordRun writes r into meta.runs (on the warehouse's own connection pool,
// outside any transaction a command may have rolled back) and sets r.ID.
func (db *DB) RecordRun(ctx context.Context, r *Run) error {
	var errText sql.NullString
	if r.Error != "" {
		errText = sql.NullString{String: r.Error, Valid: true}
	}
	var detail sql.NullString
	if r.Detail != "" {
		detail = sql.NullString{String: r.Detail, Valid: true}
	}
	return db.QueryRowContext(ctx, runInsertSQL, r.Command, r.Args, r.Version, r.Started, r.Finished, r.Status,
		r.RowsRead, r.RowsLoaded, r.RowsQuarantined, r.RowsBuilt, r.Pages, detail, errText).Scan(&r.ID)
}

// RecentRuns returns the latest runs, newest first: at most limit, only the
// failed ones when failed is set, only command's when it is not "". A
// warehouse without meta.runs (read-only, opened by no writer since the table
// came) has none.
func (db *DB) RecentRuns(ctx context.Context, limit int, failed bool, command string) ([]Run, error) {
	var n int64
	if err := db.QueryRowContext(ctx, hasRunsSQL).Scan(&n); err != nil || n == 0 {
		return nil, err
	}
	rows, err := db.QueryContext(ctx, runsRecentSQL, failed, command, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Run
	for rows.Next() {
		var r Run
		if err := rows.Scan(&r.ID, &r.Command, &r.Args, &r.Version, &r.Started, &r.Finished, &r.Status,
			&r.RowsRead, &r.RowsLoaded, &r.RowsQuarantined, &r.RowsBuilt, &r.Pages, &r.Detail, &r.Error); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// RowsBuilt counts the rows of the core and mart tables (DuckDB's table
// statistics): what a transform leaves built.
func (db *DB) RowsBuilt(ctx context.Context) (int64, error) {
	var n int64
	err := db.QueryRowContext(ctx, rowsBuiltSQL).Scan(&n)
	return n, err
}

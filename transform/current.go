package transform

import (
	"context"
	"database/sql"
)

// Current reports whether the warehouse's last successful transform ran the
// models this kinerja has (core and extra, e.g. marts.Models()) with the
// warehouse's settings: false for a warehouse an older or newer kinerja
// transformed, whose marts may lack tables or columns this one reads. It only
// reads, so it works on a read-only warehouse or its snapshot.
func Current(ctx context.Context, db *sql.DB, extra ...Model) (bool, error) {
	var models []Model
	for _, m := range append(Models(), extra...) {
		if !m.Test {
			models = append(models, m)
		}
	}
	var exists bool
	if err := db.QueryRowContext(ctx, refreshSQLFile("has_fingerprint.sql")).Scan(&exists); err != nil || !exists {
		return false, err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	fp, err := fingerprint(ctx, tx, models)
	if err != nil {
		return false, err
	}
	var last string
	switch err := tx.QueryRowContext(ctx, refreshSQLFile("fingerprint.sql")).Scan(&last); {
	case err == sql.ErrNoRows:
		return false, nil
	case err != nil:
		return false, err
	}
	return last == fp, nil
}

package dashboards

import (
	"context"
	"database/sql"
	"fmt"

	"kinerja/dashboards/kit"
)

// scanNamed runs query name (its text given) through database/sql and
// reads its rows binding each column by its name (kit.Cols), never its
// position: a query that adds, drops or reorders a column cannot shift a
// figure into the wrong field, and a column missing or misspelt fails
// naming the query and the column.
func scanNamed(ctx context.Context, db *sql.DB, name, text string, cols kit.Cols, each func()) error {
	rows, err := db.QueryContext(ctx, text)
	if err != nil {
		return fmt.Errorf("dashboards: query %s: %w", name, err)
	}
	defer rows.Close()
	if err := kit.ScanRows(name, rows, cols, func() error { each(); return nil }); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	return nil
}

package dashboards

import (
	"context"
	"database/sql"
	"fmt"
)

// scanNamed reads the rows of query name, binding each column by its name
// (not its position) to the destination dest gives for it: a query that
// adds, drops or reorders a column cannot shift a figure into the wrong
// field. Every column must have a destination and every destination a
// column.
func scanNamed(ctx context.Context, db *sql.DB, name string, dest func() map[string]any, done func()) error {
	rows, err := db.QueryContext(ctx, sqlText(name))
	if err != nil {
		return fmt.Errorf("dashboards: query %s: %w", name, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("dashboards: query %s: %w", name, err)
	}
	ptrs := make([]any, len(cols))
	for rows.Next() {
		d := dest()
		if len(d) != len(cols) {
			return fmt.Errorf("dashboards: query %s has columns %v, the page reads %d", name, cols, len(d))
		}
		for i, c := range cols {
			p, ok := d[c]
			if !ok {
				return fmt.Errorf("dashboards: query %s: column %s is read by nothing", name, c)
			}
			ptrs[i] = p
		}
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("dashboards: scan %s: %w", name, err)
		}
		done()
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("dashboards: read %s: %w", name, err)
	}
	return nil
}

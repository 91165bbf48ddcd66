package ingest

import (
	"context"

	"kinerja/warehouse"
)

// QuarantineGroup counts the quarantined rows of one batch by field and reason.
type QuarantineGroup struct {
	BatchID      int64
	Source, Path string
	Field        string
	Reason       string
	Rows         int64
	Replaced     bool   // the batch was replaced by a later one
	First        string // where the first of these rows is ("line 37", "Pegawai!7")
}

// QuarantineRow is one quarantined row.
type QuarantineRow struct {
	BatchID                int64
	Source, Path, Location string
	Field, Reason, Raw     string
}

// Quarantine summarises the quarantine (of one batch, or of every batch
// when batch is 0) and lists up to limit of its rows, in file order.
func Quarantine(ctx context.Context, db *warehouse.DB, batch int64, limit int) ([]QuarantineGroup, []QuarantineRow, error) {
	rows, err := db.QueryContext(ctx, mustSQL("quarantine_summary.sql"), batch)
	if err != nil {
		return nil, nil, err
	}
	var groups []QuarantineGroup
	for rows.Next() {
		var g QuarantineGroup
		if err := rows.Scan(&g.BatchID, &g.Source, &g.Path, &g.Field, &g.Reason, &g.Rows, &g.Replaced, &g.First); err != nil {
			rows.Close()
			return nil, nil, err
		}
		groups = append(groups, g)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	rows, err = db.QueryContext(ctx, mustSQL("quarantine_rows.sql"), batch, limit)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var list []QuarantineRow
	for rows.Next() {
		var r QuarantineRow
		if err := rows.Scan(&r.BatchID, &r.Source, &r.Path, &r.Location, &r.Field, &r.Reason, &r.Raw); err != nil {
			return nil, nil, err
		}
		list = append(list, r)
	}
	return groups, list, rows.Err()
}

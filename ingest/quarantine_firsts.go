package ingest

import (
	"context"

	"kinerja/warehouse"
)

// QuarantineFirst counts a batch's quarantined rows of one field and reason
// and says where the first of them is.
type QuarantineFirst struct {
	Field, Reason string
	Rows          int64
	Line          int64  // the first row's line (record, or sheet row)
	Location      string // as kinerja quarantine shows it: "line 12", "Pegawai!7", "record 5"
}

// QuarantineFirsts returns a batch's quarantine reasons, most frequent first,
// each with its first row (for the JSON log of issue 11.10).
func QuarantineFirsts(ctx context.Context, db *warehouse.DB, batch int64) ([]QuarantineFirst, error) {
	rows, err := db.QueryContext(ctx, mustSQL("quarantine_firsts.sql"), batch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QuarantineFirst
	for rows.Next() {
		var q QuarantineFirst
		if err := rows.Scan(&q.Field, &q.Reason, &q.Rows, &q.Line, &q.Location); err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

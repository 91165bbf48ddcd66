package transform

import (
	"context"
	"fmt"
	"strings"

	"kinerja/warehouse"
)

// Appraisals that cannot be placed in a known unit (NIP in no employees
// file, first assignment after the period, unit in no units file) are set
// aside in core.appraisal_set_aside (sql/core/55_appraisal_set_aside.sql)
// instead of blocking the transform; the data test relasi_appraisal_penugasan
// blocks only when they are many. This file reads that table for the
// transform's summary and for kinerja quarantine (sql/report).

// SetAsideReason counts the published set-aside appraisals of one reason.
type SetAsideReason struct {
	Alasan       string // the reason code, e.g. nip_tidak_dikenal
	Keterangan   string // the reason in Indonesian
	KeteranganEN string // the reason in English
	Rows         int64
}

// SetAsideGroup counts the set-aside appraisals of one batch and reason.
type SetAsideGroup struct {
	BatchID      int64
	Source, Path string
	Alasan       string
	Reason       string // in English
	Rows         int64
	Replaced     bool // the batch was replaced since (the next transform drops its rows)
}

// SetAsideRow is one set-aside appraisal.
type SetAsideRow struct {
	BatchID                          int64
	Source, Path, Location           string
	NIP, Periode, Sumber, KodeUnit   string
	Alasan, Reason, PenugasanPertama string
}

// SetAsideSummary is the transform's line about the set-aside appraisals,
// e.g. "3 appraisal rows set aside: 2 NIP not in any employees file, 1
// assignment starts after the period (kinerja quarantine --set-aside)";
// empty when none.
func SetAsideSummary(rs []SetAsideReason) string {
	var n int64
	var parts []string
	for _, r := range rs {
		n += r.Rows
		parts = append(parts, fmt.Sprintf("%d %s", r.Rows, r.KeteranganEN))
	}
	if n == 0 {
		return ""
	}
	noun := "rows"
	if n == 1 {
		noun = "row"
	}
	return fmt.Sprintf("%d appraisal %s set aside: %s (kinerja quarantine --set-aside)", n, noun, strings.Join(parts, ", "))
}

// setAsideReasons counts the set-aside appraisals per reason.
func setAsideReasons(ctx context.Context, q querier) ([]SetAsideReason, error) {
	rows, err := q.QueryContext(ctx, reportSQL("set_aside_reasons.sql"))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SetAsideReason
	for rows.Next() {
		var r SetAsideReason
		if err := rows.Scan(&r.Alasan, &r.Keterangan, &r.KeteranganEN, &r.Rows); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SetAside summarises the published set-aside appraisals (of one batch, or
// of every batch when batch is 0) by batch and reason and lists up to limit
// of them in file order. ok is false when no transform has published the
// table yet.
func SetAside(ctx context.Context, db *warehouse.DB, batch int64, limit int) (groups []SetAsideGroup, list []SetAsideRow, ok bool, err error) {
	if err := db.QueryRowContext(ctx, `SELECT count(*) > 0 FROM information_schema.tables
		WHERE table_schema = 'core' AND table_name = 'appraisal_set_aside'`).Scan(&ok); err != nil || !ok {
		return nil, nil, false, err
	}
	rows, err := db.QueryContext(ctx, reportSQL("set_aside_summary.sql"), batch)
	if err != nil {
		return nil, nil, true, err
	}
	for rows.Next() {
		var g SetAsideGroup
		if err := rows.Scan(&g.BatchID, &g.Source, &g.Path, &g.Alasan, &g.Reason, &g.Rows, &g.Replaced); err != nil {
			rows.Close()
			return nil, nil, true, err
		}
		groups = append(groups, g)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, true, err
	}
	rows, err = db.QueryContext(ctx, reportSQL("set_aside_rows.sql"), batch, limit)
	if err != nil {
		return nil, nil, true, err
	}
	defer rows.Close()
	for rows.Next() {
		var r SetAsideRow
		if err := rows.Scan(&r.BatchID, &r.Source, &r.Path, &r.Location, &r.NIP, &r.Periode, &r.Sumber, &r.KodeUnit,
			&r.Alasan, &r.Reason, &r.PenugasanPertama); err != nil {
			return nil, nil, true, err
		}
		list = append(list, r)
	}
	return groups, list, true, rows.Err()
}

func reportSQL(name string) string { return mustRead("sql/report/" + name) }

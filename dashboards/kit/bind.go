package kit

import (
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Cols binds the columns of a query's result, by name, to where each value
// of the current row goes: a pointer to a string, int64, float64, bool,
// time.Time or one of their sql.Null types. Every loader of the site and
// the rapor reads its query this way, never by position, so that a query
// that reorders or adds a column cannot shift a figure into the wrong
// field, and one that lacks a column fails naming it.
//
// NULL into a plain type (string, int64, ...) is its zero value; where
// NULL means something ("no figure"), bind an sql.Null type.
type Cols map[string]any

// Add binds more columns (a period's, for instance) and returns c.
func (c Cols) Add(more Cols) Cols {
	for k, v := range more {
		c[k] = v
	}
	return c
}

// Cols binds periode, jenis_periode and tanggal_mulai to p.
func (p *Period) Cols() Cols {
	return Cols{"periode": &p.Periode, "jenis_periode": &p.Jenis, "tanggal_mulai": &p.Mulai}
}

// MatchColumns checks the columns a query returns (have, in its order)
// against the columns bound: each must have a destination and each
// destination a column. It returns, for each column of have, its
// destination.
func MatchColumns(query string, have []string, c Cols) ([]any, error) {
	dest := make([]any, len(have))
	seen := make(map[string]bool, len(have))
	for i, h := range have {
		d, ok := c[h]
		if !ok {
			return nil, fmt.Errorf("query %s returns column %q, which nothing reads (bound: %s)", query, h, strings.Join(sortedKeys(c), ", "))
		}
		if seen[h] {
			return nil, fmt.Errorf("query %s returns column %q twice", query, h)
		}
		seen[h] = true
		dest[i] = d
	}
	for _, k := range sortedKeys(c) {
		if !seen[k] {
			return nil, fmt.Errorf("query %s has no column %q (it returns: %s)", query, k, strings.Join(have, ", "))
		}
	}
	return dest, nil
}

func sortedKeys(c Cols) []string {
	ks := make([]string, 0, len(c))
	for k := range c {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// ScanRows reads every row of rows (the result of query), binding its
// columns by name (Cols), and calls each after every row.
func ScanRows(query string, rows *sql.Rows, c Cols, each func() error) error {
	have, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("query %s: %w", query, err)
	}
	dest, err := MatchColumns(query, have, c)
	if err != nil {
		return err
	}
	for i, d := range dest {
		if dest[i], err = scanDest(d); err != nil {
			return fmt.Errorf("query %s, column %s: %w", query, have[i], err)
		}
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("query %s: %w", query, err)
		}
		if err := each(); err != nil {
			return fmt.Errorf("query %s: %w", query, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query %s: %w", query, err)
	}
	return nil
}

// orZero scans into a plain type, NULL as its zero value.
type orZero[T any] struct{ p *T }

func (o orZero[T]) Scan(src any) error {
	var n sql.Null[T]
	if err := n.Scan(src); err != nil {
		return err
	}
	*o.p = n.V
	return nil
}

// scanDest is what database/sql scans into for a destination of Cols.
func scanDest(d any) (any, error) {
	switch p := d.(type) {
	case *string:
		return orZero[string]{p}, nil
	case *int64:
		return orZero[int64]{p}, nil
	case *float64:
		return orZero[float64]{p}, nil
	case *bool:
		return orZero[bool]{p}, nil
	case *time.Time:
		return orZero[time.Time]{p}, nil
	case *sql.NullString, *sql.NullInt64, *sql.NullFloat64, *sql.NullBool, *sql.NullTime, sql.Scanner:
		return d, nil
	}
	return nil, fmt.Errorf("cannot bind to %T", d)
}

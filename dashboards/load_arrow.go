package dashboards

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/duckdb/duckdb-go/v2"
	"kinerja/dashboards/kit"
)

// The large marts are read through DuckDB's Arrow interface: database/sql
// boxes every value of every row into an interface (and a string into a new
// allocation), which on a national warehouse (millions of values) was the
// largest part of loading. Here a value is read from its typed column and a
// string is interned (a unit code or a period is one string however many
// rows carry it).

// arow is the current row of an Arrow record.
type arow struct {
	cols  []arrow.Array
	i     int
	in    map[string]string
	dates map[int32]time.Time
}

func (r *arow) intern(v string) string {
	if s, ok := r.in[v]; ok {
		return s
	}
	s := strings.Clone(v) // v points into the record's buffer
	r.in[s] = s
	return s
}

func (r *arow) null(c int) bool { return r.cols[c].IsNull(r.i) }

// str is a text column ("" when NULL).
func (r *arow) str(c int) string {
	if r.null(c) {
		return ""
	}
	switch a := r.cols[c].(type) {
	case *array.String:
		return r.intern(a.Value(r.i))
	case *array.LargeString:
		return r.intern(a.Value(r.i))
	case *array.Dictionary:
		d := a.Dictionary()
		j := a.GetValueIndex(r.i)
		switch dv := d.(type) {
		case *array.String:
			return r.intern(dv.Value(j))
		case *array.LargeString:
			return r.intern(dv.Value(j))
		}
	}
	panic(fmt.Sprintf("dashboards: column %d is %s, not text", c, r.cols[c].DataType()))
}

func (r *arow) nstr(c int) sql.NullString {
	if r.null(c) {
		return sql.NullString{}
	}
	return sql.NullString{String: r.str(c), Valid: true}
}

// i64 is an integer column.
func (r *arow) i64(c int) sql.NullInt64 {
	if r.null(c) {
		return sql.NullInt64{}
	}
	var v int64
	switch a := r.cols[c].(type) {
	case *array.Int64:
		v = a.Value(r.i)
	case *array.Int32:
		v = int64(a.Value(r.i))
	case *array.Int16:
		v = int64(a.Value(r.i))
	case *array.Int8:
		v = int64(a.Value(r.i))
	case *array.Uint64:
		v = int64(a.Value(r.i))
	case *array.Uint32:
		v = int64(a.Value(r.i))
	case *array.Uint16:
		v = int64(a.Value(r.i))
	case *array.Uint8:
		v = int64(a.Value(r.i))
	case *array.Decimal128:
		v = int64(a.Value(r.i).ToFloat64(a.DataType().(*arrow.Decimal128Type).Scale))
	default:
		panic(fmt.Sprintf("dashboards: column %d is %s, not an integer", c, r.cols[c].DataType()))
	}
	return sql.NullInt64{Int64: v, Valid: true}
}

// f64 is a number column.
func (r *arow) f64(c int) sql.NullFloat64 {
	if r.null(c) {
		return sql.NullFloat64{}
	}
	switch a := r.cols[c].(type) {
	case *array.Float64:
		return sql.NullFloat64{Float64: a.Value(r.i), Valid: true}
	case *array.Float32:
		return sql.NullFloat64{Float64: float64(a.Value(r.i)), Valid: true}
	case *array.Decimal128:
		return sql.NullFloat64{Float64: a.Value(r.i).ToFloat64(a.DataType().(*arrow.Decimal128Type).Scale), Valid: true}
	}
	n := r.i64(c)
	return sql.NullFloat64{Float64: float64(n.Int64), Valid: n.Valid}
}

func (r *arow) boolean(c int) sql.NullBool {
	if r.null(c) {
		return sql.NullBool{}
	}
	if a, ok := r.cols[c].(*array.Boolean); ok {
		return sql.NullBool{Bool: a.Value(r.i), Valid: true}
	}
	panic(fmt.Sprintf("dashboards: column %d is %s, not a boolean", c, r.cols[c].DataType()))
}

// date is a DATE (or TIMESTAMP) column, in UTC as go-duckdb gives it.
func (r *arow) date(c int) time.Time {
	if r.null(c) {
		return time.Time{}
	}
	switch a := r.cols[c].(type) {
	case *array.Date32:
		d := int32(a.Value(r.i))
		t, ok := r.dates[d]
		if !ok {
			t = time.UnixMicro(int64(d) * 86400 * 1e6).UTC()
			r.dates[d] = t
		}
		return t
	case *array.Timestamp:
		return a.Value(r.i).ToTime(a.DataType().(*arrow.TimestampType).Unit).UTC()
	}
	panic(fmt.Sprintf("dashboards: column %d is %s, not a date", c, r.cols[c].DataType()))
}

// period reads periode, jenis_periode and tanggal_mulai from columns c..c+2.
func (r *arow) period(c int) kit.Period {
	return kit.Period{Periode: r.str(c), Jenis: r.str(c + 1), Mulai: r.date(c + 2)}
}

// arrowScan runs the query name and calls row for every row.
func arrowScan(ctx context.Context, db *sql.DB, name string, row func(r *arow)) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("dashboards: query %s: %w", name, err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		dconn, ok := dc.(driver.Conn)
		if !ok {
			return fmt.Errorf("not a driver connection")
		}
		ar, err := duckdb.NewArrowFromConn(dconn)
		if err != nil {
			return err
		}
		rr, err := ar.QueryContext(ctx, sqlText(name))
		if err != nil {
			return err
		}
		defer rr.Release()
		r := &arow{in: map[string]string{}, dates: map[int32]time.Time{}}
		for rr.Next() {
			rec := rr.Record()
			r.cols = rec.Columns()
			n := int(rec.NumRows())
			for r.i = 0; r.i < n; r.i++ {
				row(r)
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		return rr.Err()
	})
	if err != nil {
		return fmt.Errorf("dashboards: query %s: %w", name, err)
	}
	return nil
}

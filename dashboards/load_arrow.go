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

// setter is the function that writes column c of the current row into
// the destination d (a pointer of kit.Cols), after checking that the
// column's type can be read into it.
func (r *arow) setter(c int, d any) (func(), error) {
	kind := arrowKind(r.cols[c].DataType())
	need := func(ok bool, f func()) (func(), error) {
		if !ok {
			return nil, fmt.Errorf("column of type %s cannot be read into %T", r.cols[c].DataType(), d)
		}
		return f, nil
	}
	switch p := d.(type) {
	case *string:
		return need(kind == "text", func() { *p = r.str(c) })
	case *sql.NullString:
		return need(kind == "text", func() { *p = r.nstr(c) })
	case *kit.Mask:
		return need(kind == "text", func() { *p = kit.ParseMask(r.nstr(c)) })
	case *int64:
		return need(kind == "int" || kind == "decimal", func() { *p = r.i64(c).Int64 })
	case *sql.NullInt64:
		return need(kind == "int" || kind == "decimal", func() { *p = r.i64(c) })
	case *float64:
		return need(kind == "int" || kind == "decimal" || kind == "float", func() { *p = r.f64(c).Float64 })
	case *sql.NullFloat64:
		return need(kind == "int" || kind == "decimal" || kind == "float", func() { *p = r.f64(c) })
	case *bool:
		return need(kind == "bool", func() { *p = r.boolean(c).Bool })
	case *sql.NullBool:
		return need(kind == "bool", func() { *p = r.boolean(c) })
	case *time.Time:
		return need(kind == "date", func() { *p = r.date(c) })
	case *sql.NullTime:
		return need(kind == "date", func() { t := r.date(c); *p = sql.NullTime{Time: t, Valid: !r.null(c)} })
	}
	return nil, fmt.Errorf("cannot bind to %T", d)
}

// arrowKind is what the readers of arow accept of an Arrow type.
func arrowKind(t arrow.DataType) string {
	switch t.ID() {
	case arrow.STRING, arrow.LARGE_STRING:
		return "text"
	case arrow.DICTIONARY:
		if v := t.(*arrow.DictionaryType).ValueType.ID(); v == arrow.STRING || v == arrow.LARGE_STRING {
			return "text"
		}
	case arrow.INT8, arrow.INT16, arrow.INT32, arrow.INT64, arrow.UINT8, arrow.UINT16, arrow.UINT32, arrow.UINT64:
		return "int"
	case arrow.DECIMAL128:
		return "decimal"
	case arrow.FLOAT32, arrow.FLOAT64:
		return "float"
	case arrow.BOOL:
		return "bool"
	case arrow.DATE32, arrow.TIMESTAMP:
		return "date"
	}
	return t.String()
}

// arrowScan runs query name (its text given) through DuckDB's Arrow
// interface and reads its rows binding each column by its name (cols, as
// scanNamed does), calling each after every row.
func arrowScan(ctx context.Context, db *sql.DB, name, text string, cols kit.Cols, each func()) error {
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
		rr, err := ar.QueryContext(ctx, text)
		if err != nil {
			return err
		}
		defer rr.Release()
		fields := rr.Schema().Fields()
		have := make([]string, len(fields))
		for i, f := range fields {
			have[i] = f.Name
		}
		dest, err := kit.MatchColumns(name, have, cols)
		if err != nil {
			return err
		}
		r := &arow{in: map[string]string{}, dates: map[int32]time.Time{}}
		set := make([]func(), len(dest))
		for rr.Next() {
			rec := rr.Record()
			r.cols = rec.Columns()
			for c, d := range dest {
				if set[c], err = r.setter(c, d); err != nil {
					return fmt.Errorf("column %s: %w", have[c], err)
				}
			}
			n := int(rec.NumRows())
			for r.i = 0; r.i < n; r.i++ {
				for _, f := range set {
					f()
				}
				each()
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

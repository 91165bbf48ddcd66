package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

type column struct{ name, typ string }

type relation struct{ schema, name, kind string }

func (r relation) String() string { return r.schema + "." + r.name }

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func quoteLit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// floating says whether a column type is compared rounded in the second pass.
func floating(typ string) bool {
	switch typ {
	case "DOUBLE", "FLOAT", "REAL":
		return true
	}
	return false
}

// result is one relation's comparison.
type result struct {
	rel                    relation
	rowsA, rowsB           int64
	onlyA, onlyB           int64
	note                   string
	differs                bool
	sampleA, sampleB, cols string
}

// compareWarehouses compares a and b (see the package comment) and writes
// the report to w; differs is true when any relation differs.
func compareWarehouses(w io.Writer, a, b string, o compareOpts) (differs bool, err error) {
	ctx := context.Background()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return false, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	for alias, path := range map[string]string{"a": a, "b": b} {
		if _, err := conn.ExecContext(ctx, sqlText("attach", "{{path}}", quoteLit(path), "{{alias}}", alias)); err != nil {
			return false, fmt.Errorf("attaching %s: %w", path, err)
		}
	}
	relsA, err := relations(ctx, conn, "a", o)
	if err != nil {
		return false, err
	}
	relsB, err := relations(ctx, conn, "b", o)
	if err != nil {
		return false, err
	}
	names := map[string]relation{}
	for k, r := range relsA {
		names[k] = r
	}
	for k, r := range relsB {
		names[k] = r
	}
	ignored := map[string]bool{}
	for _, k := range strings.Split(o.ignore, ",") {
		if k != "" {
			ignored[k] = true
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	fmt.Fprintf(w, "A = %s\nB = %s\n", a, b)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "relation\tkind\trows A\trows B\tA-B\tB-A\tresult")
	var all []result
	var totalA, totalB int64
	for _, k := range keys {
		r := names[k]
		_, inA := relsA[k]
		_, inB := relsB[k]
		var res result
		switch {
		case ignored[k]:
			res = result{rel: r, note: "ignored (-ignore)", rowsA: -1, rowsB: -1, onlyA: -1, onlyB: -1}
		case !inA:
			res = result{rel: r, differs: true, note: "DIFFERENT: only in B", rowsA: -1, rowsB: -1, onlyA: -1, onlyB: -1}
		case !inB:
			res = result{rel: r, differs: true, note: "DIFFERENT: only in A", rowsA: -1, rowsB: -1, onlyA: -1, onlyB: -1}
		default:
			res, err = compareRelation(ctx, conn, r, o)
			if err != nil {
				return true, fmt.Errorf("%s: %w", r, err)
			}
		}
		if res.rowsA > 0 {
			totalA += res.rowsA
		}
		if res.rowsB > 0 {
			totalB += res.rowsB
		}
		differs = differs || res.differs
		all = append(all, res)
		n := func(v int64) string {
			if v < 0 {
				return "-"
			}
			return fmt.Sprint(v)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r, r.kind, n(res.rowsA), n(res.rowsB), n(res.onlyA), n(res.onlyB), res.note)
	}
	tw.Flush()
	nd := 0
	for _, res := range all {
		if res.differs {
			nd++
			if res.sampleA != "" || res.sampleB != "" {
				fmt.Fprintf(w, "\n%s: columns %s\n", res.rel, res.cols)
				fmt.Fprintf(w, "  in A, not in B:\n%s", res.sampleA)
				fmt.Fprintf(w, "  in B, not in A:\n%s", res.sampleB)
			}
		}
	}
	fmt.Fprintf(w, "\n%d relations compared (%d rows in A, %d in B): %d differ\n", len(all), totalA, totalB, nd)
	return differs, nil
}

func relations(ctx context.Context, conn *sql.Conn, alias string, o compareOpts) (map[string]relation, error) {
	rows, err := conn.QueryContext(ctx, sqlText("relations"), alias, o.schemas, o.views)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]relation{}
	for rows.Next() {
		var r relation
		if err := rows.Scan(&r.schema, &r.name, &r.kind); err != nil {
			return nil, err
		}
		m[r.String()] = r
	}
	return m, rows.Err()
}

func columns(ctx context.Context, conn *sql.Conn, alias string, r relation) ([]column, error) {
	rows, err := conn.QueryContext(ctx, sqlText("columns"), alias, r.schema, r.name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []column
	for rows.Next() {
		var c column
		if err := rows.Scan(&c.name, &c.typ); err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

func compareRelation(ctx context.Context, conn *sql.Conn, r relation, o compareOpts) (result, error) {
	res := result{rel: r}
	ca, err := columns(ctx, conn, "a", r)
	if err != nil {
		return res, err
	}
	cb, err := columns(ctx, conn, "b", r)
	if err != nil {
		return res, err
	}
	// the columns both sides have with one type, in A's order
	typB := map[string]string{}
	for _, c := range cb {
		typB[c.name] = c.typ
	}
	var common []column
	var notes []string
	for _, c := range ca {
		t, ok := typB[c.name]
		switch {
		case !ok:
			notes = append(notes, "column "+c.name+" only in A")
		case t != c.typ:
			notes = append(notes, fmt.Sprintf("column %s: %s in A, %s in B", c.name, c.typ, t))
		default:
			common = append(common, c)
		}
		delete(typB, c.name)
	}
	for _, c := range cb {
		if _, ok := typB[c.name]; ok {
			notes = append(notes, "column "+c.name+" only in B")
		}
	}
	if len(notes) == 0 && len(ca) == len(cb) {
		for i := range ca {
			if ca[i].name != cb[i].name {
				notes = append(notes, "columns in another order")
				break
			}
		}
	}
	res.differs = len(notes) > 0
	relA := "a." + quoteIdent(r.schema) + "." + quoteIdent(r.name)
	relB := "b." + quoteIdent(r.schema) + "." + quoteIdent(r.name)
	for _, x := range []struct {
		rel string
		n   *int64
	}{{relA, &res.rowsA}, {relB, &res.rowsB}} {
		if err := conn.QueryRowContext(ctx, sqlText("count", "{{rel}}", x.rel)).Scan(x.n); err != nil {
			return res, err
		}
	}
	if res.rowsA != res.rowsB {
		res.differs = true
	}
	if len(common) == 0 {
		notes = append(notes, "no column in common")
		res.note = strings.Join(notes, "; ")
		res.differs = true
		return res, nil
	}
	selectList := func(rounded bool) string {
		parts := make([]string, len(common))
		for i, c := range common {
			q := quoteIdent(c.name)
			if rounded && floating(c.typ) {
				parts[i] = fmt.Sprintf("round(%s, %d) AS %s", q, o.round, q)
			} else {
				parts[i] = q
			}
		}
		return strings.Join(parts, ", ")
	}
	except := func(cols string) (int64, int64, error) {
		var ab, ba int64
		if err := conn.QueryRowContext(ctx, sqlText("except", "{{cols}}", cols, "{{a}}", relA, "{{b}}", relB)).Scan(&ab); err != nil {
			return 0, 0, err
		}
		if err := conn.QueryRowContext(ctx, sqlText("except", "{{cols}}", cols, "{{a}}", relB, "{{b}}", relA)).Scan(&ba); err != nil {
			return 0, 0, err
		}
		return ab, ba, nil
	}
	cols := selectList(false)
	res.onlyA, res.onlyB, err = except(cols)
	if err != nil {
		return res, err
	}
	var floats []string
	for _, c := range common {
		if floating(c.typ) {
			floats = append(floats, c.name)
		}
	}
	if (res.onlyA > 0 || res.onlyB > 0) && len(floats) > 0 {
		ra, rb, err := except(selectList(true))
		if err != nil {
			return res, err
		}
		if ra == 0 && rb == 0 {
			notes = append(notes, fmt.Sprintf("same only rounded to %d decimals (exactly: %d/%d rows differ; floating: %s)",
				o.round, res.onlyA, res.onlyB, strings.Join(floats, ", ")))
			res.onlyA, res.onlyB = 0, 0
		} else {
			cols = selectList(true)
			res.onlyA, res.onlyB = ra, rb
			notes = append(notes, fmt.Sprintf("rows differ even rounded to %d decimals", o.round))
		}
	}
	if res.onlyA > 0 || res.onlyB > 0 {
		res.differs = true
		res.cols = strings.Join(func() []string {
			n := make([]string, len(common))
			for i, c := range common {
				n[i] = c.name
			}
			return n
		}(), ", ")
		if o.show > 0 {
			res.sampleA, err = sample(ctx, conn, cols, relA, relB, o.show)
			if err != nil {
				return res, err
			}
			res.sampleB, err = sample(ctx, conn, cols, relB, relA, o.show)
			if err != nil {
				return res, err
			}
		}
	}
	switch {
	case len(notes) > 0:
		res.note = strings.Join(notes, "; ")
	case res.differs:
		res.note = "DIFFERENT"
	default:
		res.note = "same"
	}
	if res.differs && !strings.HasPrefix(res.note, "DIFFERENT") {
		res.note = "DIFFERENT: " + res.note
	}
	return res, nil
}

// sample renders up to n rows of a that b lacks, one per line.
func sample(ctx context.Context, conn *sql.Conn, cols, a, b string, n int) (string, error) {
	rows, err := conn.QueryContext(ctx, sqlText("sample", "{{cols}}", cols, "{{a}}", a, "{{b}}", b, "{{n}}", fmt.Sprint(n)))
	if err != nil {
		return "", err
	}
	defer rows.Close()
	names, err := rows.Columns()
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	vals := make([]any, len(names))
	ptrs := make([]any, len(names))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return "", err
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			if v == nil {
				parts[i] = "NULL"
			} else {
				parts[i] = fmt.Sprint(v)
			}
		}
		sb.WriteString("    " + strings.Join(parts, " | ") + "\n")
	}
	return sb.String(), rows.Err()
}

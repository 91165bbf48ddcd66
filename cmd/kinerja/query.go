package main

import (
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
)

func newQuery(a *app) *cobra.Command {
	var format string
	var max int
	cmd := &cobra.Command{
		Use:   `query [--format table|csv|json] "SQL"`,
		Short: "Run a read-only SQL query on the warehouse and print the result",
		Long: `query opens the warehouse read-only and prints the result of one SQL statement as
an aligned table (default), CSV or JSON (an array of objects). Schemas: raw, stg,
core, mart, meta (see the README).`,
		Example: `  kinerja query "select * from mart.service_outcomes limit 5"
  kinerja query --format csv "select * from mart.ikm where kode_wilayah = '14.72'" > ikm.csv
  kinerja query --format json "select * from meta.batches"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "table" && format != "csv" && format != "json" {
				return fmt.Errorf("--format: want table, csv or json, got %q", format)
			}
			db, err := a.open(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer db.Close()
			return runQuery(cmd.Context(), db.DB, args[0], format, max, a.out)
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "table, csv or json")
	cmd.Flags().IntVar(&max, "max-rows", 1000, "at most this many rows in table format (0 = all)")
	return cmd
}

func runQuery(ctx context.Context, db *sql.DB, q, format string, max int, out io.Writer) error {
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var tw *tabwriter.Writer
	var cw *csv.Writer
	var enc *json.Encoder
	switch format {
	case "table":
		tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(cols, "\t"))
	case "csv":
		cw = csv.NewWriter(out)
		cw.Write(cols)
	case "json":
		fmt.Fprint(out, "[")
		enc = json.NewEncoder(out)
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		n++
		switch format {
		case "table":
			if max > 0 && n > max {
				continue
			}
			cells := make([]string, len(vals))
			for i, v := range vals {
				cells[i] = strings.ReplaceAll(cellText(v), "\t", " ")
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		case "csv":
			cells := make([]string, len(vals))
			for i, v := range vals {
				cells[i] = cellText(v)
			}
			cw.Write(cells)
		case "json":
			obj := make(map[string]any, len(cols))
			for i, c := range cols {
				obj[c] = jsonValue(vals[i])
			}
			if n > 1 {
				fmt.Fprint(out, ",")
			}
			if err := enc.Encode(obj); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	switch format {
	case "table":
		tw.Flush()
		if max > 0 && n > max {
			fmt.Fprintf(out, "(%d rows, first %d shown; --max-rows 0 for all)\n", n, max)
		} else {
			fmt.Fprintf(out, "(%d rows)\n", n)
		}
	case "csv":
		cw.Flush()
		return cw.Error()
	case "json":
		fmt.Fprintln(out, "]")
	}
	return nil
}

func cellText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format("2006-01-02 15:04:05")
	case float64:
		return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", x), "0"), ".")
	case []byte:
		return string(x)
	}
	return fmt.Sprint(v)
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case time.Time:
		return cellText(x)
	case []byte:
		return string(x)
	}
	return v
}

package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"kinerja/warehouse"
)

func newQuery(a *app) *cobra.Command {
	var format, file string
	var max int
	cmd := &cobra.Command{
		Use:   `query [--format table|csv|json] ("SQL" | --file query.sql | -)`,
		Short: "Run read-only SQL on the warehouse and print the result",
		Long: `query opens the warehouse read-only and runs SQL: one or more statements,
given as an argument, read from a file (--file) or from standard input (-). With
table format (default) every statement's result is printed as an aligned table;
with csv or json only the last statement's result is printed (the earlier ones may
set things up: SET, CREATE TEMP VIEW). CSV is lossless: numbers in full (the
shortest text that reads back as the same double), timestamps with their fraction
of a second, and NULL as an empty field while an empty text is "" . JSON is an
array of objects. Schemas: raw, stg, core, mart, meta (see the README).`,
		Example: `  kinerja query "select * from mart.service_outcomes limit 5"
  kinerja query --format csv "select * from mart.ikm where kode_wilayah = '14.72'" > ikm.csv
  kinerja query --format json "select * from meta.batches"
  kinerja query --file laporan.sql
  echo "select count(*) from core.fact_appraisal" | kinerja query -`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "table" && format != "csv" && format != "json" {
				return fmt.Errorf("--format: want table, csv or json, got %q", format)
			}
			text, err := queryText(args, file, cmd.InOrStdin())
			if err != nil {
				return err
			}
			stmts := splitStatements(text)
			if len(stmts) == 0 {
				return errors.New("no SQL statement given")
			}
			db, err := a.open(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer db.Close()
			err = runStatements(cmd.Context(), db, stmts, format, max, a.out)
			if err != nil && strings.Contains(err.Error(), "Catalog Error") {
				if ok, herr := db.HasMarts(cmd.Context()); herr == nil && !ok {
					return fmt.Errorf("%w\n%v", err, errNoMarts(a.warehouse))
				}
			}
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "table, csv or json")
	cmd.Flags().StringVarP(&file, "file", "f", "", "read the SQL from this file")
	cmd.Flags().IntVar(&max, "max-rows", 1000, "at most this many rows in table format (0 = all)")
	return cmd
}

// queryText is the SQL of a query command: the argument ("-" = standard
// input) or the --file.
func queryText(args []string, file string, stdin io.Reader) (string, error) {
	switch {
	case file != "" && len(args) > 0:
		return "", errors.New("give the SQL as an argument or with --file, not both")
	case file != "":
		b, err := os.ReadFile(file)
		return string(b), err
	case len(args) == 1 && args[0] == "-":
		b, err := io.ReadAll(stdin)
		return string(b), err
	case len(args) == 1:
		return args[0], nil
	}
	return "", errors.New(`give the SQL: "SELECT ...", --file query.sql, or - to read standard input`)
}

// runStatements runs statements in order on one connection (so a SET or a
// temporary view holds for the next), printing each result in table format
// and only the last one's in csv and json.
func runStatements(ctx context.Context, db *warehouse.DB, stmts []string, format string, max int, out io.Writer) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	for i, st := range stmts {
		last := i == len(stmts)-1
		if format != "table" && !last {
			if _, err := conn.ExecContext(ctx, st); err != nil {
				return fmt.Errorf("statement %d: %w", i+1, err)
			}
			continue
		}
		if i > 0 && format == "table" {
			fmt.Fprintln(out)
		}
		if err := runQuery(ctx, conn, st, format, max, out); err != nil {
			if len(stmts) > 1 {
				return fmt.Errorf("statement %d: %w", i+1, err)
			}
			return err
		}
	}
	return nil
}

// splitStatements splits SQL text at the semicolons outside quotes (”, "")
// and comments (--, /* */); empty statements are dropped.
func splitStatements(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\'' || c == '"':
			for i++; i < len(text) && text[i] != c; i++ {
			}
		case c == '-' && i+1 < len(text) && text[i+1] == '-':
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			if j := strings.Index(text[i+2:], "*/"); j >= 0 {
				i += j + 3
			} else {
				i = len(text)
			}
		case c == ';':
			out = appendStatement(out, text[start:i])
			start = i + 1
		}
	}
	if start < len(text) {
		out = appendStatement(out, text[start:])
	}
	return out
}

func appendStatement(out []string, st string) []string {
	for _, l := range strings.Split(st, "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "--") {
			return append(out, strings.TrimSpace(st))
		}
	}
	return out
}

func runQuery(ctx context.Context, db *sql.Conn, q, format string, max int, out io.Writer) error {
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
	var cw *bufio.Writer
	var enc *json.Encoder
	switch format {
	case "table":
		tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(cols, "\t"))
	case "csv":
		cw = bufio.NewWriter(out)
		writeCSVRow(cw, cols, nil)
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
			null := make([]bool, len(vals))
			for i, v := range vals {
				cells[i], null[i] = exactText(v), v == nil
			}
			writeCSVRow(cw, cells, null)
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
		return cw.Flush()
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

// exactText is a value as text with nothing lost: a double as the shortest
// text that reads back as the same double, a timestamp with its fraction of a
// second.
func exactText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case float32:
		return strconv.FormatFloat(float64(x), 'g', -1, 32)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format("2006-01-02 15:04:05.999999999")
	case []byte:
		return string(x)
	}
	return fmt.Sprint(v)
}

// writeCSVRow writes one CSV record (RFC 4180 quoting, newline line ends).
// A NULL is an empty field; an empty text is "" so that the two stay apart.
func writeCSVRow(w *bufio.Writer, cells []string, null []bool) {
	for i, c := range cells {
		if i > 0 {
			w.WriteByte(',')
		}
		isNull := null != nil && null[i]
		if !isNull && (c == "" || strings.ContainsAny(c, ",\"\r\n") || strings.TrimSpace(c) != c) {
			w.WriteString(`"` + strings.ReplaceAll(c, `"`, `""`) + `"`)
			continue
		}
		w.WriteString(c)
	}
	w.WriteString("\n")
}

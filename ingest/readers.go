package ingest

import (
	"bufio"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"kinerja/ingest/warehouse"
)

// landed describes what a reader put into the temporary table kn_landing:
// one row per data row read, with _line and one VARCHAR column in_<field> per
// mapped field, plus the rows the reader itself could not split into fields.
type landed struct {
	rows    int64
	rejects []reject
	present map[string]bool
	extra   []string
}

type reject struct {
	line   int64
	reason string
	raw    string
}

// Format names a file format.
func Format(path, explicit string) (string, error) {
	if explicit != "" {
		switch explicit {
		case "csv", "xlsx", "json":
			return explicit, nil
		}
		return "", fmt.Errorf("unknown format %q (csv, xlsx, json)", explicit)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".txt", ".tsv":
		return "csv", nil
	case ".xlsx", ".xlsm":
		return "xlsx", nil
	case ".json", ".ndjson", ".jsonl":
		return "json", nil
	}
	return "", fmt.Errorf("%s: cannot tell the format from the extension; give format: csv|xlsx|json", path)
}

func land(ctx context.Context, conn *sql.Conn, k Kind, src Source, format string) (landed, error) {
	switch format {
	case "csv":
		return landCSV(ctx, conn, k, src)
	case "json":
		return landJSON(ctx, conn, k, src)
	case "xlsx":
		return landXLSX(ctx, conn, k, src)
	}
	return landed{}, fmt.Errorf("unknown format %q", format)
}

// describe returns the column names of a relation expression.
func describe(ctx context.Context, conn *sql.Conn, rel string) ([]string, error) {
	rows, err := conn.QueryContext(ctx, "DESCRIBE SELECT * FROM "+rel)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var names []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		names = append(names, fmt.Sprint(vals[0]))
	}
	return names, rows.Err()
}

// landingView maps the reader's table onto kn_landing with the in_<field>
// names, adding the source's fixed values for fields the file lacks.
func landingView(ctx context.Context, conn *sql.Conn, k Kind, src Source, table, lineExpr string, headers []string) (landed, error) {
	byField, extra, err := headerMap(k, headers, src.Mapping)
	if err != nil {
		return landed{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	present := map[string]bool{}
	cols := []string{lineExpr + " AS _line"}
	for _, fd := range k.Fields {
		if h, ok := byField[fd.Name]; ok {
			cols = append(cols, fmt.Sprintf("CAST(%s AS VARCHAR) AS %s", warehouse.QuoteIdent(h), warehouse.QuoteIdent("in_"+fd.Name)))
			present[fd.Name] = true
		} else if v, ok := src.Fixed[fd.Name]; ok {
			cols = append(cols, fmt.Sprintf("%s AS %s", warehouse.QuoteString(v), warehouse.QuoteIdent("in_"+fd.Name)))
			present[fd.Name] = true
		}
	}
	for name := range src.Fixed {
		if _, ok := k.Field(name); !ok {
			return landed{}, fmt.Errorf("%s: fixed value for %q: %s has no such field", src.Path, name, k.Name)
		}
	}
	if miss := missingRequired(k, present); len(miss) > 0 {
		return landed{}, fmt.Errorf("%s: missing required column(s) %s for kind %s (columns found: %s)",
			src.Path, strings.Join(miss, ", "), k.Name, strings.Join(headers, ", "))
	}
	q := fmt.Sprintf("CREATE OR REPLACE TEMP VIEW kn_landing AS SELECT %s FROM %s", strings.Join(cols, ", "), table)
	if _, err := conn.ExecContext(ctx, q); err != nil {
		return landed{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	var n int64
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		return landed{}, err
	}
	return landed{rows: n, present: present, extra: extra}, nil
}

func landCSV(ctx context.Context, conn *sql.Conn, k Kind, src Source) (landed, error) {
	opts := []string{"all_varchar = true", "header = true", "store_rejects = true",
		"rejects_table = 'kn_rejects'", "rejects_scan = 'kn_reject_scans'"}
	delim := src.Delimiter
	if delim == "" {
		var err error
		if delim, err = sniffDelimiter(src.Path); err != nil {
			return landed{}, err
		}
	}
	opts = append(opts, "delim = "+warehouse.QuoteString(delim))
	rel := fmt.Sprintf("read_csv(%s, %s)", warehouse.QuoteString(src.Path), strings.Join(opts, ", "))
	if _, err := conn.ExecContext(ctx, "DROP TABLE IF EXISTS kn_rejects; DROP TABLE IF EXISTS kn_reject_scans"); err != nil {
		return landed{}, err
	}
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE kn_src AS SELECT * FROM "+rel); err != nil {
		return landed{}, fmt.Errorf("%s: cannot read as CSV: %w", src.Path, err)
	}
	headers, err := describe(ctx, conn, "kn_src")
	if err != nil {
		return landed{}, err
	}
	// Rows DuckDB could not split (wrong number of fields, bad quoting, bad
	// encoding) are kept as rejects; the lines of the good rows skip them.
	var rejects []reject
	rows, err := conn.QueryContext(ctx, `SELECT line, string_agg(DISTINCT error_type || ': ' || error_message, '; '), any_value(csv_line)
		FROM kn_rejects GROUP BY line ORDER BY line`)
	if err != nil {
		return landed{}, err
	}
	for rows.Next() {
		var r reject
		var raw sql.NullString
		if err := rows.Scan(&r.line, &r.reason, &raw); err != nil {
			rows.Close()
			return landed{}, err
		}
		r.reason = "cannot split the line into fields: " + r.reason
		r.raw = raw.String
		rejects = append(rejects, r)
	}
	rows.Close()
	lineExpr := "rowid + 2"
	table := "kn_src"
	if len(rejects) > 0 {
		if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE kn_lines AS
			SELECT row_number() OVER (ORDER BY l) - 1 AS rid, l AS line
			FROM range(2, 2 + (SELECT count(*) FROM kn_src) + (SELECT count(DISTINCT line) FROM kn_rejects)) t(l)
			WHERE l NOT IN (SELECT line FROM kn_rejects)`); err != nil {
			return landed{}, err
		}
		if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TEMP VIEW kn_src_lines AS
			SELECT s.*, ln.line AS kn__line FROM (SELECT rowid AS kn__rid, * FROM kn_src) s JOIN kn_lines ln ON ln.rid = s.kn__rid`); err != nil {
			return landed{}, err
		}
		lineExpr, table = "kn__line", "kn_src_lines"
	}
	l, err := landingView(ctx, conn, k, src, table, lineExpr, headers)
	l.rejects = rejects
	return l, err
}

func landJSON(ctx context.Context, conn *sql.Conn, k Kind, src Source) (landed, error) {
	sniff := fmt.Sprintf("read_json(%s, format = 'auto')", warehouse.QuoteString(src.Path))
	keys, err := describe(ctx, conn, sniff)
	if err != nil {
		return landed{}, fmt.Errorf("%s: cannot read as JSON (an array of objects or one object per line): %w", src.Path, err)
	}
	var cols []string
	for _, key := range keys {
		cols = append(cols, warehouse.QuoteString(key)+": 'VARCHAR'")
	}
	rel := fmt.Sprintf("read_json(%s, format = 'auto', columns = {%s})", warehouse.QuoteString(src.Path), strings.Join(cols, ", "))
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE kn_src AS SELECT * FROM "+rel); err != nil {
		return landed{}, fmt.Errorf("%s: cannot read as JSON: %w", src.Path, err)
	}
	return landingView(ctx, conn, k, src, "kn_src", "rowid + 1", keys)
}

// landXLSX streams the chosen sheet through DuckDB's appender. The header row
// is the first row with at least two filled cells (title rows above it are
// skipped); values are taken raw, so dates arrive as Excel serial numbers and
// numbers stored as text stay text.
func landXLSX(ctx context.Context, conn *sql.Conn, k Kind, src Source) (landed, error) {
	f, err := excelize.OpenFile(src.Path, excelize.Options{RawCellValue: true})
	if err != nil {
		return landed{}, fmt.Errorf("%s: cannot open as XLSX: %w", src.Path, err)
	}
	defer f.Close()
	sheet := src.Sheet
	if sheet == "" {
		sheet = f.GetSheetName(0)
	} else if idx, _ := f.GetSheetIndex(sheet); idx < 0 {
		return landed{}, fmt.Errorf("%s: no sheet %q (sheets: %s)", src.Path, sheet, strings.Join(f.GetSheetList(), ", "))
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return landed{}, fmt.Errorf("%s: sheet %s: %w", src.Path, sheet, err)
	}
	defer rows.Close()
	var headers []string
	rowNum := 0
	for rows.Next() {
		rowNum++
		cells, err := rows.Columns()
		if err != nil {
			return landed{}, fmt.Errorf("%s: sheet %s row %d: %w", src.Path, sheet, rowNum, err)
		}
		filled := 0
		for _, c := range cells {
			if strings.TrimSpace(c) != "" {
				filled++
			}
		}
		if filled >= 2 {
			headers = cells
			break
		}
	}
	if headers == nil {
		return landed{}, fmt.Errorf("%s: sheet %s has no header row", src.Path, sheet)
	}
	for i, h := range headers {
		if strings.TrimSpace(h) == "" {
			headers[i] = fmt.Sprintf("column%d", i+1)
		}
	}
	defs := []string{"kn__line BIGINT"}
	for _, h := range headers {
		defs = append(defs, warehouse.QuoteIdent(h)+" VARCHAR")
	}
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE kn_src ("+strings.Join(defs, ", ")+")"); err != nil {
		return landed{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	_, err = warehouse.Append(ctx, conn, "", "kn_src", func(row []driver.Value) (bool, error) {
		for rows.Next() {
			rowNum++
			cells, err := rows.Columns()
			if err != nil {
				return false, fmt.Errorf("%s: sheet %s row %d: %w", src.Path, sheet, rowNum, err)
			}
			empty := true
			for _, c := range cells {
				if strings.TrimSpace(c) != "" {
					empty = false
					break
				}
			}
			if empty {
				continue
			}
			row[0] = int64(rowNum)
			for i := range headers {
				if i < len(cells) && cells[i] != "" {
					row[i+1] = cells[i]
				}
			}
			return true, nil
		}
		return false, rows.Error()
	}, len(headers)+1)
	if err != nil {
		return landed{}, err
	}
	return landingView(ctx, conn, k, src, "kn_src", "kn__line", headers)
}

// sniffDelimiter picks the delimiter of a CSV file from its header line: the
// most frequent of , ; tab | outside quotes. DuckDB's own sniffer is misled by
// decimal commas in files that Excel wrote with ';' (Indonesian locale).
func sniffDelimiter(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil && line == "" {
		return ",", nil
	}
	counts := map[rune]int{}
	inQuote := false
	for _, r := range line {
		switch {
		case r == '"':
			inQuote = !inQuote
		case !inQuote && (r == ',' || r == ';' || r == '\t' || r == '|'):
			counts[r]++
		}
	}
	best, n := ',', 0
	for _, r := range []rune{',', ';', '\t', '|'} {
		if counts[r] > n {
			best, n = r, counts[r]
		}
	}
	return string(best), nil
}

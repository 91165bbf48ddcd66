package ingest

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"kinerja/warehouse"
)

// landed describes what a reader put into the temporary view kn_landing:
// one row per data row read, with _line and one VARCHAR column in_<field> per
// mapped field, plus the rows the reader itself could not split into fields.
type landed struct {
	rows     int64
	rejects  int64 // rows the reader could not split, in kn_reject_rows
	present  map[string]bool
	extra    []string
	pre      bool     // kn_landing has _pre, a problem found while landing (open data)
	locFmt   string   // how a quarantined row's location is written: "line", "record" or "<sheet>!"
	opendata string   // the measure column when the file was read as an open-data export
	tmp      []string // temporary files to remove after the batch
	notes    []string // how the file was read where it was not obvious (Result.Notes)
}

// Formats are the file formats ingest reads.
var Formats = []string{"csv", "xlsx", "json", "parquet"}

// Format names a file format: explicit when given, else from the extension
// (a trailing .gz is looked through).
func Format(path, explicit string) (string, error) {
	if explicit != "" {
		switch explicit {
		case "csv", "xlsx", "json", "parquet":
			return explicit, nil
		case "ndjson", "jsonl":
			return "json", nil
		}
		return "", fmt.Errorf("unknown format %q (%s)", explicit, strings.Join(Formats, ", "))
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".gz" || ext == ".gzip" {
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(path, filepath.Ext(path))))
	}
	switch ext {
	case ".csv", ".txt", ".tsv":
		return "csv", nil
	case ".xlsx", ".xlsm":
		return "xlsx", nil
	case ".json", ".ndjson", ".jsonl":
		return "json", nil
	case ".parquet", ".pq":
		return "parquet", nil
	}
	return "", fmt.Errorf("%s: cannot tell the format from the extension; give format: %s", path, strings.Join(Formats, "|"))
}

func land(ctx context.Context, conn *sql.Conn, k Kind, src Source, format string, scan fileScan) (landed, error) {
	switch format {
	case "csv":
		return landCSV(ctx, conn, k, src, scan)
	case "json":
		return landJSON(ctx, conn, k, src)
	case "parquet":
		return landParquet(ctx, conn, k, src)
	case "xlsx":
		return landXLSX(ctx, conn, k, src)
	}
	return landed{}, fmt.Errorf("unknown format %q", format)
}

// describe returns the column names of a relation expression.
func describe(ctx context.Context, conn *sql.Conn, rel string) ([]string, error) {
	return warehouse.ColumnNames(ctx, conn, "SELECT * FROM "+rel)
}

// landingView maps the reader's table onto kn_landing with the in_<field>
// names, adding the source's fixed values for fields the file lacks. An
// indicators file in the open-data portal shape is recognised here.
func landingView(ctx context.Context, conn *sql.Conn, k Kind, src Source, table, lineExpr string, headers []string) (landed, error) {
	if od, ok := detectOpenData(k, headers, src.Mapping); ok {
		return openDataView(ctx, conn, k, src, table, lineExpr, od)
	}
	l, err := landingColumns(ctx, conn, k, src, table, lineExpr, headers)
	if err != nil {
		return l, err
	}
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&l.rows); err != nil {
		return landed{}, err
	}
	return l, nil
}

// landingColumns creates the view kn_landing over table (or a relation in
// parentheses): _line from lineExpr and the in_<field> columns of the mapped
// headers and the fixed values. It does not read the rows (rows is 0).
func landingColumns(ctx context.Context, conn *sql.Conn, k Kind, src Source, table, lineExpr string, headers []string) (landed, error) {
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
	return landed{present: present, extra: extra}, nil
}

func landCSV(ctx context.Context, conn *sql.Conn, k Kind, src Source, scan fileScan) (landed, error) {
	if scan.logical == 0 {
		return landed{}, fmt.Errorf("%s: the file is empty (no header line)", src.Path)
	}
	if p := scan.quoteProblem(src.Path); p != "" {
		return landed{}, errors.New(p)
	}
	// The header: line 1, the line --header-row names, or the first line
	// under title rows that names the kind's fields (headerrow.go).
	hdr, err := csvHeader(k, src, scan)
	if err != nil {
		return landed{}, err
	}
	var tmp []string
	path := src.Path
	enc := strings.ToLower(strings.ReplaceAll(src.Encoding, "_", "-"))
	switch enc {
	case "", "auto", "utf-8", "utf8", "windows-1252", "cp1252", "latin-1", "latin1", "iso-8859-1":
	default:
		return landed{}, fmt.Errorf("%s: unknown encoding %q (utf-8, windows-1252)", src.Path, src.Encoding)
	}
	transcode := !strings.HasPrefix(enc, "utf") && (enc != "" && enc != "auto" || !scan.utf8)
	compression := "auto"
	if scan.utf16 || transcode {
		// DuckDB's read_csv is given UTF-8: Windows-1252 text (what Excel
		// writes in an Indonesian locale) and UTF-16 text (Excel's "Unicode
		// Text", found by its byte-order mark) are transcoded as a stream.
		enc, name := encoding.Encoding(charmap.Windows1252), "Windows-1252"
		if scan.utf16 {
			enc, name = utf16Text, "UTF-16"
		}
		p, err := transcodeToUTF8(src.Path, os.TempDir(), enc, name)
		if err != nil {
			return landed{}, err
		}
		tmp = append(tmp, p)
		path = p
	} else if scan.gzip {
		compression = "gzip"
	}
	rel := csvRelation(path, compression, src.Delimiter, scan, hdr)
	if _, err := conn.ExecContext(ctx, "DROP TABLE IF EXISTS kn_rejects; DROP TABLE IF EXISTS kn_reject_scans"); err != nil {
		return landed{tmp: tmp}, err
	}
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE kn_src AS SELECT * FROM "+rel); err != nil {
		return landed{tmp: tmp}, fmt.Errorf("%s: cannot read as CSV: %w", src.Path, err)
	}
	headers, err := describe(ctx, conn, "kn_src")
	if err != nil {
		return landed{tmp: tmp}, err
	}
	// Rows DuckDB could not split (wrong number of fields, bad quoting, bad
	// encoding) are kept as rejects (kn_reject_rows). DuckDB numbers them by
	// logical line (quoted newlines not counted); the scan's line breaks
	// turn that into physical lines.
	var rejects int64
	if err := conn.QueryRowContext(ctx, "SELECT count(DISTINCT line) FROM kn_rejects").Scan(&rejects); err != nil {
		return landed{tmp: tmp}, err
	}
	var blank []int64 // blank lines under the header (DuckDB skips them)
	for _, b := range scan.blank {
		if b > int64(hdr.row) {
			blank = append(blank, b)
		}
	}
	lineExpr, table := fmt.Sprintf("rowid + %d", hdr.row+1), "kn_src"
	if rejects > 0 || len(blank) > 0 || len(scan.breaks) > 0 {
		if err := csvLineMap(ctx, conn, scan, hdr.row, blank); err != nil {
			return landed{tmp: tmp}, err
		}
		lineExpr, table = "kn__line", "kn_src_lines"
	}
	l, err := landingView(ctx, conn, k, src, table, lineExpr, headers)
	l.rejects, l.locFmt, l.tmp = rejects, "line", tmp
	if err != nil {
		return l, err
	}
	if n := hdr.titlesNote("line"); n != "" {
		l.notes = append(l.notes, n)
	}
	// Every record the line scan sees is a row or a reject; anything else
	// would be rows lost without a word.
	if want := scan.logical - int64(hdr.row) - int64(len(blank)); l.rows+l.rejects != want {
		return l, fmt.Errorf("%s: the file has %d records after the header but DuckDB's CSV reader returned %d rows and %d rejected lines; nothing was loaded (check the quotes and the delimiter)",
			src.Path, want, l.rows, l.rejects)
	}
	return l, nil
}

// csvRelation is the read_csv call that reads a CSV file whose header is
// hdr.row: every column VARCHAR, the rows DuckDB cannot split kept in
// kn_rejects, the delimiter given or sniffed from the header line.
func csvRelation(path, compression, delim string, scan fileScan, hdr headerSearch) string {
	opts := []string{"all_varchar = true", "header = true", "store_rejects = true",
		"rejects_table = 'kn_rejects'", "rejects_scan = 'kn_reject_scans'", "compression = '" + compression + "'"}
	switch {
	case delim == "" && scan.utf16:
		delim = "\t" // Excel's "Unicode Text" is tab-delimited
	case delim == "":
		delim = sniffDelimiter(scan.head[hdr.row-1])
	}
	opts = append(opts, "delim = "+warehouse.QuoteString(delim))
	if hdr.row > 1 {
		opts = append(opts, fmt.Sprintf("skip = %d", hdr.row-1)) // the title lines
	}
	return fmt.Sprintf("read_csv(%s, %s)", warehouse.QuoteString(path), strings.Join(opts, ", "))
}

// csvLineMap builds kn_src_lines: kn_src with the physical line of each row.
// The rows DuckDB kept are the logical lines under the header (line header)
// that are neither blank nor rejected, in order; quoted newlines before a
// line push it down.
func csvLineMap(ctx context.Context, conn *sql.Conn, scan fileScan, header int, blank []int64) error {
	if _, err := conn.ExecContext(ctx, mustSQL("csv_lines_tables.sql")); err != nil {
		return err
	}
	skip := blank
	i := 0
	if _, err := warehouse.Append(ctx, conn, "", "kn_skip", func(row []driver.Value) (bool, error) {
		if i == len(skip) {
			return false, nil
		}
		row[0] = skip[i]
		i++
		return true, nil
	}, 1); err != nil {
		return err
	}
	j := 0
	if _, err := warehouse.Append(ctx, conn, "", "kn_breaks", func(row []driver.Value) (bool, error) {
		if j == len(scan.breaks) {
			return false, nil
		}
		row[0], row[1] = scan.breaks[j].logical, scan.breaks[j].extra
		j++
		return true, nil
	}, 2); err != nil {
		return err
	}
	_, err := conn.ExecContext(ctx, fmt.Sprintf(mustSQL("csv_lines_map.sql"), scan.logical, header+1))
	return err
}

func landJSON(ctx context.Context, conn *sql.Conn, k Kind, src Source) (landed, error) {
	// One object holding the records at a path (records: / --records, or
	// data, items, records or results): they are read as NDJSON (jsonrecords.go).
	spool, at, n, err := spoolJSONRecords(src.Path, src.Records, os.TempDir())
	switch {
	case err == nil:
		keys, err := readJSON(ctx, conn, spool)
		if err != nil {
			return landed{tmp: []string{spool}}, fmt.Errorf("%s: records %q: %w", src.Path, at, err)
		}
		l, err := landingView(ctx, conn, k, src, "kn_src", "rowid + 1", keys)
		l.locFmt, l.tmp = "record", []string{spool}
		l.notes = append(l.notes, fmt.Sprintf("records read from %q of the top object (%d records; record N is the array's Nth)", at, n))
		return l, err
	case !errors.Is(err, errNotWrapped):
		return landed{}, err
	}
	keys, err := readJSON(ctx, conn, src.Path)
	if err != nil && isNDJSON(src.Path) {
		// NDJSON with broken lines: every line that is one object loads,
		// every other line is quarantined at its line (issue 11.4).
		return landNDJSONByLine(ctx, conn, k, src)
	}
	if err != nil {
		return landed{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	l, err := landingView(ctx, conn, k, src, "kn_src", "rowid + 1", keys)
	l.locFmt = "record"
	return l, err
}

// readJSON reads a JSON file (an array of objects, or one object per line)
// into kn_src with every column VARCHAR and returns the keys.
func readJSON(ctx context.Context, conn *sql.Conn, path string) ([]string, error) {
	sniff := fmt.Sprintf("read_json(%s, format = 'auto')", warehouse.QuoteString(path))
	keys, err := describe(ctx, conn, sniff)
	if err != nil {
		return nil, fmt.Errorf("cannot read as JSON (an array of objects or one object per line): %w", err)
	}
	if len(keys) == 1 && keys[0] == "json" {
		return nil, fmt.Errorf("cannot read as JSON records: the values are not objects with named fields")
	}
	var cols []string
	for _, key := range keys {
		cols = append(cols, warehouse.QuoteString(key)+": 'VARCHAR'")
	}
	rel := fmt.Sprintf("read_json(%s, format = 'auto', columns = {%s})", warehouse.QuoteString(path), strings.Join(cols, ", "))
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE kn_src AS SELECT * FROM "+rel); err != nil {
		return nil, fmt.Errorf("cannot read as JSON: %w", err)
	}
	return keys, nil
}

// landNDJSONByLine lands the lines of an NDJSON file that are one object each
// (splitNDJSON), numbered by their physical line, and keeps the others in
// kn_reject_rows.
func landNDJSONByLine(ctx context.Context, conn *sql.Conn, k Kind, src Source) (landed, error) {
	tmp, bad, good, err := splitNDJSON(src.Path, os.TempDir())
	if err != nil {
		return landed{}, err
	}
	l := landed{tmp: []string{tmp}}
	if err := storeBadLines(ctx, conn, bad); err != nil {
		return l, err
	}
	if good == 0 {
		return l, fmt.Errorf("%s: no line is a JSON object (line %d: %s)", src.Path, bad[0].line, bad[0].reason)
	}
	keys, err := readJSON(ctx, conn, tmp)
	if err != nil {
		return l, fmt.Errorf("%s: %w", src.Path, err)
	}
	var headers []string
	for _, key := range keys {
		if key != ndjsonLineKey {
			headers = append(headers, key)
		}
	}
	got, err := landingView(ctx, conn, k, src, "kn_src", "CAST("+ndjsonLineKey+" AS BIGINT)", headers)
	got.tmp, got.rejects = l.tmp, int64(len(bad))
	return got, err
}

func landParquet(ctx context.Context, conn *sql.Conn, k Kind, src Source) (landed, error) {
	rel := fmt.Sprintf("read_parquet(%s)", warehouse.QuoteString(src.Path))
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE kn_src AS SELECT * FROM "+rel); err != nil {
		return landed{}, fmt.Errorf("%s: cannot read as Parquet: %w", src.Path, err)
	}
	headers, err := describe(ctx, conn, "kn_src")
	if err != nil {
		return landed{}, err
	}
	l, err := landingView(ctx, conn, k, src, "kn_src", "rowid + 1", headers)
	l.locFmt = "record"
	return l, err
}

// headerFits reports whether a row of cells, read as headers, names every
// required field of the kind (after the mapping and the fixed values), or
// is an open-data export header.
func headerFits(k Kind, src Source, cells []string) bool {
	if _, ok := detectOpenData(k, cells, src.Mapping); ok {
		return true
	}
	byField, _, err := headerMap(k, cells, src.Mapping)
	if err != nil {
		return false
	}
	present := map[string]bool{}
	for f := range byField {
		present[f] = true
	}
	for f := range src.Fixed {
		present[f] = true
	}
	return len(missingRequired(k, present)) == 0
}

// landXLSX streams the chosen sheet through DuckDB's appender. The header row
// is the first row whose cells name the kind's required fields (title rows,
// merged or not, above it are skipped), or the row HeaderRow names. Values
// are taken raw: dates arrive as Excel serial numbers (kn_date reads them)
// and numbers stored as text stay text.
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
	rowNum := 0
	hdr, err := findHeader(k, src, func() ([]string, bool, error) {
		if !rows.Next() {
			return nil, false, rows.Error()
		}
		rowNum++
		cells, err := rows.Columns()
		if err != nil {
			return nil, false, fmt.Errorf("%s: sheet %s row %d: %w", src.Path, sheet, rowNum, err)
		}
		return cells, true, nil
	})
	if err != nil {
		return landed{}, err
	}
	headers := hdr.cells
	if hdr.row == 0 {
		if src.HeaderRow > 0 {
			return landed{}, fmt.Errorf("%s: sheet %s has no row %d (header_row)", src.Path, sheet, src.HeaderRow)
		}
		return landed{}, fmt.Errorf("%s: sheet %s: no header row naming the required fields of %s (%s) in the first %d rows; seen %s",
			src.Path, sheet, k.Name, strings.Join(missingRequired(k, nil), ", "), maxHeaderSearch, hdr.seen("row"))
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
	l, err := landingView(ctx, conn, k, src, "kn_src", "kn__line", headers)
	l.locFmt = sheet + "!"
	if n := hdr.titlesNote("row"); n != "" {
		l.notes = append(l.notes, n)
	}
	return l, err
}

// sniffDelimiter picks the delimiter of a CSV file from its header line: the
// most frequent of , ; tab | outside quotes. DuckDB's own sniffer is misled by
// decimal commas in files that Excel wrote with ';' (Indonesian locale).
func sniffDelimiter(line string) string {
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
	return string(best)
}

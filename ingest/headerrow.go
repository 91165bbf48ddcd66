package ingest

import (
	"encoding/csv"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxHeaderSearch is how many rows (XLSX) or lines (CSV) from the top the
// header is looked for in when no header row is given.
const maxHeaderSearch = 50

// headerSearch is where a sheet's or a CSV file's header is: the row that
// src.HeaderRow names, else the first row whose cells name the kind's
// required fields (headerFits). The non-empty rows above it are titles
// ("REKAP PENILAIAN KINERJA", the office's name, the period): they are not
// records, so rows_read does not count them, and the batch notes name them.
type headerSearch struct {
	cells  []string
	row    int // 1-based; 0 = not found
	titles []titleRow
}

type titleRow struct {
	row   int
	cells []string
}

// findHeader reads rows from next (cells, false at the end) until the
// header. Both readers use it: landXLSX over a sheet's rows, landCSV over the
// first lines of the file.
func findHeader(k Kind, src Source, next func() ([]string, bool, error)) (headerSearch, error) {
	var h headerSearch
	for row := 1; ; row++ {
		cells, ok, err := next()
		if err != nil || !ok {
			return h, err
		}
		if src.HeaderRow > 0 && row == src.HeaderRow || src.HeaderRow == 0 && headerFits(k, src, cells) {
			h.cells, h.row = cells, row
			return h, nil
		}
		if strings.TrimSpace(strings.Join(cells, "")) != "" {
			h.titles = append(h.titles, titleRow{row, cells})
		}
		if src.HeaderRow == 0 && row >= maxHeaderSearch {
			return h, nil
		}
	}
}

// seen shows the first title rows, for a message saying no header was found.
func (h headerSearch) seen(unit string) string {
	var out []string
	for i, t := range h.titles {
		if i == 3 {
			break
		}
		out = append(out, fmt.Sprintf("%s %d: %s", unit, t.row, strings.Join(t.cells, " | ")))
	}
	return strings.Join(out, "; ")
}

// titlesNote says where the header is and what the rows above it held ("" when
// the header is the first row): unit is "line" (CSV) or "row" (XLSX).
func (h headerSearch) titlesNote(unit string) string {
	if h.row <= 1 {
		return ""
	}
	above := fmt.Sprintf("%s 1 above it is", unit)
	if h.row > 2 {
		above = fmt.Sprintf("%ss 1-%d above it are", unit, h.row-1)
	}
	var shown []string
	for i, t := range h.titles {
		if i == 3 {
			shown = append(shown, fmt.Sprintf("and %d more", len(h.titles)-3))
			break
		}
		var cells []string
		for _, c := range t.cells {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		text := strings.Join(cells, " | ")
		if utf8.RuneCountInString(text) > 80 {
			text = string([]rune(text)[:80]) + "…"
		}
		shown = append(shown, fmt.Sprintf("%d %q", t.row, text))
	}
	what := "empty"
	if len(shown) > 0 {
		what = "read as titles: " + strings.Join(shown, ", ")
	}
	return fmt.Sprintf("the header is on %s %d; %s titles, not rows, and not counted in rows read (%s)", unit, h.row, above, what)
}

// csvHeader finds the header line of a CSV file among the first lines the
// scan kept (scan.head): the line src.HeaderRow names, else the first that
// names the kind's required fields, else line 1 (whose missing columns the
// landing then names).
func csvHeader(k Kind, src Source, scan fileScan) (headerSearch, error) {
	if src.HeaderRow > 0 {
		switch {
		case int64(src.HeaderRow) > scan.logical:
			return headerSearch{}, fmt.Errorf("%s: header_row %d, but the file has %d lines", src.Path, src.HeaderRow, scan.lines)
		case src.HeaderRow > len(scan.head):
			return headerSearch{}, fmt.Errorf("%s: header_row %d: the header of a CSV file must be within its first %d lines", src.Path, src.HeaderRow, maxHeaderSearch)
		}
	}
	// Lines from the first quoted newline on are not single lines: the
	// header is looked for above it.
	lines := scan.head
	if len(scan.breaks) > 0 && scan.breaks[0].logical <= int64(len(lines)) {
		lines = lines[:scan.breaks[0].logical]
		if src.HeaderRow > len(lines) {
			return headerSearch{}, fmt.Errorf("%s: header_row %d: a quoted value above that line runs over several lines (from line %d); fix the title rows or remove them",
				src.Path, src.HeaderRow, scan.breaks[0].logical)
		}
	}
	i := 0
	h, err := findHeader(k, src, func() ([]string, bool, error) {
		if i == len(lines) {
			return nil, false, nil
		}
		i++
		return splitCSVLine(lines[i-1], src.Delimiter), true, nil
	})
	if err != nil || h.row > 0 {
		return h, err
	}
	return headerSearch{row: 1}, nil // not found: line 1, as without titles
}

// splitCSVLine splits one line into its cells with the delimiter (detected
// from the line when "").
func splitCSVLine(line, delim string) []string {
	if delim == "" {
		delim = sniffDelimiter(line)
	}
	if r, n := utf8.DecodeRuneInString(delim); n == len(delim) && r != '"' && r != utf8.RuneError {
		cr := csv.NewReader(strings.NewReader(line))
		cr.Comma, cr.LazyQuotes, cr.FieldsPerRecord = r, true, -1
		if cells, err := cr.Read(); err == nil {
			return cells
		}
	}
	return strings.Split(line, delim)
}

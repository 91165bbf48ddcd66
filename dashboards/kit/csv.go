package kit

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// WriteCSV writes t's CSV file (its rows, or every period's rows for a
// table of the period selector).
func WriteCSV(path string, t *Table) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	if err := WriteCSVTo(bufio.NewWriter(f), t); err != nil {
		f.Close()
		return fmt.Errorf("dashboards: %w", err)
	}
	return f.Close()
}

func WriteCSVTo(bw *bufio.Writer, t *Table) error {
	cw := csv.NewWriter(bw)
	head, recs := TableRecords(t)
	_ = cw.Write(head)
	for _, r := range recs {
		_ = cw.Write(r)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// TableRecords is t as CSV: the language-neutral keys and raw values; a
// table of the period selector has every period's rows, the first column
// naming the period (unless the rows carry it already).
func TableRecords(t *Table) (head []string, recs [][]string) {
	if len(t.Vars) == 0 {
		for _, row := range t.Rows {
			recs = append(recs, csvRecord(nil, row))
		}
		return t.CSVHead, recs
	}
	lead := !slices.Contains(t.CSVHead, t.csvKey)
	head = t.CSVHead
	if lead {
		head = append([]string{t.csvKey}, head...)
	}
	for _, v := range t.Vars {
		var pre []string
		if lead {
			pre = []string{v.Key}
		}
		for _, row := range v.Rows {
			recs = append(recs, csvRecord(pre, row))
		}
	}
	return head, recs
}

func csvRecord(pre []string, row []Cell) []string {
	rec := make([]string, 0, len(pre)+len(row))
	rec = append(rec, pre...)
	for _, c := range row {
		rec = append(rec, csvSafe(c.Raw))
	}
	return rec
}

// csvSafe defuses spreadsheet formulas in text cells (a unit named "=cmd|...").
func csvSafe(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '@') {
		return "'" + s
	}
	return s
}

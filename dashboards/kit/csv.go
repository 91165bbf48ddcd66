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
	return writeFile(path, func(w *bufio.Writer) error { return WriteCSVTo(w, t) })
}

// writeFile creates path (and its directory) and writes it with write.
func writeFile(path string, write func(*bufio.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return fmt.Errorf("dashboards: %w", err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("dashboards: %w", err)
	}
	return f.Close()
}

func WriteCSVTo(bw *bufio.Writer, t *Table) error {
	head, recs := TableRecords(t)
	return WriteCSVRecords(bw, head, recs)
}

// WriteCSVRecords writes a CSV of head and recs to bw and flushes it.
func WriteCSVRecords(bw *bufio.Writer, head []string, recs [][]string) error {
	cw := csv.NewWriter(bw)
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
	lead := t.csvLead()
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

// csvLead reports whether the CSV of a table of the period selector has a
// first column naming the period (the rows do not carry it already).
func (t *Table) csvLead() bool { return !slices.Contains(t.CSVHead, t.csvKey) }

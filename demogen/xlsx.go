package demogen

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"
)

// excelSerial is the Excel (1900 system) serial number of a date.
func excelSerial(t time.Time) int64 {
	return int64(t.Sub(date(1899, 12, 30)).Hours() / 24)
}

// writeEmployeesXLSX writes the Kota Dumai SIMPEG export: sheet "Pegawai",
// canonical headers in row 1, NIPs as text cells, berlaku_mulai as a date cell.
func writeEmployeesXLSX(path string, rows [][]string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", XLSXSheet); err != nil {
		return fmt.Errorf("demogen: xlsx: %w", err)
	}
	numFmt := "yyyy-mm-dd"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &numFmt})
	if err != nil {
		return fmt.Errorf("demogen: xlsx: %w", err)
	}
	textStyle, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": text
	if err != nil {
		return fmt.Errorf("demogen: xlsx: %w", err)
	}
	headStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return fmt.Errorf("demogen: xlsx: %w", err)
	}
	set := func(col, row int, v string) error {
		cell, err := excelize.CoordinatesToCellName(col, row)
		if err != nil {
			return err
		}
		return f.SetCellStr(XLSXSheet, cell, v)
	}
	for c, h := range employeesHeader {
		if err := set(c+1, 1, h); err != nil {
			return fmt.Errorf("demogen: xlsx: %w", err)
		}
	}
	for i, row := range rows {
		for c, v := range row {
			if c == 7 { // berlaku_mulai
				t, err := time.Parse("2006-01-02", v)
				if err != nil {
					return fmt.Errorf("demogen: xlsx: %w", err)
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, i+2)
				if err := f.SetCellInt(XLSXSheet, cell, excelSerial(t)); err != nil {
					return fmt.Errorf("demogen: xlsx: %w", err)
				}
				continue
			}
			if err := set(c+1, i+2, v); err != nil {
				return fmt.Errorf("demogen: xlsx: %w", err)
			}
		}
	}
	last := len(rows) + 1
	if err := f.SetCellStyle(XLSXSheet, "A1", "H1", headStyle); err != nil {
		return fmt.Errorf("demogen: xlsx: %w", err)
	}
	if last >= 2 {
		if err := f.SetCellStyle(XLSXSheet, "A2", fmt.Sprintf("A%d", last), textStyle); err != nil {
			return fmt.Errorf("demogen: xlsx: %w", err)
		}
		if err := f.SetCellStyle(XLSXSheet, "H2", fmt.Sprintf("H%d", last), dateStyle); err != nil {
			return fmt.Errorf("demogen: xlsx: %w", err)
		}
	}
	widths := []float64{21, 36, 10, 48, 14, 10, 14, 14}
	for c, wd := range widths {
		name, _ := excelize.ColumnNumberToName(c + 1)
		if err := f.SetColWidth(XLSXSheet, name, name, wd); err != nil {
			return fmt.Errorf("demogen: xlsx: %w", err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		return fmt.Errorf("demogen: xlsx: %w", err)
	}
	return nil
}

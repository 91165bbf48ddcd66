package kit

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The XLSX twin of every table's CSV. A site has about 21 000 CSVs at the
// national scale; excelize (NewFile, StreamWriter, Write) took 5 ms for a
// table of ten rows, which would have added minutes to a build of 25 s, so
// the workbook is written here: the six parts a spreadsheet needs (content
// types, relationships, workbook, styles, one sheet), strings inline (no
// shared-strings part), the fixed parts stored and the sheet deflated with
// a pooled compressor. TestXLSXMatchesCSV reads it back with excelize.

// XLSXPath is the XLSX file beside a table's CSV (data/x.csv -> data/x.xlsx).
func XLSXPath(csvPath string) string { return strings.TrimSuffix(csvPath, ".csv") + ".xlsx" }

// TableNumeric reports, per column of TableRecords(t)'s head, whether the
// column holds figures (cells of class "num"): their values are written to
// the XLSX as numbers. A code (kode_wilayah "14.72"), a period or a year in
// a text cell stays text.
func TableNumeric(t *Table) []bool {
	num := make([]bool, len(t.CSVHead))
	mark := func(rows [][]Cell) {
		for _, row := range rows {
			for i, c := range row {
				if i < len(num) && !num[i] && hasClass(c.Class, "num") {
					num[i] = true
				}
			}
		}
	}
	if len(t.Vars) == 0 {
		mark(t.Rows)
		return num
	}
	for _, v := range t.Vars {
		mark(v.Rows)
	}
	if t.csvLead() {
		return append([]bool{false}, num...) // the first column names the period
	}
	return num
}

func hasClass(class, c string) bool {
	for _, f := range strings.Fields(class) {
		if f == c {
			return true
		}
	}
	return false
}

// WriteXLSXTo writes a table as an XLSX workbook of one sheet: the header
// row (the CSV's column keys, bold, frozen), then one row per record, cell
// for cell the CSV: in a numeric column (num[i]) a value that parses as a
// number is a number cell shown with as many decimals as the CSV has (up to
// 6); a withheld figure ("<5", "×") and every other cell are text; an empty
// value is an empty cell.
func WriteXLSXTo(w io.Writer, head []string, recs [][]string, num []bool) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, pooledDeflate)
	for _, p := range xlsxFixedParts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Store})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	f, err := zw.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate})
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 16<<10)
	writeSheet(bw, head, recs, num)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// writeSheet writes xl/worksheets/sheet1.xml.
func writeSheet(w *bufio.Writer, head []string, recs [][]string, num []bool) {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	if len(recs) > 0 {
		w.WriteString(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`)
	}
	// Column widths from the longest text (in characters), 8 to 60.
	width := make([]int, len(head))
	for i, h := range head {
		width[i] = utf8.RuneCountInString(h) + 2 // bold
	}
	for _, rec := range recs {
		for i, v := range rec {
			if i < len(width) {
				width[i] = max(width[i], utf8.RuneCountInString(v))
			}
		}
	}
	if len(head) > 0 {
		w.WriteString(`<cols>`)
		for i, n := range width {
			c := strconv.Itoa(i + 1)
			w.WriteString(`<col min="` + c + `" max="` + c + `" width="` + strconv.Itoa(min(max(n+2, 8), 60)) + `" customWidth="1"/>`)
		}
		w.WriteString(`</cols>`)
	}
	w.WriteString(`<sheetData>`)
	var buf []byte
	row := func(r int, cells []string, bold bool) {
		rs := strconv.Itoa(r)
		w.WriteString(`<row r="`)
		w.WriteString(rs)
		w.WriteString(`">`)
		for i, v := range cells {
			if v == "" {
				continue
			}
			buf = append(append(colName(append(buf[:0], `<c r="`...), i), rs...), '"')
			if !bold && i < len(num) && num[i] {
				if dec, ok := rawNumber(v); ok {
					buf = append(append(append(buf, ` s="`...), byte('0'+xlsxNumStyle+min(dec, xlsxMaxDec))), `" t="n"><v>`...)
					buf = append(append(buf, v...), `</v></c>`...)
					w.Write(buf)
					continue
				}
			}
			if bold {
				buf = append(buf, ` s="1"`...)
			}
			buf = append(buf, ` t="inlineStr"><is><t`...)
			if strings.TrimSpace(v) != v {
				buf = append(buf, ` xml:space="preserve"`...)
			}
			w.Write(append(buf, '>'))
			xmlText(w, v)
			w.WriteString(`</t></is></c>`)
		}
		w.WriteString(`</row>`)
	}
	row(1, head, true)
	for i, rec := range recs {
		row(i+2, rec, false)
	}
	w.WriteString(`</sheetData></worksheet>`)
}

// colName appends the column letters of column i (0-based): A, B, ... Z, AA.
func colName(b []byte, i int) []byte {
	if i >= 26 {
		b = colName(b, i/26-1)
	}
	return append(b, byte('A'+i%26))
}

// rawNumber reports whether s is a figure as the CSV writes one (Stat's raw
// text: an optional minus, digits, an optional point and decimals) and its
// decimals. Anything else ("<5", "×", "1.2 3.4", "1e5") stays text.
func rawNumber(s string) (dec int, ok bool) {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	start, point := i, -1
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && point < 0:
			point = i
		default:
			return 0, false
		}
	}
	digits := len(s) - start
	if point >= 0 {
		digits--
		dec = len(s) - point - 1
		if dec == 0 || point == start {
			return 0, false
		}
	}
	return dec, digits > 0 && digits <= 15
}

// xmlText writes s escaped for XML text, leaving out the characters XML 1.0
// cannot hold (control characters other than tab and newline).
func xmlText(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch c := s[i]; {
		case c == '&':
			rep = "&amp;"
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			rep = ""
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(rep)
		last = i + 1
	}
	w.WriteString(s[last:])
}

// Styles (cellXfs): 0 default, 1 bold (the header), xlsxNumStyle+d a number
// with d decimals (0 to xlsxMaxDec).
const (
	xlsxNumStyle = 2
	xlsxMaxDec   = 6
)

var xlsxFixedParts = func() []struct{ name, body string } {
	const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	var fmts, xfs strings.Builder
	for d := 1; d <= xlsxMaxDec; d++ {
		fmts.WriteString(`<numFmt numFmtId="` + strconv.Itoa(163+d) + `" formatCode="0.` + strings.Repeat("0", d) + `"/>`)
	}
	xfs.WriteString(`<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
	for d := 1; d <= xlsxMaxDec; d++ {
		xfs.WriteString(`<xf numFmtId="` + strconv.Itoa(163+d) + `" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
	}
	return []struct{ name, body string }{
		{"[Content_Types].xml", head + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
			`</Types>`},
		{"_rels/.rels", head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
			`</Relationships>`},
		{"xl/workbook.xml", head + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`</Relationships>`},
		{"xl/styles.xml", head + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<numFmts count="` + strconv.Itoa(xlsxMaxDec) + `">` + fmts.String() + `</numFmts>` +
			`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
			`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
			`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
			`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
			`<cellXfs count="` + strconv.Itoa(xlsxNumStyle+xlsxMaxDec+1) + `"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
			`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` + xfs.String() + `</cellXfs>` +
			`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
			`</styleSheet>`},
	}
}()

// WriteXLSX writes t's XLSX file (the records of its CSV) to path.
func WriteXLSX(path string, t *Table) error {
	head, recs := TableRecords(t)
	return writeFile(path, func(w *bufio.Writer) error { return WriteXLSXTo(w, head, recs, TableNumeric(t)) })
}

// pooledDeflate is the sheet's compressor: flate writers are reused (a new
// one allocates about 1 MB).
func pooledDeflate(w io.Writer) (io.WriteCloser, error) {
	fw, _ := deflaters.Get().(*flate.Writer)
	if fw == nil {
		var err error
		if fw, err = flate.NewWriter(w, flate.BestSpeed); err != nil {
			return nil, err
		}
	} else {
		fw.Reset(w)
	}
	return &pooledWriter{fw}, nil
}

var deflaters sync.Pool

type pooledWriter struct{ *flate.Writer }

func (p *pooledWriter) Close() error {
	err := p.Writer.Close()
	deflaters.Put(p.Writer)
	p.Writer = nil
	return err
}

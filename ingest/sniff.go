package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Office exports often do not hold what their name says: an XLSX or a PNG
// renamed .csv, a web page's HTML table saved as .xls, an Excel 97-2003
// (BIFF) workbook, Excel's "Unicode Text" (UTF-16, tab-delimited). The first
// bytes of a file tell (issue 11.8); detectFormat decides from them and the
// extension which reader reads the file, or refuses it with one line that
// names the file and what it really is. No byte of a binary file is ever
// shown.

// sniffLen is how many bytes (after gzip) the sniff looks at.
const sniffLen = 4096

// sniffed is what a file's first bytes are.
type sniffed struct {
	kind string // text, utf16, xlsx, zip, ods, ole2, html, xmlss, xml, image, pdf, parquet, binary
	what string // in the user's words: "a PNG image"
	gzip bool   // the bytes were gzip-compressed
	nul  int    // text/binary: the offset of the first NUL byte (-1 = none)
}

// sniffFile reads the first bytes of a file, looking through gzip. A file
// that cannot be opened is reported by the caller's later read, not here.
func sniffFile(path string) (sniffed, error) {
	f, err := os.Open(path)
	if err != nil {
		return sniffed{}, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, sniffLen)
	var r io.Reader = br
	gz := false
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return sniffed{kind: "text", what: "text", gzip: true, nul: -1}, nil // the scan says the gzip is broken
		}
		defer zr.Close()
		r, gz = zr, true
	}
	head := make([]byte, sniffLen)
	n, _ := io.ReadFull(r, head) // a short or truncated file: what was read is enough
	s := classify(head[:n])
	s.gzip = gz
	if s.kind == "zip" && !gz {
		s.kind, s.what = zipContent(path)
	}
	return s, nil
}

// classify names the content of a file's first bytes.
func classify(head []byte) sniffed {
	magic := []struct {
		prefix     string
		kind, what string
	}{
		{"\x89PNG\r\n\x1a\n", "image", "a PNG image"},
		{"\xff\xd8\xff", "image", "a JPEG image"},
		{"GIF87a", "image", "a GIF image"},
		{"GIF89a", "image", "a GIF image"},
		{"%PDF-", "pdf", "a PDF document"},
		{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2", "a legacy Excel 97-2003 workbook (.xls, BIFF)"},
		{"PK\x03\x04", "zip", "a ZIP archive"},
		{"PAR1", "parquet", "a Parquet file"},
		{"\xff\xfe", "utf16", "UTF-16 text (Excel's \"Unicode Text\")"},
		{"\xfe\xff", "utf16", "UTF-16 text (Excel's \"Unicode Text\")"},
	}
	for _, m := range magic {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return sniffed{kind: m.kind, what: m.what, nul: -1}
		}
	}
	nul := bytes.IndexByte(head, 0)
	if nul >= 0 {
		return sniffed{kind: "binary", what: "binary data", nul: nul}
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	low := strings.ToLower(string(t[:min(len(t), 512)]))
	for _, p := range []string{"<!doctype html", "<html", "<table", "<head", "<body", "<meta"} {
		if strings.HasPrefix(low, p) {
			return sniffed{kind: "html", what: "an HTML page", nul: -1}
		}
	}
	if strings.HasPrefix(low, "<?xml") {
		switch {
		case strings.Contains(low, "urn:schemas-microsoft-com:office:spreadsheet") || strings.Contains(low, "<workbook"):
			return sniffed{kind: "xmlss", what: "an Excel 2003 XML spreadsheet", nul: -1}
		case strings.Contains(low, "<html"):
			return sniffed{kind: "html", what: "an HTML page", nul: -1}
		}
		return sniffed{kind: "xml", what: "an XML document", nul: -1}
	}
	return sniffed{kind: "text", what: "text", nul: -1}
}

// zipContent tells an XLSX workbook from other ZIP archives by their entries.
func zipContent(path string) (kind, what string) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		// Damaged: the XLSX reader says why when the name says .xlsx.
		return "zip", "a damaged ZIP archive (or XLSX workbook)"
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		switch {
		case f.Name == "xl/workbook.xml":
			return "xlsx", "an Excel workbook (XLSX)"
		case f.Name == "mimetype":
			if rc, err := f.Open(); err == nil {
				b, _ := io.ReadAll(io.LimitReader(rc, 100))
				rc.Close()
				if strings.Contains(string(b), "opendocument.spreadsheet") {
					return "ods", "an OpenDocument spreadsheet (.ods)"
				}
			}
		case f.Name == "word/document.xml":
			return "zip", "a Word document (.docx)"
		}
		if len(names) < 3 {
			names = append(names, printable(f.Name))
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "zip", "an empty ZIP archive"
	}
	return "zip", "a ZIP archive (holding " + strings.Join(names, ", ") + ")"
}

// printable keeps a name from an archive safe to print on one line.
func printable(s string) string {
	s = strings.ToValidUTF8(s, "?")
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return '?'
		}
		return r
	}, s)
}

// extOf is the file's extension for messages, a trailing .gz looked through.
func extOf(path string) string {
	p := strings.TrimSuffix(strings.TrimSuffix(path, ".gz"), ".GZ")
	if e := filepath.Ext(p); e != "" {
		return e
	}
	return "(no extension)"
}

// detectFormat picks the reader of a file: from its bytes where they are
// decisive, else from the explicit format or the extension (Format). It
// returns a note when the bytes overrule the name, and refuses, in one line
// naming the file, what no reader of kinerja reads.
func detectFormat(path, explicit string) (string, string, error) {
	declared, ferr := Format(path, explicit)
	s, err := sniffFile(path)
	if err != nil {
		// Cannot open: the scan that follows says so with the OS's words.
		return declared, "", ferr
	}
	ext := extOf(path)
	named := fmt.Sprintf("%s (named %s)", path, ext)
	saveAs := "open it in Excel or LibreOffice Calc, save it as .xlsx (Excel Workbook) and load the .xlsx; nothing was loaded"
	if s.gzip {
		switch s.kind {
		case "text", "utf16", "binary", "html", "xml", "xmlss":
		default:
			return "", "", fmt.Errorf("%s is gzip-compressed %s: decompress it (gunzip) and load the file inside; nothing was loaded", path, s.what)
		}
	}
	switch s.kind {
	case "image", "pdf":
		return "", "", fmt.Errorf("%s is %s, not a data file: ask for the data itself as CSV or XLSX; nothing was loaded", named, s.what)
	case "ole2":
		if declared == "xlsx" {
			return "", "", fmt.Errorf("%s is not an XLSX workbook: it is an Office 97-2003 container, either a legacy .xls workbook (BIFF) renamed .xlsx or a password-protected workbook; remove the password or %s", path, saveAs)
		}
		return "", "", fmt.Errorf("%s is %s, which kinerja does not read: %s", named, s.what, saveAs)
	case "html":
		return "", "", fmt.Errorf("%s is %s (a web table saved with a %s name), not a spreadsheet or CSV: %s", path, s.what, ext, saveAs)
	case "xmlss", "ods":
		return "", "", fmt.Errorf("%s is %s, not an XLSX workbook: %s", named, s.what, saveAs)
	case "xml":
		return "", "", fmt.Errorf("%s is %s, not CSV, XLSX, JSON or Parquet; nothing was loaded", named, s.what)
	case "zip":
		if declared == "xlsx" && strings.HasPrefix(s.what, "a damaged") {
			return declared, "", nil // the XLSX reader says what is wrong
		}
		return "", "", fmt.Errorf("%s is %s, not a data file: unzip it and load the CSV or XLSX files inside; nothing was loaded", named, s.what)
	case "xlsx":
		if declared == "xlsx" {
			return declared, "", nil
		}
		return "xlsx", fmt.Sprintf("%s is an Excel workbook (XLSX) although its name ends in %s: read as XLSX", filepath.Base(path), ext), nil
	case "parquet":
		if declared == "parquet" {
			return declared, "", nil
		}
		return "parquet", fmt.Sprintf("%s is a Parquet file although its name ends in %s: read as Parquet", filepath.Base(path), ext), nil
	case "utf16":
		if declared == "json" || declared == "parquet" {
			return "", "", fmt.Errorf("%s is %s, not %s: save it as UTF-8 and load it again; nothing was loaded", path, s.what, strings.ToUpper(declared))
		}
		// Read as CSV: landCSV decodes it and reads it tab-delimited.
		note := fmt.Sprintf("%s is UTF-16 text (Excel's \"Unicode Text\"): decoded and read as tab-delimited text", filepath.Base(path))
		return "csv", note, nil
	case "binary":
		if declared == "csv" || declared == "json" || ferr != nil {
			return "", "", fmt.Errorf("%s is not text: it holds binary data (a NUL byte at byte %d), so it is not a CSV or JSON file; nothing was loaded", named, s.nul+1)
		}
		return declared, "", nil
	}
	// Text.
	switch {
	case ferr != nil && strings.EqualFold(strings.TrimPrefix(ext, "."), "xls"):
		return "csv", fmt.Sprintf("%s is delimited text although its name ends in %s: read as CSV", filepath.Base(path), ext), nil
	case declared == "xlsx" && explicit == "":
		return "csv", fmt.Sprintf("%s is text (CSV), not an Excel workbook, although its name ends in %s: read as CSV", filepath.Base(path), ext), nil
	}
	return declared, "", ferr
}

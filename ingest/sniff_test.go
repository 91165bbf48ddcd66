package ingest

import (
	"archive/zip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"kinerja/warehouse"
)

func trapFile(kind, name string) string {
	return filepath.Join("..", "testdata", "ingest", kind, name)
}

// oneLineMessage fails unless msg is one line of printable text naming the
// file: a binary byte of the file shown would fail it.
func oneLineMessage(t *testing.T, msg, file string) {
	t.Helper()
	if strings.ContainsAny(msg, "\n\r") {
		t.Errorf("message over several lines: %q", msg)
	}
	for _, r := range msg {
		if r == unicode.ReplacementChar || !unicode.IsPrint(r) && r != ' ' {
			t.Errorf("message holds a non-printable character %U: %q", r, msg)
			break
		}
	}
	if !strings.Contains(msg, filepath.Base(file)) {
		t.Errorf("message does not name %s: %q", filepath.Base(file), msg)
	}
}

// Issue 11.8: files whose bytes are not CSV, XLSX, JSON or Parquet, whatever
// their name, are refused in one line that says what they are and what to
// do; no byte of them is shown, and the warehouse is unchanged (dry run or
// not).
func TestFormatByBytesRefusedInOneLine(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	dir := t.TempDir()
	other := filepath.Join(dir, "lampiran.csv")
	{
		f, _ := os.Create(other)
		zw := zip.NewWriter(f)
		w, _ := zw.Create("penilaian_2025.csv")
		w.Write([]byte(apprHeader))
		zw.Close()
		f.Close()
	}
	nul := filepath.Join(dir, "ekspor.csv")
	os.WriteFile(nul, []byte("nip,periode\x00\x01\x02\xff\n"), 0o644)
	utf16JSON := filepath.Join(dir, "data.json")
	os.WriteFile(utf16JSON, []byte("\xff\xfe[\x00]\x00"), 0o644)
	cases := []struct{ path, kind, want string }{
		{trapFile("appraisals", "png_renamed.csv"), "appraisals", "png_renamed.csv (named .csv) is a PNG image, not a data file: ask for the data itself as CSV or XLSX"},
		{trapFile("appraisals", "html_table.xls"), "appraisals", "html_table.xls is an HTML page (a web table saved with a .xls name), not a spreadsheet or CSV: open it in Excel or LibreOffice Calc, save it as .xlsx (Excel Workbook)"},
		{trapFile("appraisals", "biff_legacy.xls"), "appraisals", "biff_legacy.xls (named .xls) is a legacy Excel 97-2003 workbook (.xls, BIFF), which kinerja does not read: open it in Excel or LibreOffice Calc, save it as .xlsx"},
		{other, "appraisals", "lampiran.csv (named .csv) is a ZIP archive (holding penilaian_2025.csv), not a data file: unzip it"},
		{nul, "appraisals", "ekspor.csv (named .csv) is not text: it holds binary data (a NUL byte at byte 12)"},
		{utf16JSON, "appraisals", "data.json is UTF-16 text (Excel's \"Unicode Text\"), not JSON: save it as UTF-8"},
	}
	before := snapshot(t, db)
	for _, c := range cases {
		for _, load := range []func(context.Context, *warehouse.DB, Source) (Result, error){Load, DryRun} {
			_, err := load(ctx, db, Source{Kind: c.kind, Path: c.path})
			if err == nil {
				t.Errorf("%s: loaded, want %q", c.path, c.want)
				continue
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s:\n got  %q\n want %q", c.path, err, c.want)
			}
			oneLineMessage(t, err.Error(), c.path)
		}
	}
	if after := snapshot(t, db); after != before {
		t.Errorf("a refused file changed the warehouse:\n before %s\n after  %s", before, after)
	}
}

// Issue 11.8: a real XLSX workbook named .csv is read as the workbook it is
// (what an operator who renamed it wants), with a note saying so; the same
// content under its real name is the same batch.
func TestXLSXNamedCSVIsReadAsXLSX(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	p := trapFile("appraisals", "xlsx_renamed.csv")
	res, err := Load(ctx, db, Source{Kind: "appraisals", Path: p})
	if err != nil {
		t.Fatal(err)
	}
	if res.Format != "xlsx" || res.Read != 2 || res.Loaded != 2 || res.Quarantined != 0 {
		t.Fatalf("format %s read %d loaded %d quarantined %d, want xlsx 2 2 0", res.Format, res.Read, res.Loaded, res.Quarantined)
	}
	if got := countRows(t, db, fmt.Sprintf("SELECT count(*) FROM raw.appraisals WHERE periode = '2025-S2' AND _batch = %d", res.BatchID)); got != 2 {
		t.Errorf("%d rows of 2025-S2 loaded, want 2", got)
	}
	if len(res.Notes) == 0 || !strings.Contains(res.Notes[0], "is an Excel workbook (XLSX) although its name ends in .csv: read as XLSX") {
		t.Errorf("notes %q", res.Notes)
	}
	// A CSV named .xlsx is read as the CSV it is.
	csv := filepath.Join(t.TempDir(), "penilaian.xlsx")
	os.WriteFile(csv, []byte(apprRows(3, "di_atas")), 0o644)
	res, err = Load(ctx, db, Source{Kind: "appraisals", Path: csv})
	if err != nil || res.Format != "csv" || res.Loaded != 3 || len(res.Notes) == 0 || !strings.Contains(res.Notes[0], "is text (CSV), not an Excel workbook") {
		t.Fatalf("CSV named .xlsx: %+v %v", res, err)
	}
}

// utf16Bytes encodes text as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	b := []byte{0xff, 0xfe}
	if bigEndian {
		b = []byte{0xfe, 0xff}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// Issue 11.8: Excel's "Unicode Text" (UTF-16 with a byte-order mark,
// tab-delimited) is decoded and loaded row by row, with the lines an editor
// shows; both byte orders.
func TestUTF16UnicodeTextLoads(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	res, err := Load(ctx, db, Source{Kind: "employees", Path: trapFile("employees", "unicode_text_utf16.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if res.Read != 3 || res.Loaded != 2 || res.Quarantined != 1 {
		t.Fatalf("read %d loaded %d quarantined %d, want 3 2 1", res.Read, res.Loaded, res.Quarantined)
	}
	var names string
	db.QueryRow("SELECT string_agg(_line || '=' || nama || '@' || berlaku_mulai, ',' ORDER BY _line) FROM raw.employees WHERE _batch = ?", res.BatchID).Scan(&names)
	if names != "2=Dédé Rosadí@2025-03-31,4=Budi@2024-08-01" {
		t.Errorf("loaded %q", names)
	}
	if q := quarantineOf(t, db, res.BatchID); len(q) != 1 || !strings.HasPrefix(q[0], "line 3|berlaku_mulai|not a date") {
		t.Errorf("quarantine %q", q)
	}
	// Big-endian, a comma inside a value (tabs delimit), CRLF.
	p := filepath.Join(t.TempDir(), "pegawai.txt")
	os.WriteFile(p, utf16Bytes("NIP\tNama Pegawai\tUnit Kerja\tTMT Jabatan\r\n198503122010011003\tSiti, S.Pd.\tA\t2025-01-02\r\n", true), 0o644)
	res, err = Load(ctx, db, Source{Kind: "employees", Path: p})
	if err != nil || res.Read != 1 || res.Loaded != 1 {
		t.Fatalf("UTF-16BE: %+v %v", res, err)
	}
	db.QueryRow("SELECT nama FROM raw.employees WHERE _batch = ?", res.BatchID).Scan(&names)
	if names != "Siti, S.Pd." {
		t.Errorf("UTF-16BE name %q", names)
	}
	assertAccounting(t, db)
}

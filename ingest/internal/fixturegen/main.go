// Command fixturegen writes the binary test inputs of testdata/ingest (XLSX,
// gzip, Parquet) from the definitions below, so that each committed binary
// fixture can be regenerated and reviewed as code:
//
//	go generate ./ingest
package main

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"flag"
	"image"
	"image/png"
	"log"
	"os"
	"path/filepath"
	"unicode/utf16"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/xuri/excelize/v2"
)

func main() {
	out := flag.String("out", "../testdata/ingest", "testdata/ingest directory")
	flag.Parse()
	must(os.MkdirAll(filepath.Join(*out, "appraisals"), 0o755))
	must(os.MkdirAll(filepath.Join(*out, "employees"), 0o755))
	p := func(s string) string { return filepath.Join(*out, s) }

	// Title rows over a merged title cell, the header on row 4, a note row
	// at the bottom; one row with a bad rating at sheet row 7.
	xl(p("appraisals/xlsx_title_rows_merged.xlsx"), "Penilaian", func(f *excelize.File, s string) {
		set(f, s, "A1", "REKAP PENILAIAN KINERJA PEGAWAI")
		must(f.MergeCell(s, "A1", "E1"))
		set(f, s, "A2", "BKPSDM Kota Dumai — Triwulan I 2025")
		must(f.MergeCell(s, "A2", "E2"))
		rows := [][]any{
			{"NIP Baru", "Periode", "Rating Hasil Kerja", "Rating Perilaku Kerja", "Predikat Kinerja"},
			{"198503122010011003", "2025-Q1", "Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik"},
			{"199001012019221005", "2025-Q1", "Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"},
			{"198001012005011001", "2025-Q1", "Hebat", "Sesuai Ekspektasi", "Baik"},
			{"198001012005011002", "2025-Q1", "Sesuai Ekspektasi", "Di Bawah Ekspektasi", "Kurang/Misconduct"},
		}
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, 4+i)
			must(f.SetSheetRow(s, cell, &r))
		}
	})
	// NIPs as numbers: Excel keeps 15 significant digits, so a numeric NIP
	// cell has lost digits (quarantined); the text cells keep all 18.
	xl(p("appraisals/xlsx_nip_as_number.xlsx"), "Sheet1", func(f *excelize.File, s string) {
		must(f.SetSheetRow(s, "A1", &[]any{"nip", "periode", "hasil_kerja", "perilaku_kerja", "capaian_iki"}))
		must(f.SetSheetRow(s, "A2", &[]any{198503122010011003.0, "2025", "di_atas", "sesuai", 99.5}))
		must(f.SetSheetRow(s, "A3", &[]any{"199001012019221005", "2025", "sesuai", "sesuai", "87,5"}))
	})
	// The data on a second sheet named Data; the first sheet is a cover.
	xl(p("appraisals/xlsx_data_on_second_sheet.xlsx"), "Sampul", func(f *excelize.File, s string) {
		set(f, s, "A1", "Sampul laporan")
		_, err := f.NewSheet("Data")
		must(err)
		must(f.SetSheetRow("Data", "A1", &[]any{"nip", "periode", "hasil_kerja", "perilaku_kerja"}))
		must(f.SetSheetRow("Data", "A2", &[]any{"198503122010011003", "2025-S1", "di_atas", "sesuai"}))
		must(f.SetSheetRow("Data", "A3", &[]any{"199001012019221005", "2025-S1", "sesuai", "sesuai"}))
	})
	// A sheet whose header names none of the required fields.
	xl(p("appraisals/xlsx_no_header_row.xlsx"), "Sheet1", func(f *excelize.File, s string) {
		must(f.SetSheetRow(s, "A1", &[]any{"Nomor", "Nama", "Keterangan"}))
		must(f.SetSheetRow(s, "A2", &[]any{1, "Budi", "-"}))
	})
	// Dates as Excel serials (real date cells) and as text in one column.
	xl(p("employees/xlsx_date_serials.xlsx"), "Pegawai", func(f *excelize.File, s string) {
		must(f.SetSheetRow(s, "A1", &[]any{"NIP", "Nama Pegawai", "Unit Kerja", "TMT Jabatan"}))
		must(f.SetSheetRow(s, "A2", &[]any{"198503122010011003", "Budi", "A", 45747}))
		must(f.SetSheetRow(s, "A3", &[]any{"199001012019221005", "Siti", "A", "1 Agustus 2024"}))
		style, err := f.NewStyle(&excelize.Style{NumFmt: 14})
		must(err)
		must(f.SetCellStyle(s, "D2", "D2", style))
	})
	must(os.WriteFile(p("appraisals/xlsx_corrupt.xlsx"), []byte("PK\x03\x04 this is not really a zip archive"), 0o644))

	// Files whose bytes are not what their name says (issue 11.8): a PNG and
	// an XLSX renamed .csv, an Excel 97-2003 (BIFF) workbook (its OLE2
	// signature is enough to tell it), and Excel's "Unicode Text": UTF-16LE
	// with a byte-order mark, tab-delimited.
	var img bytes.Buffer
	must(png.Encode(&img, image.NewGray(image.Rect(0, 0, 1, 1))))
	must(os.WriteFile(p("appraisals/png_renamed.csv"), img.Bytes(), 0o644))
	xl(p("appraisals/xlsx_renamed.csv"), "Penilaian", func(f *excelize.File, s string) {
		must(f.SetSheetRow(s, "A1", &[]any{"nip", "periode", "hasil_kerja", "perilaku_kerja"}))
		must(f.SetSheetRow(s, "A2", &[]any{"198503122010011003", "2025-S2", "di_atas", "sesuai"}))
		must(f.SetSheetRow(s, "A3", &[]any{"199001012019221005", "2025-S2", "sesuai", "sesuai"}))
	})
	biff := append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 504)...)
	must(os.WriteFile(p("appraisals/biff_legacy.xls"), biff, 0o644))
	must(os.WriteFile(p("employees/unicode_text_utf16.txt"), utf16LE("NIP\tNama Pegawai\tUnit Kerja\tTMT Jabatan\r\n"+
		"198503122010011003\tDédé Rosadí\tA\t31/03/2025\r\n"+
		"199001012019221005\tSiân Nur\tA\tkemarin\r\n"+
		"198001012005011001\tBudi\tB\t01/08/2024\r\n"), 0o644))

	// gzip-compressed CSV and NDJSON.
	gz(p("appraisals/gzip_semicolon.csv.gz"), "nip;periode;hasil_kerja;perilaku_kerja;capaian_iki\n198503122010011003;2025-Q3;di_atas;sesuai;90,5\n199001012019221005;2025-Q3;sesuai;sesuai;70\n198001012005011001;2025-Q3;sesuai;sesuai;abc\n")
	gz(p("appraisals/gzip_lines.ndjson.gz"), `{"nip":"198503122010011003","periode":"2025-Q4","hasil_kerja":"di_atas","perilaku_kerja":"sesuai"}`+"\n")
	must(os.WriteFile(p("appraisals/gzip_truncated.csv.gz"), gzBytes("nip,periode,hasil_kerja,perilaku_kerja\n198503122010011003,2025,di_atas,sesuai\n")[:30], 0o644))

	// Parquet with typed columns (a DATE and a DOUBLE) and one bad row.
	db, err := sql.Open("duckdb", "")
	must(err)
	defer db.Close()
	_, err = db.Exec(`COPY (SELECT * FROM (VALUES
		('198503122010011003', '2025-Q1', 'di_atas', 'sesuai', 88.5::DOUBLE),
		('199001012019221005', '2025-Q1', 'sesuai', 'sesuai', 77.0::DOUBLE),
		('198001012005011001', '2025-Q1', 'sesuai', 'terlalu', NULL::DOUBLE)
	) t(nip, periode, hasil_kerja, perilaku_kerja, capaian_iki)) TO '` + p("appraisals/typed_columns.parquet") + `' (FORMAT parquet)`)
	must(err)
}

func xl(path, first string, fill func(f *excelize.File, sheet string)) {
	f := excelize.NewFile()
	must(f.SetSheetName("Sheet1", first))
	fill(f, first)
	b, err := f.WriteToBuffer() // SaveAs refuses a name not ending in .xlsx
	must(err)
	must(os.WriteFile(path, b.Bytes(), 0o644))
}

// utf16LE encodes text as Excel's "Unicode Text" does: UTF-16LE after a
// byte-order mark.
func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func set(f *excelize.File, sheet, cell string, v any) { must(f.SetCellValue(sheet, cell, v)) }

func gzBytes(s string) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Header.ModTime = zw.Header.ModTime.UTC() // zero: reproducible bytes
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func gz(path, s string) { must(os.WriteFile(path, gzBytes(s), 0o644)) }

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"kinerja/warehouse"
)

// trapCase is one file of testdata/ingest/<kind>/<trap>.<ext> and what ingest
// must make of it.
type trapCase struct {
	file string // <kind>/<trap>.<ext>; "indicators/shared:<name>" is a real
	// Open Data Jabar export read from ../shared/data/opendata (never copied
	// into the project); its cases are skipped where ../shared is absent
	opt func(*Source) // read options, when the trap needs some
	// A batch that loads: rows read, loaded, quarantined, and the quarantine
	// rows as "location|field|reason prefix", in line order.
	read, loaded, quarantined int64
	problems                  []string
	// check is a query over the batch's raw rows ($batch is its id) whose
	// single VARCHAR answer must equal want.
	check, want string
	// fail: the batch must fail with this text in its message and leave the
	// warehouse unchanged.
	fail string
	// note: a note of the batch (Result.Notes) must hold this text.
	note string
}

const notRating = "not di_atas, sesuai or di_bawah (ekspektasi)"

var trapCases = []trapCase{
	// CSV: delimiters, encodings, line endings, quoting.
	{file: "appraisals/comma_clean.csv", read: 3, loaded: 3,
		check: "SELECT string_agg(predikat, ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "sangat_baik,baik,kurang"},
	{file: "appraisals/semicolon_decimal_comma.csv", read: 2, loaded: 2,
		check: "SELECT string_agg(periode || '=' || capaian_iki, ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "2025-Q1=85.5,2025-Q1=97.25"},
	{file: "appraisals/utf8_bom.csv", read: 1, loaded: 1,
		check: "SELECT nip FROM raw.appraisals WHERE _batch = $batch", want: "198503122010011003"},
	{file: "appraisals/crlf_line_endings.csv", read: 2, loaded: 1, quarantined: 1,
		problems: []string{"line 3|hasil_kerja|" + notRating + ": 'BAIK'"}},
	{file: "appraisals/gzip_semicolon.csv.gz", read: 3, loaded: 2, quarantined: 1,
		problems: []string{"line 4|capaian_iki|not a number (85.5 or 85,5): 'abc'"},
		check:    "SELECT string_agg(CAST(capaian_iki AS VARCHAR), ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "90.5,70.0"},
	{file: "appraisals/gzip_truncated.csv.gz", fail: "gzip data is truncated or corrupt"},
	{file: "appraisals/ragged_rows.csv", read: 4, loaded: 2, quarantined: 2,
		problems: []string{"line 3||cannot split the line into fields: expected 4 columns, found 5", "line 4||cannot split the line into fields: expected 4 columns, found 2"},
		check:    "SELECT string_agg(CAST(_line AS VARCHAR), ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "2,5"},
	{file: "appraisals/blank_lines.csv", read: 2, loaded: 1, quarantined: 1,
		problems: []string{"line 6|hasil_kerja|" + notRating + ": 'bagus'"},
		check:    "SELECT CAST(_line AS VARCHAR) FROM raw.appraisals WHERE _batch = $batch", want: "3"},
	{file: "appraisals/header_only.csv", read: 0, loaded: 0},
	{file: "appraisals/empty_file.csv", fail: "the file is empty"},
	{file: "appraisals/missing_required_column.csv", fail: "missing required column(s) perilaku_kerja for kind appraisals"},
	{file: "appraisals/duplicate_mapped_columns.csv", fail: `columns "nip" and "NIP Baru" both map to field nip`},
	{file: "employees/windows1252_names.csv", read: 2, loaded: 2,
		check: "SELECT string_agg(nama || '/' || coalesce(jabatan, ''), ',' ORDER BY _line) FROM raw.employees WHERE _batch = $batch",
		want:  "Dédé Rosadí/Analis – Kepegawaian,Siân Nur/Guru"},
	{file: "employees/quoted_newlines.csv", read: 4, loaded: 3, quarantined: 1,
		problems: []string{"line 6|berlaku_mulai|not a date (2025-03-31, 31/03/2025, 31 Maret 2025): 'kemarin'"},
		check:    "SELECT string_agg(_line || '=' || nama || '/' || jabatan, ',' ORDER BY _line) FROM raw.employees WHERE _batch = $batch",
		want:     `2=Budi/Kepala Seksi Pelayanan Umum,5=Siti "Ani" Nur/Guru,8=Rina/Staf`},

	// Values: NIPs, labels, dates, numbers, zones, region codes.
	{file: "appraisals/nip_scientific_rounded.csv", read: 2, loaded: 1, quarantined: 1,
		problems: []string{"line 2|nip|NIP in scientific notation: Excel rounded its digits away"}},
	{file: "appraisals/nip_scientific_all_digits.csv", read: 1, loaded: 1,
		check: "SELECT nip FROM raw.appraisals WHERE _batch = $batch", want: "198503122010011003"},
	{file: "appraisals/nip_spaces_apostrophe.csv", read: 2, loaded: 2,
		check: "SELECT string_agg(nip, ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "198503122010011003,199001012019221005"},
	{file: "appraisals/nip_bad_birth_date.csv", read: 2, loaded: 1, quarantined: 1,
		problems: []string{"line 2|nip|NIP birth date 19851312 is not a real date"}},
	{file: "appraisals/labels_long_forms.csv", read: 2, loaded: 2,
		check: "SELECT string_agg(hasil_kerja || '/' || perilaku_kerja || '/' || predikat, ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch",
		want:  "di_atas/di_bawah/kurang,di_atas/di_atas/sangat_baik"},
	{file: "appraisals/bad_rating_label.csv", read: 3, loaded: 2, quarantined: 1,
		problems: []string{"line 2|hasil_kerja|" + notRating + ": 'luar biasa'"}},
	{file: "appraisals/empty_required_field.csv", read: 3, loaded: 1, quarantined: 2,
		problems: []string{"line 2|periode|required field is empty", "line 3|hasil_kerja|required field is empty"}},
	{file: "appraisals/capaian_out_of_range.csv", read: 2, loaded: 0, quarantined: 2,
		problems: []string{"line 2|capaian_iki|capaian IKI must be a percentage 0-1000, got 1500.0", "line 3|capaian_iki|capaian IKI must be a percentage 0-1000, got 1234.5"}},
	{file: "employees/dates_many_forms.csv", read: 5, loaded: 4, quarantined: 1,
		problems: []string{"line 6|berlaku_mulai|not a date (2025-03-31, 31/03/2025, 31 Maret 2025): '31/02/2025'"},
		check:    "SELECT count(DISTINCT berlaku_mulai) || ' ' || min(berlaku_mulai) FROM raw.employees WHERE _batch = $batch", want: "1 2025-03-31"},
	{file: "service_requests/time_zones.csv", read: 3, loaded: 3,
		check: "SELECT string_agg(id_permohonan || '=' || strftime(diajukan, '%H:%M'), ',' ORDER BY _line) FROM raw.service_requests WHERE _batch = $batch",
		want:  "P1=07:15,P2=08:15,P3=09:00"},
	{file: "service_requests/finished_before_submitted.csv", read: 2, loaded: 1, quarantined: 1,
		problems: []string{"line 2|selesai|finished (2025-03-31 09:00:00 WIB) before it was submitted"}},
	{file: "regions/sorong_both_codes.csv", read: 3, loaded: 2, quarantined: 1,
		problems: []string{"line 4|kode_wilayah|not a kode wilayah (14, 14.72 or 1472): '10.01'"},
		check:    "SELECT string_agg(kode_wilayah || '<' || coalesce(kode_lama, '-'), ',' ORDER BY _line) FROM raw.regions WHERE _batch = $batch", want: "96<-,96.71<92.71"},
	{file: "survey_responses/answers_as_letters.csv", read: 3, loaded: 1, quarantined: 2,
		problems: []string{"line 3|u_waktu|not an answer 1-4 or a-d: '5'", "line 4|u_persyaratan|no element of the survey is answered"},
		check:    "SELECT u_persyaratan || u_prosedur || u_waktu FROM raw.survey_responses WHERE _batch = $batch", want: "124"},
	{file: "trainings/jp_decimal_comma.csv", read: 2, loaded: 1, quarantined: 1,
		problems: []string{"line 3|jp|JP must be between 0 and 1000, got 0.0"},
		check:    "SELECT CAST(jp AS VARCHAR) FROM raw.trainings WHERE _batch = $batch", want: "24.5"},

	// JSON and Parquet.
	{file: "appraisals/array.json", read: 3, loaded: 2, quarantined: 1,
		problems: []string{"record 3|periode|not a period (2025, 2025-S1, 2025-Q3, 2025-TW3, 2025-07): '2025-Q9'"},
		check:    "SELECT string_agg(nip, ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "198503122010011003,198001012005011001"},
	{file: "appraisals/lines.ndjson", read: 2, loaded: 2,
		check: "SELECT string_agg(periode, ',') FROM raw.appraisals WHERE _batch = $batch", want: "2025-07,2025-07"},
	{file: "appraisals/gzip_lines.ndjson.gz", read: 1, loaded: 1,
		check: "SELECT periode FROM raw.appraisals WHERE _batch = $batch", want: "2025-Q4"},
	{file: "appraisals/truncated.json", fail: "cannot read as JSON"},

	// Real office exports (issue 11): a stray quote, a broken NDJSON line, an
	// id twice, month names with a time, US dates.
	{file: "appraisals/stray_quote.csv", fail: `line 10: a quote (") opens a value that is never closed, so the rest of the file (21 lines)`},
	{file: "appraisals/lines_one_broken.ndjson", read: 3, loaded: 2, quarantined: 1,
		problems: []string{"line 2||not a JSON object: unexpected end of JSON input"},
		check:    "SELECT string_agg(CAST(_line AS VARCHAR), ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "1,3"},
	{file: "service_requests/same_id_twice.csv", read: 4, loaded: 2, quarantined: 2,
		problems: []string{"line 4|id_permohonan|duplicate id_permohonan in the same file (first on line 2)",
			"line 5|id_permohonan|identical to line 3: loaded once"}},
	{file: "service_requests/month_name_with_time.csv", read: 2, loaded: 2,
		check: "SELECT string_agg(CAST(diajukan AS VARCHAR) || '/' || coalesce(CAST(selesai AS VARCHAR), '-'), ',' ORDER BY _line) FROM raw.service_requests WHERE _batch = $batch",
		want:  "2025-03-31 08:15:00/2025-04-01 10:30:00,2025-05-02 07:00:00/-"},
	{file: "trainings/us_dates.csv", read: 2, loaded: 2,
		check: "SELECT string_agg(CAST(tanggal_mulai AS VARCHAR) || '/' || CAST(tanggal_selesai AS VARCHAR), ',' ORDER BY _line) FROM raw.trainings WHERE _batch = $batch",
		want:  "2025-12-31/2025-12-31,2025-10-01/2025-10-02"},
	{file: "appraisals/scalars.json", fail: "not objects with named fields"},
	{file: "appraisals/typed_columns.parquet", read: 3, loaded: 2, quarantined: 1,
		problems: []string{"record 3|perilaku_kerja|" + notRating + ": 'terlalu'"},
		check:    "SELECT string_agg(CAST(capaian_iki AS VARCHAR), ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "88.5,77.0"},
	{file: "appraisals/not_parquet.parquet", fail: "cannot read as Parquet"},

	// XLSX.
	{file: "appraisals/xlsx_title_rows_merged.xlsx", read: 4, loaded: 3, quarantined: 1,
		problems: []string{"Penilaian!7|hasil_kerja|" + notRating + ": 'Hebat'"},
		check:    "SELECT string_agg(_line || '=' || predikat, ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "5=sangat_baik,6=baik,8=kurang"},
	{file: "appraisals/xlsx_nip_as_number.xlsx", read: 2, loaded: 1, quarantined: 1,
		problems: []string{"Sheet1!2|nip|NIP sequence 000 is not issued (digits rounded away?)"},
		check:    "SELECT nip || '=' || capaian_iki FROM raw.appraisals WHERE _batch = $batch", want: "199001012019221005=87.5"},
	{file: "appraisals/xlsx_data_on_second_sheet.xlsx", opt: func(s *Source) { s.Sheet = "Rekap" }, fail: `no sheet "Rekap" (sheets: Sampul, Data)`},
	{file: "appraisals/xlsx_data_on_second_sheet.xlsx", opt: func(s *Source) { s.Sheet = "Data" }, read: 2, loaded: 2,
		check: "SELECT string_agg(periode, ',') FROM raw.appraisals WHERE _batch = $batch", want: "2025-S1,2025-S1"},
	{file: "appraisals/xlsx_no_header_row.xlsx", fail: "no header row naming the required fields of appraisals"},
	{file: "appraisals/xlsx_corrupt.xlsx", fail: "cannot open as XLSX"},
	{file: "employees/xlsx_date_serials.xlsx", read: 2, loaded: 2,
		check: "SELECT string_agg(nama || '@' || berlaku_mulai, ',' ORDER BY _line) FROM raw.employees WHERE _batch = $batch", want: "Budi@2025-03-31,Siti@2024-08-01"},

	// Bytes that are not what the name says (issue 11.8): refused in one line
	// naming the file and what it is, or read by what the bytes are.
	{file: "appraisals/png_renamed.csv", fail: "(named .csv) is a PNG image, not a data file"},
	{file: "appraisals/xlsx_renamed.csv", read: 2, loaded: 2, note: "xlsx_renamed.csv is an Excel workbook (XLSX) although its name ends in .csv: read as XLSX",
		check: "SELECT string_agg(_line || '=' || periode, ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "2=2025-S2,3=2025-S2"},
	{file: "appraisals/html_table.xls", fail: "is an HTML page (a web table saved with a .xls name), not a spreadsheet or CSV: open it in Excel or LibreOffice Calc, save it as .xlsx"},
	{file: "appraisals/biff_legacy.xls", fail: "is a legacy Excel 97-2003 workbook (.xls, BIFF), which kinerja does not read: open it in Excel or LibreOffice Calc, save it as .xlsx"},
	{file: "employees/unicode_text_utf16.txt", read: 3, loaded: 2, quarantined: 1, note: "UTF-16 text (Excel's \"Unicode Text\"): decoded and read as tab-delimited",
		problems: []string{"line 3|berlaku_mulai|not a date"},
		check:    "SELECT string_agg(_line || '=' || nama || '@' || berlaku_mulai, ',' ORDER BY _line) FROM raw.employees WHERE _batch = $batch",
		want:     "2=Dédé Rosadí@2025-03-31,4=Budi@2024-08-01"},
	{file: "appraisals/title_rows_above_header.csv", read: 3, loaded: 2, quarantined: 1, note: "the header is on line 3; lines 1-2 above it are titles, not rows",
		problems: []string{"line 5|hasil_kerja|" + notRating + ": 'Hebat'"},
		check:    "SELECT string_agg(_line || '=' || predikat, ',' ORDER BY _line) FROM raw.appraisals WHERE _batch = $batch", want: "4=sangat_baik,6=kurang"},
	{file: "appraisals/records_under_data.json", read: 2, loaded: 1, quarantined: 1, note: `records read from "data"`,
		problems: []string{"record 2|hasil_kerja|" + notRating + ": 'luar biasa'"},
		check:    "SELECT nip || '=' || periode FROM raw.appraisals WHERE _batch = $batch", want: "198503122010011003=2025-Q2"},

	// Open-data portal exports (Open Data Jabar), recognised without a mapping.
	{file: "indicators/shared:jabar_stunting_kabkota.csv", read: 81, loaded: 79, quarantined: 2,
		problems: []string{"line 12|nilai|0 in an open-data export means no data", "line 13|nilai|0 in an open-data export means no data"},
		check:    "SELECT string_agg(DISTINCT indikator || '|' || satuan, ',') || ' ' || max(nilai) FILTER (WHERE kode_wilayah = '32.01' AND periode = '2014') FROM raw.indicators WHERE _batch = $batch",
		want:     "persentase_balita_stunting|persen 9.04"},
	{file: "indicators/shared:jabar_penduduk_jk_kabkota.csv", read: 540, loaded: 538, quarantined: 2,
		problems: []string{"line 36|nilai|0 in an open-data export", "line 37|nilai|0 in an open-data export"},
		// the sex column is kept as kategori, not folded into the indicator's name (issue 11.13)
		check: "SELECT string_agg(indikator || '|' || kategori || '=' || CAST(nilai AS BIGINT), ',' ORDER BY kategori) FROM raw.indicators WHERE _batch = $batch AND kode_wilayah = '32.01' AND periode = '2013'",
		want:  "jumlah_penduduk|jenis_kelamin=LAKI-LAKI=1930902,jumlah_penduduk|jenis_kelamin=PEREMPUAN=1826962"},
	{file: "indicators/shared:jabar_pns_jabatan_fungsional.csv", read: 143, loaded: 133, quarantined: 10,
		check: "SELECT string_agg(DISTINCT kode_wilayah, ',') || ' ' || string_agg(DISTINCT indikator, ',') || ' ' || count(DISTINCT kategori) || ' ' || max(kategori) FROM raw.indicators WHERE _batch = $batch",
		want:  "32 jumlah_pns 54 jabatan=WIDYAISWARA"},
}

// snapshot describes everything ingest writes: a count and a checksum of
// every raw table and of the meta ledger.
func snapshot(t *testing.T, db *warehouse.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT table_schema || '.' || table_name FROM information_schema.tables
		WHERE table_schema = 'raw' OR (table_schema = 'meta' AND table_name IN ('batches', 'quarantine', 'watermarks'))
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, tb := range tables {
		var s string
		if err := db.QueryRow("SELECT count(*) || ':' || coalesce(bit_xor(hash(t)), 0) FROM " + tb + " t").Scan(&s); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s=%s ", tb, s)
	}
	return b.String()
}

func TestTrapFiles(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	covered := map[string]bool{}
	for _, c := range trapCases {
		covered[c.file] = true
		src := Source{Kind: filepath.Dir(c.file), Path: filepath.Join("..", "testdata", "ingest", c.file)}
		if name, ok := strings.CutPrefix(filepath.Base(c.file), "shared:"); ok {
			src.Path = sharedOpenData(name)
			if _, err := os.Stat(src.Path); err != nil {
				t.Logf("%s: skipped, ../shared is absent", c.file)
				continue
			}
		}
		if c.opt != nil {
			c.opt(&src)
		}
		before := snapshot(t, db)
		res, err := Load(ctx, db, src)
		if c.fail != "" {
			if err == nil {
				t.Errorf("%s: loaded (%+v), want a failure with %q", c.file, res, c.fail)
			} else if !strings.Contains(err.Error(), c.fail) || !strings.Contains(err.Error(), filepath.Base(src.Path)) {
				t.Errorf("%s: error %q, want one naming the file and saying %q", c.file, err, c.fail)
			}
			if after := snapshot(t, db); after != before {
				t.Errorf("%s: the failed batch changed the warehouse:\n before %s\n after  %s", c.file, before, after)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if c.note != "" && !strings.Contains(strings.Join(res.Notes, "\n"), c.note) {
			t.Errorf("%s: notes %q, want one saying %q", c.file, res.Notes, c.note)
		}
		if res.Read != c.read || res.Loaded != c.loaded || res.Quarantined != c.quarantined {
			t.Errorf("%s: read %d loaded %d quarantined %d, want %d %d %d", c.file, res.Read, res.Loaded, res.Quarantined, c.read, c.loaded, c.quarantined)
		}
		got := quarantineOf(t, db, res.BatchID)
		if len(got) != int(c.quarantined) {
			t.Errorf("%s: %d quarantine rows, want %d", c.file, len(got), c.quarantined)
		}
		for i, want := range c.problems {
			if i >= len(got) || !strings.HasPrefix(got[i], want) {
				t.Errorf("%s: quarantine row %d = %q, want %q...", c.file, i+1, at(got, i), want)
			}
		}
		if c.check != "" {
			var v sql.NullString
			q := strings.ReplaceAll(c.check, "$batch", fmt.Sprint(res.BatchID))
			if err := db.QueryRow(q).Scan(&v); err != nil {
				t.Errorf("%s: %s: %v", c.file, q, err)
			} else if v.String != c.want {
				t.Errorf("%s: %s\n got  %q\n want %q", c.file, q, v.String, c.want)
			}
		}
	}
	// Every file of testdata/ingest has its case.
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "ingest", "*", "*"))
	var missing []string
	for _, f := range files {
		rel := filepath.ToSlash(strings.TrimPrefix(f, filepath.Join("..", "testdata", "ingest")+string(os.PathSeparator)))
		if !covered[rel] {
			missing = append(missing, rel)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("files in testdata/ingest without a case: %s", strings.Join(missing, ", "))
	}
	if len(files) < 30 {
		t.Errorf("only %d trap files", len(files))
	}
	assertAccounting(t, db)
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "(none)"
}

// quarantineOf lists a batch's quarantine rows as "location|field|reason".
func quarantineOf(t *testing.T, db *warehouse.DB, batch int64) []string {
	t.Helper()
	rows, err := db.Query(`SELECT location || '|' || coalesce(field, '') || '|' || reason FROM meta.quarantine
		WHERE batch_id = ? ORDER BY line, field`, batch)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		out = append(out, s)
	}
	return out
}

// assertAccounting checks, for every batch of the warehouse, rows_read =
// rows_loaded + rows_quarantined, that the quarantine holds rows_quarantined
// rows, and that the raw table holds rows_loaded rows of each live batch.
func assertAccounting(t *testing.T, db *warehouse.DB) {
	t.Helper()
	rows, err := db.Query(`SELECT batch_id, kind, rows_read, rows_loaded, rows_quarantined, replaced_by IS NOT NULL,
		(SELECT count(*) FROM meta.quarantine q WHERE q.batch_id = b.batch_id) FROM meta.batches b ORDER BY batch_id`)
	if err != nil {
		t.Fatal(err)
	}
	type batch struct {
		id                 int64
		kind               string
		read, loaded, quar int64
		replaced           bool
		quarantineRows     int64
	}
	var bs []batch
	for rows.Next() {
		var b batch
		if err := rows.Scan(&b.id, &b.kind, &b.read, &b.loaded, &b.quar, &b.replaced, &b.quarantineRows); err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	rows.Close()
	if len(bs) == 0 {
		t.Fatal("no batches")
	}
	for _, b := range bs {
		if b.read != b.loaded+b.quar {
			t.Errorf("batch %d: read %d != loaded %d + quarantined %d", b.id, b.read, b.loaded, b.quar)
		}
		if b.quarantineRows != b.quar {
			t.Errorf("batch %d: %d quarantine rows, ledger says %d", b.id, b.quarantineRows, b.quar)
		}
		if !b.replaced {
			var n int64
			db.QueryRow("SELECT count(*) FROM raw."+b.kind+" WHERE _batch = ?", b.id).Scan(&n)
			if n != b.loaded {
				t.Errorf("batch %d: raw.%s holds %d rows, ledger says %d loaded", b.id, b.kind, n, b.loaded)
			}
		}
	}
}

// sharedOpenData is the path of a real Open Data Jabar export in
// ../shared/data/opendata (beside the repository).
func sharedOpenData(name string) string {
	return filepath.Join("..", "..", "shared", "data", "opendata", name)
}

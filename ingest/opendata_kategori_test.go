package ingest

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/warehouse"
)

// kategoriOf lists a batch's raw indicator rows as
// "line|indikator|kategori|nilai", kategori '(total)' when NULL.
func kategoriOf(t *testing.T, db *warehouse.DB, batch int64, where string) []string {
	t.Helper()
	rows, err := db.Query(`SELECT _line || '|' || indikator || '|' || coalesce(kategori, '(total)') || '|' || CAST(nilai AS VARCHAR)
		FROM raw.indicators WHERE _batch = ? `+where+` ORDER BY _line`, batch)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// An open-data export with two category columns beside the measure keeps
// them as kategori ("name=value; name=value" in column order), not folded
// into the indicator's name; a row whose category cells are all blank is the
// total (kategori NULL), a blank cell leaves its pair out. (Issue 11,
// point 13.)
func TestOpenDataCategoryColumnsBecomeKategori(t *testing.T) {
	t.Parallel()
	db, _ := openTestWarehouse(t)
	path := filepath.Join(t.TempDir(), "kunjungan_rs.csv")
	os.WriteFile(path, []byte(`id,kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,jenis_rumah_sakit,jenis_kunjungan,jumlah_kunjungan,satuan,tahun
1,32,JAWA BARAT,3273,KOTA BANDUNG,,,1500,KUNJUNGAN,2024
2,32,JAWA BARAT,3273,KOTA BANDUNG,RSUD,Rawat Jalan,900,KUNJUNGAN,2024
3,32,JAWA BARAT,3273,KOTA BANDUNG, RSUD ,Rawat   Inap,300,KUNJUNGAN,2024
4,32,JAWA BARAT,3273,KOTA BANDUNG,RS Swasta,-,300,KUNJUNGAN,2024
`), 0o644)
	res, err := Load(context.Background(), db, Source{Kind: "indicators", Path: path})
	if err != nil || res.Read != 4 || res.Loaded != 4 {
		t.Fatalf("load: %+v %v", res, err)
	}
	got := strings.Join(kategoriOf(t, db, res.BatchID, ""), "\n")
	want := `2|jumlah_kunjungan|(total)|1500.0
3|jumlah_kunjungan|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|900.0
4|jumlah_kunjungan|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Inap|300.0
5|jumlah_kunjungan|jenis_rumah_sakit=RS Swasta|300.0`
	if got != want {
		t.Errorf("raw rows:\n%s\nwant\n%s", got, want)
	}
	if res.OpenData != "jumlah_kunjungan (kategori from jenis_rumah_sakit, jenis_kunjungan)" {
		t.Errorf("OpenData = %q", res.OpenData)
	}
}

// A file in the contract's own shape may carry a kategori column: kept as
// written (trimmed), a blank cell is the total.
func TestIndicatorsKategoriColumn(t *testing.T) {
	t.Parallel()
	db, _ := openTestWarehouse(t)
	path := filepath.Join(t.TempDir(), "pasien.csv")
	os.WriteFile(path, []byte(`kode_unit,periode,indikator,kategori,nilai,satuan
PKM-01,2025-Q1,pasien_dilayani,,120,orang
PKM-01,2025-Q1,pasien_dilayani,  Rawat Jalan ,100,orang
PKM-01,2025-Q1,pasien_dilayani,Rawat Inap,20,orang
`), 0o644)
	res, err := Load(context.Background(), db, Source{Kind: "indicators", Path: path})
	if err != nil || res.Read != 3 || res.Loaded != 3 {
		t.Fatalf("load: %+v %v", res, err)
	}
	got := strings.Join(kategoriOf(t, db, res.BatchID, ""), "\n")
	want := `2|pasien_dilayani|(total)|120.0
3|pasien_dilayani|Rawat Jalan|100.0
4|pasien_dilayani|Rawat Inap|20.0`
	if got != want {
		t.Errorf("raw rows:\n%s\nwant\n%s", got, want)
	}
}

// A warehouse whose raw.indicators predates kategori gets the column when it
// is opened (warehouse migration 005); its rows keep NULL, and a new batch
// loads with kategori.
func TestOldWarehouseGetsKategori(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, path := openTestWarehouse(t)
	if _, err := db.Exec(`ALTER TABLE raw.indicators DROP COLUMN kategori;
		INSERT INTO raw.indicators (_batch, _line, kode_wilayah, periode, indikator, nilai) VALUES (999, 2, '32.01', '2013', 'jumlah_penduduk_laki_laki', 5)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := Prepare(ctx, db); err != nil {
		t.Fatal(err)
	}
	var k sql.NullString
	if err := db.QueryRow("SELECT kategori FROM raw.indicators WHERE _batch = 999").Scan(&k); err != nil || k.Valid {
		t.Fatalf("old row: kategori %v, %v; want the column, NULL", k, err)
	}
	csv := filepath.Join(t.TempDir(), "pasien.csv")
	os.WriteFile(csv, []byte("kode_unit,periode,indikator,kategori,nilai\nPKM-01,2025,pasien_dilayani,Rawat Inap,20\n"), 0o644)
	res, err := Load(ctx, db, Source{Kind: "indicators", Path: csv})
	if err != nil || res.Loaded != 1 {
		t.Fatalf("load: %+v %v", res, err)
	}
	if got := kategoriOf(t, db, res.BatchID, ""); len(got) != 1 || got[0] != "2|pasien_dilayani|Rawat Inap|20.0" {
		t.Errorf("new batch: %v", got)
	}
}

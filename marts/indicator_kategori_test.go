package marts_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/marts/martstest"
	"kinerja/transform"
	"kinerja/warehouse"
)

// kategoriConfig is the fixture of issue 11 point 13: two Satu Data exports
// of hospital visits (a total row and a breakdown by hospital and visit kind;
// values that agree, values that do not, within one file and across the two)
// and one of bed occupancy in percent.
const kategoriConfig = "../testdata/indicator_kategori/kinerja.yaml"

// sharedPenduduk is Open Data Jabar's population by sex (no total rows),
// beside the repository; tests that use it skip its part when it is absent.
var sharedPenduduk = filepath.Join("..", "..", "shared", "data", "opendata", "jabar_penduduk_jk_kabkota.csv")

// kategoriWarehouse loads the fixture (and the real Jabar population file,
// when present) and runs the transform with the marts and every data test.
func kategoriWarehouse(t *testing.T) (*warehouse.DB, bool) {
	t.Helper()
	db := martstest.Load(t, filepath.Join(t.TempDir(), "w.duckdb"), kategoriConfig, false)
	jabar := false
	if _, err := os.Stat(sharedPenduduk); err == nil {
		res, err := ingest.Load(context.Background(), db, ingest.Source{Kind: "indicators", Path: sharedPenduduk})
		if err != nil || res.Loaded != 538 {
			t.Fatalf("Jabar population: %+v %v", res, err)
		}
		jabar = true
	}
	if _, err := transform.Run(context.Background(), db, marts.Models()...); err != nil {
		t.Fatal(err)
	}
	return db, jabar
}

func queryLines(t *testing.T, db *warehouse.DB, q string, args ...any) string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
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
	return strings.Join(out, "\n")
}

// A region's total and its breakdown are both rows of core.fact_indicator,
// told apart by kategori; two rows of one key with different values are
// both kept out of core.fact_indicator and mart.indicator_value and listed
// in core.indicator_conflict; identical rows count once; the mart's one
// value is the total row (never total + breakdown), or the breakdown's sum
// only where it adds up.
func TestIndicatorKategoriAndConflicts(t *testing.T) {
	t.Parallel()
	db, jabar := kategoriWarehouse(t)

	// The total and the breakdown of Kota Bandung, both queryable. Its
	// RSUD Rawat Jalan row is disputed (900 vs 950), so it is not here.
	got := queryLines(t, db, `SELECT kategori || '|' || dimensi || '|' || CAST(nilai AS BIGINT) FROM core.fact_indicator
		WHERE indikator = 'jumlah_kunjungan' AND kode_wilayah = '32.73' AND periode = '2024' ORDER BY kategori`)
	want := `||1500
jenis_rumah_sakit=RS Swasta; jenis_kunjungan=Rawat Jalan|jenis_rumah_sakit; jenis_kunjungan|300
jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Inap|jenis_rumah_sakit; jenis_kunjungan|300`
	if got != want {
		t.Errorf("Bandung in core.fact_indicator:\n%s\nwant\n%s", got, want)
	}

	// The conflicts: every row of a disputed key, with its source and line;
	// Depok's two equal totals (700 and 700) are no conflict.
	got = queryLines(t, db, `SELECT kode_wilayah || '|' || kategori || '|' || CAST(nilai AS BIGINT) || '|' || source || '|' || baris || '|' || nilai_berbeda
		FROM core.indicator_conflict ORDER BY kode_wilayah, kategori, nilai`)
	want = `32.02||10|kunjungan_dinkes|12|2
32.02||11|kunjungan_dinkes|13|2
32.05|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|50|kunjungan_dinkes|10|2
32.05|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|55|kunjungan_bps|5|2
32.73|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|900|kunjungan_dinkes|3|2
32.73|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|950|kunjungan_bps|2|2
32.77||500|kunjungan_dinkes|8|2
32.77||510|kunjungan_bps|3|2`
	if got != want {
		t.Errorf("core.indicator_conflict:\n%s\nwant\n%s", got, want)
	}

	// The mart's one value per region: Bandung its total (not 1500 + the
	// breakdown), Bogor the sum of its breakdown (no total; visits add up),
	// Depok its total once; none for Cimahi and Sukabumi (total disputed),
	// Garut (a disputed part: the breakdown is not complete), Tasikmalaya
	// (rows by hospital mixed with rows by hospital and visit kind) or the
	// bed occupancy in percent (a percentage does not add up).
	got = queryLines(t, db, `SELECT indikator || '|' || kode_wilayah || '|' || CAST(nilai AS BIGINT) || '|' || asal_nilai || '|' || rincian || '|' || satuan
		FROM mart.indicator_value WHERE kode_wilayah <> '32.01' OR indikator <> 'jumlah_penduduk' ORDER BY indikator, kode_wilayah`)
	want = `jumlah_kunjungan|32.01|500|jumlah_rincian|2|kunjungan
jumlah_kunjungan|32.73|1500|total|2|kunjungan
jumlah_kunjungan|32.76|700|total|0|kunjungan`
	if jabar {
		got = queryLines(t, db, `SELECT indikator || '|' || kode_wilayah || '|' || CAST(nilai AS BIGINT) || '|' || asal_nilai || '|' || rincian || '|' || satuan
			FROM mart.indicator_value WHERE indikator = 'jumlah_kunjungan' OR (kode_wilayah = '32.01' AND periode = '2013') ORDER BY indikator, kode_wilayah`)
		// Open Data Jabar: Kabupaten Bogor's 2013 population is its men plus its women.
		want += "\njumlah_penduduk|32.01|3757864|jumlah_rincian|2|jiwa"
	}
	if got != want {
		t.Errorf("mart.indicator_value:\n%s\nwant\n%s", got, want)
	}
	var n int64
	db.QueryRow(`SELECT count(*) FROM mart.indicator_value WHERE indikator = 'persentase_bor'`).Scan(&n)
	if n != 0 {
		t.Errorf("persentase_bor: %d mart rows, want none (a percentage breakdown does not add up)", n)
	}
	if jabar {
		// The real file's breakdown by sex is queryable as such.
		got = queryLines(t, db, `SELECT kategori || '=' || CAST(nilai AS BIGINT) FROM core.fact_indicator
			WHERE indikator = 'jumlah_penduduk' AND kode_wilayah = '32.01' AND periode = '2013' ORDER BY kategori`)
		if got != "jenis_kelamin=LAKI-LAKI=1930902\njenis_kelamin=PEREMPUAN=1826962" {
			t.Errorf("Jabar population of Bogor 2013 by sex:\n%s", got)
		}
	}
}

package marts_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

// build loads the given files (name -> kind, content) into a fresh warehouse
// and runs the transform with the marts.
func build(t *testing.T, files map[string][2]string) *warehouse.DB {
	t.Helper()
	return buildAt(t, "w.duckdb", files)
}

// buildAt is build into the file name in a temporary directory, or in
// memory when name is ":memory:".
func buildAt(t *testing.T, name string, files map[string][2]string) *warehouse.DB {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	path := name
	if name != ":memory:" {
		path = filepath.Join(dir, name)
	}
	db, err := warehouse.Open(ctx, warehouse.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := ingest.Prepare(ctx, db); err != nil {
		t.Fatal(err)
	}
	for name, kc := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(kc[1]), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := ingest.Load(ctx, db, ingest.Source{Kind: kc[0], Path: p})
		if err != nil {
			t.Fatalf("load %s: %v", name, err)
		}
		if res.Quarantined > 0 {
			t.Fatalf("load %s: %d rows quarantined: %+v", name, res.Quarantined, res.Reasons)
		}
	}
	if _, err := transform.Run(ctx, db, marts.Models()...); err != nil {
		t.Fatal(err)
	}
	return db
}

func one[T any](t *testing.T, db *warehouse.DB, q string, args ...any) T {
	t.Helper()
	var v T
	if err := db.QueryRow(q, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v
}

const regionsCSV = `kode_wilayah,nama,tingkat,kode_induk,penduduk_total,berlaku_mulai,berlaku_sampai,kode_lama
14,Riau,provinsi,,6000000,,,
14.72,Kota Dumai,kabkota,14,355256,,,
92,Papua Barat,provinsi,,500000,,,
96,Papua Barat Daya,provinsi,,600000,,,
92.71,Kota Sorong,kabkota,92,,,2022-12-08,
96.71,Kota Sorong,kabkota,96,286028,2022-12-08,,92.71
`

const unitsCSV = `kode_unit,nama_unit,kode_wilayah,kode_unit_induk,sektor
A,Dinas A,1472,,umum
B,Dinas B,14.72,,umum
B1,Puskesmas B1,14.72,B,kesehatan
S,Disdukcapil Kota Sorong,96.71,,kependudukan
`

// Nine people, one per cell of the predikat matrix, all in unit A.
var nips = []string{
	"198001012005011001", "198001012005011002", "198001012005011003",
	"198001012005011004", "198001012005011005", "198001012005011006",
	"198001012005011007", "198001012005011008", "198001012005011009",
}

func employees() string {
	var b strings.Builder
	b.WriteString("nip,nama,kode_unit,berlaku_mulai,jabatan\n")
	for i, n := range nips {
		b.WriteString(n + ",Pegawai " + string(rune('A'+i)) + ",A,2020-01-01,Analis\n")
	}
	// The mover: in A from 2020, in B from 2025-05-15.
	b.WriteString("199001012015011001,Pindah,A,2020-01-01,Analis\n")
	b.WriteString("199001012015011001,Pindah,B,15/05/2025,Analis\n")
	return b.String()
}

func TestPredikatMatrixAllNineCells(t *testing.T) {
	ratings := []string{"di_atas", "sesuai", "di_bawah"}
	want := map[[2]string]string{
		{"di_atas", "di_bawah"}: "kurang", {"di_atas", "sesuai"}: "baik", {"di_atas", "di_atas"}: "sangat_baik",
		{"sesuai", "di_bawah"}: "kurang", {"sesuai", "sesuai"}: "baik", {"sesuai", "di_atas"}: "baik",
		{"di_bawah", "di_bawah"}: "sangat_kurang", {"di_bawah", "sesuai"}: "butuh_perbaikan", {"di_bawah", "di_atas"}: "butuh_perbaikan",
	}
	var b strings.Builder
	b.WriteString("nip,periode,hasil_kerja,perilaku_kerja,predikat\n")
	i := 0
	for _, h := range ratings {
		for _, p := range ratings {
			pred := ""
			if i == 2 {
				pred = "Sangat Baik" // contradicts the matrix (di_atas x di_bawah = Kurang)
			}
			b.WriteString(nips[i] + ",2025," + strings.ToUpper(h) + " ekspektasi," + p + "," + pred + "\n")
			i++
		}
	}
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"e.csv": {"employees", employees()}, "a.csv": {"appraisals", b.String()},
	})
	rows, err := db.Query(`SELECT hasil_kerja, perilaku_kerja, predikat, predikat_kontradiksi FROM core.fact_appraisal`)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for rows.Next() {
		var h, p, pred string
		var contra bool
		if err := rows.Scan(&h, &p, &pred, &contra); err != nil {
			t.Fatal(err)
		}
		if want[[2]string{h, p}] != pred {
			t.Errorf("hasil %s perilaku %s: predikat %s, want %s", h, p, pred, want[[2]string{h, p}])
		}
		if wantContra := h == "di_atas" && p == "di_bawah"; contra != wantContra {
			t.Errorf("%s/%s: predikat_kontradiksi %v, want %v", h, p, contra, wantContra)
		}
		seen++
	}
	if seen != 9 {
		t.Fatalf("%d appraisals, want 9", seen)
	}
	if got := one[int](t, db, `SELECT count(*) FROM core.fact_appraisal WHERE predikat_kontradiksi`); got != 1 {
		t.Errorf("contradictions = %d, want 1 (the Sangat Baik written on di_atas/di_bawah)", got)
	}
	var sb, baik, bp, kurang, sk, n int
	var pct float64
	if err := db.QueryRow(`SELECT jumlah_sangat_baik, jumlah_baik, jumlah_butuh_perbaikan, jumlah_kurang, jumlah_sangat_kurang,
		pegawai_dinilai, persen_sangat_baik FROM mart.unit_performance WHERE kode_unit = 'A' AND periode = '2025'`).
		Scan(&sb, &baik, &bp, &kurang, &sk, &n, &pct); err != nil {
		t.Fatal(err)
	}
	if sb != 1 || baik != 3 || bp != 2 || kurang != 2 || sk != 1 || n != 9 {
		t.Errorf("unit A 2025: SB %d B %d BP %d K %d SK %d of %d; want 1 3 2 2 1 of 9", sb, baik, bp, kurang, sk, n)
	}
	if math.Abs(pct-100.0/9) > 1e-9 {
		t.Errorf("persen_sangat_baik = %v, want 11.11", pct)
	}
}

func TestAppraisalFollowsAssignmentHistory(t *testing.T) {
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV}, "e.csv": {"employees", employees()},
		"a.csv": {"appraisals", "nip,periode,hasil_kerja,perilaku_kerja\n" +
			"199001012015011001,2025-TW1,sesuai,sesuai\n" +
			"199001012015011001,2025-Q2,sesuai,sesuai\n" +
			"199001012015011001,2025,di_atas,di_atas\n"},
	})
	for periode, unit := range map[string]string{"2025-Q1": "A", "2025-Q2": "B", "2025": "B"} {
		if got := one[string](t, db, `SELECT kode_unit FROM core.fact_appraisal WHERE periode = ?`, periode); got != unit {
			t.Errorf("%s appraisal counted for unit %s, want %s", periode, got, unit)
		}
	}
	if got := one[int](t, db, `SELECT count(*) FROM core.dim_employee WHERE nip = '199001012015011001'`); got != 2 {
		t.Errorf("assignments = %d, want 2", got)
	}
	if got := one[string](t, db, `SELECT CAST(berlaku_sampai AS VARCHAR) FROM core.dim_employee WHERE nip = '199001012015011001' AND kode_unit = 'A'`); got != "2025-05-14" {
		t.Errorf("first assignment ends %s, want 2025-05-14", got)
	}
}

func TestIKMKnownAnswer(t *testing.T) {
	// Three respondents of unit B1 in 2025-Q1. Element means:
	// persyaratan (4+3+2)/3 = 3, prosedur (4+4+4)/3 = 4, the other seven 3 each
	// except sarana (1+2+3)/3 = 2. Sum = 3+4+3*6+2 = 27; IKM = 25 * 27/9 = 75.
	// 75.00 lies in 65.00-76.60: mutu C (Kurang Baik).
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"s.csv": {"survey_responses", "id_responden,kode_unit,tanggal,u_persyaratan,u_prosedur,u_waktu,u_biaya,u_produk,u_kompetensi,u_perilaku,u_pengaduan,u_sarana\n" +
			"r1,B1,05/01/2025,4,4,3,3,3,3,3,3,a\n" +
			"r2,B1,2025-02-10,3,d,3,3,3,3,3,3,2\n" +
			"r3,B1,31 Maret 2025,2,4,3,3,3,3,3,3,3\n"},
	})
	var ikm float64
	var mutu string
	var n int
	if err := db.QueryRow(`SELECT ikm, mutu, responden FROM mart.ikm WHERE kode_unit = 'B1' AND periode = '2025-Q1'`).Scan(&ikm, &mutu, &n); err != nil {
		t.Fatal(err)
	}
	if math.Abs(ikm-75) > 1e-9 || mutu != "C" || n != 3 {
		t.Errorf("IKM %v mutu %s responden %d; want 75 C 3", ikm, mutu, n)
	}
	if got := one[float64](t, db, `SELECT ikm FROM mart.ikm WHERE kode_unit = 'B1' AND periode = '2025'`); math.Abs(got-75) > 1e-9 {
		t.Errorf("year IKM %v, want 75 (same respondents)", got)
	}
}

func TestServiceOutcomesKnownAnswer(t *testing.T) {
	// Kota Sorong's standard is filed under its old code 9271 (-> 96.71): 24 h.
	// Q1 2025 KTP_EL: durations 2 h, 10 h, 30 h (WIT times), one pending.
	// median 10, p90 = 10 + 0.8*(30-10) = 26, on time 2 of 3, backlog at the
	// end of Q1 = 1 (the pending one); Q2 adds one finished in Q2 => backlog 0
	// after the pending one finishes in Q2.
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"std.csv": {"service_standards", "kode_wilayah,layanan,batas_jam,berlaku_mulai\n,KTP_EL,1,2023-01-01\n9271,KTP-el,24,2024-01-01\n"},
		"req.csv": {"service_requests", "id_permohonan,kode_unit,layanan,diajukan,selesai,status\n" +
			"p1,S,KTP_EL,2025-01-06 08:00 WIT,2025-01-06 10:00 WIT,selesai\n" +
			"p2,S,KTP_EL,2025-02-03 08:00:00+09:00,2025-02-03 18:00:00+09:00,selesai\n" +
			"p3,S,KTP_EL,2025-03-03T08:00:00+09:00,2025-03-04T14:00:00+09:00,selesai\n" +
			"p4,S,KTP_EL,2025-03-31 10:00 WIT,2025-04-02 10:00 WIT,selesai\n"},
	})
	var med, p90, ontime, batas float64
	var n, backlog int
	if err := db.QueryRow(`SELECT median_jam, p90_jam, persen_tepat_waktu, batas_jam, permohonan, backlog
		FROM mart.service_outcomes WHERE kode_unit = 'S' AND periode = '2025-Q1' AND layanan = 'KTP_EL'`).
		Scan(&med, &p90, &ontime, &batas, &n, &backlog); err != nil {
		t.Fatal(err)
	}
	// p4 (48 h) was submitted in Q1 too: durations 2, 10, 30, 48.
	// median (10+30)/2 = 20; p90 = 30 + 0.7*(48-30) = 42.6; on time 2/4.
	if med != 20 || math.Abs(p90-42.6) > 1e-9 || ontime != 50 || batas != 24 || n != 4 || backlog != 1 {
		t.Errorf("Q1: median %v p90 %v on-time %v batas %v n %d backlog %d; want 20 42.6 50 24 4 1", med, p90, ontime, batas, n, backlog)
	}
	if got := one[string](t, db, `SELECT kode_wilayah FROM core.dim_unit WHERE kode_unit = 'S'`); got != "96.71" {
		t.Errorf("Sorong unit region %s", got)
	}
	if got := one[int](t, db, `SELECT count(*) FROM core.dim_region WHERE nama = 'Kota Sorong'`); got != 1 {
		t.Errorf("Kota Sorong appears %d times in dim_region, want 1 (92.71 rolled into 96.71)", got)
	}
}

package marts_test

import (
	"database/sql"
	"fmt"
	"math"
	"strings"
	"testing"

	"kinerja/marts"
	"kinerja/transform"
)

// Honest uncertainty (issue 13, point 8): the statistics macros of
// transform/sql/ref/90_statistik.sql on cases computed by hand, and the
// marts' columns built on them.

const surveyHeader = "id_responden,kode_unit,tanggal,u_persyaratan,u_prosedur,u_waktu,u_biaya,u_produk,u_kompetensi,u_perilaku,u_pengaduan,u_sarana\n"

// near reports whether a nullable float is v within tol (v NaN = want NULL).
func near(got sql.NullFloat64, v, tol float64) bool {
	if math.IsNaN(v) {
		return !got.Valid
	}
	return got.Valid && math.Abs(got.Float64-v) <= tol
}

func TestStatisticsMacrosKnownAnswers(t *testing.T) {
	db := build(t, map[string][2]string{"r.csv": {"regions", regionsCSV}})
	nan := math.NaN()

	// Wilson 95 %, z = 1.959964, in percent. 3 of 10: p = 0.3, z^2/n =
	// 0.384146, centre (0.3 + 0.192073) / 1.384146 = 0.355506, half 1.959964
	// / 1.384146 x sqrt(0.021 + 0.009604) = 0.247715: 10.78-60.32 %.
	// 0 of 5: 0 and (z^2/n) / (1 + z^2/n) = 0.768291 / 1.768291 = 43.45 %.
	// 5 of 5: 56.55-100 %; 1 of 2: 9.45-90.55 %; n = 0: NULL.
	for _, c := range []struct {
		k, n     int
		lo, hi   float64
		estimate string
	}{
		{3, 10, 10.7791, 60.3222, "3/10"}, {0, 5, 0, 43.4482, "0/5"}, {5, 5, 56.5518, 100, "5/5"},
		{1, 2, 9.4531, 90.5469, "1/2"}, {0, 0, nan, nan, "0/0"},
	} {
		var lo, hi sql.NullFloat64
		if err := db.QueryRow(`SELECT core.wilson_bawah(?, ?), core.wilson_atas(?, ?)`, c.k, c.n, c.k, c.n).Scan(&lo, &hi); err != nil {
			t.Fatal(err)
		}
		if !near(lo, c.lo, 1e-4) || !near(hi, c.hi, 1e-4) {
			t.Errorf("Wilson %s: %v-%v, want %v-%v", c.estimate, lo, hi, c.lo, c.hi)
		}
	}

	// Spearman's rho by Fisher's z with se = sqrt(1.06 / (n - 3)):
	// n = 10, rho = 0.5: z = atanh(0.5) = 0.549306, se = 0.389138,
	// 0.549306 -/+ 0.762697 -> tanh(-0.213391) = -0.21021, tanh(1.312003) =
	// 0.86478. n = 3 (no se) and rho = 1 (infinite z): NULL; also when
	// corr() of perfectly ordered ranks lands one ulp inside 1 (it does, by
	// summation order: the national check of issue 14 found rho = 1 - 2^-52
	// for a region and period, with a "95 % interval" of 1.0 to 1.0).
	// rho = 0.999, n = 10: z = 3.800201, -/+ 0.762697: tanh(3.037504) =
	// 0.99541 to tanh(4.562898) = 0.99978.
	for _, c := range []struct {
		rho    float64
		n      int
		lo, hi float64
	}{{0.5, 10, -0.21021, 0.86478}, {0.6, 4, -0.86796, 0.99120}, {0.5, 3, nan, nan}, {1, 10, nan, nan},
		{1 - 0x1p-52, 5, nan, nan}, {-1 + 0x1p-52, 5, nan, nan}, {0.999, 10, 0.99541, 0.99978}} {
		var lo, hi sql.NullFloat64
		if err := db.QueryRow(`SELECT core.spearman_bawah(?, ?), core.spearman_atas(?, ?)`, c.rho, c.n, c.rho, c.n).Scan(&lo, &hi); err != nil {
			t.Fatal(err)
		}
		if !near(lo, c.lo, 1e-5) || !near(hi, c.hi, 1e-5) {
			t.Errorf("Spearman CI rho %v n %d: %v-%v, want %v-%v", c.rho, c.n, lo, hi, c.lo, c.hi)
		}
	}

	// Krejcie and Morgan: s = 3.841 N 0.25 / (0.0025 (N - 1) + 0.96025),
	// rounded: N = 100 -> 96.025 / 1.20775 = 79.51 -> 80; 1 000 -> 277.7 ->
	// 278; 3 000 -> 340.6 -> 341; 10 000 -> 369.9 -> 370; 1 000 000 ->
	// 383.95 -> 384; unknown -> 384.
	got := one[string](t, db, `SELECT string_agg(CAST(core.ikm_sampel_minimum(n) AS VARCHAR), ' ' ORDER BY i)
		FROM (VALUES (1, 100), (2, 1000), (3, 3000), (4, 10000), (5, 1000000), (6, NULL)) v(i, n)`)
	if got != "80 278 341 370 384 384" {
		t.Errorf("minimum samples %s, want 80 278 341 370 384 384", got)
	}
}

func TestIKMSampleSizeFlag(t *testing.T) {
	// D: Dukcapil with 100 requests in 2025-Q1 -> minimum 80; 80 respondents:
	// enough. E: Dukcapil with 100 requests and 79 respondents: not enough.
	// P1: a puskesmas with no requests, pasien_dilayani 1 000 in 2025-Q1 and
	// 2 000 in 2025-Q2: Q1 minimum 278, the year's population the two
	// quarters' sum 3 000 -> 341; 10 respondents. X: no population in the
	// data -> 384 (the large-N limit), tidak_diketahui.
	units := "kode_unit,nama_unit,kode_wilayah,kode_unit_induk,sektor\n" +
		"D,Disdukcapil D,14.72,,kependudukan\nE,Disdukcapil E,14.72,,kependudukan\n" +
		"P,Dinkes,14.72,,kesehatan\nP1,Puskesmas 1,14.72,P,kesehatan\nX,Dinas X,14.72,,umum\n"
	var req, s strings.Builder
	req.WriteString("id_permohonan,kode_unit,layanan,diajukan,selesai,status\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&req, "d%d,D,KTP_EL,2025-02-03 08:00,2025-02-03 09:00,selesai\n", i)
		fmt.Fprintf(&req, "e%d,E,KTP_EL,2025-02-03 08:00,2025-02-03 09:00,selesai\n", i)
	}
	s.WriteString(surveyHeader)
	// D's answers: every element 4 but sarana 3 and waktu 3: the weakest is
	// waktu (3.0, the earlier of the tie in PermenPANRB 14/2017's order).
	for i := 0; i < 80; i++ {
		fmt.Fprintf(&s, "d%d,D,2025-02-10,4,4,3,4,4,4,4,4,3\n", i)
	}
	for i := 0; i < 79; i++ {
		fmt.Fprintf(&s, "e%d,E,2025-02-10,3,3,3,3,3,3,3,3,3\n", i)
	}
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&s, "p%d,P1,2025-02-10,3,3,3,3,3,3,3,3,2\n", i)
		fmt.Fprintf(&s, "x%d,X,2025-02-10,3,3,3,3,3,3,3,3,3\n", i)
	}
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", units},
		"req.csv": {"service_requests", req.String()}, "s.csv": {"survey_responses", s.String()},
		"i.csv": {"indicators", "kode_unit,periode,indikator,nilai,satuan,arah\n" +
			"P1,2025-Q1,pasien_dilayani,1000,orang,naik\nP1,2025-Q2,pasien_dilayani,2000,orang,naik\n"},
	})
	for _, c := range []struct {
		unit, periode, want string
	}{
		{"D", "2025-Q1", "80 100 permohonan 80 true waktu Waktu Penyelesaian 3.0"},
		{"E", "2025-Q1", "79 100 permohonan 80 false persyaratan Persyaratan 3.0"},
		{"P1", "2025-Q1", "10 1000 indikator:pasien_dilayani 278 false sarana Sarana dan Prasarana 2.0"},
		{"P1", "2025", "10 3000 indikator:pasien_dilayani 341 false sarana Sarana dan Prasarana 2.0"},
		{"X", "2025", "10 - tidak_diketahui 384 false persyaratan Persyaratan 3.0"},
	} {
		got := one[string](t, db, `SELECT concat_ws(' ', responden, coalesce(CAST(populasi AS VARCHAR), '-'), sumber_populasi,
			sampel_minimum, sampel_cukup, unsur_terendah, nama_unsur_terendah, nrr_terendah)
			FROM mart.ikm WHERE kode_unit = ? AND periode = ?`, c.unit, c.periode)
		if got != c.want {
			t.Errorf("%s %s: %q, want %q", c.unit, c.periode, got, c.want)
		}
	}
	// One definition of the element means: mart.ikm's and mart.ikm_unsur's agree.
	if n := one[int](t, db, `SELECT count(*) FROM mart.ikm i JOIN mart.ikm_unsur e USING (kode_unit, periode)
		WHERE e.unsur = 'waktu' AND e.nrr IS DISTINCT FROM i.nrr_waktu`); n != 0 {
		t.Errorf("%d rows where mart.ikm_unsur's waktu differs from mart.ikm's nrr_waktu", n)
	}
}

func TestSpearmanIntervalAndUnitCount(t *testing.T) {
	// Kota Dumai, 2025-Q1: eight units U1-U8 of 8 people, 8 down to 1 of them
	// Sangat Baik (ascending ranks of % SB: U1 8 ... U8 1). Three respondents
	// each, all elements scored alike, whose IKM ranks (ascending) are U1 6,
	// U2 8, U3 7, U4 3, U5 5, U6 4, U7 1, U8 2. d = 2, -1, 1, 2, -1, -1, 1,
	// -1; sum d^2 = 14; rho = 1 - 6 x 14 / (8 x 63) = 5/6. z = atanh(5/6) =
	// ln(11) / 2 = 1.198948, se = sqrt(1.06 / 5) = 0.460435: 0.28812 to
	// 0.97053; 8 units: not too few.
	// Kota Sorong: four units S1-S4 of 4 people, 4 down to 1 Sangat Baik,
	// IKM ranks 3, 4, 1, 2: sum d^2 = 4, rho = 1 - 24 / 60 = 0.6, CI -0.86796
	// to 0.99120 (se = sqrt(1.06)), and 4 < 8 units: terlalu sedikit unit.
	answers := map[int]string{1: "111", 2: "112", 3: "122", 4: "222", 5: "223", 6: "233", 7: "333", 8: "334"}
	var u, a, s strings.Builder
	u.WriteString("kode_unit,nama_unit,kode_wilayah\n")
	a.WriteString("nip,periode,hasil_kerja,perilaku_kerja,kode_unit\n")
	s.WriteString(surveyHeader)
	person := 0
	add := func(unit, region string, people, sb, ikmRank int) {
		fmt.Fprintf(&u, "%s,Unit %s,%s\n", unit, unit, region)
		for j := 0; j < people; j++ {
			r := ratingsFor["B"]
			if j < sb {
				r = ratingsFor["SB"]
			}
			fmt.Fprintf(&a, "%s,2025-Q1,%s,%s,%s\n", nipN(person), r[0], r[1], unit)
			person++
		}
		for k, score := range answers[ikmRank] {
			fmt.Fprintf(&s, "%s-%d,%s,2025-02-01%s\n", unit, k, unit, strings.Repeat(","+string(score), 9))
		}
	}
	for i, rank := range []int{6, 8, 7, 3, 5, 4, 1, 2} {
		add(fmt.Sprintf("U%d", i+1), "14.72", 8, 8-i, rank)
	}
	for i, rank := range []int{3, 4, 1, 2} {
		add(fmt.Sprintf("S%d", i+1), "96.71", 4, 4-i, rank)
	}
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", u.String()},
		"a.csv": {"appraisals", a.String()}, "s.csv": {"survey_responses", s.String()},
	})
	for _, c := range []struct {
		region        string
		rho, lo, hi   float64
		n             int
		tooFew        bool
		distinctLines int
	}{{"14.72", 5.0 / 6, 0.28812, 0.97053, 8, false, 1}, {"96.71", 0.6, -0.86796, 0.99120, 4, true, 1}} {
		var rho, lo, hi sql.NullFloat64
		var n, lines int
		var tooFew bool
		if err := db.QueryRow(`SELECT any_value(spearman_nilai_ikm), any_value(spearman_bawah), any_value(spearman_atas),
			any_value(spearman_n), any_value(terlalu_sedikit_unit),
			count(DISTINCT (spearman_nilai_ikm, spearman_bawah, spearman_atas, spearman_n, terlalu_sedikit_unit))
			FROM mart.performance_service_link WHERE kode_wilayah = ? AND periode = '2025-Q1'`, c.region).Scan(&rho, &lo, &hi, &n, &tooFew, &lines); err != nil {
			t.Fatal(err)
		}
		if !near(rho, c.rho, 1e-9) || !near(lo, c.lo, 1e-5) || !near(hi, c.hi, 1e-5) || n != c.n || tooFew != c.tooFew || lines != c.distinctLines {
			t.Errorf("%s: rho %v CI %v-%v n %d too few %v (%d variants); want %v %v-%v %d %v", c.region, rho, lo, hi, n, tooFew, lines, c.rho, c.lo, c.hi, c.n, c.tooFew)
		}
	}
	// The Wilson interval of each unit's % Sangat Baik: U6 has 3 of 8 (37.5 %).
	var lo, hi sql.NullFloat64
	if err := db.QueryRow(`SELECT persen_sangat_baik_bawah, persen_sangat_baik_atas FROM mart.unit_performance
		WHERE kode_unit = 'U6' AND periode = '2025-Q1'`).Scan(&lo, &hi); err != nil {
		t.Fatal(err)
	}
	// 3 of 8: z^2/n = 0.480183, centre (0.375 + 0.240091) / 1.480183 =
	// 0.415549, half 1.324136 x sqrt(0.029297 + 0.015006) = 0.278704.
	if !near(lo, 13.6845, 1e-3) || !near(hi, 69.4253, 1e-3) {
		t.Errorf("U6 3/8 Sangat Baik: %v-%v, want 13.68-69.43", lo, hi)
	}
}

// TestSpearmanDataTestAtRhoOne: the data test interval_spearman agrees with
// core.spearman_bawah about a rho one ulp inside +-1 (what corr() of
// perfectly ordered ranks gives by summation order): no interval there is
// right, and a missing interval for a rho well inside is still caught.
func TestSpearmanDataTestAtRhoOne(t *testing.T) {
	var test transform.Model
	for _, m := range marts.Models() {
		if m.Name == "test/interval_spearman" {
			test = m
		}
	}
	if test.SQL == "" {
		t.Fatal("test/interval_spearman not found")
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE SCHEMA mart;
		CREATE TABLE mart.performance_service_link (kode_wilayah VARCHAR, periode VARCHAR, spearman_nilai_ikm DOUBLE,
			spearman_bawah DOUBLE, spearman_atas DOUBLE, spearman_n INTEGER, terlalu_sedikit_unit BOOLEAN);
		INSERT INTO mart.performance_service_link VALUES
			('a', '2025-Q1', 1 - 2 ^ -52, NULL, NULL, 5, true),
			('b', '2025-Q1', -1 + 2 ^ -52, NULL, NULL, 5, true),
			('c', '2025-Q1', 1, NULL, NULL, 9, false),
			('d', '2025-Q1', 0.999, NULL, NULL, 10, false);`); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(test.FullSQL())
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var offending []string
	for rows.Next() {
		var k, p string
		var rho, lo, hi sql.NullFloat64
		var n int
		if err := rows.Scan(&k, &p, &rho, &lo, &hi, &n); err != nil {
			t.Fatal(err)
		}
		offending = append(offending, k)
	}
	if strings.Join(offending, " ") != "d" {
		t.Errorf("offending regions %v, want [d] (rho 0.999 without an interval)", offending)
	}
}

package marts_test

import (
	"context"
	"errors"
	"fmt"
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

// nipN returns a valid PNS NIP: born 1980 + n/300, month and day from n,
// appointed 2005-01, male, sequence n.
func nipN(n int) string {
	return fmt.Sprintf("%04d%02d%02d2005011%03d", 1970+n/300, 1+(n/28)%12, 1+n%28, 1+n%999)
}

// ratingsFor gives (hasil_kerja, perilaku_kerja) that yield a predikat.
var ratingsFor = map[string][2]string{
	"SB": {"di_atas", "di_atas"}, "B": {"sesuai", "sesuai"}, "BP": {"di_bawah", "sesuai"},
	"K": {"sesuai", "di_bawah"}, "SK": {"di_bawah", "di_bawah"},
}

const dumaiUnitsCSV = `kode_unit,nama_unit,kode_wilayah
U1,Unit 1,14.72
U2,Unit 2,14.72
U3,Unit 3,14.72
U4,Unit 4,14.72
U5,Unit 5,14.72
`

func TestSpearmanFiveUnits(t *testing.T) {
	// Five Dumai units of four people each in 2025-Q1; Sangat Baik counts 4,
	// 3, 2, 1, 0 (100 %, 75 %, 50 %, 25 %, 0 %). One IKM respondent each,
	// answering every element 3, 4, 2, 1, 3: IKM 75, 100, 50, 25, 75.
	// Average ranks (ascending): % SB U5 1, U4 2, U3 3, U2 4, U1 5; IKM U4 1,
	// U3 2, U1 and U5 tie at 3 and 4 -> 3.5 each, U2 5. Pairs (5, 3.5),
	// (4, 5), (3, 2), (2, 1), (1, 3.5): deviations from the mean 3 are
	// (2, .5), (1, 2), (0, -1), (-1, -2), (-2, .5); sum of products 4, sums of
	// squares 10 and 9.5, so rho = 4 / sqrt(95) = 0.41039.
	var a, s strings.Builder
	a.WriteString("nip,periode,hasil_kerja,perilaku_kerja,kode_unit\n")
	s.WriteString("id_responden,kode_unit,tanggal,u_persyaratan,u_prosedur,u_waktu,u_biaya,u_produk,u_kompetensi,u_perilaku,u_pengaduan,u_sarana\n")
	n := 0
	for i, score := range []int{3, 4, 2, 1, 3} {
		unit := fmt.Sprintf("U%d", i+1)
		for j := 0; j < 4; j++ {
			r := ratingsFor["B"]
			if j < 4-i {
				r = ratingsFor["SB"]
			}
			fmt.Fprintf(&a, "%s,2025-Q1,%s,%s,%s\n", nipN(n), r[0], r[1], unit)
			n++
		}
		fmt.Fprintf(&s, "r%d,%s,2025-02-01%s\n", i, unit, strings.Repeat(fmt.Sprintf(",%d", score), 9))
	}
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", dumaiUnitsCSV},
		"a.csv": {"appraisals", a.String()}, "s.csv": {"survey_responses", s.String()},
	})
	rows, err := db.Query(`SELECT kode_unit, persen_sangat_baik, ikm, unit_dibandingkan, spearman_nilai_ikm
		FROM mart.performance_service_link WHERE periode = '2025-Q1' ORDER BY kode_unit`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	wantSB := []float64{100, 75, 50, 25, 0}
	wantIKM := []float64{75, 100, 50, 25, 75}
	i := 0
	for rows.Next() {
		var unit string
		var sb, ikm, rho float64
		var of int
		if err := rows.Scan(&unit, &sb, &ikm, &of, &rho); err != nil {
			t.Fatal(err)
		}
		if sb != wantSB[i] || math.Abs(ikm-wantIKM[i]) > 1e-9 || of != 5 || math.Abs(rho-4/math.Sqrt(95)) > 1e-9 {
			t.Errorf("%s: %% SB %v IKM %v of %d rho %v; want %v %v 5 %v", unit, sb, ikm, of, rho, wantSB[i], wantIKM[i], 4/math.Sqrt(95))
		}
		i++
	}
	if i != 5 {
		t.Fatalf("%d units, want 5", i)
	}
}

func TestKurvaDistribusiEachRulePassesAndFails(t *testing.T) {
	cases := []struct {
		unit, rating string
		counts       map[string]int // of 10 people
		sesuai       bool
		alasan       string
	}{
		{"IS1", "istimewa", map[string]int{"SB": 5, "B": 3, "BP": 2}, true, ""},
		{"IS0", "istimewa", map[string]int{"SB": 8, "B": 2}, false, "sangat_baik 80.0 % > 70 %"},
		{"IS2", "istimewa", map[string]int{"SB": 3, "B": 4, "BP": 3}, false, "sangat_baik (3) is not the largest group"},
		{"BA1", "baik", map[string]int{"SB": 2, "B": 6, "BP": 1, "K": 1}, true, ""},
		{"BA0", "baik", map[string]int{"SB": 2, "B": 8}, false, "baik 80.0 % > 70 %; no butuh_perbaikan or kurang"},
		{"BP1", "butuh_perbaikan", map[string]int{"SB": 1, "B": 2, "BP": 7}, true, ""},
		{"BP0", "butuh_perbaikan", map[string]int{"SB": 2, "B": 3, "BP": 5}, false, "sangat_baik 20.0 % > 10 %; butuh_perbaikan 50.0 % < 60 %"},
		{"KU1", "kurang", map[string]int{"B": 2, "BP": 2, "K": 6}, true, ""},
		{"KU0", "kurang", map[string]int{"SB": 1, "B": 3, "K": 6}, false, "butuh_perbaikan 0.0 % < 10 %"},
		{"SK1", "sangat_kurang", map[string]int{"BP": 1, "K": 2, "SK": 7}, true, ""},
		{"SK0", "sangat_kurang", map[string]int{"SB": 1, "B": 3, "SK": 6}, false, "sangat_baik 10.0 % > 0 %; butuh_perbaikan + kurang 0.0 % < 10 %"},
	}
	var u, a strings.Builder
	u.WriteString("kode_unit,nama_unit,kode_wilayah\n")
	a.WriteString("nip,periode,hasil_kerja,perilaku_kerja,rating_organisasi,kode_unit\n")
	n := 0
	for _, c := range cases {
		fmt.Fprintf(&u, "%s,Unit %s,14.72\n", c.unit, c.unit)
		for _, p := range []string{"SB", "B", "BP", "K", "SK"} {
			for j := 0; j < c.counts[p]; j++ {
				r := ratingsFor[p]
				fmt.Fprintf(&a, "%s,2025,%s,%s,%s,%s\n", nipN(n), r[0], r[1], c.rating, c.unit)
				// the same person in 2025-Q4, without a rating: the year's rating applies
				fmt.Fprintf(&a, "%s,2025-Q4,%s,%s,,%s\n", nipN(n), r[0], r[1], c.unit)
				n++
			}
		}
	}
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", u.String()}, "a.csv": {"appraisals", a.String()},
	})
	for _, c := range cases {
		for _, per := range []string{"2025", "2025-Q4"} {
			var rating, src, alasan string
			var sesuai bool
			var n int
			if err := db.QueryRow(`SELECT rating_organisasi, sumber_rating, sesuai, coalesce(alasan, ''), pegawai_dinilai
				FROM mart.distribution_compliance WHERE kode_unit = ? AND periode = ?`, c.unit, per).Scan(&rating, &src, &sesuai, &alasan, &n); err != nil {
				t.Fatalf("%s %s: %v", c.unit, per, err)
			}
			wantSrc := map[string]string{"2025": "periode", "2025-Q4": "tahunan"}[per]
			if rating != c.rating || src != wantSrc || sesuai != c.sesuai || alasan != c.alasan || n != 10 {
				t.Errorf("%s %s: %s (%s) sesuai %v %q of %d; want %s (%s) %v %q of 10", c.unit, per, rating, src, sesuai, alasan, n,
					c.rating, wantSrc, c.sesuai, c.alasan)
			}
		}
	}
}

func TestLenientRater(t *testing.T) {
	// Unit A: rater R rates five people di_atas on both (score 3); rater S
	// rates five others sesuai on both (score 2). Unit mean 2.5. R: 100 % di
	// atas, mean 3, selisih +0.5 -> lunak; S: 0 %, mean 2, selisih -0.5 ->
	// ketat. R's people rate themselves sesuai (2): self - supervisor = -1;
	// S's rate themselves di_atas (3): +1. A rater of 4 people gets no label.
	rater, strict, small := nipN(900), nipN(901), nipN(902)
	var a strings.Builder
	a.WriteString("nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja,kode_unit\n")
	for i := 0; i < 10; i++ {
		r, self, who := "di_atas", "sesuai", rater
		if i >= 5 {
			r, self, who = "sesuai", "di_atas", strict
		}
		fmt.Fprintf(&a, "%s,2025,atasan,%s,%s,%s,A\n", nipN(i), who, r, r)
		fmt.Fprintf(&a, "%s,2025,diri,%s,%s,%s,A\n", nipN(i), nipN(i), self, self)
	}
	for i := 10; i < 14; i++ {
		fmt.Fprintf(&a, "%s,2025,atasan,%s,di_atas,di_atas,B\n", nipN(i), small)
	}
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV}, "a.csv": {"appraisals", a.String()},
	})
	for _, w := range []struct {
		nip, label            string
		atas, mean, sel, diri float64
	}{{rater, "lunak", 100, 3, 0.5, -1}, {strict, "ketat", 0, 2, -0.5, 1}} {
		var label string
		var atas, mean, unitMean, sel, diri float64
		var n int
		if err := db.QueryRow(`SELECT label, persen_di_atas, rata_nilai, rata_nilai_unit, selisih, selisih_diri_atasan, dinilai
			FROM mart.rater_calibration WHERE nip_penilai = ? AND periode = '2025'`, w.nip).Scan(&label, &atas, &mean, &unitMean, &sel, &diri, &n); err != nil {
			t.Fatal(err)
		}
		if label != w.label || atas != w.atas || mean != w.mean || unitMean != 2.5 || sel != w.sel || diri != w.diri || n != 5 {
			t.Errorf("rater %s: %s %v%% mean %v unit %v selisih %v diri %v n %d; want %s %v%% %v 2.5 %v %v 5",
				w.nip, label, atas, mean, unitMean, sel, diri, n, w.label, w.atas, w.mean, w.sel, w.diri)
		}
	}
	if got := one[bool](t, db, `SELECT label IS NULL FROM mart.rater_calibration WHERE nip_penilai = ?`, small); !got {
		t.Errorf("a rater of 4 people got a label")
	}
}

func TestPeriodRollUp(t *testing.T) {
	// A monthly appraisal and a semester one: dim_period rolls 2025-05 up to
	// 2025-Q2, 2025-S1, 2025 and 2025-S2 to 2025; unit_performance keeps the
	// period the source recorded.
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV}, "e.csv": {"employees", employees()},
		"a.csv": {"appraisals", "nip,periode,hasil_kerja,perilaku_kerja\n" +
			nips[0] + ",2025-05,di_atas,di_atas\n" + nips[0] + ",2025-S2,sesuai,sesuai\n" + nips[1] + ",2025-TW3,sesuai,sesuai\n"},
	})
	for _, c := range []struct{ periode, jenis, induk, q, s, y, mulai, selesai string }{
		{"2025-05", "bulan", "2025-Q2", "2025-Q2", "2025-S1", "2025", "2025-05-01", "2025-05-31"},
		{"2025-Q2", "triwulan", "2025-S1", "2025-Q2", "2025-S1", "2025", "2025-04-01", "2025-06-30"},
		{"2025-Q3", "triwulan", "2025-S2", "2025-Q3", "2025-S2", "2025", "2025-07-01", "2025-09-30"},
		{"2025-S2", "semester", "2025", "-", "2025-S2", "2025", "2025-07-01", "2025-12-31"},
		{"2025", "tahun", "-", "-", "-", "2025", "2025-01-01", "2025-12-31"},
	} {
		var jenis, induk, q, s, y, mulai, selesai string
		if err := db.QueryRow(`SELECT jenis_periode, coalesce(periode_induk, '-'), coalesce(periode_triwulan, '-'),
			coalesce(periode_semester, '-'), periode_tahun, CAST(tanggal_mulai AS VARCHAR), CAST(tanggal_selesai AS VARCHAR)
			FROM core.dim_period WHERE periode = ?`, c.periode).Scan(&jenis, &induk, &q, &s, &y, &mulai, &selesai); err != nil {
			t.Fatal(err)
		}
		if jenis != c.jenis || induk != c.induk || q != c.q || s != c.s || y != c.y || mulai != c.mulai || selesai != c.selesai {
			t.Errorf("%s: %s %s %s %s %s %s-%s; want %+v", c.periode, jenis, induk, q, s, y, mulai, selesai, c)
		}
	}
	if got := one[string](t, db, `SELECT string_agg(periode || ':' || pegawai_dinilai, ' ' ORDER BY periode) FROM mart.unit_performance`); got != "2025-05:1 2025-Q3:1 2025-S2:1" {
		t.Errorf("unit_performance periods %s", got)
	}
}

func TestIKMPerElement(t *testing.T) {
	// The three respondents of TestIKMKnownAnswer: persyaratan 3 (75, C),
	// prosedur 4 (100, A), sarana 2 (50, D, the lowest), the rest 3.
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"s.csv": {"survey_responses", "id_responden,kode_unit,tanggal,u_persyaratan,u_prosedur,u_waktu,u_biaya,u_produk,u_kompetensi,u_perilaku,u_pengaduan,u_sarana\n" +
			"r1,B1,05/01/2025,4,4,3,3,3,3,3,3,a\nr2,B1,2025-02-10,3,d,3,3,3,3,3,3,2\nr3,B1,31 Maret 2025,2,4,3,3,3,3,3,3,3\n"},
	})
	for unsur, w := range map[string]struct {
		nrr  float64
		mutu string
		low  bool
	}{"persyaratan": {3, "C", false}, "prosedur": {4, "A", false}, "sarana": {2, "D", true}, "waktu": {3, "C", false}} {
		var nrr, tert, ikm float64
		var mutu string
		var low bool
		if err := db.QueryRow(`SELECT nrr, nrr_tertimbang, ikm_unsur, mutu_unsur, terendah FROM mart.ikm_unsur
			WHERE kode_unit = 'B1' AND periode = '2025-Q1' AND unsur = ?`, unsur).Scan(&nrr, &tert, &ikm, &mutu, &low); err != nil {
			t.Fatal(err)
		}
		if math.Abs(nrr-w.nrr) > 1e-9 || math.Abs(tert-w.nrr/9) > 1e-12 || math.Abs(ikm-25*w.nrr) > 1e-9 || mutu != w.mutu || low != w.low {
			t.Errorf("%s: nrr %v tertimbang %v ikm %v %s lowest %v; want %v %v %v %s %v", unsur, nrr, tert, ikm, mutu, low, w.nrr, w.nrr/9, 25*w.nrr, w.mutu, w.low)
		}
	}
	if got := one[float64](t, db, `SELECT 25 * sum(nrr_tertimbang) FROM mart.ikm_unsur WHERE kode_unit = 'B1' AND periode = '2025-Q1'`); math.Abs(got-75) > 1e-9 {
		t.Errorf("25 x sum of weighted element means = %v, want the unit's IKM 75", got)
	}
}

// People of the talent, promotion and training-needs test.
var (
	p1 = "198501012010011001" // promoted Ahli Pertama III/a -> Ahli Muda III/c on 2025-04-01, in the pool
	p2 = "198501012010011002" // golongan II/a -> II/b on 2025-04-01, box 2: flagged
	p3 = "198501012010011003" // moves A -> B on 2025-07-01: not a promotion
	p4 = "198501012010011004" // golongan III/a -> III/b on 2025-04-01 with no appraisal before
)

func TestTalentPromotionTrainingNeeds(t *testing.T) {
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"e.csv": {"employees", "nip,nama,kode_unit,berlaku_mulai,jabatan,golongan\n" +
			p1 + ",Satu,A,2024-01-01,Analis Kebijakan Ahli Pertama,III/a\n" +
			p1 + ",Satu,A,2025-04-01,Analis Kebijakan Ahli Muda,III/c\n" +
			p2 + ",Dua,A,2024-01-01,Pengolah Data,II/a\n" +
			p2 + ",Dua,A,2025-04-01,Pengolah Data,II/b\n" +
			p3 + ",Tiga,A,2024-01-01,Pengolah Data,II/c\n" +
			p3 + ",Tiga,B,2025-07-01,Pengolah Data,II/c\n" +
			p4 + ",Empat,A,2024-01-01,Analis SDM Aparatur Ahli Pertama,III/a\n" +
			p4 + ",Empat,A,2025-04-01,Analis SDM Aparatur Ahli Pertama,III/b\n"},
		"a.csv": {"appraisals", "nip,periode,hasil_kerja,perilaku_kerja,perilaku_berorientasi_pelayanan,perilaku_kolaboratif\n" +
			p1 + ",2024,di_atas,di_atas,,\n" +
			p1 + ",2025-Q1,sesuai,di_atas,,\n" + // the latest before 2025-04-01: Baik -> sesuai
			p1 + ",2025-Q2,di_bawah,di_bawah,,\n" + // after the promotion: not used
			p1 + ",2025,di_bawah,sesuai,di_bawah,di_bawah\n" +
			p2 + ",2024,sesuai,sesuai,,\n" +
			p3 + ",2025-Q1,sesuai,sesuai,,\n" +
			p3 + ",2025-Q3,sesuai,sesuai,,\n"},
		"p.csv": {"potentials", "nip,tahun,potensi\n" + p1 + ",2024,tinggi\n" + p2 + ",2024,rendah\n"},
		"t.csv": {"trainings", "nip,kegiatan,jp,tanggal_mulai\n" +
			p1 + ",Pelatihan X,8,2025-03-01\n" + p2 + ",Pelatihan Y,24,2025-05-01\n" + p3 + ",Pelatihan Z,20,2025-08-01\n"},
	})

	// 9-box: p1 2024 Sangat Baik (di atas) x tinggi = 9; p2 Baik (sesuai) x rendah = 2.
	for _, c := range []struct {
		nip  string
		box  int
		pool bool
	}{{p1, 9, true}, {p2, 2, false}} {
		var box int
		var pool bool
		if err := db.QueryRow(`SELECT kotak_9, kelompok_promosi FROM mart.talent_pool WHERE nip = ? AND tahun = 2024`, c.nip).Scan(&box, &pool); err != nil {
			t.Fatal(err)
		}
		if box != c.box || pool != c.pool {
			t.Errorf("%s 2024: box %d pool %v; want %d %v", c.nip, box, pool, c.box, c.pool)
		}
	}

	// Promotions: p1 (jabatan and golongan; before it 2025-Q1 Baik x tinggi =
	// box 8, in the pool), p2 (golongan; 2024 Baik x rendah = box 2, flagged),
	// p4 (golongan; nothing known before it). p3's move is not a promotion.
	got := map[string]string{}
	rows, err := db.Query(`SELECT nip, jenis_kenaikan || ' ' || coalesce(periode_sebelum, '-') || ' ' || coalesce(CAST(kotak_9_sebelum AS VARCHAR), '-')
		|| ' ' || status_merit || ' ' || ditandai FROM mart.promotion_merit`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var nip, s string
		rows.Scan(&nip, &s)
		got[nip] = s
	}
	rows.Close()
	want := map[string]string{
		p1: "jabatan_dan_golongan 2025-Q1 8 dalam_kelompok_promosi false",
		p2: "golongan 2024 2 di_luar_kelompok_promosi true",
		p4: "golongan - - data_tidak_lengkap false",
	}
	if len(got) != len(want) {
		t.Errorf("promotions %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("promotion of %s: %q, want %q", k, got[k], v)
		}
	}

	// The mover's appraisals count for A in Q1 and for B in Q3 (assignment history).
	if got := one[string](t, db, `SELECT string_agg(periode || ':' || kode_unit, ' ' ORDER BY periode) FROM core.fact_appraisal WHERE nip = ?`, p3); got != "2025-Q1:A 2025-Q3:B" {
		t.Errorf("mover's appraisals: %s", got)
	}

	// Training needs 2025. p1: Butuh Perbaikan (gap), two values di bawah, 8 JP:
	// skor 4 + 2 + 2 = 8, tinggi, focus Pelayanan Publik (the first value).
	// p2: no 2025 appraisal, 24 JP: skor 0. p4: no training: skor 2 + 1 = 3,
	// sedang, focus Pemenuhan 20 JP. p3 is in B at year end with exactly 20 JP.
	type need struct {
		unit, nilai, fokus, kategori string
		jumlah, skor, urutan         int
		gap                          bool
		jp, kurang                   float64
	}
	wantNeeds := map[string]need{
		p1: {"A", "berorientasi_pelayanan, kolaboratif", "Pelayanan Publik", "tinggi", 2, 8, 1, true, 8, 12},
		p2: {"A", "-", "-", "rendah", 0, 0, 3, false, 24, 0},
		p3: {"B", "-", "-", "rendah", 0, 0, 1, false, 20, 0},
		p4: {"A", "-", "Pemenuhan 20 JP", "sedang", 0, 3, 2, false, 0, 20},
	}
	for nip, w := range wantNeeds {
		var g need
		if err := db.QueryRow(`SELECT kode_unit, coalesce(nilai_di_bawah, '-'), coalesce(fokus_pelatihan, '-'), kategori_prioritas,
			jumlah_nilai_di_bawah, skor_prioritas, urutan_prioritas, kesenjangan_kinerja, jp, kekurangan_jp
			FROM mart.training_needs WHERE nip = ? AND tahun = 2025`, nip).Scan(&g.unit, &g.nilai, &g.fokus, &g.kategori,
			&g.jumlah, &g.skor, &g.urutan, &g.gap, &g.jp, &g.kurang); err != nil {
			t.Fatalf("%s: %v", nip, err)
		}
		if g != w {
			t.Errorf("training need of %s: %+v, want %+v", nip, g, w)
		}
	}
	// Unit A 2025 (p1, p2, p4): 1 of 3 with a gap, 2 of 3 under 20 JP, weakest
	// value Berorientasi Pelayanan (tie with Kolaboratif, the earlier wins) 1
	// of 3; the largest need is the 20 JP (66.7 %); skor 66.7 + 33.3 + 33.3.
	var fokus, nilai string
	var pegawai, urutan, tinggi int
	var skor, kurangJP float64
	if err := db.QueryRow(`SELECT fokus_pelatihan, nilai_terlemah, pegawai, urutan_prioritas, pegawai_prioritas_tinggi, skor_prioritas, total_kekurangan_jp
		FROM mart.training_needs_unit WHERE kode_unit = 'A' AND tahun = 2025`).Scan(&fokus, &nilai, &pegawai, &urutan, &tinggi, &skor, &kurangJP); err != nil {
		t.Fatal(err)
	}
	if fokus != "Pemenuhan 20 JP" || nilai != "berorientasi_pelayanan" || pegawai != 3 || urutan != 1 || tinggi != 1 ||
		math.Abs(skor-400.0/3) > 1e-9 || kurangJP != 32 {
		t.Errorf("unit A 2025: %s %s %d people, order %d, %d tinggi, skor %v, %v JP missing", fokus, nilai, pegawai, urutan, tinggi, skor, kurangJP)
	}
}

// TestFailingDataTestKeepsPreviousMarts: a transform whose data test fails
// changes nothing, so the marts published before stay as they were, and the
// report names the test and shows its offending rows. On a file the models
// commit one by one and the restore point is put back; in memory all of it
// is one transaction rolled back.
func TestFailingDataTestKeepsPreviousMarts(t *testing.T) {
	for _, where := range []string{"w.duckdb", ":memory:"} {
		t.Run(where, func(t *testing.T) {
			t.Parallel()
			failingDataTestKeepsPreviousMarts(t, where)
		})
	}
}

func failingDataTestKeepsPreviousMarts(t *testing.T, where string) {
	ctx := context.Background()
	survey := "id_responden,kode_unit,tanggal,u_persyaratan,u_prosedur,u_waktu,u_biaya,u_produk,u_kompetensi,u_perilaku,u_pengaduan,u_sarana\n"
	db := buildAt(t, where, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"s.csv": {"survey_responses", survey + "r1,B1,2025-01-05,4,4,4,4,4,4,4,4,4\n"},
	})
	onFile := where != ":memory:"
	load(t, db, "s2.csv", "survey_responses", survey+"r2,B1,2025-04-05,1,1,1,1,1,1,1,1,1\n")
	failing := transform.Model{Name: "test/selalu_gagal", Doc: "Always fails.", SQL: "SELECT 'B1' AS kode_unit, 42 AS n", Test: true}
	st, err := transform.Run(ctx, db, append(marts.Models(), failing)...)
	var tf *transform.TestFailure
	if !errors.As(err, &tf) {
		t.Fatalf("err = %v, want a *transform.TestFailure", err)
	}
	if st.CommitEach != onFile {
		t.Errorf("models committed one by one: %v, want %v", st.CommitEach, onFile)
	}
	msg := err.Error()
	if tf.Report.Failed() != 1 || !strings.Contains(msg, "FAIL  test/selalu_gagal: 1 offending row(s)") ||
		!strings.Contains(msg, "e.g. kode_unit=B1, n=42") || !strings.Contains(msg, "Always fails.") {
		t.Errorf("report:\n%s", msg)
	}
	if got := one[string](t, db, `SELECT string_agg(periode, ' ' ORDER BY periode) FROM mart.ikm`); got != "2025 2025-Q1 2025-S1" {
		t.Errorf("after the failed run mart.ikm has %s, want the previous 2025 2025-Q1 2025-S1", got)
	}
	if got := one[int](t, db, `SELECT count(*) FROM meta.transform_runs`); got != 1 {
		t.Errorf("%d transform runs recorded, want 1", got)
	}
	if got := one[int](t, db, `SELECT count(*) FROM core.fact_survey`); got != 1 {
		t.Errorf("core.fact_survey has %d rows after the failed run, want the previous 1", got)
	}
	// The batch loaded before the failed run is still there (it was in the
	// restore point), so the next run publishes it.
	if got := one[int](t, db, `SELECT count(*) FROM raw.survey_responses`); got != 2 {
		t.Errorf("raw.survey_responses has %d rows after the failed run, want 2", got)
	}
	if _, err := os.Stat(db.Path + warehouse.RestoreSuffix); err == nil {
		t.Error("the restore point is left after the failed run")
	}
	// The same data without the failing test publishes.
	if st, err = transform.Run(ctx, db, marts.Models()...); err != nil {
		t.Fatal(err)
	}
	if st.CommitEach != onFile {
		t.Errorf("models committed one by one: %v, want %v", st.CommitEach, onFile)
	}
	if _, err := os.Stat(db.Path + warehouse.RestoreSuffix); err == nil {
		t.Error("the restore point is left after the good run")
	}
	if got := one[string](t, db, `SELECT string_agg(periode, ' ' ORDER BY periode) FROM mart.ikm`); got != "2025 2025-Q1 2025-Q2 2025-S1" {
		t.Errorf("after the good run mart.ikm has %s", got)
	}
	// test-data over the published tables passes.
	rep, err := transform.Test(ctx, db, marts.Tests()...)
	if err != nil || rep.Failed() != 0 || len(rep.Results) < 40 {
		t.Errorf("test-data: %d of %d failed, err %v", rep.Failed(), len(rep.Results), err)
	}
}

// load ingests one more file into db.
func load(t *testing.T, db *warehouse.DB, name, kind, content string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := ingest.Load(context.Background(), db, ingest.Source{Kind: kind, Path: p})
	if err != nil || res.Quarantined > 0 {
		t.Fatalf("load %s: %v %+v", name, err, res)
	}
}

package marts_test

import (
	"database/sql"
	"fmt"
	"math"
	"strings"
	"testing"
)

// The team, merit and 360 marts of issue 13 (points 3, 4, 5) on hand-computed
// cases.

func TestUnitTeamRollUp(t *testing.T) {
	// Dinkes P has puskesmas P1 and P2 under it; pustu P1a is under P1. In
	// 2025-Q1: P 4 people (1 Sangat Baik), P1 10 (3), P2 5 (0), P1a 1 (1).
	// Team P pools all four: 20 people, 5 Sangat Baik = 25 % (Wilson 5/20
	// 11.19-46.87 %); team P1 is P1 + P1a: 11 people, 4 = 36.4 % (Wilson
	// 15.17-64.62 %).
	// Services (standard 24 h): P1 2 requests, 1 within 24 h; P2 4, 3 within:
	// team P 4 of 6 on time = 66.7 % (not the members' mean 62.5 %).
	// IKM: P1 two respondents answering 3 everywhere, one of them skipping
	// sarana; P2 one answering 4 everywhere. Pooled element means 10/3, and
	// sarana (3 + 4) / 2 = 3.5: IKM 25 x (8 x 10/3 + 3.5) / 9 = 83.796 (the
	// members' IKMs 75 and 100 weighted by respondents give 83.33).
	units := "kode_unit,nama_unit,kode_wilayah,kode_unit_induk,sektor\n" +
		"P,Dinkes,14.72,,kesehatan\nP1,Puskesmas 1,14.72,P,kesehatan\nP2,Puskesmas 2,14.72,P,kesehatan\n" +
		"P1a,Pustu 1a,14.72,P1,kesehatan\nX,Dinas X,14.72,,umum\n"
	var a strings.Builder
	a.WriteString("nip,periode,hasil_kerja,perilaku_kerja,kode_unit\n")
	n := 0
	for _, m := range []struct {
		unit      string
		people, s int
	}{{"P", 4, 1}, {"P1", 10, 3}, {"P2", 5, 0}, {"P1a", 1, 1}, {"X", 3, 3}} {
		for j := 0; j < m.people; j++ {
			r := ratingsFor["B"]
			if j < m.s {
				r = ratingsFor["SB"]
			}
			fmt.Fprintf(&a, "%s,2025-Q1,%s,%s,%s\n", nipN(n), r[0], r[1], m.unit)
			n++
		}
	}
	req := "id_permohonan,kode_unit,layanan,diajukan,selesai,status\n" +
		"a1,P1,LAYANAN,2025-02-03 08:00,2025-02-03 10:00,selesai\na2,P1,LAYANAN,2025-02-03 08:00,2025-02-05 08:00,selesai\n" +
		"b1,P2,LAYANAN,2025-02-03 08:00,2025-02-03 09:00,selesai\nb2,P2,LAYANAN,2025-02-03 08:00,2025-02-03 12:00,selesai\n" +
		"b3,P2,LAYANAN,2025-02-03 08:00,2025-02-03 20:00,selesai\nb4,P2,LAYANAN,2025-02-03 08:00,2025-02-06 08:00,selesai\n"
	s := surveyHeader +
		"s1,P1,2025-02-10,3,3,3,3,3,3,3,3,3\ns2,P1,2025-02-11,3,3,3,3,3,3,3,3,\ns3,P2,2025-02-12,4,4,4,4,4,4,4,4,4\n"
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", units}, "a.csv": {"appraisals", a.String()},
		"std.csv": {"service_standards", "kode_wilayah,layanan,batas_jam,berlaku_mulai\n,LAYANAN,24,2020-01-01\n"},
		"req.csv": {"service_requests", req}, "s.csv": {"survey_responses", s},
	})
	type row struct {
		induk, peran, unit                string
		jarak, anggota, pegawai, sb       int
		psb, lo, hi, tepat, tlo, thi, ikm float64
		permohonan, responden             int
	}
	nan := math.NaN()
	want := []row{
		{"P", "induk", "P", 0, 1, 4, 1, 25, 4.5587, 69.9358, nan, nan, nan, nan, 0, 0},
		{"P", "sub_unit", "P1", 1, 1, 10, 3, 30, 10.7791, 60.3222, 50, 9.4531, 90.5469, 75, 2, 2},
		{"P", "sub_unit", "P1a", 2, 1, 1, 1, 100, 20.6549, 100, nan, nan, nan, nan, 0, 0},
		{"P", "sub_unit", "P2", 1, 1, 5, 0, 0, 0, 43.4482, 75, 30.0642, 95.4413, 100, 4, 1},
		{"P", "tim", "P", 0, 4, 20, 5, 25, 11.1862, 46.8701, 100.0 * 4 / 6, 29.9993, 90.3229, 25 * (8*10.0/3 + 3.5) / 9, 6, 3},
		{"P1", "induk", "P1", 0, 1, 10, 3, 30, 10.7791, 60.3222, 50, 9.4531, 90.5469, 75, 2, 2},
		{"P1", "sub_unit", "P1a", 1, 1, 1, 1, 100, 20.6549, 100, nan, nan, nan, nan, 0, 0},
		{"P1", "tim", "P1", 0, 2, 11, 4, 100.0 * 4 / 11, 15.1665, 64.6199, 50, 9.4531, 90.5469, 75, 2, 2},
	}
	rows, err := db.Query(`SELECT kode_unit_induk, peran, kode_unit, jarak, unit_anggota, pegawai_dinilai, jumlah_sangat_baik,
		persen_sangat_baik, persen_sangat_baik_bawah, persen_sangat_baik_atas,
		persen_tepat_waktu, persen_tepat_waktu_bawah, persen_tepat_waktu_atas, ikm,
		coalesce(permohonan, 0), coalesce(responden, 0)
		FROM mart.unit_team WHERE periode = '2025-Q1' ORDER BY kode_unit_induk, peran, kode_unit`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	i := 0
	for rows.Next() {
		var g row
		var psb, lo, hi, tepat, tlo, thi, ikm sql.NullFloat64
		if err := rows.Scan(&g.induk, &g.peran, &g.unit, &g.jarak, &g.anggota, &g.pegawai, &g.sb,
			&psb, &lo, &hi, &tepat, &tlo, &thi, &ikm, &g.permohonan, &g.responden); err != nil {
			t.Fatal(err)
		}
		if i >= len(want) {
			t.Fatalf("extra row %+v", g)
		}
		w := want[i]
		i++
		if g.induk != w.induk || g.peran != w.peran || g.unit != w.unit || g.jarak != w.jarak || g.anggota != w.anggota ||
			g.pegawai != w.pegawai || g.sb != w.sb || g.permohonan != w.permohonan || g.responden != w.responden ||
			!near(psb, w.psb, 1e-9) || !near(lo, w.lo, 1e-3) || !near(hi, w.hi, 1e-3) ||
			!near(tepat, w.tepat, 1e-9) || !near(tlo, w.tlo, 1e-3) || !near(thi, w.thi, 1e-3) || !near(ikm, w.ikm, 1e-9) {
			t.Errorf("row %d: %+v %v %v-%v, on time %v %v-%v, IKM %v;\nwant %+v", i, g, psb, lo, hi, tepat, tlo, thi, ikm, w)
		}
	}
	if i != len(want) {
		t.Fatalf("%d rows, want %d (X has no sub-units: no team)", i, len(want))
	}
}

func TestUnit360GapsAndRaters(t *testing.T) {
	// Unit A, 2025: rater R scores people 0-4 di_atas on both (3), rater S
	// people 5-9 sesuai (2): R lunak, S ketat (as in TestLenientRater).
	// Self ratings: people 0, 2-4 sesuai (2), person 1 none, people 5-9
	// di_atas (3): diri - atasan = -1 x 4 and +1 x 5 over 9 people = 1/9.
	// Peers: person 0 two (di_atas/di_atas 3 and sesuai/di_atas 2.5, mean
	// 2.75), person 5 one (2): rekan - atasan = (-0.25 + 0) / 2 = -0.125;
	// diri - rekan = (2 - 2.75 + 3 - 2) / 2 = 0.125. Means: atasan 2.5, diri
	// (2 x 4 + 3 x 5) / 9 = 23/9, rekan 2.375. Unit B: a rater of 4 (no label).
	rater, strict, small := nipN(900), nipN(901), nipN(902)
	var a strings.Builder
	a.WriteString("nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja,kode_unit\n")
	for i := 0; i < 10; i++ {
		r, self, who := "di_atas", "sesuai", rater
		if i >= 5 {
			r, self, who = "sesuai", "di_atas", strict
		}
		fmt.Fprintf(&a, "%s,2025,atasan,%s,%s,%s,A\n", nipN(i), who, r, r)
		if i != 1 {
			fmt.Fprintf(&a, "%s,2025,diri,%s,%s,%s,A\n", nipN(i), nipN(i), self, self)
		}
	}
	fmt.Fprintf(&a, "%s,2025,rekan,%s,di_atas,di_atas,A\n", nipN(0), nipN(3))
	fmt.Fprintf(&a, "%s,2025,rekan,%s,sesuai,di_atas,A\n", nipN(0), nipN(4))
	fmt.Fprintf(&a, "%s,2025,rekan,%s,sesuai,sesuai,A\n", nipN(5), nipN(6))
	for i := 10; i < 14; i++ {
		fmt.Fprintf(&a, "%s,2025,atasan,%s,di_atas,di_atas,B\n", nipN(i), small)
	}
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV}, "a.csv": {"appraisals", a.String()},
	})
	var atasan, diri, rekan, sda, sra, sdr float64
	var nA, nD, nR, pen, cukup, lunak, ketat, wajar int
	if err := db.QueryRow(`SELECT pegawai_atasan, pegawai_diri, pegawai_rekan, rata_atasan, rata_diri, rata_rekan,
		selisih_diri_atasan, selisih_rekan_atasan, selisih_diri_rekan, penilai, penilai_dinilai_cukup, penilai_lunak, penilai_ketat, penilai_wajar
		FROM mart.unit_360 WHERE kode_unit = 'A' AND periode = '2025'`).Scan(&nA, &nD, &nR, &atasan, &diri, &rekan, &sda, &sra, &sdr,
		&pen, &cukup, &lunak, &ketat, &wajar); err != nil {
		t.Fatal(err)
	}
	if nA != 10 || nD != 9 || nR != 2 || math.Abs(atasan-2.5) > 1e-9 || math.Abs(diri-23.0/9) > 1e-9 || math.Abs(rekan-2.375) > 1e-9 ||
		math.Abs(sda-1.0/9) > 1e-9 || math.Abs(sra+0.125) > 1e-9 || math.Abs(sdr-0.125) > 1e-9 ||
		pen != 2 || cukup != 2 || lunak != 1 || ketat != 1 || wajar != 0 {
		t.Errorf("A: people %d/%d/%d means %v %v %v gaps %v %v %v raters %d (%d labelled) lunak %d ketat %d wajar %d",
			nA, nD, nR, atasan, diri, rekan, sda, sra, sdr, pen, cukup, lunak, ketat, wajar)
	}
	if got := one[string](t, db, `SELECT concat_ws(' ', pegawai_atasan, pegawai_diri, penilai, penilai_dinilai_cukup, penilai_lunak, coalesce(CAST(selisih_diri_atasan AS VARCHAR), '-'))
		FROM mart.unit_360 WHERE kode_unit = 'B' AND periode = '2025'`); got != "4 0 1 0 0 -" {
		t.Errorf("B: %s, want 4 0 1 0 0 -", got)
	}
	// One definition of the rater labels: unit_360's counts are rater_calibration's.
	if n := one[int](t, db, `SELECT count(*) FROM mart.unit_360 u
		WHERE u.penilai_lunak <> (SELECT count(*) FROM mart.rater_calibration r WHERE r.kode_unit = u.kode_unit AND r.periode = u.periode AND r.label = 'lunak')`); n != 0 {
		t.Errorf("%d unit rows whose lenient-rater count is not rater_calibration's", n)
	}
}

func TestPromotionMeritRegion(t *testing.T) {
	// The promotions of TestTalentPromotionTrainingNeeds in unit A (Kota
	// Dumai) on 2025-04-01: p1 inside the pool (jabatan and golongan), p2
	// outside (box 2), p4 without data. Plus p5 in S (Kota Sorong): golongan
	// II/a -> II/b on 2024-07-01 after a 2024-Q1 Baik and a 2024 potensi
	// menengah: box 5, outside.
	// Kota Dumai 2025, 2025-S1 and 2025-Q2: 3 promotions, 1 of jabatan, 1
	// inside, 1 outside, 1 incomplete: 50 % outside of the 2 checkable
	// (Wilson 1/2: 9.45-90.55 %); every other period of 2024-2025: zeros.
	// Kota Sorong 2024-Q3: 1 outside of 1 = 100 % (Wilson 1/1: 20.65-100 %).
	p5 := "198501012010011005"
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"e.csv": {"employees", "nip,nama,kode_unit,berlaku_mulai,jabatan,golongan\n" +
			p1 + ",Satu,A,2024-01-01,Analis Kebijakan Ahli Pertama,III/a\n" +
			p1 + ",Satu,A,2025-04-01,Analis Kebijakan Ahli Muda,III/c\n" +
			p2 + ",Dua,A,2024-01-01,Pengolah Data,II/a\n" +
			p2 + ",Dua,A,2025-04-01,Pengolah Data,II/b\n" +
			p4 + ",Empat,A,2024-01-01,Analis SDM Aparatur Ahli Pertama,III/a\n" +
			p4 + ",Empat,A,2025-04-01,Analis SDM Aparatur Ahli Pertama,III/b\n" +
			p5 + ",Lima,S,2024-01-01,Pengolah Data,II/a\n" +
			p5 + ",Lima,S,2024-07-01,Pengolah Data,II/b\n"},
		"a.csv": {"appraisals", "nip,periode,hasil_kerja,perilaku_kerja\n" +
			p1 + ",2024,di_atas,di_atas\n" + p1 + ",2025-Q1,sesuai,di_atas\n" +
			p2 + ",2024,sesuai,sesuai\n" + p5 + ",2024-Q1,sesuai,sesuai\n"},
		"p.csv": {"potentials", "nip,tahun,potensi\n" + p1 + ",2024,tinggi\n" + p2 + ",2024,rendah\n" + p5 + ",2024,menengah\n"},
	})
	got := map[string]string{}
	rows, err := db.Query(`SELECT kode_wilayah || ' ' || periode, concat_ws(' ', kenaikan, kenaikan_jabatan, dalam_kelompok_promosi,
		di_luar_kelompok_promosi, data_tidak_lengkap, coalesce(CAST(persen_di_luar AS VARCHAR), '-'),
		coalesce(CAST(round(persen_di_luar_bawah, 2) AS VARCHAR), '-'), coalesce(CAST(round(persen_di_luar_atas, 2) AS VARCHAR), '-'),
		coalesce(CAST(di_luar_sebelumnya AS VARCHAR), '-'))
		FROM mart.promotion_merit_region`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		got[k] = v
	}
	rows.Close()
	// 2 regions x 2 years x (1 year + 2 semesters + 4 quarters)
	if len(got) != 28 {
		t.Errorf("%d rows, want 28", len(got))
	}
	for k, v := range map[string]string{
		"14.72 2025":    "3 1 1 1 1 50.0 9.45 90.55 0",
		"14.72 2025-S1": "3 1 1 1 1 50.0 9.45 90.55 0",
		"14.72 2025-Q2": "3 1 1 1 1 50.0 9.45 90.55 0",
		"14.72 2025-Q1": "0 0 0 0 0 - - - 0",
		"14.72 2024":    "0 0 0 0 0 - - - -",
		"96.71 2024-Q3": "1 0 0 1 0 100.0 20.65 100.0 0",
		"96.71 2024":    "1 0 0 1 0 100.0 20.65 100.0 -",
		"96.71 2025":    "0 0 0 0 0 - - - 1",
	} {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
}

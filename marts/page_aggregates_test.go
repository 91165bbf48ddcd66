package marts_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

// The aggregates the dashboards used to compute themselves (issue 12, point
// 2: every figure from one mart column), on a fixture small enough to count
// by hand. Three units in Kota Dumai and one in Kota Sorong, 17 people, all
// appraised in 2025-Q1:
//
//	D1 (Dumai)  4: Sangat Baik nipN(0); Baik nipN(1..3)
//	D2 (Dumai)  6: Sangat Baik nipN(4..6); Baik nipN(7..8); Butuh Perbaikan nipN(9)
//	D3 (Dumai)  2: Sangat Baik nipN(10..11)
//	S1 (Sorong) 5: Sangat Baik nipN(12); Baik nipN(13..14); Kurang nipN(15); Sangat Kurang nipN(16)
//
// nipN(16) is appraised again in 2025-Q2 (Sangat Kurang). nipN(1) and
// nipN(13) have "Sangat Baik" written although the matrix says Baik, and
// nipN(16)'s 2025-Q2 row "Baik": three predikat contradictions, two in Q1.
// Two more appraisals are set aside: a NIP in no employees file, and a
// person assigned to D1 only from 2026-02-01.
func pageAggregatesWarehouse(t *testing.T) *warehouse.DB {
	t.Helper()
	units := "kode_unit,nama_unit,kode_wilayah\nD1,Unit D1,14.72\nD2,Unit D2,14.72\nD3,Unit D3,14.72\nS1,Unit S1,96.71\n"
	type person struct {
		unit, predikat, written, below string // below: perilaku_berorientasi_pelayanan, perilaku_kolaboratif
	}
	people := []person{
		{"D1", "SB", "Sangat Baik", ","}, {"D1", "B", "Sangat Baik", ","}, {"D1", "B", "", ","}, {"D1", "B", "", ","},
		{"D2", "SB", "", "di_bawah,di_bawah"}, {"D2", "SB", "", ",di_bawah"}, {"D2", "SB", "", ","}, {"D2", "B", "", ","}, {"D2", "B", "", ","}, {"D2", "BP", "", ","},
		{"D3", "SB", "", ","}, {"D3", "SB", "", ","},
		{"S1", "SB", "", ","}, {"S1", "B", "Sangat Baik", ","}, {"S1", "B", "", ","}, {"S1", "K", "", ","}, {"S1", "SK", "", ","},
	}
	var e, a strings.Builder
	e.WriteString("nip,nama,kode_unit,berlaku_mulai,jabatan\n")
	a.WriteString("nip,periode,hasil_kerja,perilaku_kerja,predikat,perilaku_berorientasi_pelayanan,perilaku_kolaboratif\n")
	for i, p := range people {
		fmt.Fprintf(&e, "%s,Pegawai %d,%s,2020-01-01,Analis\n", nipN(i), i, p.unit)
		r := ratingsFor[p.predikat]
		fmt.Fprintf(&a, "%s,2025-Q1,%s,%s,%s,%s\n", nipN(i), r[0], r[1], p.written, p.below)
	}
	r := ratingsFor["SK"]
	fmt.Fprintf(&a, "%s,2025-Q2,%s,%s,Baik,,\n", nipN(16), r[0], r[1])
	e.WriteString(lateNIP + ",Baru,D1,2026-02-01,Analis\n")
	a.WriteString("198501012010011999,2025-Q1,sesuai,sesuai,,,\n")
	a.WriteString(lateNIP + ",2025-Q1,sesuai,sesuai,,,\n")

	// One IKM respondent in D1 answering 3 everywhere (IKM 75), one in S1
	// answering 4 (IKM 100).
	s := "id_responden,kode_unit,tanggal,u_persyaratan,u_prosedur,u_waktu,u_biaya,u_produk,u_kompetensi,u_perilaku,u_pengaduan,u_sarana\n" +
		"r1,D1,2025-02-01" + strings.Repeat(",3", 9) + "\n" + "r2,S1,2025-02-01" + strings.Repeat(",4", 9) + "\n"
	// JP in 2025: nipN(0) 24, nipN(1) 20, nipN(4) 8, nipN(12) 30, nipN(13) 20.
	tr := "nip,kegiatan,jp,tanggal_mulai\n"
	for n, jp := range map[int]int{0: 24, 1: 20, 4: 8, 12: 30, 13: 20} {
		tr += fmt.Sprintf("%s,Pelatihan %d,%d,2025-03-01\n", nipN(n), n, jp)
	}
	// Potensi 2025: nipN(0) tinggi (Sangat Baik: box 9), nipN(1) tinggi (Baik:
	// box 8), nipN(2) rendah (Baik: box 2); nobody else has one (box 0).
	pot := "nip,tahun,potensi\n" + nipN(0) + ",2025,tinggi\n" + nipN(1) + ",2025,tinggi\n" + nipN(2) + ",2025,rendah\n"

	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", units}, "e.csv": {"employees", e.String()},
		"a.csv": {"appraisals", a.String()}, "s.csv": {"survey_responses", s}, "t.csv": {"trainings", tr},
		"p.csv": {"potentials", pot},
	})
	// Two employees rows with a 17-digit NIP and one appraisal with an
	// unknown rating go to quarantine; the transform runs again.
	ctx := context.Background()
	for name, kc := range map[string][2]string{
		"e2.csv": {"employees", "nip,nama,kode_unit,berlaku_mulai\n19800101200501100,X,D1,2020-01-01\n19800101200501199,Y,D1,2020-01-01\n"},
		"a2.csv": {"appraisals", "nip,periode,hasil_kerja,perilaku_kerja\n" + nipN(3) + ",2025-Q3,luar biasa,sesuai\n"},
	} {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, []byte(kc[1]), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ingest.Load(ctx, db, ingest.Source{Kind: kc[0], Path: p}); err != nil {
			t.Fatalf("load %s: %v", name, err)
		}
	}
	if _, err := transform.Run(ctx, db, marts.Models()...); err != nil {
		t.Fatal(err)
	}
	return db
}

// rowsText is every row of q, its columns joined by " ", rows by "; ".
func rowsText(t *testing.T, db *warehouse.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		var f []string
		for _, v := range vals {
			switch x := v.(type) {
			case nil:
				f = append(f, "-")
			case float64:
				f = append(f, fmt.Sprintf("%.4g", x))
			default:
				f = append(f, fmt.Sprint(x))
			}
		}
		out = append(out, strings.Join(f, " "))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, "; ")
}

func TestPageAggregatesKnownAnswers(t *testing.T) {
	t.Parallel()
	db := pageAggregatesWarehouse(t)
	check := func(name, q, want string) {
		t.Helper()
		if got := rowsText(t, db, q); got != want {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}

	// mart.region_performance: every unit's counts summed. Dumai 2025-Q1:
	// 3 units, 4 + 6 + 2 = 12 people, Sangat Baik 1 + 3 + 2 = 6 (50 %), Baik
	// 3 + 2 = 5, Butuh Perbaikan 1. Sorong: 5 people, 1 Sangat Baik (20 %);
	// 2025-Q2 one person, Sangat Kurang. The set-aside two count nowhere.
	check("region_performance", `SELECT kode_wilayah, periode, unit_dinilai, pegawai_dinilai, jumlah_sangat_baik, jumlah_baik,
		jumlah_butuh_perbaikan, jumlah_kurang, jumlah_sangat_kurang, persen_sangat_baik
		FROM mart.region_performance ORDER BY kode_wilayah, periode`,
		"14.72 2025-Q1 3 12 6 5 1 0 0 50; 96.71 2025-Q1 1 5 1 2 0 1 1 20; 96.71 2025-Q2 1 1 0 0 0 0 1 0")
	// mart.region_summary takes them from there (one definition).
	check("region_summary 2025-Q1", `SELECT kode_wilayah, unit_dinilai, pegawai_dinilai, persen_sangat_baik FROM mart.region_summary
		WHERE periode = '2025-Q1' ORDER BY kode_wilayah`, "14.72 3 12 50; 96.71 1 5 20")

	// mart.region_spread: quartiles across both regions, interpolated.
	// % Sangat Baik 2025-Q1 {20, 50}: 27.5, 35, 42.5, Sorong's 20 % (1 of
	// 5 people, a figure the pages mask) included; IKM {75, 100}: 81.25,
	// 87.5, 93.75. 2025-Q2: Sorong alone (0 %), no IKM. The year 2025 has
	// IKM rows only (the appraisals are quarterly), and so has the semester
	// 2025-S1 (its IKM pools Q1's answers: the same 81.25, 87.5, 93.75).
	check("region_spread", `SELECT periode, wilayah_sangat_baik, q1_persen_sangat_baik, median_persen_sangat_baik, q3_persen_sangat_baik,
		wilayah_ikm, q1_ikm, median_ikm, q3_ikm FROM mart.region_spread ORDER BY jenis_periode, tanggal_mulai`,
		"2025-S1 0 - - - 2 81.25 87.5 93.75; 2025 0 - - - 2 81.25 87.5 93.75; 2025-Q1 2 27.5 35 42.5 2 81.25 87.5 93.75; 2025-Q2 1 0 0 0 0 - - -")

	// mart.region_training: on 31 December 2025 Dumai has 12 people, 10 of
	// them under 20 JP (D1: nipN(2), nipN(3); D2: all six, nipN(4) has 8;
	// D3: both), 83.33 %; Sorong 5, 3 under (nipN(14..16)), 60 %.
	check("region_training", `SELECT kode_wilayah, tahun, pegawai, pegawai_kurang_20_jp, persen_kurang_20_jp
		FROM mart.region_training ORDER BY kode_wilayah, tahun`, "14.72 2025 12 10 83.33; 96.71 2025 5 3 60")
	check("region_summary 20 JP", `SELECT kode_wilayah, persen_kurang_20_jp FROM mart.region_summary WHERE periode = '2025' ORDER BY kode_wilayah`,
		"14.72 83.33; 96.71 60")

	// mart.talent_count: D1 2025 one person each in boxes 9, 8 and 2, one
	// without potensi (0); everyone else has no potensi.
	check("talent_count", `SELECT kode_unit, tahun, kotak_9, kelompok_promosi, pegawai FROM mart.talent_count ORDER BY kode_unit, kotak_9`,
		"D1 2025 0 false 1; D1 2025 2 false 1; D1 2025 8 true 1; D1 2025 9 true 1; D2 2025 0 false 6; D3 2025 0 false 2; S1 2025 0 false 5")

	// mart.training_need_count, D2 2025: Berorientasi Pelayanan below for
	// nipN(4), Kolaboratif for nipN(4) and nipN(5); focus Pelayanan Publik
	// (nipN(4)'s first value), Kerjasama (nipN(5)), Kompetensi teknis
	// jabatan (nipN(9), hasil kerja below), Pemenuhan 20 JP for the three
	// others under 20 JP. D1: nipN(2), nipN(3) have 0 JP; nipN(0), nipN(1)
	// need nothing.
	check("training_need_count", `SELECT kode_unit, aspek, kunci, coalesce(jenis_kompetensi, '-'), pegawai FROM mart.training_need_count
		WHERE tahun = 2025 AND kode_unit IN ('D1', 'D2') ORDER BY kode_unit, aspek, kunci`,
		"D1 fokus_pelatihan Pemenuhan 20 JP - 2; "+
			"D2 fokus_pelatihan Kerjasama manajerial 1; D2 fokus_pelatihan Kompetensi teknis jabatan teknis 1; "+
			"D2 fokus_pelatihan Pelayanan Publik manajerial 1; D2 fokus_pelatihan Pemenuhan 20 JP - 3; "+
			"D2 nilai_di_bawah berorientasi_pelayanan - 1; D2 nilai_di_bawah kolaboratif - 2")

	// The predikat shares of unit_performance and region_performance (issue
	// 12 point 2: a page never divides the counts itself). D1: 1 Sangat
	// Baik, 3 Baik of 4; Dumai: 6, 5, 1 of 12; Sorong 1, 2, 0, 1, 1 of 5.
	check("unit_performance shares", `SELECT kode_unit, persen_sangat_baik, persen_baik, persen_butuh_perbaikan, persen_kurang, persen_sangat_kurang
		FROM mart.unit_performance WHERE periode = '2025-Q1' AND kode_unit IN ('D1', 'S1') ORDER BY kode_unit`, "D1 25 75 0 0 0; S1 20 40 0 20 20")
	check("region_performance shares", `SELECT kode_wilayah, periode, persen_sangat_baik, persen_baik, persen_butuh_perbaikan, persen_kurang, persen_sangat_kurang
		FROM mart.region_performance ORDER BY kode_wilayah, periode`, "14.72 2025-Q1 50 41.67 8.333 0 0; 96.71 2025-Q1 20 40 0 20 20; 96.71 2025-Q2 0 0 0 0 100")

	// mart.region_training's needs: the JP missing to 20 in Dumai, 20 each
	// for the nine with no training (nipN(2), nipN(3), nipN(5..11)) and 12
	// for nipN(4) (8 JP): 192; in Sorong 20 each for nipN(14..16): 60. High
	// priority (skor >= 4): Dumai nipN(4) (2 values below, under 20 JP),
	// nipN(5) (one value, 0 JP), nipN(9) (Butuh Perbaikan); Sorong nipN(15)
	// and nipN(16) (Kurang, Sangat Kurang).
	check("region_training needs", `SELECT kode_wilayah, total_kekurangan_jp, pegawai_prioritas_tinggi FROM mart.region_training ORDER BY kode_wilayah`,
		"14.72 192 3; 96.71 60 2")

	// mart.region_berakhlak (issue 12 point 3: the figures a unit page draws
	// when most of its own are withheld): the units' counts summed. Dumai
	// 2025-Q1, Berorientasi Pelayanan: only nipN(4) was rated on it (D2,
	// below); Kolaboratif: nipN(4) and nipN(5) (D2, both below); every
	// other value was rated by nobody and has no row. Sorong nobody.
	check("region_berakhlak", `SELECT kode_wilayah, periode, nilai_berakhlak, unit_dinilai, dinilai, di_bawah, persen_di_bawah, di_atas, persen_di_atas
		FROM mart.region_berakhlak ORDER BY kode_wilayah, periode, nilai_berakhlak`,
		"14.72 2025-Q1 berorientasi_pelayanan 1 1 1 100 0 0; 14.72 2025-Q1 kolaboratif 1 2 2 100 0 0")
	// mart.region_appraisal_response: nobody answered (no tanggapan in the
	// source): Dumai 2025-Q1 3 units, 12 people, none objected: 0 %, its
	// Wilson interval 0-24.25 (z^2/n / (1 + z^2/n), n = 12); Sorong 5
	// people in Q1 (0-43.45), 1 in Q2 (0-79.35).
	check("region_appraisal_response", `SELECT kode_wilayah, periode, unit_dinilai, pegawai_dinilai, ditanggapi, keberatan, persen_keberatan,
		round(persen_keberatan_bawah, 4), persen_keberatan_atas, coalesce(persen_keberatan_diterima, -1)
		FROM mart.region_appraisal_response ORDER BY kode_wilayah, periode`,
		"14.72 2025-Q1 3 12 0 0 0 0 24.25 -1; 96.71 2025-Q1 1 5 0 0 0 0 43.45 -1; 96.71 2025-Q2 1 1 0 0 0 0 79.35 -1")

	// mart.talent_grid: the talent_count rows above as one row per unit,
	// region and all regions. D1: boxes 2, 8, 9 and one without (pool 2,
	// kotak 1-6 1, 4 people); Dumai adds D2's 6 and D3's 2 without a box;
	// all regions Sorong's 5 more.
	check("talent_grid", `SELECT tingkat, coalesce(kode_unit, '-'), coalesce(kode_wilayah, '-'), kotak_2, kotak_8, kotak_9, tanpa_kotak,
		kelompok_promosi, kotak_1_6, pegawai FROM mart.talent_grid WHERE tahun = 2025 AND (tingkat <> 'unit' OR kode_unit = 'D1') ORDER BY tingkat, kode_wilayah`,
		"semua - - 1 1 1 14 2 1 17; unit D1 14.72 1 1 1 1 2 1 4; wilayah - 14.72 1 1 1 9 2 1 12; wilayah - 96.71 0 0 0 5 0 0 5")

	// mart.region_training_need_count: Dumai's units summed (D1's two and
	// D3's two Pemenuhan 20 JP with D2's three), all regions Sorong's too
	// (Pemenuhan 20 JP for nipN(14) and nipN(15), whose Kurang is a
	// behaviour rating with no value named; Kompetensi teknis jabatan for
	// nipN(16), hasil kerja below).
	check("region_training_need_count", `SELECT tingkat, coalesce(kode_wilayah, '-'), aspek, kunci, pegawai FROM mart.region_training_need_count
		WHERE tahun = 2025 ORDER BY tingkat, kode_wilayah, aspek, kunci`,
		"semua - fokus_pelatihan Kerjasama 1; semua - fokus_pelatihan Kompetensi teknis jabatan 2; semua - fokus_pelatihan Pelayanan Publik 1; "+
			"semua - fokus_pelatihan Pemenuhan 20 JP 9; semua - nilai_di_bawah berorientasi_pelayanan 1; semua - nilai_di_bawah kolaboratif 2; "+
			"wilayah 14.72 fokus_pelatihan Kerjasama 1; wilayah 14.72 fokus_pelatihan Kompetensi teknis jabatan 1; wilayah 14.72 fokus_pelatihan Pelayanan Publik 1; "+
			"wilayah 14.72 fokus_pelatihan Pemenuhan 20 JP 7; wilayah 14.72 nilai_di_bawah berorientasi_pelayanan 1; wilayah 14.72 nilai_di_bawah kolaboratif 2; "+
			"wilayah 96.71 fokus_pelatihan Kompetensi teknis jabatan 1; wilayah 96.71 fokus_pelatihan Pemenuhan 20 JP 2")

	// mart.data_quality_summary: nine batches in force (seven files, then
	// e2 and a2), three rows quarantined, two appraisals set aside.
	check("data_quality_summary", `SELECT batch_berlaku, batch_diganti, baris_karantina, penilaian_disisihkan, jenis_sumber,
		baris_dibaca = baris_dimuat + baris_karantina FROM mart.data_quality_summary`,
		"9 0 3 2 appraisals,employees,potentials,regions,survey_responses,trainings,units true")

	// mart.data_quality: the appraisals batch's own row holds its three
	// contradictions (two in 2025-Q1, one in 2025-Q2).
	check("data_quality contradictions", `SELECT periode, predikat_kontradiksi FROM mart.data_quality
		WHERE path LIKE '%a.csv' ORDER BY periode`, "2025-Q1 2; 2025-Q2 1; semua 3")

	// mart.quarantine_reason: two employees rows with a 17-digit NIP, one
	// appraisal with an unknown hasil_kerja.
	check("quarantine_reason", `SELECT field, baris, reason LIKE 'NIP must be 18 digits%' OR reason LIKE '%di_atas, sesuai or di_bawah%'
		FROM mart.quarantine_reason ORDER BY baris DESC, field`, "nip 2 true; hasil_kerja 1 true")

	// mart.set_aside_reason: one per reason, the late-assigned person in
	// Dumai, the unknown NIP in no region.
	check("set_aside_reason", `SELECT alasan, urutan, coalesce(kode_wilayah, '-'), coalesce(nama_wilayah, '-'), baris
		FROM mart.set_aside_reason ORDER BY urutan`,
		"nip_tidak_dikenal 1 - - 1; penugasan_setelah_periode 2 14.72 Kota Dumai 1")
}

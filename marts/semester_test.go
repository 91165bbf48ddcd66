package marts_test

import (
	"math"
	"testing"
)

// TestSemesterFromRawRows checks the semester rows (2025-S1, 2025-S2) of the
// service and survey marts on hand-computed cases: a semester's figures come
// from its own requests and respondents, never from its quarters' figures.
func TestSemesterFromRawRows(t *testing.T) {
	// Unit D (Kota Dumai), KTP_EL, standard 4 h:
	//   Q1: 1 h, 2 h, 3 h         -> median 2, 3 of 3 on time
	//   Q2: 10 h, 20 h            -> median 15, 0 of 2 on time
	//   Q3: 5 h, and one pending  -> median 5
	// S1 = the five requests of Q1 and Q2: 1, 2, 3, 10, 20 -> median 3 (the
	// mean of the quarters' medians would be 8.5); p90 = 10 + 0.6 x (20 - 10)
	// = 16; on time 3 of 5 = 60 %. S2: median 5 (over the 4 h standard: 0 % on time), 2 requests, backlog 1 (the
	// pending one) at the end of S2; S1 backlog 0.
	// IKM: Q1 one respondent answering 4 everywhere (IKM 100), Q2 three
	// answering 2 (IKM 50 each): S1 pools the four, mean 2.5 -> IKM 62.5 (the
	// mean of the quarters' IKM would be 75).
	db := build(t, map[string][2]string{
		"r.csv":   {"regions", regionsCSV},
		"u.csv":   {"units", "kode_unit,nama_unit,kode_wilayah\nD,Disdukcapil,14.72\n"},
		"std.csv": {"service_standards", "kode_wilayah,layanan,batas_jam,berlaku_mulai\n,KTP_EL,4,2024-01-01\n"},
		"req.csv": {"service_requests", "id_permohonan,kode_unit,layanan,diajukan,selesai,status\n" +
			"a1,D,KTP_EL,2025-01-06 08:00 WIB,2025-01-06 09:00 WIB,selesai\n" +
			"a2,D,KTP_EL,2025-02-03 08:00 WIB,2025-02-03 10:00 WIB,selesai\n" +
			"a3,D,KTP_EL,2025-03-03 08:00 WIB,2025-03-03 11:00 WIB,selesai\n" +
			"b1,D,KTP_EL,2025-04-07 08:00 WIB,2025-04-07 18:00 WIB,selesai\n" +
			"b2,D,KTP_EL,2025-06-02 08:00 WIB,2025-06-03 04:00 WIB,selesai\n" +
			"c1,D,KTP_EL,2025-08-04 08:00 WIB,2025-08-04 13:00 WIB,selesai\n" +
			"c2,D,KTP_EL,2025-12-29 08:00 WIB,,proses\n"},
		"s.csv": {"survey_responses", "id_responden,kode_unit,tanggal,u_persyaratan,u_prosedur,u_waktu,u_biaya,u_produk,u_kompetensi,u_perilaku,u_pengaduan,u_sarana\n" +
			"r1,D,2025-02-01,4,4,4,4,4,4,4,4,4\n" +
			"r2,D,2025-04-01,2,2,2,2,2,2,2,2,2\n" +
			"r3,D,2025-05-01,2,2,2,2,2,2,2,2,2\n" +
			"r4,D,2025-06-30,2,2,2,2,2,2,2,2,2\n"},
	})
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

	type svc struct {
		jenis                   string
		permohonan, backlog     int
		median, p90, tepatWaktu float64
	}
	want := map[string]svc{
		"2025-Q1": {"triwulan", 3, 0, 2, 2.8, 100},
		"2025-Q2": {"triwulan", 2, 0, 15, 19, 0},
		"2025-S1": {"semester", 5, 0, 3, 16, 60},
		"2025-S2": {"semester", 2, 1, 5, 5, 0},
		"2025":    {"tahun", 7, 1, 4, 15, 50},
	}
	for per, w := range want {
		var got svc
		if err := db.QueryRow(`SELECT jenis_periode, permohonan, backlog, median_jam, p90_jam, persen_tepat_waktu
			FROM mart.service_outcomes WHERE kode_unit = 'D' AND layanan = 'KTP_EL' AND periode = ?`, per).
			Scan(&got.jenis, &got.permohonan, &got.backlog, &got.median, &got.p90, &got.tepatWaktu); err != nil {
			t.Fatalf("%s: %v", per, err)
		}
		if got.jenis != w.jenis || got.permohonan != w.permohonan || got.backlog != w.backlog ||
			!near(got.median, w.median) || !near(got.p90, w.p90) || !near(got.tepatWaktu, w.tepatWaktu) {
			t.Errorf("service_outcomes %s: %+v, want %+v", per, got, w)
		}
	}
	// the region's figures and the link use the same semester definition
	var regMed, summaryMed, linkMed float64
	var regN int
	db.QueryRow(`SELECT median_jam, permohonan FROM mart.region_service WHERE kode_wilayah = '14.72' AND layanan = 'KTP_EL' AND periode = '2025-S1'`).Scan(&regMed, &regN)
	db.QueryRow(`SELECT median_jam_ktp_el FROM mart.region_summary WHERE kode_wilayah = '14.72' AND periode = '2025-S1'`).Scan(&summaryMed)
	db.QueryRow(`SELECT median_jam FROM mart.performance_service_link WHERE kode_unit = 'D' AND periode = '2025-S1'`).Scan(&linkMed)
	if regMed != 3 || regN != 5 || summaryMed != 3 || linkMed != 3 {
		t.Errorf("2025-S1 median: region_service %v (%d requests), region_summary %v, link %v; want 3 (5 requests)", regMed, regN, summaryMed, linkMed)
	}
	// region_benchmark keeps quarters and years until the comparison page
	// offers semesters
	var benchSem, benchQ int
	db.QueryRow(`SELECT count(*) FILTER (WHERE jenis_periode = 'semester'), count(*) FILTER (WHERE jenis_periode = 'triwulan') FROM mart.region_benchmark`).Scan(&benchSem, &benchQ)
	if benchSem != 0 || benchQ == 0 {
		t.Errorf("region_benchmark: %d semester rows, %d quarter rows; want 0 and some", benchSem, benchQ)
	}

	// IKM pooled over the semester's respondents
	for per, w := range map[string][2]float64{"2025-Q1": {1, 100}, "2025-Q2": {3, 50}, "2025-S1": {4, 62.5}, "2025": {4, 62.5}} {
		var n int
		var ikm float64
		if err := db.QueryRow(`SELECT responden, ikm FROM mart.ikm WHERE kode_unit = 'D' AND periode = ?`, per).Scan(&n, &ikm); err != nil {
			t.Fatalf("ikm %s: %v", per, err)
		}
		if n != int(w[0]) || !near(ikm, w[1]) {
			t.Errorf("ikm %s: %d respondents, IKM %v; want %v, %v", per, n, ikm, w[0], w[1])
		}
	}
	var sem int
	db.QueryRow(`SELECT count(*) FROM mart.ikm WHERE jenis_periode = 'semester'`).Scan(&sem)
	if sem != 1 { // no respondent in S2
		t.Errorf("%d semester rows in mart.ikm, want 1", sem)
	}
	// the period dimension holds the semesters with their roll-ups
	var induk, semester string
	db.QueryRow(`SELECT periode_induk, periode_semester FROM core.dim_period WHERE periode = '2025-Q2'`).Scan(&induk, &semester)
	if induk != "2025-S1" || semester != "2025-S1" {
		t.Errorf("2025-Q2 rolls up to %s / %s, want 2025-S1", induk, semester)
	}
}

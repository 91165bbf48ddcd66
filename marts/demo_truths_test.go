package marts_test

import (
	"context"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/ingest"
	"kinerja/marts/martstest"
	"kinerja/warehouse"
)

// buildDemo generates the demo data (seed, about employees people), loads
// every file of its kinerja.yaml into a fresh warehouse and runs the
// transform (models and data tests).
func buildDemo(t testing.TB, dir string, seed int64, employees int) (*warehouse.DB, demogen.Summary) {
	t.Helper()
	return martstest.Demo(t, dir, demogen.Options{Seed: seed, Employees: employees})
}

func loadConfig(t testing.TB, db *warehouse.DB, config string) {
	t.Helper()
	cfg, err := ingest.LoadConfig(config)
	if err != nil {
		t.Fatal(err)
	}
	sources, err := cfg.Files()
	if err != nil {
		t.Fatal(err)
	}
	if err := ingest.LoadAll(context.Background(), db, sources, nil, nil); err != nil {
		t.Fatal(err)
	}
}

// TestDemoTruthsInNewMarts recovers each planted truth of the demo data
// (demogen doc.go) in the marts added for issue 4, next to the
// original marts checked in cmd/kinerja's end-to-end test.
func TestDemoTruthsInNewMarts(t *testing.T) {
	db, sum := buildDemo(t, t.TempDir(), 3, 300)
	tr := sum.Truths

	t.Run("a Dumai KTP-el median falls every quarter (region_benchmark)", func(t *testing.T) {
		rows, err := db.Query(`SELECT periode, median_jam_ktp_el, perubahan_median_jam_ktp_el FROM mart.region_benchmark
			WHERE kode_wilayah = '14.72' AND jenis_periode = 'triwulan' ORDER BY tanggal_mulai`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var prev float64
		n := 0
		for rows.Next() {
			var per string
			var med float64
			var change *float64
			rows.Scan(&per, &med, &change)
			if n > 0 && !(med < prev) {
				t.Errorf("%s: median %.2f h did not fall from %.2f", per, med, prev)
			}
			if strings.HasPrefix(per, "2025") && (change == nil || *change >= 0) {
				t.Errorf("%s: change on a year earlier %v, want negative", per, change)
			}
			prev = med
			n++
		}
		if n != 8 {
			t.Errorf("%d quarters, want 8", n)
		}
	})

	t.Run("b inflated unit breaks the kurva distribusi", func(t *testing.T) {
		var periods, broken int
		var alasan string
		if err := db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE NOT sesuai AND rating_organisasi = 'istimewa'
			AND alasan LIKE 'sangat_baik % > 70 %%'), any_value(alasan)
			FROM mart.distribution_compliance WHERE kode_unit = ?`, tr.InflatedUnit).Scan(&periods, &broken, &alasan); err != nil {
			t.Fatal(err)
		}
		if periods != 10 || broken != 10 {
			t.Errorf("%d periods, %d breaking the istimewa rule on Sangat Baik (%s)", periods, broken, alasan)
		}
		// Its IKM is the region's worst every quarter, so its ranks disagree: in
		// every quarter the unit has the highest % Sangat Baik and the last IKM rank.
		var worst int
		db.QueryRow(`SELECT count(*) FROM mart.performance_service_link
			WHERE kode_unit = ? AND jenis_periode = 'triwulan' AND peringkat_layanan = unit_dibandingkan AND peringkat_nilai = 1
			AND spearman_nilai_ikm IS NOT NULL`, tr.InflatedUnit).Scan(&worst)
		if worst != 8 {
			t.Errorf("%d quarters with the top rating rank and the bottom IKM rank, want 8", worst)
		}
	})

	t.Run("c Palu Dinas Kesehatan: train Berorientasi Pelayanan", func(t *testing.T) {
		rows, err := db.Query(`SELECT tahun, nilai_terlemah, persen_nilai_terlemah, fokus_pelatihan FROM mart.training_needs_unit
			WHERE kode_unit = ? ORDER BY tahun`, tr.PalayananUnit)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			var tahun int
			var nilai, fokus string
			var pct float64
			rows.Scan(&tahun, &nilai, &pct, &fokus)
			if nilai != "berorientasi_pelayanan" || pct < 40 || fokus != "Pelayanan Publik" {
				t.Errorf("%d: weakest %s (%.1f %%), focus %s", tahun, nilai, pct, fokus)
			}
			n++
		}
		if n != 2 {
			t.Errorf("%d years, want 2", n)
		}
	})

	t.Run("d the lenient supervisor's people all land in the top kinerja row", func(t *testing.T) {
		var people, atas int
		if err := db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE tp.kinerja = 'di_atas') FROM mart.talent_pool tp
			JOIN core.fact_appraisal f ON f.nip = tp.nip AND f.periode = tp.periode_acuan AND f.sumber = 'atasan'
			WHERE f.nip_penilai = ?`, tr.LenientRater).Scan(&people, &atas); err != nil {
			t.Fatal(err)
		}
		if people < 22 || atas != people {
			t.Errorf("%d of %d person-years rated by the lenient supervisor are kinerja di_atas", atas, people)
		}
		var label string
		db.QueryRow(`SELECT label FROM mart.rater_calibration WHERE nip_penilai = ? AND periode = '2025'`, tr.LenientRater).Scan(&label)
		if label != "lunak" {
			t.Errorf("lenient supervisor labelled %q", label)
		}
	})

	t.Run("e Kota Sorong under 20 JP: first in the training plan", func(t *testing.T) {
		var share float64
		var rank, of int
		if err := db.QueryRow(`SELECT 100.0 * sum(pegawai_kurang_20_jp) / sum(pegawai) FROM mart.training_needs_unit
			WHERE kode_wilayah = '96.71' AND tahun = 2025`).Scan(&share); err != nil {
			t.Fatal(err)
		}
		if share < 30 || share > 37 {
			t.Errorf("Kota Sorong 2025: %.1f %% under 20 JP in training_needs_unit", share)
		}
		db.QueryRow(`SELECT peringkat_kurang_20_jp, wilayah_dibandingkan FROM mart.region_benchmark
			WHERE kode_wilayah = '96.71' AND periode = '2025'`).Scan(&rank, &of)
		if rank != 5 || of != 5 {
			t.Errorf("Kota Sorong ranks %d of %d kab/kota on staff under 20 JP, want last (5 of 5)", rank, of)
		}
		var top string
		db.QueryRow(`SELECT mode(kode_wilayah) FROM mart.training_needs_unit WHERE tahun = 2025 AND urutan_prioritas <= 10`).Scan(&top)
		if top != "96.71" {
			t.Errorf("the region with most units among the planner's first ten is %s, want 96.71", top)
		}
	})

	t.Run("f Palu puskesmas rated Sangat Baik while its patients wait longer (sector_outcomes, link)", func(t *testing.T) {
		rows, err := db.Query(`SELECT periode, nilai, capaian_persen, tren, memburuk_beruntun FROM mart.sector_outcomes
			WHERE kode_unit = ? AND indikator = 'waktu_tunggu_menit' AND jenis_periode = 'triwulan' ORDER BY tanggal_mulai`, tr.WaitingUnit)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		n := 0
		prev := 0.0
		for rows.Next() {
			var per string
			var wait, capaian float64
			var tren *string
			var run int
			if err := rows.Scan(&per, &wait, &capaian, &tren, &run); err != nil {
				t.Fatal(err)
			}
			if n > 0 && (!(wait > prev) || tren == nil || *tren != "memburuk" || run != n || capaian >= 100) {
				t.Errorf("%s: waiting %.1f min (previous %.1f), tren %v, run %d, capaian %.1f", per, wait, prev, tren, run, capaian)
			}
			prev = wait
			n++
		}
		if n != 8 {
			t.Errorf("%d quarters of waktu_tunggu_menit, want 8", n)
		}
		// in the link: >= 85 % Sangat Baik every quarter, and from the third
		// quarter of worsening on, the mismatch label naming the waiting time
		var quarters, sb100, labelled int
		if err := db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE persen_sangat_baik >= 85),
				count(*) FILTER (WHERE label_sektor = 'nilai_tinggi_sektor_memburuk' AND indikator_memburuk_beruntun = 'waktu_tunggu_menit')
			FROM mart.performance_service_link WHERE kode_unit = ? AND jenis_periode = 'triwulan'`, tr.WaitingUnit).Scan(&quarters, &sb100, &labelled); err != nil {
			t.Fatal(err)
		}
		if quarters != 8 || sb100 != 8 || labelled != 5 {
			t.Errorf("link: %d quarters, %d at >= 85 %% Sangat Baik, %d labelled nilai_tinggi_sektor_memburuk (want 8, 8, 5: 2024-Q4 to 2025-Q4)", quarters, sb100, labelled)
		}
		// the semesters show it too (2024-S1 < 2024-S2 < 2025-S1 < 2025-S2)
		var semRun int
		db.QueryRow(`SELECT memburuk_beruntun FROM mart.sector_outcomes WHERE kode_unit = ? AND indikator = 'waktu_tunggu_menit' AND periode = '2025-S2'`, tr.WaitingUnit).Scan(&semRun)
		// other units may carry the label for a quarter (small groups at 50 %
		// Sangat Baik); only the planted one for three quarters or more
		var others []string
		qr, err := db.Query(`SELECT kode_unit FROM mart.performance_service_link WHERE label_sektor = 'nilai_tinggi_sektor_memburuk' AND kode_unit <> ?
			GROUP BY kode_unit HAVING count(*) >= 3`, tr.WaitingUnit)
		if err != nil {
			t.Fatal(err)
		}
		for qr.Next() {
			var u string
			qr.Scan(&u)
			others = append(others, u)
		}
		qr.Close()
		if semRun != 3 || len(others) != 0 {
			t.Errorf("2025-S2 worsening run %d (want 3); other units labelled in 3 or more periods: %v", semRun, others)
		}
	})

	t.Run("Dumai employees respond to their appraisals (appraisal_response)", func(t *testing.T) {
		var dumai, others float64
		var people, decided int
		db.QueryRow(`SELECT 100.0 * sum(keberatan) / sum(pegawai_dinilai) FROM mart.appraisal_response_unit WHERE kode_wilayah = '14.72'`).Scan(&dumai)
		db.QueryRow(`SELECT 100.0 * sum(keberatan) / sum(pegawai_dinilai) FROM mart.appraisal_response_unit WHERE kode_wilayah <> '14.72'`).Scan(&others)
		db.QueryRow(`SELECT count(DISTINCT nip), count(*) FILTER (WHERE status_tanggapan IN ('keberatan_diterima', 'keberatan_ditolak'))
			FROM mart.appraisal_response WHERE kode_wilayah = '14.72'`).Scan(&people, &decided)
		if dumai < 5 || others > 4 || people < 20 || decided == 0 {
			t.Errorf("objected: Dumai %.1f %%, elsewhere %.1f %%; %d Dumai people with a response, %d decided objections", dumai, others, people, decided)
		}
	})

	t.Run("promotions and moves in the assignment history", func(t *testing.T) {
		var second, moves, promos, both, flagged int
		db.QueryRow(`SELECT count(*) FROM core.dim_employee WHERE urutan_penugasan = 2`).Scan(&second)
		db.QueryRow(`SELECT count(*) FROM core.dim_employee e JOIN core.dim_employee p ON p.nip = e.nip AND p.urutan_penugasan = e.urutan_penugasan - 1
			WHERE e.kode_unit <> p.kode_unit`).Scan(&moves)
		db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE kode_unit <> kode_unit_lama), count(*) FILTER (WHERE ditandai) FROM mart.promotion_merit`).Scan(&promos, &both, &flagged)
		if promos == 0 || both != 0 || moves+promos != second || flagged == 0 {
			t.Errorf("%d second assignments: %d moves, %d promotions (%d also moving), %d flagged", second, moves, promos, both, flagged)
		}
	})

	t.Run("data quality: four contradicting predikat, the quarantine reasons", func(t *testing.T) {
		var contra, batch int
		var reasons string
		db.QueryRow(`SELECT sum(predikat_kontradiksi) FILTER (WHERE periode <> 'semua'), sum(predikat_kontradiksi) FILTER (WHERE periode = 'semua')
			FROM mart.data_quality WHERE source = 'penilaian_2025'`).Scan(&contra, &batch)
		db.QueryRow(`SELECT alasan_karantina FROM mart.data_quality WHERE source = 'pegawai' AND periode = 'semua'`).Scan(&reasons)
		if contra != 4 || batch != 4 || !strings.HasPrefix(reasons, "nip: NIP must be 18 digits, got 17 (2)") {
			t.Errorf("%d contradictions over the periods, %d on the batch's row, reasons %q", contra, batch, reasons)
		}
		var low int
		db.QueryRow(`SELECT count(*) FROM mart.data_quality WHERE periode <> 'semua' AND cakupan_persen < 95`).Scan(&low)
		if low != 0 {
			t.Errorf("%d periods with coverage under 95 %%", low)
		}
	})
}

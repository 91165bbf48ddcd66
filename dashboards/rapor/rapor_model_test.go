package rapor_test

import (
	"database/sql"
	"math"
	"testing"

	"kinerja/dashboards/internal/dashtest"
	"kinerja/dashboards/rapor"
)

// checkRaporModel compares the page model with the warehouse, queried here
// independently of the rapor SQL.
func checkRaporModel(t *testing.T, db *sql.DB, nip string, m rapor.RaporModel) {
	var nama string
	var assignments int
	db.QueryRow(`SELECT any_value(nama) FILTER (WHERE terkini), count(*) FROM core.dim_employee WHERE nip = ?`, nip).Scan(&nama, &assignments)
	if m.NIP != nip || m.Nama != nama || len(m.Assignments) != assignments {
		t.Errorf("identity: %s %q %d assignments, want %s %q %d", m.NIP, m.Nama, len(m.Assignments), nip, nama, assignments)
	}
	if assignments < 2 {
		t.Errorf("the chosen person has %d assignments: the test wants a move", assignments)
	}

	// Every period, in time order; the official predikat of each.
	var periods int
	db.QueryRow(`SELECT count(DISTINCT periode) FROM core.fact_appraisal WHERE nip = ?`, nip).Scan(&periods)
	if periods == 0 || len(m.Periods) != periods {
		t.Fatalf("%d periods, want %d", len(m.Periods), periods)
	}
	official := map[string]string{}
	rows, err := db.Query(`SELECT periode, predikat FROM core.fact_appraisal WHERE nip = ? AND sumber = 'atasan'`, nip)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var p, pr string
		rows.Scan(&p, &pr)
		official[p] = pr
	}
	rows.Close()
	pos := map[string]int{}
	for i, p := range m.Periods {
		pos[p.Periode] = i
		if want, ok := official[p.Periode]; p.Atasan != ok || p.Predikat != want {
			t.Errorf("%s: predikat %q (atasan %v), want %q (%v)", p.Periode, p.Predikat, p.Atasan, want, ok)
		}
		if i > 0 && p.Selesai.Before(m.Periods[i-1].Selesai) {
			t.Errorf("%s comes after %s", p.Periode, m.Periods[i-1].Periode)
		}
	}
	// A named period, spelled out: the 2025 annual predikat.
	var p2025 string
	if err := db.QueryRow(`SELECT predikat FROM core.fact_appraisal WHERE nip = ? AND periode = '2025' AND sumber = 'atasan'`, nip).Scan(&p2025); err != nil {
		t.Fatal(err)
	}
	if i, ok := pos["2025"]; !ok || m.Periods[i].Predikat != p2025 {
		t.Errorf("2025 predikat: model %+v, want %s", m.Periods[pos["2025"]], p2025)
	}
	if !(pos["2024-Q4"] < pos["2024"] && pos["2024"] < pos["2025-Q1"]) {
		t.Errorf("order: 2024-Q4 %d, 2024 %d, 2025-Q1 %d", pos["2024-Q4"], pos["2024"], pos["2025-Q1"])
	}

	// BerAKHLAK values of the supervisor, per period.
	var kolab, pelayanan string
	db.QueryRow(`SELECT perilaku_kolaboratif, perilaku_berorientasi_pelayanan FROM core.fact_appraisal WHERE nip = ? AND periode = '2025' AND sumber = 'atasan'`, nip).Scan(&kolab, &pelayanan)
	if v := m.Periods[pos["2025"]].Nilai; v[6] != kolab || v[0] != pelayanan || kolab == "" {
		t.Errorf("2025 BerAKHLAK %v, want berorientasi_pelayanan %s, kolaboratif %s", v, pelayanan, kolab)
	}

	// Sources: diri as given; rekan as a count and the mean of their ratings.
	score := map[string]float64{"di_bawah": 1, "sesuai": 2, "di_atas": 3}
	rows, err = db.Query(`SELECT periode, sumber, hasil_kerja, perilaku_kerja FROM core.fact_appraisal WHERE nip = ? AND sumber <> 'atasan'`, nip)
	if err != nil {
		t.Fatal(err)
	}
	type agg struct {
		n    int
		h, p float64
		last [2]string
	}
	want := map[[2]string]*agg{}
	for rows.Next() {
		var per, src, h, p string
		rows.Scan(&per, &src, &h, &p)
		k := [2]string{per, src}
		if want[k] == nil {
			want[k] = &agg{}
		}
		a := want[k]
		a.n++
		a.h += score[h]
		a.p += score[p]
		a.last = [2]string{h, p}
	}
	rows.Close()
	rekan, fewPeers := 0, 0
	for k, a := range want {
		p := m.Periods[pos[k[0]]]
		s, ok := p.Source(k[1])
		if (k[1] == "rekan" || k[1] == "bawahan") && a.n < 3 {
			// A mean of one or two peers tells what each said: count only.
			fewPeers++
			rekan++
			if !ok || s.Penilai != int64(a.n) || s.SkorHasil.Valid || s.SkorPerilaku.Valid {
				t.Errorf("%s %s: %+v from %d raters, want the count and no score", k[0], k[1], s, a.n)
			}
			continue
		}
		if !ok || s.Penilai != int64(a.n) || math.Abs(s.SkorHasil.Value-a.h/float64(a.n)) > 1e-9 || math.Abs(s.SkorPerilaku.Value-a.p/float64(a.n)) > 1e-9 ||
			math.Abs(s.Skor().Value-(a.h+a.p)/float64(2*a.n)) > 1e-9 {
			t.Errorf("%s %s: %+v, want %d raters, means %.3f %.3f", k[0], k[1], s, a.n, a.h/float64(a.n), a.p/float64(a.n))
		}
		switch k[1] {
		case "diri":
			if s.HasilKerja != a.last[0] || s.PerilakuKerja != a.last[1] {
				t.Errorf("%s diri: %s/%s, want %s/%s", k[0], s.HasilKerja, s.PerilakuKerja, a.last[0], a.last[1])
			}
		case "rekan", "bawahan":
			rekan++
			if s.HasilKerja != "" || s.PerilakuKerja != "" || s.Predikat != "" {
				t.Errorf("%s %s: a peer's rating shown as a label: %+v", k[0], k[1], s)
			}
		}
	}
	if rekan == 0 || fewPeers == 0 {
		t.Errorf("the chosen person has %d peer or subordinate sources, %d of them from fewer than 3: the rule is untested", rekan, fewPeers)
	}

	// JP per year against 20, from the trainings, and the mart's own flag.
	jp := dashtest.QueryMap[int64, float64](t, db, `SELECT tahun, sum(jp) FROM core.fact_training WHERE nip = ? GROUP BY tahun`, nip)
	meets := dashtest.QueryMap[int64, bool](t, db, `SELECT tahun, memenuhi_20_jp FROM mart.training_needs WHERE nip = ?`, nip)
	under := 0
	for _, y := range m.JP {
		if y.JP != jp[y.Tahun] || y.Kurang20 != (jp[y.Tahun] < 20) || y.Kekurangan != math.Max(0, 20-jp[y.Tahun]) {
			t.Errorf("%d: %+v, want %.1f JP", y.Tahun, y, jp[y.Tahun])
		}
		if b, ok := meets[y.Tahun]; ok && b == y.Kurang20 {
			t.Errorf("%d: under 20 JP %v, mart.training_needs says memenuhi_20_jp %v", y.Tahun, y.Kurang20, b)
		}
		if y.Kurang20 {
			under++
		}
	}
	if len(m.JP) < len(jp) || under == 0 {
		t.Errorf("JP years %+v (trainings in %d years); want at least one year under 20 JP", m.JP, len(jp))
	}

	// Training focus and 9-box per year, as the marts have them.
	for _, n := range m.Needs {
		var fokus sql.NullString
		db.QueryRow(`SELECT fokus_pelatihan FROM mart.training_needs WHERE nip = ? AND tahun = ?`, nip, n.Tahun).Scan(&fokus)
		if n.Fokus != fokus.String {
			t.Errorf("%d focus %q, want %q", n.Tahun, n.Fokus, fokus.String)
		}
	}
	var needs, talent int
	db.QueryRow(`SELECT count(*) FROM mart.training_needs WHERE nip = ?`, nip).Scan(&needs)
	db.QueryRow(`SELECT count(*) FROM mart.talent_pool WHERE nip = ?`, nip).Scan(&talent)
	if len(m.Needs) != needs || len(m.Talent) != talent || talent == 0 {
		t.Errorf("%d needs, %d talent rows; want %d, %d", len(m.Needs), len(m.Talent), needs, talent)
	}
	for _, x := range m.Talent {
		var kotak sql.NullInt64
		db.QueryRow(`SELECT kotak_9 FROM mart.talent_pool WHERE nip = ? AND tahun = ?`, nip, x.Tahun).Scan(&kotak)
		if x.Kotak != kotak.Int64 {
			t.Errorf("%d 9-box %d, want %d", x.Tahun, x.Kotak, kotak.Int64)
		}
	}
	var batches int64
	db.QueryRow(`SELECT count(*) FROM meta.batches WHERE replaced_by IS NULL`).Scan(&batches)
	if m.Batches != batches || m.DataPer == "" {
		t.Errorf("footer: %d batches, data per %q; want %d", m.Batches, m.DataPer, batches)
	}
}

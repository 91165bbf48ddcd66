package marts_test

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestAppraisalResponseHandComputed: the employees' responses reach
// core.fact_appraisal, the person view (mart.appraisal_response, for the
// rapor) and the unit view (mart.appraisal_response_unit).
func TestAppraisalResponseHandComputed(t *testing.T) {
	// Unit U1, 2025-Q1, five people appraised by their atasan:
	//   n0 setuju; n1 keberatan, diterima; n2 keberatan, ditolak;
	//   n3 keberatan, no outcome yet; n4 no response.
	// n4 also rates itself (diri) and "objects" there: not counted, only the
	// official appraisal is answered.
	// Unit view: 5 appraised, 4 responded (80 %), 1 setuju, 3 keberatan
	// (60 %), 1 diterima, 1 ditolak, 0 proses, 1 without outcome; of the 2
	// decided objections 1 granted: 50 %.
	var a strings.Builder
	a.WriteString("nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja,kode_unit,tanggapan,hasil_keberatan\n")
	resp := [][2]string{{"setuju", ""}, {"keberatan", "diterima"}, {"keberatan", "ditolak"}, {"keberatan", ""}, {"", ""}}
	for i, r := range resp {
		fmt.Fprintf(&a, "%s,2025-Q1,atasan,%s,sesuai,sesuai,U1,%s,%s\n", nipN(i), nipN(99), r[0], r[1])
	}
	fmt.Fprintf(&a, "%s,2025-Q1,diri,%s,di_atas,di_atas,U1,keberatan,\n", nipN(4), nipN(4))
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", dumaiUnitsCSV},
		"a.csv": {"appraisals", a.String()},
	})
	var fact int
	db.QueryRow(`SELECT count(*) FROM core.fact_appraisal WHERE tanggapan = 'keberatan' AND sumber = 'atasan'`).Scan(&fact)
	if fact != 3 {
		t.Errorf("core.fact_appraisal: %d atasan objections, want 3", fact)
	}
	var n, dit, setuju, keb, diterima, ditolak, proses, tanpa int
	var pDit, pKeb, pDiterima float64
	if err := db.QueryRow(`SELECT pegawai_dinilai, ditanggapi, persen_ditanggapi, setuju, keberatan, persen_keberatan,
			keberatan_diterima, keberatan_ditolak, keberatan_proses, keberatan_tanpa_hasil, persen_keberatan_diterima
		FROM mart.appraisal_response_unit WHERE kode_unit = 'U1' AND periode = '2025-Q1'`).
		Scan(&n, &dit, &pDit, &setuju, &keb, &pKeb, &diterima, &ditolak, &proses, &tanpa, &pDiterima); err != nil {
		t.Fatal(err)
	}
	if n != 5 || dit != 4 || pDit != 80 || setuju != 1 || keb != 3 || pKeb != 60 || diterima != 1 || ditolak != 1 ||
		proses != 0 || tanpa != 1 || math.Abs(pDiterima-50) > 1e-9 {
		t.Errorf("unit view: %d %d %.1f %d %d %.1f %d %d %d %d %.1f", n, dit, pDit, setuju, keb, pKeb, diterima, ditolak, proses, tanpa, pDiterima)
	}
	// 3 of 5 objected: Wilson 95 % 23.07-88.24 % (by hand: p = 0.6, z^2 / n =
	// 0.768, centre 0.5566, half-width 0.3259), the unit page's error bar.
	var lo, hi float64
	if err := db.QueryRow(`SELECT persen_keberatan_bawah, persen_keberatan_atas FROM mart.appraisal_response_unit
		WHERE kode_unit = 'U1' AND periode = '2025-Q1'`).Scan(&lo, &hi); err != nil {
		t.Fatal(err)
	}
	if math.Abs(lo-23.0724) > 1e-3 || math.Abs(hi-88.2380) > 1e-3 {
		t.Errorf("persen_keberatan interval %.4f-%.4f, want 23.0724-88.2380", lo, hi)
	}
	// the person view, keyed by NIP and period
	rows, err := db.Query(`SELECT nip, tanggapan, coalesce(hasil_keberatan, '-'), status_tanggapan FROM mart.appraisal_response
		WHERE periode = '2025-Q1' ORDER BY nip`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var nip, tg, hk, st string
		rows.Scan(&nip, &tg, &hk, &st)
		got = append(got, fmt.Sprintf("%s %s %s %s", nip, tg, hk, st))
	}
	want := []string{
		nipN(0) + " setuju - setuju",
		nipN(1) + " keberatan diterima keberatan_diterima",
		nipN(2) + " keberatan ditolak keberatan_ditolak",
		nipN(3) + " keberatan - keberatan_proses",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("person view:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

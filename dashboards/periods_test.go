package dashboards_test

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"kinerja/dashboards"
	"kinerja/dashboards/internal/dashtest"
	"kinerja/dashboards/kit"
	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// demoWarehouse runs generated demo data (the five demo regions) through
// ingest and transform into a new warehouse.
func demoWarehouse(tb testing.TB) *sql.DB {
	tb.Helper()
	db, _ := martstest.Demo(tb, tb.TempDir(), demogen.Options{Seed: 3, Employees: 150})
	return db.DB
}

// buildDemo builds the site of a demo warehouse.
func buildDemo(t *testing.T) (*sql.DB, dashboards.Result) {
	t.Helper()
	db := demoWarehouse(t)
	res, err := dashboards.Build(context.Background(), db, dashboards.Options{Out: filepath.Join(t.TempDir(), "site")})
	if err != nil {
		t.Fatal(err)
	}
	return db, res
}

// nf is a nullable number from the warehouse.
type nf = sql.NullFloat64

// same compares a figure of the page model with the mart's value: a value
// shown must equal it; a value withheld ("<5") or missing must be so for a
// reason (the mart has no value, or too few people).
func same(t *testing.T, what string, s kit.Stat, v nf, dec int) {
	t.Helper()
	if !v.Valid {
		if s.Valid {
			t.Errorf("%s = %v, the mart has none", what, s.Value)
		}
		return
	}
	if s.Small {
		return // withheld; the rules are tested on the fixture
	}
	p := math.Pow10(dec)
	if !s.Valid || math.Round(s.Value*p) != math.Round(v.Float64*p) {
		t.Errorf("%s = %+v, the mart %v", what, s, v.Float64)
	}
}

func ni(v sql.NullInt64) nf { return nf{Float64: float64(v.Int64), Valid: v.Valid} }

// TestRegionPeriodsMatchTheMarts: for a region of the demo warehouse, what
// the region page's model holds under a period P (the headline figures and
// their change on the period before and on a year earlier, the units, IKM,
// BerAKHLAK, the services, the kurva distribusi, the 20 JP of P's year and
// the alerts) is what a direct query on the marts gives for P, for three
// periods; the selector lists every quarter, newest first, and defaults to
// the newest. The unit pages and Beranda are checked the same way.
func TestRegionPeriodsMatchTheMarts(t *testing.T) {
	start := time.Now()
	db, res := buildDemo(t)
	t.Logf("demo warehouse and site in %v", time.Since(start))
	const kode = "14.72"
	m, ok := res.Regions[kode]
	if !ok {
		t.Fatalf("no region %s", kode)
	}
	query := func(q string, args ...any) *sql.Rows { t.Helper(); return dashtest.Query(t, db, q, args...) }

	// The selector: every year, semester and quarter of the region (issue
	// 13, point 2), each kind newest first, the newest quarter by default.
	var quarters, periods []string
	rows := query(`SELECT periode, jenis_periode FROM mart.region_summary WHERE kode_wilayah = ? AND jenis_periode IN ('triwulan', 'semester', 'tahun') ORDER BY tanggal_mulai DESC, periode`, kode)
	for rows.Next() {
		var p, j string
		rows.Scan(&p, &j)
		periods = append(periods, p)
		if j == "triwulan" {
			quarters = append(quarters, p)
		}
	}
	rows.Close()
	if len(quarters) < 4 || len(periods) < len(quarters)+2 {
		t.Fatalf("demo region %s has %d quarters, %d periods", kode, len(quarters), len(periods))
	}
	var got, gotQ []string
	for _, p := range m.Periods {
		got = append(got, p.Periode)
		if p.Jenis == "triwulan" {
			gotQ = append(gotQ, p.Periode)
		}
	}
	if fmt.Sprint(gotQ) != fmt.Sprint(quarters) {
		t.Errorf("selector's quarters %v, want %v", gotQ, quarters)
	}
	sort.Strings(got)
	sort.Strings(periods)
	if fmt.Sprint(got) != fmt.Sprint(periods) {
		t.Errorf("selector %v, want the region's years, semesters and quarters %v", got, periods)
	}
	if m.Default != quarters[0] || m.Now.Period == nil || m.Now.Period.Periode != quarters[0] {
		t.Errorf("default %q (headline %v), want the latest quarter %q", m.Default, m.Now.Period, quarters[0])
	}
	if len(m.ByPeriod) != len(periods) {
		t.Errorf("%d periods in the model, %d in the mart", len(m.ByPeriod), len(periods))
	}

	checked := 0
	for _, P := range []string{quarters[0], quarters[2], quarters[len(quarters)-1]} {
		rp, ok := m.ByPeriod[P]
		if !ok {
			t.Errorf("%s: no data in the model", P)
			continue
		}
		t.Run(P, func(t *testing.T) {
			checkRegionPeriod(t, db, kode, P, rp)
		})
		checked++
	}
	// The switch must show something else: the periods differ.
	a, b := m.ByPeriod[quarters[0]], m.ByPeriod[quarters[2]]
	if a.Now.IKM == b.Now.IKM && a.Now.MedianKTP == b.Now.MedianKTP && a.Now.PersenSB == b.Now.PersenSB {
		t.Errorf("%s and %s show the same headline: the test proves nothing", quarters[0], quarters[2])
	}
	if checked < 2 {
		t.Fatal("fewer than two periods checked")
	}

	// A unit: its figures and services per period.
	unit := ""
	for _, u := range m.UnitList {
		if um := res.Units[u.Kode]; len(um.Services) > 0 && len(um.Periods) > 0 {
			unit = u.Kode
			break
		}
	}
	if unit == "" {
		t.Fatal("no unit with services in", kode)
	}
	um := res.Units[unit]
	if um.Default != um.Periods[0].Periode || um.Default != quarters[0] {
		t.Errorf("unit %s: default %q, want %q", unit, um.Default, quarters[0])
	}
	for _, P := range []string{quarters[0], quarters[3]} {
		up := um.ByPeriod[P]
		var peg sql.NullInt64
		var sb, ikm nf
		db.QueryRow(`SELECT pegawai_dinilai, persen_sangat_baik FROM mart.unit_performance WHERE kode_unit = ? AND periode = ?`, unit, P).Scan(&peg, &sb)
		db.QueryRow(`SELECT ikm FROM mart.ikm WHERE kode_unit = ? AND periode = ?`, unit, P).Scan(&ikm)
		same(t, unit+" "+P+" pegawai", up.Pegawai, ni(peg), 0)
		same(t, unit+" "+P+" % Sangat Baik", up.PersenSB, sb, 2)
		same(t, unit+" "+P+" IKM", up.IKM, ikm, 2)
		rows := query(`SELECT layanan, median_jam, persen_tepat_waktu, backlog FROM mart.service_outcomes WHERE kode_unit = ? AND periode = ? ORDER BY layanan`, unit, P)
		want := map[string][3]nf{}
		for rows.Next() {
			var l string
			var med, tepat nf
			var bl sql.NullInt64
			rows.Scan(&l, &med, &tepat, &bl)
			want[l] = [3]nf{med, tepat, ni(bl)}
		}
		rows.Close()
		if len(up.Services) != len(want) || len(want) == 0 {
			t.Errorf("unit %s %s: %d services, the mart %d", unit, P, len(up.Services), len(want))
		}
		for _, sv := range up.Services {
			w := want[sv.Layanan]
			same(t, unit+" "+P+" "+sv.Layanan+" median", sv.Median, w[0], 2)
			same(t, unit+" "+P+" "+sv.Layanan+" tepat waktu", sv.TepatWaktu, w[1], 2)
			same(t, unit+" "+P+" "+sv.Layanan+" backlog", sv.Backlog, w[2], 0)
		}
	}

	// Beranda: every region's key figures for two quarters.
	for _, P := range []string{quarters[0], quarters[1]} {
		rows := query(`SELECT kode_wilayah, ikm, median_jam_ktp_el, persen_tepat_waktu FROM mart.region_summary WHERE periode = ? ORDER BY kode_wilayah`, P)
		want := map[string][3]nf{}
		for rows.Next() {
			var k string
			var a, b, c nf
			rows.Scan(&k, &a, &b, &c)
			want[k] = [3]nf{a, b, c}
		}
		rows.Close()
		ir := res.Index.ByPeriod[P]
		if len(ir) != len(want) {
			t.Errorf("Beranda %s: %d regions, the mart %d", P, len(ir), len(want))
		}
		for _, r := range ir {
			w := want[r.Kode]
			same(t, "Beranda "+P+" "+r.Kode+" IKM", r.IKM, w[0], 2)
			same(t, "Beranda "+P+" "+r.Kode+" KTP-el", r.MedianKTP, w[1], 2)
			same(t, "Beranda "+P+" "+r.Kode+" % tepat waktu", r.TepatWaktu, w[2], 2)
		}
	}
}

func checkRegionPeriod(t *testing.T, db *sql.DB, kode, P string, rp dashboards.RegionPeriod) {
	query := func(q string, args ...any) *sql.Rows { t.Helper(); return dashtest.Query(t, db, q, args...) }
	if rp.Period.Periode != P {
		t.Errorf("period %q", rp.Period.Periode)
	}
	// Headline: mart.region_summary for P and the quarter before it.
	head := func(where string, args ...any) (peg sql.NullInt64, per string, sb, ikm nf, mutu sql.NullString, ktp, tepat nf, backlog sql.NullInt64) {
		err := db.QueryRow(`SELECT pegawai_dinilai, periode, persen_sangat_baik, ikm, mutu, median_jam_ktp_el, persen_tepat_waktu, backlog
			FROM mart.region_summary WHERE kode_wilayah = ? AND jenis_periode = 'triwulan' AND `+where+` ORDER BY tanggal_mulai DESC LIMIT 1`,
			append([]any{kode}, args...)...).Scan(&peg, &per, &sb, &ikm, &mutu, &ktp, &tepat, &backlog)
		if err != nil && err != sql.ErrNoRows {
			t.Fatal(err)
		}
		return
	}
	peg, _, sb, ikm, mutu, ktp, tepat, backlog := head("periode = ?", P)
	same(t, "pegawai dinilai", rp.Now.PegawaiDinilai, ni(peg), 0)
	same(t, "% Sangat Baik", rp.Now.PersenSB, sb, 2)
	same(t, "IKM", rp.Now.IKM, ikm, 2)
	same(t, "median KTP-el", rp.Now.MedianKTP, ktp, 2)
	same(t, "% tepat waktu", rp.Now.TepatWaktu, tepat, 2)
	same(t, "backlog", rp.Now.Backlog, ni(backlog), 0)
	if rp.Now.Mutu != mutu.String {
		t.Errorf("mutu %q, the mart %q", rp.Now.Mutu, mutu.String)
	}
	ppeg, prevPer, psb, pikm, _, pktp, _, _ := head("tanggal_mulai < (SELECT tanggal_mulai FROM mart.region_summary WHERE kode_wilayah = ? AND periode = ?)", kode, P)
	if prevPer == "" {
		if rp.Prev.Period != nil {
			t.Errorf("previous period %v, the mart has none", rp.Prev.Period.Periode)
		}
	} else {
		if rp.Prev.Period == nil || rp.Prev.Period.Periode != prevPer {
			t.Errorf("previous period %v, want %s", rp.Prev.Period, prevPer)
		}
		same(t, "previous pegawai", rp.Prev.PegawaiDinilai, ni(ppeg), 0)
		same(t, "previous % Sangat Baik", rp.Prev.PersenSB, psb, 2)
		same(t, "previous IKM", rp.Prev.IKM, pikm, 2)
		same(t, "previous KTP-el", rp.Prev.MedianKTP, pktp, 2)
	}
	// A year earlier: mart.region_benchmark for P.
	var lalu sql.NullString
	var dIKM, dKTP nf
	if err := db.QueryRow(`SELECT periode_tahun_lalu, perubahan_ikm, perubahan_median_jam_ktp_el FROM mart.region_benchmark
		WHERE kode_wilayah = ? AND periode = ? AND tingkat = 'kabkota'`, kode, P).Scan(&lalu, &dIKM, &dKTP); err != nil && err != sql.ErrNoRows {
		t.Fatal(err)
	}
	if rp.YoYPeriod != lalu.String {
		t.Errorf("year-earlier period %q, the mart %q", rp.YoYPeriod, lalu.String)
	}
	same(t, "IKM change on a year earlier", rp.YoYIKM, dIKM, 2)
	same(t, "KTP-el change on a year earlier", rp.YoYKTP, dKTP, 2)

	// Units: mart.performance_service_link for P.
	rows := query(`SELECT kode_unit, pegawai_dinilai, persen_sangat_baik, ikm, coalesce(label_keselarasan, ''), peringkat_layanan
		FROM mart.performance_service_link WHERE kode_wilayah = ? AND periode = ? ORDER BY kode_unit`, kode, P)
	type link struct {
		peg, rank sql.NullInt64
		sb, ikm   nf
		label     string
	}
	links := map[string]link{}
	var mismatch []string
	for rows.Next() {
		var k string
		var l link
		rows.Scan(&k, &l.peg, &l.sb, &l.ikm, &l.label, &l.rank)
		links[k] = l
		if l.label == "nilai_tinggi_layanan_buruk" {
			mismatch = append(mismatch, k)
		}
	}
	rows.Close()
	if len(rp.Units) != len(links) || len(links) == 0 || rp.UnitsPeriod == nil || rp.UnitsPeriod.Periode != P {
		t.Errorf("units: %d in %v, the mart %d in %s", len(rp.Units), rp.UnitsPeriod, len(links), P)
	}
	for _, u := range rp.Units {
		l, ok := links[u.Kode]
		if !ok {
			t.Errorf("unit %s not in the mart for %s", u.Kode, P)
			continue
		}
		same(t, u.Kode+" pegawai", u.Pegawai, ni(l.peg), 0)
		same(t, u.Kode+" % Sangat Baik", u.PersenSB, l.sb, 2)
		same(t, u.Kode+" IKM", u.IKM, l.ikm, 2)
		same(t, u.Kode+" rank layanan", u.RankLayanan, ni(l.rank), 0)
		if u.Label != l.label {
			t.Errorf("%s label %q, the mart %q", u.Kode, u.Label, l.label)
		}
	}
	var gotMismatch []string
	for _, u := range rp.Alerts.Mismatch {
		gotMismatch = append(gotMismatch, u.Kode)
	}
	if fmt.Sprint(gotMismatch) != fmt.Sprint(mismatch) {
		t.Errorf("mismatch alerts %v, the mart %v", gotMismatch, mismatch)
	}

	// IKM: mart.ikm for P.
	rows = query(`SELECT kode_unit, responden, ikm, mutu FROM mart.ikm WHERE kode_wilayah = ? AND periode = ? ORDER BY kode_unit`, kode, P)
	ikms := map[string][2]nf{}
	for rows.Next() {
		var k string
		var r sql.NullInt64
		var v nf
		var mu sql.NullString
		rows.Scan(&k, &r, &v, &mu)
		ikms[k] = [2]nf{ni(r), v}
	}
	rows.Close()
	if len(rp.IKMUnits) != len(ikms) || len(ikms) == 0 {
		t.Errorf("IKM: %d units, the mart %d", len(rp.IKMUnits), len(ikms))
	}
	for _, u := range rp.IKMUnits {
		same(t, u.Kode+" responden", u.Responden, ikms[u.Kode][0], 0)
		same(t, u.Kode+" IKM (mart.ikm)", u.IKM, ikms[u.Kode][1], 2)
	}

	// BerAKHLAK: mart.berakhlak_unit for P, and its alerts (>= 30 % of 5 or more people).
	rows = query(`SELECT kode_unit, nilai_berakhlak, persen_di_bawah, dinilai FROM mart.berakhlak_unit WHERE kode_wilayah = ? AND periode = ?`, kode, P)
	ber := map[string]nf{}
	nAlerts := 0
	for rows.Next() {
		var k, v string
		var pct nf
		var n sql.NullInt64
		rows.Scan(&k, &v, &pct, &n)
		ber[k+"|"+v] = pct
		if pct.Valid && pct.Float64 >= kit.AlertBerakhlakPct && n.Int64 >= kit.MinGroup {
			if k2 := math.Round(pct.Float64 * float64(n.Int64) / 100); k2 >= kit.MinGroup || k2 == 0 {
				nAlerts++
			}
		}
	}
	rows.Close()
	if len(rp.Berakhlak) != len(ber) || len(ber) == 0 {
		t.Errorf("BerAKHLAK: %d cells, the mart %d", len(rp.Berakhlak), len(ber))
	}
	for _, c := range rp.Berakhlak {
		same(t, c.Kode+" "+c.Nilai, c.PersenDiBawah, ber[c.Kode+"|"+c.Nilai], 2)
	}
	if len(rp.Alerts.Berakhlak) != nAlerts {
		t.Errorf("BerAKHLAK alerts %d, the mart %d", len(rp.Alerts.Berakhlak), nAlerts)
	}

	// Services, the region view: requests and backlog summed over units, the strictest standard.
	rows = query(`SELECT layanan, sum(permohonan)::BIGINT, sum(backlog)::BIGINT, min(batas_jam) FROM mart.service_outcomes
		WHERE kode_wilayah = ? AND periode = ? GROUP BY layanan`, kode, P)
	svc := map[string][3]nf{}
	for rows.Next() {
		var l string
		var n, bl sql.NullInt64
		var batas nf
		rows.Scan(&l, &n, &bl, &batas)
		svc[l] = [3]nf{ni(n), ni(bl), batas}
	}
	rows.Close()
	if len(rp.Services) != len(svc) || len(svc) == 0 {
		t.Errorf("services: %d, the mart %d", len(rp.Services), len(svc))
	}
	for _, sv := range rp.Services {
		w := svc[sv.Layanan]
		same(t, sv.Layanan+" permohonan", sv.Permohonan, w[0], 0)
		same(t, sv.Layanan+" backlog", sv.Backlog, w[1], 0)
		same(t, sv.Layanan+" standar", sv.Batas, w[2], 2)
	}
	// Late or piling-up services of P.
	var late int
	if err := db.QueryRow(`SELECT count(*) FROM mart.service_outcomes s WHERE kode_wilayah = ? AND periode = ? AND (persen_tepat_waktu < 50
			OR EXISTS (SELECT 1 FROM mart.service_alert a WHERE a.kode_unit = s.kode_unit AND a.periode = s.periode AND a.layanan = s.layanan AND a.peringatan))`,
		kode, P).Scan(&late); err != nil {
		t.Fatal(err)
	}
	if len(rp.Alerts.Service) != late {
		t.Errorf("service alerts %d, the mart %d", len(rp.Alerts.Service), late)
	}
	// Lenient raters labelled in P.
	var lunak int
	db.QueryRow(`SELECT count(*) FROM mart.rater_calibration WHERE kode_wilayah = ? AND periode = ? AND label = 'lunak'`, kode, P).Scan(&lunak)
	if len(rp.Alerts.Lunak) != lunak {
		t.Errorf("lenient raters %d, the mart %d", len(rp.Alerts.Lunak), lunak)
	}

	// Kurva distribusi: mart.distribution_compliance for P.
	rows = query(`SELECT kode_unit, sesuai FROM mart.distribution_compliance WHERE kode_wilayah = ? AND periode = ? ORDER BY kode_unit`, kode, P)
	var want, gotK []string
	for rows.Next() {
		var k string
		var ok sql.NullBool
		rows.Scan(&k, &ok)
		want = append(want, k+"="+strconv.FormatBool(ok.Bool))
	}
	rows.Close()
	for _, u := range rp.Kurva {
		gotK = append(gotK, u.Kode+"="+strconv.FormatBool(u.Sesuai.Bool))
	}
	sort.Strings(gotK)
	sort.Strings(want)
	if len(want) == 0 || fmt.Sprint(gotK) != fmt.Sprint(want) {
		t.Errorf("kurva %v, the mart %v", gotK, want)
	}

	// 20 JP per unit: mart.training_compliance of P's year (or the latest before it).
	var year sql.NullInt64
	db.QueryRow(`SELECT max(tahun) FROM mart.training_compliance WHERE kode_wilayah = ? AND tahun <= ?`, kode, rp.Period.Mulai.Year()).Scan(&year)
	if rp.JPYear != year.Int64 {
		t.Errorf("20 JP year %d, want %d", rp.JPYear, year.Int64)
	}
	jp := dashtest.QueryMap[string, nf](t, db, `SELECT kode_unit, persen_kurang_20_jp FROM mart.training_compliance WHERE kode_wilayah = ? AND tahun = ?`, kode, year.Int64)
	if len(rp.JPUnits) != len(jp) {
		t.Errorf("20 JP: %d units, the mart %d", len(rp.JPUnits), len(jp))
	}
	for _, u := range rp.JPUnits {
		same(t, u.Kode+" % < 20 JP", u.Persen, jp[u.Kode], 2)
	}
}

package dashboards_test

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/dashboards"
	"kinerja/dashboards/internal/dashtest"
	"kinerja/dashboards/kit"
)

// Issue 12 point 2, "every figure from one mart column": the figures the
// pages used to compute in Go (region sums of the training page, the 9-box
// sums, predikat shares, the quadrant's guide lines) are read from a mart
// column. TestMartFiguresOnDemo compares each with an independent query of
// the marts the pages do not read (mart.training_needs, mart.talent_pool,
// the predikat counts) on the demo site; TestPagesSelectMartFigures changes
// each mart figure in a copy of the fixture and finds the change on the
// page, which a figure recomputed in Go would not show.

// figures runs q (key, value rows) on db.
func figures(t *testing.T, db *sql.DB, q string) map[string]float64 {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	defer rows.Close()
	out := map[string]float64{}
	for rows.Next() {
		var k string
		var v sql.NullFloat64
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		if v.Valid {
			out[k] = v.Float64
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkShown compares a page figure with the independent query's: a shown
// figure must equal it (to the decimals the page shows), a missing one must
// be missing there too. It counts the figures compared.
func checkShown(t *testing.T, what string, got kit.Stat, want map[string]float64, key string, dec int, n *int) {
	t.Helper()
	w, ok := want[key]
	switch {
	case got.Shown() && !ok:
		t.Errorf("%s %s: page %v, the marts have none", what, key, got.Value)
	case got.Shown() && math.Abs(kit.Round(got.Value, dec)-kit.Round(w, dec)) > 1e-9:
		t.Errorf("%s %s: page %v, the marts %v", what, key, got.Value, w)
	case got.Shown():
		*n++
	case got.Small && ok && w >= kit.MinGroup && !got.Linked && strings.HasPrefix(what, "count"):
		t.Errorf("%s %s: page <5, the marts %v", what, key, w)
	}
}

func TestMartFiguresOnDemo(t *testing.T) {
	d := sharedDemo(t)
	res := d.res

	// Pelatihan: a region's people, 20 JP, JP shortfall and high priority,
	// per year (the people of mart.training_needs in the years of
	// mart.training_compliance), its and every region's people per
	// BerAKHLAK value, every region's per training focus.
	people := figures(t, d.db, `
		SELECT kode_wilayah || '|' || tahun || '|' || x.k, x.v
		FROM (SELECT kode_wilayah, tahun, count(*) AS p, count(*) FILTER (WHERE jp < 20) AS k, sum(kekurangan_jp) AS j,
		             count(*) FILTER (WHERE kategori_prioritas = 'tinggi') AS h
		      FROM mart.training_needs WHERE tahun IN (SELECT tahun FROM mart.training_compliance) GROUP BY ALL),
		     unnest([{k: 'pegawai', v: p}, {k: 'kurang', v: k}, {k: 'persen', v: 100.0 * k / p}, {k: 'jp', v: j}, {k: 'tinggi', v: h}]) AS t(x)`)
	values := figures(t, d.db, `
		SELECT coalesce(kode_wilayah, '') || '|' || tahun || '|' || trim(v), count(*)
		FROM mart.training_needs, unnest(string_split(nilai_di_bawah, ',')) AS u(v)
		GROUP BY GROUPING SETS ((kode_wilayah, tahun, trim(v)), (tahun, trim(v)))`)
	focus := figures(t, d.db, `SELECT tahun || '|' || fokus_pelatihan, count(*) FROM mart.training_needs WHERE fokus_pelatihan IS NOT NULL GROUP BY ALL`)
	n, regions := 0, 0
	for _, y := range res.Training.Years {
		for _, r := range res.Training.Regions[y] {
			regions++
			k := fmt.Sprintf("%s|%d|", r.Kode, y)
			if _, ok := people[k+"pegawai"]; !ok {
				t.Errorf("pelatihan %s: a region row the marts do not have", k)
			}
			checkShown(t, "count pegawai", r.Pegawai, people, k+"pegawai", 0, &n)
			checkShown(t, "count kurang 20 JP", r.Kurang20, people, k+"kurang", 0, &n)
			checkShown(t, "% kurang 20 JP", r.Persen, people, k+"persen", 1, &n)
			checkShown(t, "kekurangan JP", r.KekuranganJP, people, k+"jp", 0, &n)
			checkShown(t, "count prioritas tinggi", r.Tinggi, people, k+"tinggi", 0, &n)
			for i, v := range kit.BerakhlakOrder {
				checkShown(t, "count nilai di bawah", r.Values[i], values, k+v, 0, &n)
			}
		}
		for i, v := range kit.BerakhlakOrder {
			checkShown(t, "count nilai di bawah (semua)", res.Training.Values[y][i], values, fmt.Sprintf("|%d|%s", y, v), 0, &n)
		}
		for _, f := range res.Training.Focus[y] {
			checkShown(t, "count fokus", f.Pegawai, focus, fmt.Sprintf("%d|%s", y, f.Fokus), 0, &n)
		}
		if len(res.Training.Focus[y]) != countPrefix(focus, fmt.Sprintf("%d|", y)) {
			t.Errorf("pelatihan %d: %d focus rows, the marts %d", y, len(res.Training.Focus[y]), countPrefix(focus, fmt.Sprintf("%d|", y)))
		}
	}
	t.Logf("pelatihan: %d region rows in %d years, %d figures equal", regions, len(res.Training.Years), n)
	if regions == 0 || n < 10*regions {
		t.Fatalf("pelatihan: %d region rows, %d figures compared", regions, n)
	}

	// Talenta and the region pages' units: the 9-box counted from
	// mart.talent_pool, every person.
	boxes := figures(t, d.db, `
		SELECT coalesce(kode_unit, coalesce(kode_wilayah, '')) || '|' || tahun || '|' || x.k, x.v
		FROM (SELECT kode_unit, kode_wilayah, tahun, count(*) AS total, count(*) FILTER (WHERE kotak_9 >= 7) AS pool,
		             count(*) FILTER (WHERE kotak_9 <= 6) AS rest, count(*) FILTER (WHERE kotak_9 IS NULL) AS b0,
		             count(*) FILTER (WHERE kotak_9 = 1) AS b1, count(*) FILTER (WHERE kotak_9 = 5) AS b5, count(*) FILTER (WHERE kotak_9 = 9) AS b9
		      FROM mart.talent_pool GROUP BY GROUPING SETS ((kode_unit, kode_wilayah, tahun), (kode_wilayah, tahun), (tahun))),
		     unnest([{k: 'total', v: total}, {k: 'pool', v: pool}, {k: 'rest', v: rest}, {k: '0', v: b0}, {k: '1', v: b1}, {k: '5', v: b5}, {k: '9', v: b9}]) AS t(x)`)
	n = 0
	check9 := func(what, key string, nb dashboards.NineBox) {
		checkShown(t, "count "+what+" total", nb.Total, boxes, key+"total", 0, &n)
		checkShown(t, "count "+what+" pool", nb.Pool, boxes, key+"pool", 0, &n)
		for _, b := range []int{0, 1, 5, 9} {
			checkShown(t, fmt.Sprintf("count %s kotak %d", what, b), nb.Boxes[b], boxes, fmt.Sprint(key, b), 0, &n)
		}
	}
	for _, y := range res.Talent.Years {
		check9("talenta", fmt.Sprintf("|%d|", y), res.Talent.Grid[y])
		for _, r := range res.Talent.Regions[y] {
			check9("talenta", fmt.Sprintf("%s|%d|", r.Kode, y), r)
		}
	}
	units := 0
	for _, m := range res.Regions {
		for _, u := range m.Talent {
			units++
			k := fmt.Sprintf("%s|%d|", u.Kode, m.TalentYear)
			check9("wilayah unit", k, u)
			checkShown(t, "count wilayah unit kotak 1-6", u.Rest, boxes, k+"rest", 0, &n)
		}
	}
	t.Logf("talenta: %d years, %d units of region pages, %d figures equal", len(res.Talent.Years), units, n)
	if len(res.Talent.Years) == 0 || units == 0 || n < 50 {
		t.Fatalf("talenta: %d years, %d units, %d figures compared", len(res.Talent.Years), units, n)
	}

	// Predikat shares: of the counts, per unit, per region (the units
	// summed) and in the kurva check.
	shares := figures(t, d.db, `
		SELECT coalesce(kode_unit, kode_wilayah) || '|' || periode || '|' || x.k, 100.0 * x.v / p
		FROM (SELECT kode_unit, kode_wilayah, periode, sum(pegawai_dinilai) AS p, sum(jumlah_sangat_baik) AS sb, sum(jumlah_baik) AS b,
		             sum(jumlah_butuh_perbaikan) AS bp, sum(jumlah_kurang) AS k, sum(jumlah_sangat_kurang) AS sk
		      FROM mart.unit_performance GROUP BY GROUPING SETS ((kode_unit, kode_wilayah, periode), (kode_wilayah, periode))),
		     unnest([{k: '0', v: sb}, {k: '1', v: b}, {k: '2', v: bp}, {k: '3', v: k}, {k: '4', v: sk}]) AS t(x)`)
	n = 0
	for kode, u := range res.Units {
		for _, pt := range u.Predikat {
			for i, s := range pt.Shares {
				checkShown(t, "% predikat unit", s, shares, fmt.Sprintf("%s|%s|%d", kode, pt.Period.Periode, i), 1, &n)
			}
		}
	}
	for kode, m := range res.Regions {
		for _, pt := range m.Predikat {
			for i, s := range pt.Shares {
				checkShown(t, "% predikat wilayah", s, shares, fmt.Sprintf("%s|%s|%d", kode, pt.Period.Periode, i), 1, &n)
			}
		}
		for periode, ku := range m.Kurva {
			for _, u := range ku {
				for i, s := range u.Shares {
					checkShown(t, "% predikat kurva", s, shares, fmt.Sprintf("%s|%s|%d", u.Kode, periode, i), 1, &n)
				}
			}
		}
	}
	t.Logf("predikat: %d shares equal", n)
	if n < 100 {
		t.Fatalf("predikat: %d shares compared", n)
	}

	// The units quadrant's guide lines: the region's IKM and % Sangat Baik
	// of the period (mart.region_summary), not the mean of the units shown,
	// which differs in most region-periods of the demo.
	guide := figures(t, d.db, `
		SELECT kode_wilayah || '|' || periode || '|' || x.k, x.v
		FROM mart.region_summary, unnest([{k: 'ikm', v: ikm}, {k: 'sb', v: persen_sangat_baik}]) AS t(x)`)
	n = 0
	differ := 0
	for kode, m := range res.Regions {
		for _, rp := range m.ByPeriod {
			if rp.UnitsPeriod == nil {
				continue
			}
			k := kode + "|" + rp.UnitsPeriod.Periode + "|"
			checkShown(t, "kuadran IKM", rp.UnitsRegion.IKM, guide, k+"ikm", 2, &n)
			checkShown(t, "kuadran % Sangat Baik", rp.UnitsRegion.PersenSB, guide, k+"sb", 1, &n)
			if !rp.UnitsRegion.IKM.Shown() {
				t.Errorf("kuadran %s: no IKM guide line", k)
			}
			var sum, cnt float64
			for _, u := range rp.Units {
				if u.IKM.Shown() && u.PersenSB.Shown() {
					sum, cnt = sum+u.IKM.Value, cnt+1
				}
			}
			if cnt > 0 && math.Abs(sum/cnt-rp.UnitsRegion.IKM.Value) > 0.05 {
				differ++
			}
		}
	}
	// and the lines drawn on each region page are those.
	drawn := 0
	for kode := range res.Regions {
		periode, ikm, sb := quadrantLines(t, d, "wilayah/"+kode+".html")
		if periode == "" {
			continue
		}
		k := kode + "|" + periode + "|"
		if w, ok := guide[k+"ikm"]; !ok || math.Abs(ikm-kit.Round(w, 2)) > 1e-9 {
			t.Errorf("wilayah/%s.html %s: IKM guide line drawn at %v, the region's IKM is %v", kode, periode, ikm, w)
		}
		if w, ok := guide[k+"sb"]; ok && !math.IsNaN(sb) && math.Abs(sb-kit.Round(w, 1)) > 1e-9 {
			t.Errorf("wilayah/%s.html %s: %% Sangat Baik guide line drawn at %v, the region's is %v", kode, periode, sb, w)
		}
		drawn++
	}
	t.Logf("kuadran: %d guide lines equal, %d differ from the mean of the units shown; %d region pages' lines checked", n, differ, drawn)
	if n < 20 || differ < n/4 || drawn < 3 {
		t.Fatalf("kuadran: %d guide lines compared, %d differ from the mean of the units shown", n, differ)
	}

	// Kualitas data's headline and every page's footer: the batches in
	// force (meta.batches), their rows, the appraisals set aside.
	dq := figures(t, d.db, `
		SELECT x.k, x.v FROM (SELECT count(*) AS b, sum(rows_read) AS r, sum(rows_quarantined) AS q FROM meta.batches WHERE replaced_by IS NULL),
		     unnest([{k: 'batches', v: b}, {k: 'read', v: r}, {k: 'quarantined', v: q},
		             {k: 'set_aside', v: (SELECT count(*) FROM core.appraisal_set_aside)}]) AS t(x)`)
	n = 0
	q := res.Quality
	checkCount(t, "kualitas batch", q.BatchesInForce, dq, "batches", &n)
	checkCount(t, "kualitas dibaca", q.Read, dq, "read", &n)
	checkCount(t, "kualitas karantina", q.Quarantined, dq, "quarantined", &n)
	checkCount(t, "kualitas disisihkan", q.SetAside, dq, "set_aside", &n)
	// The footer's batch count, from assets/site-meta.js (publish.go).
	if foot := fmt.Sprintf(`"batches":%d}`, int64(dq["batches"])); !strings.Contains(d.page(t, dashboards.SiteMetaPath), foot) ||
		!strings.Contains(d.page(t, "kualitas.html"), `<span id="kj-batches">–</span> batch sumber`) {
		t.Errorf("kualitas.html: the footer does not show %s from site-meta.js", foot)
	}

	// Lenient raters per unit (without names): counted from
	// mart.rater_calibration's raters.
	lunak := figures(t, d.db, `SELECT kode_unit || '|' || periode, count(*) FROM mart.rater_calibration WHERE label = 'lunak' GROUP BY ALL`)
	n = 0
	for _, m := range res.Regions {
		for _, rp := range m.ByPeriod {
			for _, u := range rp.Alerts.LunakUnits {
				checkCount(t, "penilai lunak", u.Penilai, lunak, u.Kode+"|"+u.Period.Periode, &n)
			}
		}
	}
	t.Logf("kualitas: %v; penilai lunak: %d unit-periods equal", dq, n)
	if n == 0 {
		t.Fatal("no lenient raters on any region page")
	}
}

// quadrantLines are the guide lines drawn on a region page's units quadrant
// (its default period): the period the chart's title names and the
// markLine's IKM (x) and % Sangat Baik (y), NaN when not drawn.
func quadrantLines(t *testing.T, d *demoSite, rel string) (periode string, ikm, sb float64) {
	t.Helper()
	ikm, sb = math.NaN(), math.NaN()
	for title, c := range d.charts(t, rel) {
		if !strings.HasPrefix(title, "Nilai kinerja vs. layanan · ") {
			continue
		}
		periode = strings.TrimPrefix(title, "Nilai kinerja vs. layanan · ")
		series, _ := c.Option["series"].([]any)
		for _, se := range series {
			ml, _ := se.(map[string]any)["markLine"].(map[string]any)
			data, _ := ml["data"].([]any)
			for _, m := range data {
				m, _ := m.(map[string]any)
				if x, ok := m["xAxis"].(float64); ok {
					ikm = x
				}
				if y, ok := m["yAxis"].(float64); ok {
					sb = y
				}
			}
		}
	}
	return periode, ikm, sb
}

// checkCount compares a count the page shows with the independent query's.
func checkCount(t *testing.T, what string, got int64, want map[string]float64, key string, n *int) {
	t.Helper()
	if w := want[key]; float64(got) != w {
		t.Errorf("%s %s: page %d, the marts %v", what, key, got, w)
	}
	*n++
}

func countPrefix(m map[string]float64, prefix string) int {
	n := 0
	for k := range m {
		if strings.HasPrefix(k, prefix) {
			n++
		}
	}
	return n
}

// TestPagesSelectMartFigures: each figure the pages used to compute in Go
// is the mart's column. In a copy of the fixture the mart figures are set
// to values no sum of the rows shown gives; the page models show those.
func TestPagesSelectMartFigures(t *testing.T) {
	ctx := context.Background()
	db, dir := dashtest.OpenTemp(t)
	for _, q := range []string{
		// Pelatihan: Dumai 2025 (its units in mart.training_needs_unit: 20 people, 6 under 20 JP).
		`INSERT INTO mart.region_training VALUES ('14.72', 'Kota Dumai', 2025, 977, 311, 31.83, 4321.0, 55)`,
		`UPDATE mart.region_training_need_count SET pegawai = pegawai + 100 WHERE kunci = 'loyal' AND tahun = 2025`,
		`UPDATE mart.region_training_need_count SET pegawai = 42 WHERE aspek = 'fokus_pelatihan' AND tingkat = 'semua' AND tahun = 2025`,
		// Talenta: every region's pool and total, a unit's kotak 1-6.
		`UPDATE mart.talent_grid SET kelompok_promosi = 512, pegawai = 523 WHERE tingkat = 'semua' AND tahun = 2025`,
		`UPDATE mart.talent_grid SET kotak_1_6 = 611 WHERE kode_unit = '14.72.01' AND tahun = 2025`,
		// Predikat shares of a unit, a region and a kurva row.
		`UPDATE mart.unit_performance SET persen_baik = 61.5 WHERE kode_unit = '14.72.01' AND periode = '2025-Q3'`,
		`UPDATE mart.region_performance SET persen_baik = 62.5 WHERE kode_wilayah = '14.72' AND periode = '2025-Q3'`,
		`UPDATE mart.distribution_compliance SET persen_baik = 63.5 WHERE kode_unit = '14.72.01' AND periode = '2025-Q3'`,
		// Kualitas data's headline and the footer; a unit's lenient raters.
		`UPDATE mart.data_quality_summary SET batch_berlaku = 17, baris_dibaca = 1717, baris_karantina = 71, penilaian_disisihkan = 7`,
		`UPDATE mart.unit_360 SET penilai_lunak = 6 WHERE kode_unit = '14.72.01' AND periode = '2025-Q3'`,
		// The quadrant's guide lines: Dumai's figures of 2025-Q3.
		`UPDATE mart.region_summary SET ikm = 70.25, persen_sangat_baik = 31.5 WHERE kode_wilayah = '14.72' AND periode = '2025-Q3'`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
	}
	res, err := dashboards.Build(ctx, db, dashboards.Options{Out: filepath.Join(dir, "site")})
	if err != nil {
		t.Fatal(err)
	}
	is := func(what string, got kit.Stat, want float64) {
		t.Helper()
		if !got.Shown() || math.Abs(got.Value-want) > 1e-9 {
			t.Errorf("%s = %+v, the mart has %v", what, got, want)
		}
	}

	var dumai *dashboards.NeedsRegion
	for i, r := range res.Training.Regions[2025] {
		if r.Kode == "14.72" {
			dumai = &res.Training.Regions[2025][i]
		}
	}
	if dumai == nil {
		t.Fatalf("pelatihan 2025: no Dumai row in %+v", res.Training.Regions[2025])
	}
	is("pelatihan Dumai pegawai", dumai.Pegawai, 977)
	is("pelatihan Dumai < 20 JP", dumai.Kurang20, 311)
	is("pelatihan Dumai % < 20 JP", dumai.Persen, 31.83)
	is("pelatihan Dumai kekurangan JP", dumai.KekuranganJP, 4321)
	is("pelatihan Dumai prioritas tinggi", dumai.Tinggi, 55)
	loyal := -1
	for i, v := range kit.BerakhlakOrder {
		if v == "loyal" {
			loyal = i
		}
	}
	is("pelatihan Dumai loyal", dumai.Values[loyal], 109)
	is("pelatihan semua loyal", res.Training.Values[2025][loyal], 109)
	if f := res.Training.Focus[2025]; len(f) != 1 {
		t.Errorf("pelatihan focus = %+v", f)
	} else {
		is("pelatihan fokus "+f[0].Fokus, f[0].Pegawai, 42)
	}

	g := res.Talent.Grid[2025]
	is("talenta semua kelompok promosi", g.Pool, 512)
	is("talenta semua pegawai", g.Total, 523)
	for _, u := range res.Regions["14.72"].Talent {
		if u.Kode == dashtest.DukcapilDumai {
			is("wilayah Dumai unit kotak 1-6", u.Rest, 611)
		}
	}

	for _, pt := range res.Units[dashtest.DukcapilDumai].Predikat {
		if pt.Period.Periode == "2025-Q3" {
			is("unit % Baik", pt.Shares[1], 61.5)
		}
	}
	dm := res.Regions["14.72"]
	for _, pt := range dm.Predikat {
		if pt.Period.Periode == "2025-Q3" {
			is("wilayah % Baik", pt.Shares[1], 62.5)
		}
	}
	for _, u := range dm.Kurva["2025-Q3"] {
		if u.Kode == dashtest.DukcapilDumai {
			is("kurva % Baik", u.Shares[1], 63.5)
		}
	}
	rp := dm.ByPeriod["2025-Q3"]
	is("kuadran IKM", rp.UnitsRegion.IKM, 70.25)
	is("kuadran % Sangat Baik", rp.UnitsRegion.PersenSB, 31.5)
	if q := res.Quality; q.BatchesInForce != 17 || q.Read != 1717 || q.Quarantined != 71 || q.SetAside != 7 {
		t.Errorf("kualitas: %d batches, %d read, %d quarantined, %d set aside; the mart has 17, 1717, 71, 7", q.BatchesInForce, q.Read, q.Quarantined, q.SetAside)
	}
	site := &demoSite{out: filepath.Join(dir, "site")}
	if !strings.Contains(site.page(t, dashboards.SiteMetaPath), `"batches":17}`) {
		t.Errorf("%s does not hold the mart's 17 batches", dashboards.SiteMetaPath)
	}
	for _, f := range []string{"kualitas.html", "index.html", "wilayah/14.72.html"} {
		if !strings.Contains(site.page(t, f), `<span id="kj-batches">–</span> batch sumber`) || !strings.Contains(site.page(t, f), `assets/site-meta.js"></script>`) {
			t.Errorf("%s: the footer does not read the batch count from site-meta.js", f)
		}
	}
	if lu := rp.Alerts.LunakUnits; len(lu) != 1 || lu[0].Kode != dashtest.DukcapilDumai || lu[0].Penilai != 6 {
		t.Errorf("penilai lunak per unit = %+v, the mart has 6 in %s", lu, dashtest.DukcapilDumai)
	}
	if periode, ikm, sb := quadrantLines(t, site, "wilayah/14.72.html"); periode != "2025-Q3" || ikm != 70.25 || sb != 31.5 {
		t.Errorf("wilayah/14.72.html: quadrant %q guide lines at IKM %v, %% Sangat Baik %v; the mart has 70.25, 31.5", periode, ikm, sb)
	}
}

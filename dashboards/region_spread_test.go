package dashboards

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/marts"
)

// TestIndexQuartilesOverEveryRegion: with more regions than lines, Beranda
// draws the quartiles across regions of % Sangat Baik per quarter, as
// mart.region_spread computes them over every region, small ones included
// (issue 12: aggregates were computed over what survived suppression). The
// fixture gets 16 more regions of 3 people each, 2 of them Sangat Baik
// (66.67 %, a figure every page masks): across all 18 regions the median
// of 2025-Q3 is 66.67 %; over the two regions whose figure is shown
// (Dumai 27.27 %, Subulussalam 20 %) it would be 23.6 %.
func TestIndexQuartilesOverEveryRegion(t *testing.T) {
	db, out := fixture(t)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `INSERT INTO mart.region_summary (kode_wilayah, nama_wilayah, kode_provinsi, nama_provinsi, periode, jenis_periode,
		tanggal_mulai, tahun, unit_dinilai, pegawai_dinilai, persen_sangat_baik, ikm, mutu)
		SELECT '90.' || lpad(i::VARCHAR, 2, '0'), 'Kota ' || i, '90', 'Provinsi Uji', p.periode, 'triwulan', p.mulai, 2025, 1, 3, 66.67, 70.0 + i, 'C'
		FROM range(1, 17) r(i), (VALUES ('2025-Q2', DATE '2025-04-01'), ('2025-Q3', DATE '2025-07-01')) p(periode, mulai)`); err != nil {
		t.Fatal(err)
	}
	// The real mart's SQL over the fixture's regions.
	var spread string
	for _, m := range marts.Models() {
		if m.Name == "mart/83_region_spread" {
			spread = m.FullSQL()
		}
	}
	if spread == "" {
		t.Fatal("no mart/83_region_spread model")
	}
	if _, err := db.ExecContext(ctx, spread); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(ctx, db, Options{Out: out}); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range readCSV(t, filepath.Join(out, "data", "beranda_tren_sangat_baik.csv"))[1:] {
		got[r[0]] = strings.Join(r[1:], " ")
	}
	if w := "66.7 66.7 66.7"; got["2025-Q3"] != w {
		t.Errorf("2025-Q3 Q1, median, Q3 of %% Sangat Baik across the 18 regions: %q, want %q (every region counted)", got["2025-Q3"], w)
	}
	rows, err := db.QueryContext(ctx, `SELECT periode, round(q1_persen_sangat_baik, 1), round(median_persen_sangat_baik, 1), round(q3_persen_sangat_baik, 1)
		FROM mart.region_spread WHERE jenis_periode = 'triwulan'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var per string
		var q1, med, q3 float64
		if err := rows.Scan(&per, &q1, &med, &q3); err != nil {
			t.Fatal(err)
		}
		if w := fmt.Sprintf("%.1f %.1f %.1f", q1, med, q3); got[per] != w {
			t.Errorf("%s: the page shows %q, mart.region_spread %q", per, got[per], w)
		}
		n++
	}
	if n != 2 || len(got) != 2 {
		t.Errorf("%d quarters in the mart, %d on the page; want 2", n, len(got))
	}
}

package marts_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

// writeNewQuarter writes a file of 2026-Q1 appraisals (everyone's 2025-Q4
// appraisals again, as the next quarter) and returns its path.
func writeNewQuarter(t testing.TB, db *warehouse.DB, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "penilaian_2026_q1.csv")
	if _, err := db.Exec(fmt.Sprintf(`COPY (SELECT nip, '2026-Q1' AS periode, sumber, nip_penilai, hasil_kerja, perilaku_kerja, capaian_iki,
		perilaku_berorientasi_pelayanan, perilaku_akuntabel, perilaku_kompeten, perilaku_harmonis, perilaku_loyal, perilaku_adaptif, perilaku_kolaboratif
		FROM stg.appraisals WHERE periode = '2025-Q4' ORDER BY ALL) TO '%s' (HEADER)`, p)); err != nil {
		t.Fatal(err)
	}
	return p
}

// martCounts is the number of rows of every mart.
func martCounts(t testing.TB, db *warehouse.DB) map[string]int64 {
	t.Helper()
	rows, err := db.Query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'mart' ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	rows.Close()
	out := map[string]int64{}
	for _, n := range names {
		var c int64
		if err := db.QueryRow("SELECT count(*) FROM mart." + n).Scan(&c); err != nil {
			t.Fatal(err)
		}
		out[n] = c
	}
	return out
}

// TestRefreshAddsOneQuarter: re-running the transform changes nothing, and
// adding one new quarter of appraisals and re-running adds exactly that
// quarter's rows, leaves every earlier period as it was and duplicates
// nothing (the unique-key data tests run inside the transform as well).
func TestRefreshAddsOneQuarter(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, _ := buildDemo(t, dir, 3, 300)
	before := martCounts(t, db)
	perPeriod := func() map[string]int64 {
		out := map[string]int64{}
		rows, err := db.Query(`SELECT periode, count(*) FROM mart.unit_performance GROUP BY ALL`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var p string
			var n int64
			rows.Scan(&p, &n)
			out[p] = n
		}
		return out
	}
	periodsBefore := perPeriod()
	var factBefore, q4 int64
	db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE periode = '2025-Q4') FROM core.fact_appraisal`).Scan(&factBefore, &q4)

	// The same data again: identical marts.
	if _, err := transform.Run(ctx, db, marts.Models()...); err != nil {
		t.Fatal(err)
	}
	if again := martCounts(t, db); fmt.Sprint(again) != fmt.Sprint(before) {
		t.Errorf("re-running changed the marts:\n%v\n%v", before, again)
	}

	// One new quarter.
	p := writeNewQuarter(t, db, dir)
	if _, err := ingest.Load(ctx, db, ingest.Source{Kind: "appraisals", Path: p}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ { // twice: the second run must not add anything either
		if _, err := transform.Run(ctx, db, marts.Models()...); err != nil {
			t.Fatal(err)
		}
	}
	var factAfter int64
	db.QueryRow(`SELECT count(*) FROM core.fact_appraisal`).Scan(&factAfter)
	if factAfter != factBefore+q4 {
		t.Errorf("fact_appraisal %d rows, want %d + %d", factAfter, factBefore, q4)
	}
	periodsAfter := perPeriod()
	for per, n := range periodsBefore {
		if periodsAfter[per] != n {
			t.Errorf("unit_performance %s: %d rows, was %d", per, periodsAfter[per], n)
		}
	}
	if periodsAfter["2026-Q1"] != periodsBefore["2025-Q4"] {
		t.Errorf("unit_performance 2026-Q1: %d units, want %d as in 2025-Q4", periodsAfter["2026-Q1"], periodsBefore["2025-Q4"])
	}
	var dup int64
	db.QueryRow(`SELECT count(*) FROM (SELECT nip, periode, sumber, nip_penilai FROM core.fact_appraisal GROUP BY ALL HAVING count(*) > 1)`).Scan(&dup)
	if dup != 0 {
		t.Errorf("%d duplicated appraisals", dup)
	}
	var sb2026, sb2025 float64
	db.QueryRow(`SELECT sum(jumlah_sangat_baik) FILTER (WHERE periode = '2026-Q1'), sum(jumlah_sangat_baik) FILTER (WHERE periode = '2025-Q4')
		FROM mart.unit_performance`).Scan(&sb2026, &sb2025)
	if sb2026 != sb2025 {
		t.Errorf("2026-Q1 Sangat Baik %v, want %v (a copy of 2025-Q4)", sb2026, sb2025)
	}
}

// BenchmarkRefresh measures adding one new quarter of appraisals to a built
// warehouse (ingest the file + transform, which refreshes the facts and marts
// of 2026 on and runs the data tests over everything, in one transaction)
// against a full rebuild (a fresh warehouse: ingest every file including the
// new one + transform).
//
//	go test ./marts/ -run '^$' -bench Refresh -benchtime 3x
func BenchmarkRefresh(b *testing.B) {
	for _, employees := range []int{0, 3000} {
		name := "demo"
		if employees > 0 {
			name = fmt.Sprint(employees)
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			dir := b.TempDir()
			db, sum := buildDemo(b, dir, 1, employees)
			newQ := writeNewQuarter(b, db, dir)
			db.Close()
			base := filepath.Join(dir, "w.duckdb")

			b.Run("refresh", func(b *testing.B) {
				var total time.Duration
				for i := 0; i < b.N; i++ {
					p := filepath.Join(b.TempDir(), "w.duckdb")
					copyFile(b, base, p)
					db, err := warehouse.Open(ctx, warehouse.Options{Path: p})
					if err != nil {
						b.Fatal(err)
					}
					t0 := time.Now()
					if _, err := ingest.Load(ctx, db, ingest.Source{Kind: "appraisals", Path: newQ}); err != nil {
						b.Fatal(err)
					}
					if _, err := transform.Run(ctx, db, marts.Models()...); err != nil {
						b.Fatal(err)
					}
					total += time.Since(t0)
					db.Close()
				}
				b.ReportMetric(total.Seconds()/float64(b.N), "s/refresh")
			})
			b.Run("full", func(b *testing.B) {
				var total time.Duration
				for i := 0; i < b.N; i++ {
					db, err := warehouse.Open(ctx, warehouse.Options{Path: filepath.Join(b.TempDir(), "w.duckdb")})
					if err != nil {
						b.Fatal(err)
					}
					t0 := time.Now()
					loadConfig(b, db, sum.Config)
					if _, err := ingest.Load(ctx, db, ingest.Source{Kind: "appraisals", Path: newQ}); err != nil {
						b.Fatal(err)
					}
					if _, err := transform.Run(ctx, db, marts.Models()...); err != nil {
						b.Fatal(err)
					}
					total += time.Since(t0)
					db.Close()
				}
				b.ReportMetric(total.Seconds()/float64(b.N), "s/rebuild")
			})
		})
	}
}

func copyFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

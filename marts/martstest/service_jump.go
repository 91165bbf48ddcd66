package martstest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kinerja/ingest"
	"kinerja/pipeline"
	"kinerja/warehouse"
)

// Units of ServiceJump, all in Kota Dumai (14.72), KTP_EL only, one quarter
// after another from 2024-Q1 to 2025-Q4.
const (
	// JumpUnit: 60 requests a quarter, a backlog of 5 or 6 at each quarter's
	// end until 2025-Q3 (5), then 15 at the end of 2025-Q4: it triples.
	JumpUnit = "14.72.01"
	// CutUnit: 60 requests a quarter, a backlog of 0 or 1, then 5 still open
	// when the data end (as the demo's Dukcapil units): large against its own
	// variation, under 10 per 100 requests.
	CutUnit = "14.72.02"
	// SmallUnit: 20 requests a quarter, backlog 1 then 6: under 30 requests.
	SmallUnit = "14.72.03"
)

// ServiceJump builds a warehouse at dir/w.duckdb (closed when the test
// ends) of three Dukcapil units with eight quarters of KTP_EL requests
// (standard 240 hours, so every finished request is on time): the backlog
// at each quarter's end is the requests submitted on its last day and
// finished five days later (in 2025-Q4: still pending when the data end).
func ServiceJump(tb testing.TB, dir string) *warehouse.DB {
	tb.Helper()
	backlogs := map[string][]int{
		JumpUnit:  {5, 6, 5, 6, 5, 6, 5, 15},
		CutUnit:   {0, 0, 1, 0, 0, 0, 0, 5},
		SmallUnit: {1, 1, 1, 1, 1, 1, 1, 6},
	}
	perQuarter := map[string]int{JumpUnit: 60, CutUnit: 60, SmallUnit: 20}
	var req strings.Builder
	req.WriteString("id_permohonan,kode_unit,layanan,diajukan,selesai,status\n")
	const stamp = "2006-01-02 15:04"
	n := 0
	for _, unit := range []string{JumpUnit, CutUnit, SmallUnit} {
		for q, b := range backlogs[unit] {
			start := time.Date(2024, time.Month(1+3*q), 1, 0, 0, 0, 0, time.UTC)
			last := start.AddDate(0, 3, -1)
			for i := 0; i < perQuarter[unit]; i++ {
				n++
				in := start.AddDate(0, 0, i%80).Add(9 * time.Hour)
				out, status := in.Add(2*time.Hour).Format(stamp), "selesai"
				if i < b { // open at the quarter's end
					in = last.Add(10 * time.Hour)
					out = in.AddDate(0, 0, 5).Format(stamp)
					if q == len(backlogs[unit])-1 {
						out, status = "", "proses"
					}
				}
				fmt.Fprintf(&req, "P%05d,%s,KTP_EL,%s,%s,%s\n", n, unit, in.Format(stamp), out, status)
			}
		}
	}
	files := []struct{ name, kind, body string }{
		{"wilayah.csv", "regions", "kode_wilayah,nama,tingkat,kode_induk,penduduk_total\n14,Riau,provinsi,,6000000\n14.72,Kota Dumai,kabkota,14,355256\n"},
		{"unit.csv", "units", "kode_unit,nama_unit,kode_wilayah,kode_unit_induk,sektor\n" +
			JumpUnit + ",Disdukcapil Dumai Timur,14.72,,kependudukan\n" +
			CutUnit + ",Disdukcapil Dumai Barat,14.72,,kependudukan\n" +
			SmallUnit + ",Disdukcapil Dumai Kecil,14.72,,kependudukan\n"},
		{"standar.csv", "service_standards", "kode_wilayah,layanan,batas_jam,berlaku_mulai\n,KTP_EL,240,2020-01-01\n"},
		{"permohonan.csv", "service_requests", req.String()},
	}
	var sources []ingest.Source
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, []byte(f.body), 0o644); err != nil {
			tb.Fatal(err)
		}
		sources = append(sources, ingest.Source{Kind: f.kind, Path: p})
	}
	ctx := context.Background()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: filepath.Join(dir, "w.duckdb")})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if err := pipeline.Run(ctx, db, pipeline.Options{Sources: sources}); err != nil {
		tb.Fatal(err)
	}
	return db
}

package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/warehouse"
)

// Benchmarks of ingest throughput on a generated appraisal file:
//
//	go test ./ingest -run '^$' -bench Ingest -benchtime 1x
//
// BenchmarkIngestCSV writes a 10-million-row CSV (KINERJA_BENCH_ROWS
// overrides), BenchmarkIngestXLSX a 200 000-row XLSX (KINERJA_BENCH_XLSX_ROWS;
// a sheet holds at most 1 048 576 rows and excelize keeps a sheet's shared
// strings in memory, so 10 M rows is not an XLSX case), into a temp dir and
// load each into a fresh warehouse with memory_limit 1GB (KINERJA_BENCH_MEMORY). Reported: rows/s,
// MB/s of the file, the process's peak RSS during the load (Go and DuckDB
// together) and the Go heap's peak.

// benchMemoryLimit is the warehouse's memory_limit (KINERJA_BENCH_MEMORY
// overrides, e.g. 512MB).
func benchMemoryLimit() string {
	if v := os.Getenv("KINERJA_BENCH_MEMORY"); v != "" {
		return v
	}
	return "1GB"
}

func benchRows(env string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(env)); err == nil && v > 0 {
		return v
	}
	return def
}

// benchRecord returns the i-th generated appraisal row.
func benchRecord(i int) []string {
	ratings := []string{"Di Atas Ekspektasi", "sesuai", "Sesuai Ekspektasi", "di_bawah"}
	emp := i % 50000
	nip := fmt.Sprintf("19%02d%02d%02d20%02d%02d%d%03d", 60+emp%31, 1+emp%12, 1+emp%28, 10+emp%15, 1+emp%12, 1+emp%2, 1+emp%999)
	return []string{nip, fmt.Sprintf("%d-Q%d", 2020+(i/50000)%6, 1+(i/300000)%4), "atasan", ratings[i%4], ratings[(i/4)%4],
		fmt.Sprintf("%d,%d", 60+i%41, i%10), fmt.Sprintf("U%03d", emp%400)}
}

var benchHeader = []string{"nip", "periode", "sumber", "hasil_kerja", "perilaku_kerja", "capaian_iki", "kode_unit"}

func writeBenchCSV(b *testing.B, path string, rows int) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(strings.Join(benchHeader, ";") + "\n")
	for i := 0; i < rows; i++ {
		w.WriteString(strings.Join(benchRecord(i), ";"))
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
}

func writeBenchXLSX(b *testing.B, path string, rows int) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	row := make([]any, len(benchHeader))
	for i, h := range benchHeader {
		row[i] = h
	}
	sw.SetRow("A1", row)
	for i := 0; i < rows; i++ {
		for j, v := range benchRecord(i) {
			row[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		b.Fatal(err)
	}
}

// peakRSS resets the kernel's peak-RSS mark (Linux) and returns a function
// that reads it, with the Go heap's peak sampled meanwhile.
func peakRSS() func() (rssMB, heapMB float64) {
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	var mu sync.Mutex
	var heap uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			heap = max(heap, ms.HeapInuse)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() (float64, float64) {
		close(stop)
		b, _ := os.ReadFile("/proc/self/status")
		var kb float64
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				kb, _ = strconv.ParseFloat(strings.Fields(line)[1], 64)
			}
		}
		mu.Lock()
		defer mu.Unlock()
		return kb / 1024, float64(heap) / (1 << 20)
	}
}

func benchIngest(b *testing.B, path string, rows int) {
	st, _ := os.Stat(path)
	ctx := context.Background()
	var total time.Duration
	var rss, heap float64
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		db, err := warehouse.Open(ctx, warehouse.Options{Path: filepath.Join(dir, "w.duckdb"), MemoryLimit: benchMemoryLimit(),
			TempDir: filepath.Join(dir, "tmp")})
		if err != nil {
			b.Fatal(err)
		}
		if err := Prepare(ctx, db); err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		peak := peakRSS()
		b.StartTimer()
		t0 := time.Now()
		res, err := Load(ctx, db, Source{Kind: "appraisals", Path: path})
		total += time.Since(t0)
		b.StopTimer()
		r, h := peak()
		rss, heap = max(rss, r), max(heap, h)
		if err != nil {
			b.Fatal(err)
		}
		if res.Read != int64(rows) || res.Loaded != int64(rows) {
			b.Fatalf("read %d loaded %d quarantined %d of %d: %+v", res.Read, res.Loaded, res.Quarantined, rows, res.Reasons)
		}
		db.Close()
	}
	sec := total.Seconds() / float64(b.N)
	b.ReportMetric(float64(rows)/sec, "rows/s")
	b.ReportMetric(float64(st.Size())/(1<<20)/sec, "MB/s")
	b.ReportMetric(float64(st.Size())/(1<<20), "file-MB")
	b.ReportMetric(rss, "peak-RSS-MB")
	b.ReportMetric(heap, "peak-Go-heap-MB")
	b.ReportMetric(float64(rows), "rows")
}

func BenchmarkIngestCSV(b *testing.B) {
	b.StopTimer()
	rows := benchRows("KINERJA_BENCH_ROWS", 10_000_000)
	path := filepath.Join(b.TempDir(), "penilaian.csv")
	writeBenchCSV(b, path, rows)
	benchIngest(b, path, rows)
}

func BenchmarkIngestXLSX(b *testing.B) {
	b.StopTimer()
	rows := benchRows("KINERJA_BENCH_XLSX_ROWS", 200_000)
	path := filepath.Join(b.TempDir(), "penilaian.xlsx")
	writeBenchXLSX(b, path, rows)
	benchIngest(b, path, rows)
}

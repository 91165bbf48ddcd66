// Command scalesite measures dashboards.Build on a synthetic many-region
// warehouse: it copies a (demo) warehouse, first clones the units of every
// kab/kota of the marts until each has -units units (new unit codes, same
// rows), then clones the kab/kota into -regions regions (new codes, same
// rows), and builds the site.
//
//	go run ./dashboards/internal/scalesite --from demo.duckdb --regions 552 --units 40 --out /tmp/site552
//
// 552 regions with 40 units each is the national size (38 provinces + 514
// kab/kota, ~22 000 units). --cpuprofile and --memprofile write pprof files
// of Build.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"kinerja/dashboards"
	"kinerja/dashboards/internal/synth"
)

func main() {
	from := flag.String("from", "demo.duckdb", "warehouse to clone")
	regions := flag.Int("regions", 552, "regions wanted")
	units := flag.Int("units", 40, "units per region (40: ~22 000 units at 552 regions, the national size; 0: as in the source warehouse)")
	out := flag.String("out", "/tmp/site-scale", "site directory")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of Build to this file")
	memProfile := flag.String("memprofile", "", "write a heap profile (after Build) to this file")
	keep := flag.String("keep", "", "keep the synthetic warehouse at this path (and reuse it when it exists)")
	flag.Parse()
	// An earlier site is removed first: freeing its blocks while the new
	// one is written would slow the writes down (and the timing with them).
	os.RemoveAll(*out)
	tmp, _ := os.MkdirTemp("", "scalesite-")
	defer os.RemoveAll(tmp)
	wh := filepath.Join(tmp, "wh.duckdb")
	reuse := false
	if *keep != "" {
		wh = *keep
		_, err := os.Stat(wh)
		reuse = err == nil
	}
	if !reuse {
		if err := synth.CopyFile(*from, wh); err != nil {
			fail(err)
		}
	}
	db, err := sql.Open("duckdb", wh)
	if err != nil {
		fail(err)
	}
	defer db.Close()
	ctx := context.Background()
	start := time.Now()
	if !reuse {
		if err := synth.Scale(ctx, db, *regions, *units); err != nil {
			fail(err)
		}
	}
	var n, nu int
	db.QueryRow(`SELECT count(DISTINCT kode_wilayah) FROM mart.region_summary`).Scan(&n)
	db.QueryRow(`SELECT count(*) FROM core.dim_unit`).Scan(&nu)
	fmt.Printf("synthetic warehouse: %d regions, %d units (cloned in %v)\n", n, nu, time.Since(start).Round(time.Millisecond))

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fail(err)
		}
	}
	var ru0 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	// The Go heap's peak during Build (DuckDB's memory is outside it).
	stop := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var max uint64
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > max {
				max = v
			}
			select {
			case <-stop:
				peak <- max
				return
			case <-t.C:
			}
		}
	}()
	start = time.Now()
	res, err := dashboards.Build(ctx, db, dashboards.Options{Out: *out})
	el := time.Since(start)
	close(stop)
	heap := <-peak
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		fail(err)
	}
	var ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			fail(err)
		}
		runtime.GC()
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	files, size := synth.DirSize(*out)
	var big int64
	var bigName string
	for _, p := range res.Pages {
		if st, err := os.Stat(filepath.Join(*out, p)); err == nil && st.Size() > big {
			big, bigName = st.Size(), p
		}
	}
	cpu := func(ru syscall.Rusage) time.Duration {
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	var regionBytes, regionPages int64
	for _, p := range res.Pages {
		if strings.HasPrefix(strings.TrimPrefix(p, "en/"), "wilayah/") {
			if st, err := os.Stat(filepath.Join(*out, p)); err == nil {
				regionBytes += st.Size()
				regionPages++
			}
		}
	}
	fmt.Printf("Build: %d pages, %d files, %.1f MB in %v (CPU %v, GOMAXPROCS %d, Go heap peak %d MB, max RSS %d MB); largest page %s %.0f kB; region pages %.0f kB on average\n",
		len(res.Pages), files, float64(size)/1e6, el.Round(time.Millisecond), (cpu(ru1) - cpu(ru0)).Round(time.Millisecond),
		runtime.GOMAXPROCS(0), heap>>20, ru1.Maxrss/1024, bigName, float64(big)/1e3, float64(regionBytes)/1e3/float64(max(1, regionPages)))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "scalesite:", err)
	os.Exit(1)
}

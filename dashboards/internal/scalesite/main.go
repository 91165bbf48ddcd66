// Command scalesite measures dashboards.Build on a synthetic many-region
// warehouse: it copies a (demo) warehouse, clones every kab/kota of the marts
// into -regions regions (new codes, same rows), and builds the site.
//
//	go run ./dashboards/internal/scalesite --from demo.duckdb --regions 552 --out /tmp/site552
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	_ "github.com/marcboeker/go-duckdb"

	"kinerja/dashboards"
)

func main() {
	from := flag.String("from", "demo.duckdb", "warehouse to clone")
	regions := flag.Int("regions", 552, "regions wanted")
	out := flag.String("out", "/tmp/site-scale", "site directory")
	flag.Parse()
	tmp, _ := os.MkdirTemp("", "scalesite-")
	defer os.RemoveAll(tmp)
	wh := filepath.Join(tmp, "wh.duckdb")
	if err := copyFile(*from, wh); err != nil {
		fail(err)
	}
	db, err := sql.Open("duckdb", wh)
	if err != nil {
		fail(err)
	}
	defer db.Close()
	ctx := context.Background()
	var base int
	db.QueryRow(`SELECT count(DISTINCT kode_wilayah) FROM mart.region_summary`).Scan(&base)
	copies := (*regions + base - 1) / base
	tables := []string{"region_summary", "region_benchmark", "unit_performance", "service_outcomes", "ikm", "performance_service_link",
		"berakhlak_unit", "rater_calibration", "training_compliance", "distribution_compliance", "talent_pool", "training_needs", "training_needs_unit"}
	start := time.Now()
	for c := 1; c < copies; c++ {
		// Province code 20+c keeps the clones apart: PP.KK -> (20+c).KK, units likewise.
		const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		pp := string(digits[c/26%26]) + string(digits[c%26])
		repl := func(col string) string {
			return fmt.Sprintf(`'%s' || substr(%s, 3)`, pp, col)
		}
		for _, t := range tables {
			cols := columns(ctx, db, "mart", t)
			sel := ""
			for i, col := range cols {
				if i > 0 {
					sel += ", "
				}
				switch col {
				case "kode_wilayah", "kode_unit":
					sel += repl(col)
				case "kode_provinsi":
					sel += "'" + pp + "'"
				case "nama_wilayah":
					sel += fmt.Sprintf("%s || ' %d'", col, c)
				default:
					sel += col
				}
			}
			q := fmt.Sprintf(`INSERT INTO mart.%s SELECT %s FROM mart.%s WHERE length(kode_wilayah) = 5 AND substr(kode_wilayah, 1, 2) IN (SELECT DISTINCT substr(kode_wilayah, 1, 2) FROM core.dim_region WHERE kode_wilayah IN ('14.72','11.75','72.71','92.02','96.71')) AND kode_wilayah IN ('14.72','11.75','72.71','92.02','96.71')`, t, sel, t)
			if _, err := db.ExecContext(ctx, q); err != nil {
				fail(fmt.Errorf("%s: %w", t, err))
			}
		}
		sel := ""
		for i, col := range columns(ctx, db, "core", "dim_unit") {
			if i > 0 {
				sel += ", "
			}
			switch col {
			case "kode_unit", "kode_wilayah":
				sel += repl(col)
			case "kode_unit_induk", "kode_unit_akar":
				sel += "NULL"
			default:
				sel += col
			}
		}
		if _, err := db.ExecContext(ctx, fmt.Sprintf(`INSERT INTO core.dim_unit SELECT %s FROM core.dim_unit WHERE kode_wilayah IN ('14.72','11.75','72.71','92.02','96.71')`, sel)); err != nil {
			fail(err)
		}
	}
	var n, units int
	db.QueryRow(`SELECT count(DISTINCT kode_wilayah) FROM mart.region_summary`).Scan(&n)
	db.QueryRow(`SELECT count(*) FROM core.dim_unit`).Scan(&units)
	fmt.Printf("synthetic warehouse: %d regions, %d units (cloned in %v)\n", n, units, time.Since(start).Round(time.Millisecond))
	os.RemoveAll(*out)
	start = time.Now()
	res, err := dashboards.Build(ctx, db, dashboards.Options{Out: *out})
	if err != nil {
		fail(err)
	}
	el := time.Since(start)
	var size int64
	var files int
	filepath.WalkDir(*out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if st, err := d.Info(); err == nil {
				size += st.Size()
				files++
			}
		}
		return nil
	})
	var big int64
	var bigName string
	for _, p := range res.Pages {
		if st, err := os.Stat(filepath.Join(*out, p)); err == nil && st.Size() > big {
			big, bigName = st.Size(), p
		}
	}
	fmt.Printf("Build: %d pages, %d files, %.1f MB in %v; largest page %s %.0f kB\n", len(res.Pages), files, float64(size)/1e6, el.Round(time.Millisecond), bigName, float64(big)/1e3)
}

func columns(ctx context.Context, db *sql.DB, schema, table string) []string {
	rows, err := db.QueryContext(ctx, `SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position`, schema, table)
	if err != nil {
		fail(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		rows.Scan(&c)
		out = append(out, c)
	}
	return out
}

func copyFile(a, b string) error {
	in, err := os.Open(a)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.Create(b)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, in); err != nil {
		return err
	}
	return o.Close()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "scalesite:", err)
	os.Exit(1)
}

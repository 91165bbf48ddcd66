package dashboards_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/dashboards"
	"kinerja/dashboards/internal/dashtest"
)

// TestCodesCannotWriteOutsideTheSite gives a unit and a region codes that are
// paths ("../../x", "/etc/x", "..") and checks every file Build writes stays
// under --out.
func TestCodesCannotWriteOutsideTheSite(t *testing.T) {
	ctx := context.Background()
	db, dir := dashtest.OpenTemp(t)
	for _, code := range []string{"../../escaped_unit", "/tmp/escaped_abs", "..", "a/../../../escaped_b"} {
		for _, q := range []string{
			`INSERT INTO core.dim_unit SELECT ?, nama_unit, kode_wilayah, kode_unit_induk, sektor, kedalaman FROM core.dim_unit WHERE kode_unit = '14.72.01'`,
			`INSERT INTO mart.unit_performance SELECT * REPLACE (? AS kode_unit) FROM mart.unit_performance WHERE kode_unit = '14.72.01'`,
		} {
			if _, err := db.ExecContext(ctx, q, code); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO core.dim_region SELECT '../../escaped_region', nama, tingkat, kode_provinsi, nama_provinsi, penduduk_total FROM core.dim_region WHERE kode_wilayah = '14.72'`); err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(dir, "a", "b", "site")
	res, err := dashboards.Build(ctx, db, dashboards.Options{Out: site})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pages {
		if strings.Contains(p, "..") && !strings.Contains(p, "_..") && !strings.Contains(p, ".._") {
			t.Errorf("page path %q", p)
		}
	}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && !strings.HasPrefix(p, filepath.Join(dir, "wh.duckdb")) && !strings.HasPrefix(p, site+string(filepath.Separator)) {
			t.Errorf("written outside the site: %s", p)
		}
		return nil
	})
	for _, p := range []string{"/tmp/escaped_abs.html", "/tmp/escaped_abs"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s exists", p)
		}
	}
	n := 0
	for _, p := range res.Pages {
		if strings.Contains(p, "escaped") {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no page for the path-like codes: the test proves nothing")
	}
}

package marts_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kinerja/demogen"
	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

// A national-shaped data set (552 governments of ../shared's region list,
// 15 000 employees) ingests without quarantine and transforms with every data
// test passing; every government reaches core.dim_unit and the marts.
func TestNationalIngestTransform(t *testing.T) {
	if testing.Short() {
		t.Skip("national shape: about 30 s")
	}
	const wilayah = "../../shared/data/wilayah_kabkota.csv"
	if _, err := os.Stat(wilayah); err != nil {
		t.Skipf("no %s: %v", wilayah, err)
	}
	ctx := context.Background()
	dir := t.TempDir()
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(dir, "data"), Seed: 2, Employees: 15_000,
		Scale: demogen.ScaleNational, Regions: wilayah})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ingest.LoadConfig(sum.Config)
	if err != nil {
		t.Fatal(err)
	}
	sources, err := cfg.Files()
	if err != nil {
		t.Fatal(err)
	}
	db, err := warehouse.Open(ctx, warehouse.Options{Path: filepath.Join(dir, "w.duckdb")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows := 0
	if err := ingest.LoadAll(ctx, db, sources, nil, func(src ingest.Source, res ingest.Result, err error) {
		switch {
		case err != nil:
			t.Errorf("%s: %v", src.Path, err)
		case res.Quarantined > 0:
			t.Errorf("%s: %d rows quarantined: %+v", src.Path, res.Quarantined, res.Reasons)
		case int(res.Loaded) != sum.Rows[filepath.Base(src.Path)]:
			t.Errorf("%s: loaded %d of %d rows", src.Path, res.Loaded, sum.Rows[filepath.Base(src.Path)])
		}
		rows += int(res.Loaded)
	}); err != nil {
		t.Fatal(err)
	}
	st, err := transform.Run(ctx, db, marts.Models()...)
	if err != nil {
		t.Fatal(err)
	}
	if st.Tests.Failed() > 0 {
		t.Fatalf("data tests failed: %+v", st.Tests)
	}
	for q, want := range map[string]int{
		"SELECT count(DISTINCT kode_wilayah) FROM core.dim_unit":                    552,
		"SELECT count(*) FROM core.dim_region":                                      552,
		"SELECT count(DISTINCT kode_wilayah) FROM mart.region_benchmark":            552,
		"SELECT count(DISTINCT kode_unit) FROM mart.service_outcomes":               514,
		"SELECT count(DISTINCT periode) FROM mart.unit_performance":                 5,
		"SELECT count(*) FILTER (WHERE kode_unit IS NULL) FROM core.fact_appraisal": 0,
	} {
		if got := one[int](t, db, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
	t.Logf("%d rows ingested; transform %v", rows, st.Elapsed)
}

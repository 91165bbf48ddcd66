package marts_test

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"testing"

	"kinerja/marts"
	"kinerja/warehouse"
)

// Export writes every table as Parquet under the export directory, and the
// Hive layout reads back with DuckDB's hive partitioning: the same rows and
// the same (tahun, kode_provinsi) values as the warehouse.
func TestExportParquetHive(t *testing.T) {
	dir := t.TempDir()
	db, _ := buildDemo(t, dir, 1, 0)
	out := filepath.Join(dir, "export")
	res, err := marts.Export(context.Background(), db, out, false)
	if err != nil {
		t.Fatal(err)
	}
	tables := marts.ExportTables()
	if len(res) != len(tables) || len(tables) < 20 {
		t.Fatalf("%d results for %d tables", len(res), len(tables))
	}
	for i, tb := range tables {
		want := one[int64](t, db, fmt.Sprintf("SELECT count(*) FROM (%s)", tb.SQL))
		if res[i].Rows != want {
			t.Errorf("%s: exported %d rows, the table has %d", tb.Name, res[i].Rows, want)
		}
		if !tb.Partitioned {
			got := one[int64](t, db, fmt.Sprintf("SELECT count(*) FROM read_parquet(%s)",
				warehouse.QuoteString(filepath.Join(out, tb.Name, "*.parquet"))))
			if got != want {
				t.Errorf("%s: read back %d rows, want %d", tb.Name, got, want)
			}
			continue
		}
		src := fmt.Sprintf("read_parquet(%s, hive_partitioning = true, hive_types = {'tahun': INTEGER, 'kode_provinsi': VARCHAR})",
			warehouse.QuoteString(filepath.Join(out, tb.Name, "**", "*.parquet")))
		// the same count per partition on both sides
		q := fmt.Sprintf(`SELECT count(*) FROM (
			SELECT tahun, kode_provinsi, count(*) AS n FROM (%s) GROUP BY ALL
		) a FULL JOIN (
			SELECT tahun, kode_provinsi, count(*) AS n FROM %s GROUP BY ALL
		) b USING (tahun, kode_provinsi) WHERE a.n IS DISTINCT FROM b.n`, tb.SQL, src)
		if bad := one[int64](t, db, q); bad != 0 {
			t.Errorf("%s: %d partitions differ between the warehouse and the export", tb.Name, bad)
		}
		if want > 0 && one[int64](t, db, "SELECT count(*) FROM "+src) != want {
			t.Errorf("%s: row count differs", tb.Name)
		}
	}
	// the layout: fact_appraisal/tahun=2025/kode_provinsi=14/*.parquet, and
	// Kota Sorong's rows under its new province 96
	if one[int64](t, db, fmt.Sprintf("SELECT count(*) FROM glob(%s)",
		warehouse.QuoteString(filepath.Join(out, "fact_appraisal", "tahun=2025", "kode_provinsi=14", "*.parquet")))) == 0 {
		t.Error("no fact_appraisal/tahun=2025/kode_provinsi=14 partition")
	}
	if one[int64](t, db, fmt.Sprintf("SELECT count(*) FROM glob(%s)",
		warehouse.QuoteString(filepath.Join(out, "unit_performance", "tahun=2025", "kode_provinsi=96", "*.parquet")))) == 0 {
		t.Error("no unit_performance partition for province 96 (Kota Sorong)")
	}
	// nothing outside the export directory, nothing but Parquet inside
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) != ".parquet" {
			t.Errorf("unexpected file %s", p)
		}
		return nil
	})
	// Issue 11.12: without --show-names no name or NIP leaves the warehouse:
	// no name column, and NIPs are pseudonyms that still join (one per person).
	all := warehouse.QuoteString(filepath.Join(out, "*", "**", "*.parquet"))
	if n := one[int64](t, db, fmt.Sprintf(`SELECT count(*) FROM parquet_schema(%s) WHERE name IN ('nama', 'nama_penilai')`, all)); n != 0 {
		t.Errorf("%d name columns in the export", n)
	}
	fa := fmt.Sprintf("read_parquet(%s, hive_partitioning = true)", warehouse.QuoteString(filepath.Join(out, "fact_appraisal", "**", "*.parquet")))
	if bad := one[int64](t, db, fmt.Sprintf(`SELECT count(*) FROM %s WHERE NOT regexp_full_match(nip, 'P-[0-9A-F]{16}')
		OR nip_penilai IS NOT NULL AND NOT regexp_full_match(nip_penilai, 'P-[0-9A-F]{16}')`, fa)); bad != 0 {
		t.Errorf("%d fact_appraisal rows carry a NIP that is not a pseudonym", bad)
	}
	if got, want := one[int64](t, db, "SELECT count(DISTINCT nip) FROM "+fa), one[int64](t, db, "SELECT count(DISTINCT nip) FROM core.fact_appraisal"); got != want {
		t.Errorf("%d distinct pseudonyms for %d people", got, want)
	}
	emp := warehouse.QuoteString(filepath.Join(out, "dim_employee", "*.parquet"))
	if n := one[int64](t, db, fmt.Sprintf(`SELECT count(*) FROM %s f SEMI JOIN read_parquet(%s) e ON e.nip = f.nip`, fa, emp)); n != res[4].Rows {
		t.Errorf("only %d of %d exported appraisals join the exported dim_employee by pseudonym", n, res[4].Rows)
	}
	// a second export replaces the first; --show-names keeps names and NIPs
	if _, err := marts.Export(context.Background(), db, out, true); err != nil {
		t.Fatal(err)
	}
	if n := one[int64](t, db, fmt.Sprintf(`SELECT count(*) FROM read_parquet(%s) e JOIN core.dim_employee d USING (nip, berlaku_mulai) WHERE e.nama = d.nama`, emp)); n != one[int64](t, db, "SELECT count(*) FROM core.dim_employee") {
		t.Errorf("--show-names: %d employees with their NIP and name", n)
	}
	if got := one[int64](t, db, fmt.Sprintf("SELECT count(*) FROM read_parquet(%s, hive_partitioning = true)",
		warehouse.QuoteString(filepath.Join(out, "fact_appraisal", "**", "*.parquet")))); got != res[4].Rows {
		t.Errorf("after a second export: %d fact_appraisal rows, want %d", got, res[4].Rows)
	}
}

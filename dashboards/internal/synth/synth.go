// Package synth turns a (demo) warehouse into a synthetic many-region one
// for timing the dashboards: it clones the units of every kab/kota until each
// has a given number (new unit codes, same mart rows), then clones the
// kab/kota into a given number of regions (new codes, same rows). The
// scalesite command and BenchmarkBuildScale use it.
package synth

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// unitTables are the tables with a kode_unit column the dashboards read.
var unitTables = []string{"mart.unit_performance", "mart.service_outcomes", "mart.service_alert", "mart.ikm", "mart.performance_service_link",
	"mart.berakhlak_unit", "mart.rater_calibration", "mart.training_compliance", "mart.distribution_compliance",
	"mart.talent_pool", "mart.training_needs", "mart.training_needs_unit", "mart.talent_count", "mart.talent_grid", "mart.training_need_count", "core.dim_unit"}

// regionTables are cloned per synthetic region.
var regionTables = append([]string{"mart.region_summary", "mart.region_benchmark", "mart.region_performance", "mart.region_training", "mart.region_training_need_count"}, unitTables...)

// Scale makes the warehouse db hold regions kab/kota (at least those it
// has) with units units each (0: as many as they have), cloned from its
// own kab/kota.
func Scale(ctx context.Context, db *sql.DB, regions, units int) error {
	base, err := baseRegions(ctx, db)
	if err != nil {
		return err
	}
	if len(base) == 0 {
		return fmt.Errorf("synth: no kab/kota in mart.region_summary")
	}
	if units > 0 {
		if err := cloneUnits(ctx, db, base, units); err != nil {
			return err
		}
	}
	return cloneRegions(ctx, db, base, regions)
}

// baseRegions are the kab/kota of the source warehouse (codes PP.KK).
func baseRegions(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT kode_wilayah FROM mart.region_summary WHERE length(kode_wilayah) = 5 ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// cloneUnits gives every base region n units: unit i (0-based, by code)
// beyond the region's own k is a copy of unit i mod k with the code
// <kode_unit>-<i/k+1>, with all its mart rows.
func cloneUnits(ctx context.Context, db *sql.DB, base []string, n int) error {
	if err := exec(ctx, db, fmt.Sprintf(`CREATE OR REPLACE TEMP TABLE unit_map AS
		WITH u AS (SELECT kode_unit, kode_wilayah, row_number() OVER (PARTITION BY kode_wilayah ORDER BY kode_unit) - 1 AS i,
		                  count(*) OVER (PARTITION BY kode_wilayah) AS k
		           FROM core.dim_unit WHERE list_contains(%s, kode_wilayah))
		SELECT u.kode_unit AS src, u.kode_unit || '-' || (j // u.k + 1) AS dst
		FROM u, range(%d) r(j)
		WHERE j %% u.k = u.i AND j >= u.k`, sqlList(base), n)); err != nil {
		return err
	}
	for _, t := range unitTables {
		schema, table, _ := strings.Cut(t, ".")
		cols, err := columns(ctx, db, schema, table)
		if err != nil {
			return err
		}
		var sel []string
		for _, c := range cols {
			switch c {
			case "kode_unit":
				sel = append(sel, "m.dst")
			case "kode_unit_induk", "kode_unit_akar":
				sel = append(sel, "NULL")
			case "nama_unit":
				sel = append(sel, "x.nama_unit || ' ' || split_part(m.dst, '-', 2)")
			default:
				sel = append(sel, "x."+c)
			}
		}
		if err := exec(ctx, db, fmt.Sprintf(`INSERT INTO %s SELECT %s FROM %s x JOIN unit_map m ON x.kode_unit = m.src`, t, strings.Join(sel, ", "), t)); err != nil {
			return err
		}
	}
	return nil
}

// cloneRegions copies the base kab/kota (with their units) under new codes
// until there are n regions: clone i gets the province code of two letters
// (AA, AB, ...) i/14 and the kab/kota number i%14+1, so that about 14
// regions share a province, as in Indonesia.
func cloneRegions(ctx context.Context, db *sql.DB, base []string, n int) error {
	if n <= len(base) {
		return nil
	}
	if err := exec(ctx, db, fmt.Sprintf(`CREATE OR REPLACE TEMP TABLE region_map AS
		WITH b AS (SELECT unnest(%s) AS src, unnest(range(%d)) AS j),
		     c AS (SELECT b.src, r.i - %d AS i FROM b, range(%d, %d) r(i) WHERE r.i %% %d = b.j)
		SELECT src, prov, prov || '.' || lpad((i %% 14 + 1)::VARCHAR, 2, '0') AS dst, i
		FROM (SELECT *, chr((65 + (i // 14) // 26 %% 26)::INTEGER) || chr((65 + (i // 14) %% 26)::INTEGER) AS prov FROM c)`,
		sqlList(base), len(base), len(base), len(base), n, len(base))); err != nil {
		return err
	}
	for _, t := range regionTables {
		schema, table, _ := strings.Cut(t, ".")
		cols, err := columns(ctx, db, schema, table)
		if err != nil {
			return err
		}
		var sel []string
		for _, col := range cols {
			switch col {
			case "kode_wilayah":
				sel = append(sel, "m.dst")
			case "kode_unit":
				sel = append(sel, "m.dst || substr(x.kode_unit, 6)")
			case "kode_unit_induk", "kode_unit_akar":
				sel = append(sel, "NULL")
			case "kode_provinsi":
				sel = append(sel, "m.prov")
			case "nama_provinsi":
				sel = append(sel, "'Provinsi ' || m.prov")
			case "nama_wilayah":
				sel = append(sel, "x.nama_wilayah || ' ' || m.i")
			default:
				sel = append(sel, "x."+col)
			}
		}
		if err := exec(ctx, db, fmt.Sprintf(`INSERT INTO %s SELECT %s FROM %s x JOIN region_map m ON x.kode_wilayah = m.src`, t, strings.Join(sel, ", "), t)); err != nil {
			return err
		}
	}
	return nil
}

func sqlList(codes []string) string {
	q := make([]string, len(codes))
	for i, c := range codes {
		q[i] = "'" + strings.ReplaceAll(c, "'", "''") + "'"
	}
	return "[" + strings.Join(q, ",") + "]"
}

func exec(ctx context.Context, db *sql.DB, q string) error {
	if _, err := db.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("synth: %w\n%s", err, q)
	}
	return nil
}

func columns(ctx context.Context, db *sql.DB, schema, table string) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position`, schema, table)
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

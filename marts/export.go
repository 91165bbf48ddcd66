package marts

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"kinerja/warehouse"
)

// exportSQL lists the exported tables; see the header of export/tables.sql.
//
//go:embed export/tables.sql
var exportSQL string

// ExportTable is one table of an export.
type ExportTable struct {
	Name        string // directory under the export root
	Partitioned bool   // by tahun and kode_provinsi (Hive layout)
	SQL         string
}

// provCall is kn_export_prov(kode_wilayah) in export/tables.sql: the province
// code of a region code, expanded in place (the warehouse gets no macro).
var provCall = regexp.MustCompile(`kn_export_prov\(([^()]*)\)`)

// ExportTables returns the tables Export writes, in order.
func ExportTables() []ExportTable {
	var out []ExportTable
	for _, block := range strings.Split(exportSQL, "-- export: ")[1:] {
		head, body, _ := strings.Cut(block, "\n")
		f := strings.Fields(head)
		t := ExportTable{Name: f[0], Partitioned: len(f) > 1 && f[1] == "partitioned"}
		var lines []string
		for _, l := range strings.Split(body, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), "--") {
				lines = append(lines, l)
			}
		}
		t.SQL = strings.TrimRight(strings.TrimSpace(strings.Join(lines, "\n")), ";")
		t.SQL = provCall.ReplaceAllString(t.SQL, `coalesce(nullif(split_part($1, '.', 1), ''), '__HIVE_DEFAULT_PARTITION__')`)
		out = append(out, t)
	}
	return out
}

// ExportResult reports one exported table.
type ExportResult struct {
	Table   string
	Dir     string
	Rows    int64
	Elapsed time.Duration
}

// Export writes the core facts, dimensions and marts of db as Parquet under
// dir: one directory per table, partitioned tables in the Hive layout
// <table>/tahun=YYYY/kode_provinsi=PP/data_0.parquet that Spark, Trino,
// BigQuery and DuckDB read as they are. A table's directory is replaced;
// nothing is written outside dir.
//
// Unless showNames is set, no name or NIP leaves the warehouse (as on the
// site): name columns are left out and NIP columns hold a salted pseudonym
// (personalSQL), the same for one person in every table, so the tables still
// join.
func Export(ctx context.Context, db *warehouse.DB, dir string, showNames bool) ([]ExportResult, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	var out []ExportResult
	for _, t := range ExportTables() {
		start := time.Now()
		target := filepath.Join(root, t.Name)
		if rel, err := filepath.Rel(root, target); err != nil || rel != t.Name || strings.Contains(rel, "..") {
			return out, fmt.Errorf("export: table %q would leave %s", t.Name, root)
		}
		if err := os.RemoveAll(target); err != nil {
			return out, fmt.Errorf("export: %w", err)
		}
		opts := "FORMAT PARQUET, COMPRESSION ZSTD"
		dest := target
		if t.Partitioned {
			opts += ", PARTITION_BY (tahun, kode_provinsi)"
		} else {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return out, fmt.Errorf("export: %w", err)
			}
			dest = filepath.Join(target, "data_0.parquet")
		}
		sel := t.SQL
		if !showNames {
			if sel, err = withoutPersonalData(ctx, conn, sel); err != nil {
				return out, fmt.Errorf("export %s: %w", t.Name, err)
			}
		}
		var rows int64
		q := fmt.Sprintf("COPY (%s) TO %s (%s)", sel, warehouse.QuoteString(dest), opts)
		res, err := conn.ExecContext(ctx, q)
		if err != nil {
			return out, fmt.Errorf("export %s: %w", t.Name, err)
		}
		rows, _ = res.RowsAffected()
		out = append(out, ExportResult{Table: t.Name, Dir: target, Rows: rows, Elapsed: time.Since(start)})
	}
	return out, nil
}

// Personal columns of the core and the marts: names are left out of an
// export, NIPs replaced by a pseudonym.
var (
	nameColumns = map[string]bool{"nama": true, "nama_pegawai": true, "nama_penilai": true}
	nipColumns  = map[string]bool{"nip": true, "nip_penilai": true, "nip_petugas": true, "nip_atasan": true}
)

//go:embed export/pseudonym.sql
var pseudonymSQL string

// withoutPersonalData wraps a table's SELECT so that it has no name column
// and its NIP columns hold pseudonyms.
func withoutPersonalData(ctx context.Context, conn *sql.Conn, sel string) (string, error) {
	names, err := warehouse.ColumnNames(ctx, conn, sel)
	if err != nil {
		return "", err
	}
	var drop, replace []string
	for _, name := range names {
		q := warehouse.QuoteIdent(name)
		switch {
		case nameColumns[name]:
			drop = append(drop, q)
		case nipColumns[name]:
			replace = append(replace, fmt.Sprintf(pseudonymExpr(), q)+" AS "+q)
		}
	}
	if len(drop) == 0 && len(replace) == 0 {
		return sel, nil
	}
	star := "*"
	if len(drop) > 0 {
		star += " EXCLUDE (" + strings.Join(drop, ", ") + ")"
	}
	if len(replace) > 0 {
		star += " REPLACE (" + strings.Join(replace, ", ") + ")"
	}
	return fmt.Sprintf("SELECT %s FROM (%s)", star, sel), nil
}

// pseudonymExpr is export/pseudonym.sql without its comment lines.
func pseudonymExpr() string {
	var lines []string
	for _, l := range strings.Split(pseudonymSQL, "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "--") {
			lines = append(lines, t)
		}
	}
	return strings.Join(lines, " ")
}

// Package ingest loads source files of the CONTRACT.md kinds into the raw
// layer of the warehouse: read (DuckDB's readers, or the appender for XLSX),
// map headers, normalise and validate in SQL (sql/macros.sql,
// sql/normalize.sql.tmpl), then swap the batch in within one transaction.
// Every row read is either loaded into raw.<kind> or kept in meta.quarantine
// with its line, field and reason.
package ingest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"kinerja/ingest/warehouse"
)

// Source is one input: a file of a kind, with how to read it.
type Source struct {
	Name      string            // source name; batches of the same source replace each other
	Kind      string            // a CONTRACT.md kind
	Path      string            // file path
	Format    string            // csv | xlsx | json; "" = from the extension
	Sheet     string            // XLSX sheet; "" = the first
	Delimiter string            // CSV delimiter; "" = detected
	Mapping   map[string]string // source header -> canonical field
	Fixed     map[string]string // canonical field -> value for every row
}

// Result reports one batch.
type Result struct {
	BatchID     int64
	Source      string
	Kind        string
	Path        string
	SHA256      string
	Read        int64
	Loaded      int64
	Quarantined int64
	Unchanged   bool    // the same content was already loaded: nothing done
	Replaced    []int64 // earlier batches of the same source that this one replaced
	Extra       []string
	Reasons     []ReasonCount // quarantine reasons, most frequent first
}

// ReasonCount counts quarantined rows by field and reason.
type ReasonCount struct {
	Field, Reason string
	Rows          int64
}

// Prepare creates the raw table of every kind (empty) if it does not exist,
// so that the transform finds all of them even before a kind is loaded.
func Prepare(ctx context.Context, db *warehouse.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, macrosSQL()); err != nil {
		return fmt.Errorf("normalisation macros: %w", err)
	}
	for _, name := range KindNames() {
		k := Kinds[name]
		var exists bool
		if err := conn.QueryRowContext(ctx, `SELECT count(*) > 0 FROM information_schema.tables
			WHERE table_schema = 'raw' AND table_name = ?`, name).Scan(&exists); err != nil {
			return err
		}
		if exists {
			continue
		}
		cols := []string{"CAST(NULL AS BIGINT) AS _line"}
		present := map[string]bool{}
		for _, fd := range k.Fields {
			cols = append(cols, fmt.Sprintf("CAST(NULL AS VARCHAR) AS %s", warehouse.QuoteIdent("in_"+fd.Name)))
			present[fd.Name] = true
		}
		if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP VIEW kn_landing AS SELECT "+strings.Join(cols, ", ")+" WHERE false"); err != nil {
			return err
		}
		norm, err := normalizeSQL(k, present)
		if err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, norm); err != nil {
			return fmt.Errorf("kind %s: %w", name, err)
		}
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("CREATE TABLE raw.%s AS SELECT CAST(NULL AS BIGINT) AS _batch, _line, %s FROM kn_norm WHERE false",
			name, fieldList(k))); err != nil {
			return fmt.Errorf("kind %s: %w", name, err)
		}
	}
	return nil
}

func fieldList(k Kind) string {
	names := make([]string, len(k.Fields))
	for i, fd := range k.Fields {
		names[i] = warehouse.QuoteIdent(fd.Name)
	}
	return strings.Join(names, ", ")
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Load reads one source file into the warehouse as one batch. The same
// content of the same kind loaded again is a no-op (Result.Unchanged). New
// content for a source name that was loaded before replaces that source's
// earlier batch. A file that cannot be read fails with a message naming it and
// leaves the warehouse as it was.
func Load(ctx context.Context, db *warehouse.DB, src Source) (Result, error) {
	k, err := LookupKind(src.Kind)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	if src.Name == "" {
		src.Name = strings.TrimSuffix(filepath.Base(src.Path), filepath.Ext(src.Path))
	}
	format, err := Format(src.Path, src.Format)
	if err != nil {
		return Result{}, err
	}
	if abs, err := filepath.Abs(src.Path); err == nil {
		src.Path = abs
	}
	sum, err := fileSHA256(src.Path)
	if err != nil {
		return Result{}, fmt.Errorf("read %s: %w", src.Path, err)
	}
	res := Result{Source: src.Name, Kind: k.Name, Path: src.Path, SHA256: sum}

	conn, err := db.Conn(ctx)
	if err != nil {
		return res, err
	}
	defer conn.Close()
	defer conn.ExecContext(context.Background(), `DROP VIEW IF EXISTS kn_landing; DROP VIEW IF EXISTS kn_src_lines;
		DROP TABLE IF EXISTS kn_norm; DROP TABLE IF EXISTS kn_src; DROP TABLE IF EXISTS kn_lines;
		DROP TABLE IF EXISTS kn_rejects; DROP TABLE IF EXISTS kn_reject_scans`)

	var prior int64
	err = conn.QueryRowContext(ctx, `SELECT batch_id FROM meta.batches
		WHERE kind = ? AND sha256 = ? AND replaced_by IS NULL ORDER BY batch_id DESC LIMIT 1`, k.Name, sum).Scan(&prior)
	if err == nil {
		res.BatchID, res.Unchanged = prior, true
		return res, nil
	} else if err != sql.ErrNoRows {
		return res, err
	}

	if _, err := conn.ExecContext(ctx, macrosSQL()); err != nil {
		return res, fmt.Errorf("normalisation macros: %w", err)
	}
	l, err := land(ctx, conn, k, src, format)
	if err != nil {
		return res, err
	}
	res.Extra = l.extra
	norm, err := normalizeSQL(k, l.present)
	if err != nil {
		return res, err
	}
	if _, err := conn.ExecContext(ctx, norm); err != nil {
		return res, fmt.Errorf("%s: normalise: %w", src.Path, err)
	}
	if err := commitBatch(ctx, conn, k, src, format, l, &res); err != nil {
		return res, fmt.Errorf("%s: %w", src.Path, err)
	}
	return res, nil
}

func commitBatch(ctx context.Context, conn *sql.Conn, k Kind, src Source, format string, l landed, res *Result) (err error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	var id int64
	if err = tx.QueryRowContext(ctx, "SELECT nextval('meta.batch_seq')").Scan(&id); err != nil {
		return err
	}
	res.BatchID = id
	loaded, err := execCount(ctx, tx, fmt.Sprintf(`INSERT INTO raw.%s (_batch, _line, %s)
		SELECT %d, _line, %s FROM kn_norm WHERE _problem IS NULL`, k.Name, fieldList(k), id, fieldList(k)))
	if err != nil {
		return err
	}
	quarantined, err := execCount(ctx, tx, fmt.Sprintf(`INSERT INTO meta.quarantine
		SELECT %d, ?, ?, _line, split_part(_problem, chr(31), 1), split_part(_problem, chr(31), 2), _raw
		FROM kn_norm WHERE _problem IS NOT NULL`, id), src.Name, src.Path)
	if err != nil {
		return err
	}
	for _, r := range l.rejects {
		if _, err = tx.ExecContext(ctx, `INSERT INTO meta.quarantine VALUES (?, ?, ?, ?, NULL, ?, ?)`,
			id, src.Name, src.Path, r.line, r.reason, r.raw); err != nil {
			return err
		}
		quarantined++
	}
	res.Loaded, res.Quarantined = loaded, quarantined
	res.Read = l.rows + int64(len(l.rejects))
	if res.Read != res.Loaded+res.Quarantined {
		return fmt.Errorf("accounting: read %d rows but loaded %d and quarantined %d", res.Read, res.Loaded, res.Quarantined)
	}
	// The source's earlier batches are replaced by this one.
	rows, err := tx.QueryContext(ctx, `SELECT batch_id FROM meta.batches
		WHERE source = ? AND kind = ? AND replaced_by IS NULL ORDER BY batch_id`, src.Name, k.Name)
	if err != nil {
		return err
	}
	for rows.Next() {
		var old int64
		if err = rows.Scan(&old); err != nil {
			rows.Close()
			return err
		}
		res.Replaced = append(res.Replaced, old)
	}
	rows.Close()
	for _, old := range res.Replaced {
		if _, err = tx.ExecContext(ctx, fmt.Sprintf("DELETE FROM raw.%s WHERE _batch = ?", k.Name), old); err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, "UPDATE meta.batches SET replaced_by = ? WHERE batch_id = ?", id, old); err != nil {
			return err
		}
	}
	if _, err = tx.ExecContext(ctx, `INSERT INTO meta.batches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
		id, src.Name, k.Name, src.Path, format, res.SHA256, res.Read, res.Loaded, res.Quarantined,
		time.Now().UTC().Add(7*time.Hour).Truncate(time.Second)); err != nil {
		return err
	}
	if err = tx.Commit(); err != nil {
		return err
	}
	res.Reasons, _ = reasons(ctx, conn, id)
	return nil
}

func execCount(ctx context.Context, tx *sql.Tx, q string, args ...any) (int64, error) {
	r, err := tx.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return r.RowsAffected()
}

func reasons(ctx context.Context, conn *sql.Conn, batch int64) ([]ReasonCount, error) {
	rows, err := conn.QueryContext(ctx, `SELECT coalesce(field, ''), reason, count(*) FROM meta.quarantine
		WHERE batch_id = ? GROUP BY ALL ORDER BY 3 DESC, 1, 2`, batch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ReasonCount
	for rows.Next() {
		var r ReasonCount
		if err := rows.Scan(&r.Field, &r.Reason, &r.Rows); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rows > out[j].Rows })
	return out, rows.Err()
}

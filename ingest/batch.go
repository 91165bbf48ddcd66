// Package ingest loads sources of the CONTRACT.md kinds into the raw layer of
// the warehouse, and accounts for every row. Readers: CSV (',' or ';', UTF-8
// with or without BOM or Windows-1252, quoted newlines), XLSX (a chosen sheet,
// the header found below title rows), JSON arrays and NDJSON, Parquet, any of
// them gzip-compressed, globs of files, and HTTP JSON APIs (HTTPSource:
// paging, a watermark kept in meta.watermarks, retries with backoff, a bearer
// token read from an environment variable). DuckDB's own readers parse files;
// XLSX rows go through DuckDB's appender. Headers are mapped (headers.go,
// kinerja.yaml mapping:), Open Data portal exports are recognised as
// indicators (opendata.go), values are normalised and validated in SQL
// (sql/macros.sql, sql/normalize.sql.tmpl, sql/rules/), then the batch is
// swapped in within one transaction. Every row read is either loaded into
// raw.<kind> or kept in meta.quarantine with its location, field and reason;
// rows_read = rows_loaded + rows_quarantined for every batch. The same
// content again is a no-op; new content under a source name replaces that
// source's earlier batches. See docs/INGEST.md.
package ingest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"kinerja/warehouse"
)

// Source is one input: a file (or an HTTP endpoint) of a kind, with how to
// read it.
type Source struct {
	Name        string            // source name; batches of the same source replace each other
	Kind        string            // a CONTRACT.md kind
	Path        string            // file path (a glob is expanded by Config.Files / ExpandPaths)
	Format      string            // csv | xlsx | json | parquet; "" = from the extension
	Sheet       string            // XLSX sheet; "" = the first
	HeaderRow   int               // XLSX header row or CSV header line (1-based); 0 = the first naming the required fields
	Delimiter   string            // CSV delimiter; "" = detected
	Records     string            // JSON file that is one object: the field (dotted path) holding the records; "" = data, items, records or results
	Encoding    string            // CSV text: "" = UTF-8, or Windows-1252 when not valid UTF-8; utf-8 | windows-1252
	ZeroIsValue bool              // open-data exports: a 0 is a value, not "no data"
	Append      bool              // keep earlier batches of this source (incremental HTTP pulls)
	Force       bool              // load even when the same content was loaded the same way, and replace a larger batch
	Mapping     map[string]string // source header -> canonical field
	Fixed       map[string]string // canonical field -> value for every row
	HTTP        *HTTPSource       // pull from an HTTP JSON API instead of a file
	Progress    func(Event)       // told how the load advances; nil = silent

	origin    string      // what the batch records as its path (the URL of an HTTP pull)
	httpMark  *HTTPSource // the HTTP source whose watermark this batch advances
	noOnePass bool        // tests: load the general way only
}

// Result reports one batch.
type Result struct {
	BatchID     int64
	Source      string
	Kind        string
	Path        string
	Format      string
	SHA256      string
	Read        int64
	Loaded      int64
	Quarantined int64
	ReadOptions string  // how the file was read, beyond the defaults (part of the batch's identity)
	Unchanged   bool    // the same content was already loaded the same way: nothing done
	Replaced    []int64 // earlier batches of the same source that this one replaced
	Extra       []string
	Notes       []string      // how the file was read where it was not obvious (a month-first date column)
	Reasons     []ReasonCount // quarantine reasons, most frequent first
	Samples     []Problem     // the first quarantined rows (dry runs)
	OpenData    string        // the measure column, when read as an open-data export
	Watermark   string        // HTTP sources: the watermark after this pull
	DryRun      bool          // nothing was written
	Elapsed     time.Duration // how long LoadAll took over it

	onePass bool // loaded by the one pass (onepass.go)
}

// ReasonCount counts quarantined rows by field and reason.
type ReasonCount struct {
	Field, Reason string
	Rows          int64
	First         string // where the first of these rows is: "line 37", "Pegawai!7", "record 5"
}

// Problem is one quarantined row.
type Problem struct {
	Location, Field, Reason, Raw string
}

// Prepare creates the raw table of every kind (empty) if it does not exist,
// so that the transform finds all of them even before a kind is loaded.
func Prepare(ctx context.Context, db *warehouse.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := installMacros(ctx, conn); err != nil {
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
		norm, err := normalizeSQL(k, readPlan{present: present})
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

// Load reads one source into the warehouse as one batch. The same content of
// the same kind loaded again is a no-op (Result.Unchanged). New content for a
// source name that was loaded before replaces that source's earlier batches
// (unless the source appends). A source that cannot be read fails with a
// message naming it and leaves the warehouse as it was.
func Load(ctx context.Context, db *warehouse.DB, src Source) (Result, error) {
	return load(ctx, db, src, false)
}

// DryRun reads, normalises and validates a source exactly as Load does, then
// rolls back: the result has the counts and the first problems, and the
// warehouse is unchanged.
func DryRun(ctx context.Context, db *warehouse.DB, src Source) (Result, error) {
	return load(ctx, db, src, true)
}

// testHookBeforeCommit, when set (tests only), runs inside the batch
// transaction just before it commits.
var testHookBeforeCommit func()

func load(ctx context.Context, db *warehouse.DB, src Source, dry bool) (Result, error) {
	if src.HTTP != nil {
		return loadHTTP(ctx, db, src, dry)
	}
	k, err := LookupKind(src.Kind)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	if src.Name == "" {
		src.Name = defaultSourceName(src.Path, src.Sheet)
	}
	// The bytes, not only the name, say how the file is read (sniff.go).
	format, formatNote, err := detectFormat(src.Path, src.Format)
	if err != nil {
		return Result{}, err
	}
	if abs, err := filepath.Abs(src.Path); err == nil {
		src.Path = abs
	}
	emit := func(stage string, done, total int64) {
		if src.Progress != nil {
			src.Progress(Event{Source: src.Name, Path: src.Path, Stage: stage, Done: done, Total: total})
		}
	}
	shown := src.Path
	if src.origin != "" {
		shown = src.origin
	}
	res := Result{Source: src.Name, Kind: k.Name, Path: shown, Format: format, DryRun: dry,
		ReadOptions: readOptions(src, format)}

	conn, err := db.Conn(ctx)
	if err != nil {
		return res, err
	}
	defer conn.Close()
	defer conn.ExecContext(context.Background(), mustSQL("cleanup.sql"))

	// The file is hashed and its lines scanned in Go. A CSV file whose path
	// the ledger does not know yet (new content, most likely) is scanned
	// beside DuckDB's read of it in the one pass (onepass.go); any other
	// file first, so that content already loaded costs only its hash.
	onePassing := onePassable(format, src) && !src.noOnePass
	overlap := false
	if onePassing {
		if err := conn.QueryRowContext(ctx, mustSQL("batch_path_known.sql"), k.Name, res.Path).Scan(&overlap); err != nil {
			return res, err
		}
		overlap = !overlap
	}
	var scanned func() (fileScan, error)
	if overlap {
		done := make(chan struct{})
		var scan fileScan
		var scanErr error
		go func() {
			// The scan alone tells progress until it is done: onePass
			// tells nothing before it has the scan.
			defer close(done)
			scan, scanErr = scanFile(src.Path, true, func(done, total int64) { emit("scan", done, total) })
		}()
		scanned = func() (fileScan, error) {
			<-done
			return scan, scanErr
		}
		defer func() { <-done }()
	} else {
		scan, err := scanFile(src.Path, format == "csv", func(done, total int64) { emit("scan", done, total) })
		if err != nil {
			return res, fmt.Errorf("cannot read: %w", err)
		}
		res.SHA256 = scan.sha256
		if unchanged, err := alreadyLoaded(ctx, conn, k, src, &res); err != nil || unchanged {
			return res, err
		}
		scanned = func() (fileScan, error) { return scan, nil }
	}

	if err := installMacros(ctx, conn); err != nil {
		return res, fmt.Errorf("normalisation macros: %w", err)
	}
	if onePassing {
		handled, err := onePass(ctx, db, conn, k, src, formatNote, scanned, &res, dry)
		if handled || err != nil {
			if err == nil {
				emit("done", res.Read, res.Read)
			}
			return res, err
		}
		conn.ExecContext(ctx, mustSQL("cleanup.sql"))
	}
	scan, err := scanned()
	if err != nil {
		return res, fmt.Errorf("cannot read: %w", err)
	}
	emit("read", 0, 0)
	if overlap {
		res.SHA256 = scan.sha256
		if unchanged, err := alreadyLoaded(ctx, conn, k, src, &res); err != nil || unchanged {
			return res, err
		}
	}
	l, err := land(ctx, conn, k, src, format, scan)
	for _, p := range l.tmp {
		defer os.Remove(p)
	}
	if err != nil {
		return res, err
	}
	emit("read", l.rows+l.rejects, l.rows+l.rejects)
	res.Extra, res.OpenData = l.extra, l.opendata
	emit("normalise", 0, l.rows)
	fast, err := canonicalFields(ctx, conn, k, l.present)
	if err != nil {
		return res, fmt.Errorf("%s: normalise: %w", src.Path, err)
	}
	orders, err := dateOrders(ctx, conn, k, l.present, fast)
	if err != nil {
		return res, fmt.Errorf("%s: day/month order: %w", src.Path, err)
	}
	if formatNote != "" {
		res.Notes = append(res.Notes, formatNote)
	}
	res.Notes = append(append(res.Notes, l.notes...), orderNotes(orders, k)...)
	dup, err := fileDuplicates(ctx, conn, k, l.present)
	if err != nil {
		return res, fmt.Errorf("%s: duplicate keys: %w", src.Path, err)
	}
	norm, err := normalizeSQL(k, readPlan{present: l.present, fast: fast, orders: orders, pre: l.pre, dup: dup})
	if err != nil {
		return res, err
	}
	if _, err := conn.ExecContext(ctx, norm); err != nil {
		return res, fmt.Errorf("%s: normalise: %w", src.Path, err)
	}
	emit("normalise", l.rows, l.rows)
	if err := commitBatch(ctx, db, conn, k, src, l, &res, dry); err != nil {
		return res, fmt.Errorf("%s: %w", src.Path, err)
	}
	emit("done", res.Read, res.Read)
	return res, nil
}

// alreadyLoaded says whether the same content (res.SHA256) of the same
// kind read the same way is already loaded (a dry run says so too), and sets
// res to say so; --force loads it again.
func alreadyLoaded(ctx context.Context, conn *sql.Conn, k Kind, src Source, res *Result) (bool, error) {
	var prior int64
	err := conn.QueryRowContext(ctx, mustSQL("batch_identical.sql"), k.Name, res.SHA256, res.ReadOptions).Scan(&prior)
	switch {
	case err == nil && !src.Force:
		res.BatchID, res.Unchanged = prior, true
		return true, nil
	case err != nil && err != sql.ErrNoRows:
		return false, err
	}
	return false, nil
}

// canonicalFields says which landed fields hold canonical values only, so
// that normalisation can read them with the fast paths (sql/canonical.sql).
func canonicalFields(ctx context.Context, conn *sql.Conn, k Kind, present map[string]bool) (map[string]bool, error) {
	q, names := canonicalSQL(k, present)
	if q == "" {
		return nil, nil
	}
	vals := make([]bool, len(names))
	ptrs := make([]any, len(names))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := conn.QueryRowContext(ctx, q).Scan(ptrs...); err != nil {
		return nil, err
	}
	fast := map[string]bool{}
	for i, n := range names {
		fast[n] = vals[i]
	}
	return fast, nil
}

// beginBatch begins the transaction that adds a batch to the ledger and
// takes the batch's id in it: the ledger's last plus one
// (sql/ledger_next_id.sql), read while db's ledger lock is held, so that no
// other batch transaction of this process runs until end (which rolls back
// what was not committed and unlocks). An id is thus only ever taken from
// the committed ledger: a batch rolled back (a one pass given back to the
// general load, a dry run, a failure) or a process killed at any point
// leaves nothing a later id could collide with.
//
// It is not DuckDB's sequence meta.batch_seq: a nextval in a transaction
// that rolls back is not undone in memory, but a sequence's value reaches
// the write-ahead log only with a transaction that took it and committed.
// The one pass took its id in the transaction it rolled back and the general
// load committed the batch under it, so after a kill the replayed sequence
// stood behind the ledger and the next load failed with a duplicate batch_id
// (TestBatchIDsAfterRolledBackOnePassAndUncleanShutdown).
func beginBatch(ctx context.Context, db *warehouse.DB, conn *sql.Conn) (tx *sql.Tx, id int64, end func(), err error) {
	unlock := db.LockLedger()
	tx, err = conn.BeginTx(ctx, nil)
	if err != nil {
		unlock()
		return nil, 0, nil, err
	}
	end = func() {
		tx.Rollback() // sql.ErrTxDone after a commit
		unlock()
	}
	if err = tx.QueryRowContext(ctx, mustSQL("ledger_next_id.sql")).Scan(&id); err != nil {
		end()
		return nil, 0, nil, err
	}
	return tx, id, end, nil
}

// commitBatch inserts the normalised rows (kn_norm) into raw.<kind> and the
// broken ones (kn_bad, kn_reject_rows) into meta.quarantine as a new batch,
// and finishes it (finishBatch).
func commitBatch(ctx context.Context, db *warehouse.DB, conn *sql.Conn, k Kind, src Source, l landed, res *Result, dry bool) (err error) {
	tx, id, end, err := beginBatch(ctx, db, conn)
	if err != nil {
		return err
	}
	defer end()
	res.BatchID = id
	// kn_bad holds the broken rows (normalize.sql.tmpl); with none, the
	// problems need not be computed again.
	var bad int64
	if err = tx.QueryRowContext(ctx, "SELECT count(*) FROM kn_bad").Scan(&bad); err != nil {
		return err
	}
	clean := ""
	if bad > 0 {
		clean = " WHERE _problem IS NULL"
	}
	// The raw layer's physical order means nothing (rows carry _batch and
	// _line), so the insert may write in parallel (ingest/sql/insert_session.sql).
	if _, err = tx.ExecContext(ctx, mustSQL("insert_session.sql")); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "RESET preserve_insertion_order")
	src.emit("insert", 0, l.rows-bad)
	loaded, err := execCount(ctx, tx, fmt.Sprintf(`INSERT INTO raw.%s (_batch, _line, %s)
		SELECT %d, _line, %s FROM kn_norm%s`, k.Name, fieldList(k), id, fieldList(k), clean))
	if err != nil {
		return err
	}
	loc := "'line ' || _line"
	switch {
	case l.locFmt == "record":
		loc = "'record ' || _line"
	case strings.HasSuffix(l.locFmt, "!"):
		loc = warehouse.QuoteString(l.locFmt) + " || _line"
	}
	src.emit("insert", loaded, l.rows-bad)
	src.emit("quarantine", 0, bad+l.rejects)
	quarantined, err := execCount(ctx, tx, fmt.Sprintf(`INSERT INTO meta.quarantine (batch_id, source, path, line, field, reason, raw, location)
		SELECT %d, ?, ?, _line, split_part(_problem, chr(31), 1), split_part(_problem, chr(31), 2), _raw, %s
		FROM kn_bad`, id, loc), src.Name, res.Path)
	if err != nil {
		return err
	}
	if l.rejects > 0 {
		if _, err = tx.ExecContext(ctx, `INSERT INTO meta.quarantine (batch_id, source, path, line, field, reason, raw, location)
			SELECT ?, ?, ?, line, NULL, reason, raw, 'line ' || line FROM kn_reject_rows`, id, src.Name, res.Path); err != nil {
			return err
		}
		quarantined += l.rejects
	}
	src.emit("quarantine", quarantined, bad+l.rejects)
	res.Loaded, res.Quarantined = loaded, quarantined
	res.Read = l.rows + l.rejects
	if res.Read != res.Loaded+res.Quarantined {
		return fmt.Errorf("accounting: read %d rows but loaded %d and quarantined %d", res.Read, res.Loaded, res.Quarantined)
	}
	return finishBatch(ctx, conn, tx, k, src, id, res, dry)
}

// finishBatch ends the transaction of a batch whose rows are in raw.<kind>
// and meta.quarantine: it replaces the source's earlier batches (or refuses
// a much smaller replacement), writes meta.batches (and an HTTP source's
// watermark), and commits, unless dry.
func finishBatch(ctx context.Context, conn *sql.Conn, tx *sql.Tx, k Kind, src Source, id int64, res *Result, dry bool) (err error) {
	src.emit("commit", res.Read, res.Read)
	// The source's earlier batches are replaced by this one.
	if !src.Append {
		rows, qerr := tx.QueryContext(ctx, `SELECT batch_id FROM meta.batches
			WHERE source = ? AND kind = ? AND replaced_by IS NULL ORDER BY batch_id`, src.Name, k.Name)
		if qerr != nil {
			return qerr
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
	}
	if len(res.Replaced) > 0 {
		var priorRows int64
		if err = tx.QueryRowContext(ctx, mustSQL("batch_rows_live.sql"), src.Name, k.Name).Scan(&priorRows); err != nil {
			return err
		}
		if msg := shrinkRefused(src, res.Read, priorRows, res.Replaced); msg != "" {
			err = errors.New(msg)
			return err
		}
	}
	for _, old := range res.Replaced {
		if _, err = tx.ExecContext(ctx, fmt.Sprintf("DELETE FROM raw.%s WHERE _batch = ?", k.Name), old); err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, "UPDATE meta.batches SET replaced_by = ? WHERE batch_id = ?", id, old); err != nil {
			return err
		}
	}
	format := res.Format
	if src.httpMark != nil {
		format = "http+json"
		if f := src.httpMark.WatermarkField; f != "" {
			var mark sql.NullString
			if err = tx.QueryRowContext(ctx, fmt.Sprintf("SELECT max(CAST(%s AS VARCHAR)) FROM kn_src", warehouse.QuoteIdent(f))).Scan(&mark); err != nil {
				return fmt.Errorf("watermark field %q: %w", f, err)
			}
			res.Watermark = mark.String
		}
	}
	now := time.Now().UTC().Add(7 * time.Hour).Truncate(time.Second)
	if _, err = tx.ExecContext(ctx, mustSQL("batch_insert.sql"),
		id, src.Name, k.Name, res.Path, format, res.SHA256, res.Read, res.Loaded, res.Quarantined, now, res.ReadOptions); err != nil {
		return err
	}
	if src.httpMark != nil && res.Watermark != "" {
		if _, err = tx.ExecContext(ctx, mustSQL("watermark_set.sql"), src.Name, res.Watermark, id, now); err != nil {
			return err
		}
	}
	if dry {
		res.Reasons, _ = reasons(ctx, tx, id)
		res.Samples, err = samples(ctx, tx, id, 5)
		return err
	}
	if testHookBeforeCommit != nil {
		testHookBeforeCommit()
	}
	if err = tx.Commit(); err != nil {
		return err
	}
	res.Reasons, _ = reasons(ctx, conn, id)
	return nil
}

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func samples(ctx context.Context, q querier, batch int64, n int) ([]Problem, error) {
	rows, err := q.QueryContext(ctx, `SELECT coalesce(location, ''), coalesce(field, ''), reason, coalesce(raw, '')
		FROM meta.quarantine WHERE batch_id = ? ORDER BY line LIMIT ?`, batch, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Problem
	for rows.Next() {
		var p Problem
		if err := rows.Scan(&p.Location, &p.Field, &p.Reason, &p.Raw); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func execCount(ctx context.Context, tx *sql.Tx, q string, args ...any) (int64, error) {
	r, err := tx.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return r.RowsAffected()
}

// reasons counts a batch's quarantined rows by field and reason, with the
// first row of each (the reasons name no line, so one cause is one reason).
func reasons(ctx context.Context, conn querier, batch int64) ([]ReasonCount, error) {
	rows, err := conn.QueryContext(ctx, mustSQL("quarantine_firsts.sql"), batch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ReasonCount
	for rows.Next() {
		var r ReasonCount
		var line int64
		if err := rows.Scan(&r.Field, &r.Reason, &r.Rows, &line, &r.First); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rows > out[j].Rows })
	return out, rows.Err()
}

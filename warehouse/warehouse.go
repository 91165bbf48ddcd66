// Package warehouse owns the DuckDB handle of kinerja: it opens the warehouse
// file with its settings, applies the schema migrations and hands out
// connections. Every other package receives a *DB from here.
package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/duckdb/duckdb-go/v2"
)

//go:embed sql/*.sql
var migrations embed.FS

// DefaultPath is where the warehouse lives when no path is given.
const DefaultPath = "kinerja.duckdb"

// Options are the settings a warehouse is opened with.
type Options struct {
	Path        string // file path; "" = DefaultPath; ":memory:" = in memory
	MemoryLimit string // DuckDB memory_limit, e.g. "4GB"; "" = the policy's (memory.go)
	Threads     int    // DuckDB threads; 0 = the policy's (memory.go)
	TempDir     string // DuckDB temp_directory for spilling; "" = the policy's (openSpill)
	ReadOnly    bool   // open for reading only (no migrations)
	// Wait is how long a writing open waits for another writer's lock (and a
	// read-only open for a writer that left no snapshot) before failing; 0 =
	// fail at once naming the holder. See docs/ROBUSTNESS.md.
	Wait time.Duration
	// KeepSnapshot: a writer that only records a run (meta.runs) leaves the
	// last writer's snapshot as it is instead of copying the file again.
	KeepSnapshot bool
}

// DB is an open warehouse.
type DB struct {
	*sql.DB
	Path string
	// Snapshot is set when a read-only open found the warehouse held by a
	// writer and reads <warehouse>.snapshot, the state its last writer left,
	// or found a killed transform's <warehouse>.restore and reads that
	// (restore.go).
	Snapshot string
	// Memory is what DuckDB runs with: memory limit, threads, where it
	// spills (memory.go).
	Memory    Settings
	connector *duckdb.Connector
	lock      *writeLock // held by a writing open of a file
	keepSnap  bool
	opts      Options    // what it was opened with (a roll back opens it again: restore.go)
	unspill   func()     // lets go of the spill directory the open chose (memory.go)
	ledger    sync.Mutex // LockLedger
}

// LockLedger lets one transaction at a time of this process add a batch to
// the ledger (meta.batches): ingest takes a new batch's id as the ledger's
// last plus one inside that transaction, so the next one must not begin
// before it has committed or rolled back. Other processes are kept out by the
// write lock (lock.go). It returns the unlock.
func (db *DB) LockLedger() (unlock func()) {
	db.ledger.Lock()
	return db.ledger.Unlock
}

// Open opens (creating when needed) the warehouse file and, unless read-only,
// brings its schema up to date. A writing open of a file takes the warehouse's
// write lock first (see lock.go): one writer at a time.
func Open(ctx context.Context, opts Options) (*DB, error) {
	p := opts.Path
	if p == "" {
		p = DefaultPath
	}
	if p == ":memory:" {
		return openDuck(ctx, p, "", opts)
	}
	if !opts.ReadOnly {
		lock, err := acquireWriteLock(ctx, p, opts.Wait)
		if err != nil {
			return nil, err
		}
		if err := recoverRestorePoint(p); err != nil {
			lock.release()
			return nil, err
		}
		// Readers hold DuckDB's shared lock briefly; give them time to finish.
		grace := max(opts.Wait, 10*time.Second)
		db, err := retryConflict(ctx, grace, func() (*DB, error) { return openDuck(ctx, p, p, opts) })
		if err != nil {
			lock.release()
			return nil, err
		}
		db.lock, db.keepSnap = lock, opts.KeepSnapshot
		return db, nil
	}
	if _, err := os.Stat(p); err != nil {
		return nil, fmt.Errorf("open warehouse %s: %w", p, err)
	}
	if _, err := os.Stat(restorePath(p)); err == nil {
		// A transform was killed and no writer has put its restore point back
		// yet: that copy is the warehouse's state, the file is half built.
		if _, held := WriterHolding(p); !held {
			if rdb, err := openDuck(ctx, p, restorePath(p), opts); err == nil {
				rdb.Snapshot = restorePath(p)
				return rdb, nil
			}
		}
	}
	start := time.Now()
	for {
		db, err := openDuck(ctx, p, p, opts)
		if !isLockConflict(err) {
			return db, err
		}
		h, held := WriterHolding(p)
		if held {
			if _, serr := os.Stat(snapshotPath(p)); serr == nil {
				sdb, serr := openDuck(ctx, p, snapshotPath(p), opts)
				if serr == nil {
					sdb.Snapshot = snapshotPath(p)
					return sdb, nil
				}
			}
		}
		if time.Since(start) >= opts.Wait {
			if held {
				return nil, &LockedError{Path: p, Holder: h, Reader: true}
			}
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func retryConflict(ctx context.Context, d time.Duration, open func() (*DB, error)) (*DB, error) {
	start := time.Now()
	for {
		db, err := open()
		if !isLockConflict(err) || time.Since(start) >= d {
			return db, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// openDuck opens file (the warehouse, or its snapshot) with DuckDB; p is the
// warehouse's path for messages.
func openDuck(ctx context.Context, p, file string, opts Options) (*DB, error) {
	dsn := file
	q := url.Values{}
	if opts.ReadOnly {
		q.Set("access_mode", "read_only")
	}
	res := HostResources()
	def := DefaultsFor(res)
	mem := Settings{Resources: res, Budget: def.Budget}
	switch {
	case opts.MemoryLimit != "":
		q.Set("memory_limit", opts.MemoryLimit)
	case def.MemoryLimit > 0:
		q.Set("memory_limit", fmt.Sprintf("%dMiB", def.MemoryLimit>>20))
		mem.Default, mem.GoHeap = true, def.GoHeap
	}
	switch {
	case opts.Threads > 0:
		q.Set("threads", fmt.Sprint(opts.Threads))
	case def.Threads > 0:
		q.Set("threads", fmt.Sprint(def.Threads))
	}
	db := &DB{Path: p, unspill: func() {}, opts: opts}
	tmp := opts.TempDir
	if tmp == "" {
		var err error
		if tmp, db.unspill, err = openSpill(file, opts.ReadOnly); err != nil {
			return nil, fmt.Errorf("open warehouse %s: %w", p, err)
		}
	}
	q.Set("temp_directory", tmp)
	fsOf := tmp
	if file == "" && opts.TempDir == "" {
		fsOf = filepath.Dir(tmp) // in memory: a new directory each open, in $TMPDIR
	}
	if size := maxTempSize(fsOf); size != "" {
		q.Set("max_temp_directory_size", size)
	}
	dsn += "?" + q.Encode()
	connector, err := duckdb.NewConnector(dsn, nil)
	if err != nil {
		db.unspill()
		return nil, fmt.Errorf("open warehouse %s: %w", p, err)
	}
	db.DB, db.connector = sql.OpenDB(connector), connector
	if err := db.PingContext(ctx); err != nil {
		db.closeDuck()
		return nil, fmt.Errorf("open warehouse %s: %w", p, err)
	}
	if err := db.QueryRowContext(ctx, memorySettingsSQL).Scan(&mem.MemoryLimit, &mem.Threads, &mem.TempDir, &mem.MaxTemp); err != nil {
		db.closeDuck()
		return nil, fmt.Errorf("open warehouse %s: memory settings: %w", p, err)
	}
	db.Memory = mem
	if !opts.ReadOnly {
		if err := db.migrate(ctx); err != nil {
			db.closeDuck()
			return nil, err
		}
	}
	return db, nil
}

// Close closes the warehouse. A writer then leaves the snapshot readers use
// while the next writer runs, and releases the write lock.
func (db *DB) Close() error {
	err := db.closeDuck()
	if db.lock != nil {
		if err == nil && !db.keepSnap {
			writeSnapshot(db.Path) // best effort: readers then wait instead
		}
		db.lock.release()
		db.lock = nil
	}
	return err
}

func (db *DB) closeDuck() error {
	err := db.DB.Close()
	if cerr := db.connector.Close(); err == nil {
		err = cerr
	}
	db.unspill()
	db.unspill = func() {}
	return err
}

func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "sql/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		if _, err := db.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("warehouse %s: migration %s: %w", db.Path, path.Base(name), err)
		}
	}
	return nil
}

// Append streams rows into schema.table through DuckDB's appender on conn (a
// connection from db.Conn, so that temporary tables are visible). next is
// called until it returns false; each call fills row.
func Append(ctx context.Context, conn *sql.Conn, schema, table string, next func(row []driver.Value) (bool, error), width int) (int64, error) {
	var n int64
	err := conn.Raw(func(dc any) error {
		c, ok := dc.(driver.Conn)
		if !ok {
			return errors.New("appender: not a DuckDB connection")
		}
		app, err := duckdb.NewAppenderFromConn(c, schema, table)
		if err != nil {
			return fmt.Errorf("appender on %s: %w", table, err)
		}
		row := make([]driver.Value, width)
		for {
			if err := ctx.Err(); err != nil {
				app.Close()
				return err
			}
			for i := range row {
				row[i] = nil
			}
			more, err := next(row)
			if err != nil {
				app.Close()
				return err
			}
			if !more {
				break
			}
			if err := app.AppendRow(row...); err != nil {
				app.Close()
				return fmt.Errorf("appender on %s: %w", table, err)
			}
			n++
		}
		return app.Close()
	})
	return n, err
}

// QuoteIdent quotes an SQL identifier.
func QuoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// QuoteString quotes an SQL string literal.
func QuoteString(s string) string { return `'` + strings.ReplaceAll(s, `'`, `''`) + `'` }

// HasMarts reports whether a transform has published the marts (a warehouse
// that was only ingested into has none).
func (db *DB) HasMarts(ctx context.Context) (bool, error) {
	var n int64
	err := db.QueryRowContext(ctx, hasMartsSQL).Scan(&n)
	return n > 0, err
}

//go:embed sql/queries/has_marts.sql
var hasMartsSQL string

// ColumnNames returns the names of the columns a query returns (DESCRIBE),
// without running it.
func ColumnNames(ctx context.Context, conn *sql.Conn, query string) ([]string, error) {
	rows, err := conn.QueryContext(ctx, "DESCRIBE "+query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var names []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		names = append(names, fmt.Sprint(vals[0]))
	}
	return names, rows.Err()
}

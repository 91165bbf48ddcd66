package warehouse

import (
	"context"
	"fmt"
	"os"
	"syscall"
	"testing"
)

func count(t *testing.T, db *DB) int {
	t.Helper()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM t`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

// A failure after commits puts the restore point back, and the same DB goes
// on working (as the transform's caller records its failed run in it).
func TestRollBackToRestorePoint(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	p := newWarehouse(t) // t = {1}
	db, err := Open(ctx, Options{Path: p})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if !db.CanRestore() {
		t.Fatal("a writing open of a file cannot restore")
	}
	if err := db.SaveRestorePoint(ctx); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`INSERT INTO t VALUES (2)`, `CREATE TABLE u AS SELECT range AS v FROM range(1000)`, `INSERT INTO t VALUES (3)`} {
		if _, err := db.Exec(q); err != nil { // each its own commit
			t.Fatal(err)
		}
	}
	if n := count(t, db); n != 3 {
		t.Fatalf("before the roll back t has %d rows", n)
	}
	if err := db.RollBackToRestorePoint(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db); n != 1 {
		t.Errorf("after the roll back t has %d rows, want the 1 of the restore point", n)
	}
	var u int
	if err := db.QueryRow(`SELECT count(*) FROM information_schema.tables WHERE table_name = 'u'`).Scan(&u); err != nil || u != 0 {
		t.Errorf("table u after the roll back: %d (%v)", u, err)
	}
	if exists(p + RestoreSuffix) {
		t.Error("the restore point is still there after being put back")
	}
	if _, err := db.Exec(`INSERT INTO t VALUES (4)`); err != nil {
		t.Fatalf("the warehouse does not take writes after the roll back: %v", err)
	}
	// The write lock was held throughout.
	if _, held := WriterHolding(p); !held {
		t.Error("the write lock was let go during the roll back")
	}
	if err := db.SaveRestorePoint(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.DropRestorePoint(); err != nil || exists(p+RestoreSuffix) {
		t.Errorf("drop: %v, still there: %v", err, exists(p+RestoreSuffix))
	}
}

func TestNoRestorePointInMemoryOrReadOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	mem, err := Open(ctx, Options{Path: ":memory:"})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	ro, err := Open(ctx, Options{Path: newWarehouse(t), ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for _, db := range []*DB{mem, ro} {
		if db.CanRestore() || db.SaveRestorePoint(ctx) == nil {
			t.Errorf("%s (read-only %v) offers a restore point", db.Path, db.opts.ReadOnly)
		}
	}
}

// TestHelperRestoreKill is not a test: run by TestKilledAfterCommitsIsPutBack
// in a child process, it saves a restore point, commits changes (leaving
// them in the WAL: no checkpoint), says "committed" and waits to be killed.
func TestHelperRestoreKill(t *testing.T) {
	p := os.Getenv("KINERJA_HELPER_RESTORE")
	if p == "" {
		t.Skip("helper process")
	}
	fail := func(err error) { fmt.Println("error:", err); os.Exit(3) }
	ctx := context.Background()
	db, err := Open(ctx, Options{Path: p})
	if err != nil {
		fail(err)
	}
	if err := db.SaveRestorePoint(ctx); err != nil {
		fail(err)
	}
	if _, err := db.Exec(`PRAGMA disable_checkpoint_on_shutdown; SET checkpoint_threshold = '1TB'`); err != nil {
		fail(err)
	}
	for _, q := range []string{`INSERT INTO t VALUES (2)`, `DROP TABLE t`, `CREATE TABLE t AS SELECT range AS v FROM range(5000)`} {
		if _, err := db.Exec(q); err != nil {
			fail(err)
		}
	}
	fmt.Println("committed")
	select {}
}

// A writer killed after commits behind a restore point (a transform killed
// half way) leaves the warehouse file half changed and a WAL: readers read
// the restore point meanwhile, and the next writing open puts it back.
func TestKilledAfterCommitsIsPutBack(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	p := newWarehouse(t) // t = {1}
	cmd := startHelper(t, "TestHelperRestoreKill", "committed", "KINERJA_HELPER_RESTORE="+p)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if !exists(p+RestoreSuffix) || !exists(p+".wal") {
		t.Fatalf("after the kill: restore point %v, WAL %v; the test needs both", exists(p+RestoreSuffix), exists(p+".wal"))
	}

	ro, err := Open(ctx, Options{Path: p, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, ro); n != 1 || ro.Snapshot != p+RestoreSuffix {
		t.Errorf("a reader after the kill sees %d rows from %q, want 1 from the restore point", n, ro.Snapshot)
	}
	ro.Close()

	db, err := Open(ctx, Options{Path: p})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, db); n != 1 {
		t.Errorf("the next writer sees %d rows, want the 1 of the restore point", n)
	}
	if exists(p+RestoreSuffix) || exists(p+RestoreSuffix+".tmp") {
		t.Error("the restore point is still there after the writing open")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Without a writer the file itself is read again.
	ro, err = Open(ctx, Options{Path: p, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if n := count(t, ro); n != 1 || ro.Snapshot != "" {
		t.Errorf("reader: %d rows from %q", n, ro.Snapshot)
	}
}

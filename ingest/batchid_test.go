package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/warehouse"
)

// writeFallback writes a Dukcapil requests file that the one pass tries and
// gives back to the general load: one row has a day-first time (valid, but
// not canonical), one finishes before it was submitted (quarantined).
func writeFallback(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "dukcapil_fallback.csv")
	body := "id_permohonan,kode_unit,layanan,kanal,diajukan,selesai,status,nip_petugas\n" +
		"PMH-2,14.72.03,KTP_EL,loket,2025-03-01 08:15:00,2025-03-01 11:40:00,selesai,198503122010011003\n" +
		"PMH-3,14.72.03,KK,loket,02/03/2025 08:15,2025-03-02 11:40:00,selesai,198503122010011003\n" +
		"PMH-4,14.72.03,KK,loket,2025-03-03 08:15:00,2025-03-02 11:40:00,selesai,198503122010011003\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A batch id never collides with one in the ledger after a load whose one
// pass was rolled back and a process that ended without a checkpoint (what
// a SIGKILL leaves): DuckDB does not undo a nextval of a rolled-back
// transaction in memory, but logs a sequence's value only with a committed
// transaction that took it, so after the write-ahead log is replayed a
// sequence can stand behind the ledger. Here the process "crashes" by
// closing with checkpoint_on_shutdown off, which leaves the same files
// (the database and its WAL) as a kill after the commit.
func TestBatchIDsAfterRolledBackOnePassAndUncleanShutdown(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	wpath := filepath.Join(dir, "w.duckdb")
	open := func() *warehouse.DB {
		t.Helper()
		db, err := warehouse.Open(ctx, warehouse.Options{Path: wpath})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, "PRAGMA disable_checkpoint_on_shutdown"); err != nil {
			db.Close()
			t.Fatal(err)
		}
		if err := Prepare(ctx, db); err != nil {
			db.Close()
			t.Fatal(err)
		}
		return db
	}

	db := open()
	res, err := Load(ctx, db, Source{Kind: "service_requests", Path: writeFallback(t, dir)})
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	// The one pass was tried and rolled back; every row read is loaded or
	// quarantined.
	if res.onePass || res.Read != 3 || res.Loaded != 2 || res.Quarantined != 1 {
		db.Close()
		t.Fatalf("fallback file: one pass %v, read %d, loaded %d, quarantined %d; want the general load, 3 = 2 + 1",
			res.onePass, res.Read, res.Loaded, res.Quarantined)
	}
	first := res.BatchID
	db.Close()

	if _, err := os.Stat(wpath + ".wal"); err != nil {
		t.Fatalf("no write-ahead log left to replay: %v", err)
	}
	db = open()
	defer db.Close()
	clean := writeRequests(t, dir, 50, 0)
	res, err = Load(ctx, db, Source{Kind: "service_requests", Path: clean})
	if err != nil {
		t.Fatalf("load after the replay: %v", err)
	}
	if !res.onePass || res.Loaded != 50 || res.BatchID == first {
		t.Fatalf("after the replay: one pass %v, loaded %d, batch %d (the first was %d)", res.onePass, res.Loaded, res.BatchID, first)
	}
	var batches, ids, raw, quarantined int64
	if err := db.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT batch_id), sum(rows_loaded), sum(rows_quarantined)
		FROM meta.batches`).Scan(&batches, &ids, &raw, &quarantined); err != nil {
		t.Fatal(err)
	}
	if batches != 2 || ids != 2 || raw != 52 || quarantined != 1 {
		t.Errorf("ledger: %d batches, %d ids, %d loaded, %d quarantined; want 2, 2, 52, 1", batches, ids, raw, quarantined)
	}
	if n := countRows(t, db, "SELECT count(*) FROM raw.service_requests"); n != 52 {
		t.Errorf("raw.service_requests has %d rows, want 52", n)
	}
	// The row the general load quarantined kept its line, field and batch.
	if q := quarantineOf(t, db, first); len(q) != 1 || !strings.HasPrefix(q[0], "line 4|selesai|finished") {
		t.Errorf("quarantine of batch %d: %q; want line 4, selesai before diajukan", first, q)
	}
	if n := countRows(t, db, fmt.Sprintf("SELECT count(*) FROM raw.service_requests WHERE _batch = %d AND _line IN (2, 3)", first)); n != 2 {
		t.Errorf("batch %d has %d of its rows on lines 2 and 3, want 2", first, n)
	}
}

// Loads running at once on one warehouse take distinct batch ids: each takes
// the ledger's next id in its own transaction, one transaction at a time
// (warehouse.DB.LockLedger), whether by the one pass or the general load.
func TestConcurrentLoadsTakeDistinctBatchIDs(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	dir := t.TempDir()
	paths := []string{writeFallback(t, dir)}
	for n := 1; n <= 5; n++ {
		paths = append(paths, writeRequests(t, dir, 200*n, 0))
	}
	type out struct {
		res Result
		err error
	}
	done := make(chan out, len(paths))
	for _, p := range paths {
		go func() {
			res, err := Load(ctx, db, Source{Kind: "service_requests", Path: p})
			done <- out{res, err}
		}()
	}
	ids := map[int64]bool{}
	var read, loaded, quarantined int64
	for range paths {
		o := <-done
		if o.err != nil {
			t.Error(o.err)
			continue
		}
		ids[o.res.BatchID] = true
		read, loaded, quarantined = read+o.res.Read, loaded+o.res.Loaded, quarantined+o.res.Quarantined
	}
	if len(ids) != len(paths) {
		t.Errorf("%d loads took %d batch ids: %v", len(paths), len(ids), ids)
	}
	if want := int64(3 + 200*(1+2+3+4+5)); read != want || loaded+quarantined != read || quarantined != 1 {
		t.Errorf("read %d, loaded %d, quarantined %d; want %d read = loaded + 1 quarantined", read, loaded, quarantined, want)
	}
	if n := countRows(t, db, "SELECT count(*) FROM raw.service_requests"); n != loaded {
		t.Errorf("raw.service_requests has %d rows, the loads say %d", n, loaded)
	}
}

package warehouse

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestHelperWriter is not a test: run by holdWriter in a child process, it
// opens the warehouse for writing, inserts one row, says "locked" and holds
// the warehouse for KINERJA_HOLD (or until killed).
func TestHelperWriter(t *testing.T) {
	p := os.Getenv("KINERJA_HELPER_WAREHOUSE")
	if p == "" {
		t.Skip("helper process")
	}
	hold, _ := time.ParseDuration(os.Getenv("KINERJA_HOLD"))
	db, err := Open(context.Background(), Options{Path: p})
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(3)
	}
	if _, err := db.Exec(`CREATE TABLE IF NOT EXISTS t(v INT); INSERT INTO t VALUES (2)`); err != nil {
		fmt.Println("error:", err)
		os.Exit(3)
	}
	fmt.Println("locked")
	time.Sleep(hold)
	db.Close()
	os.Exit(0)
}

// holdWriter starts a real second process that holds the warehouse for hold.
func holdWriter(t *testing.T, p string, hold time.Duration) *exec.Cmd {
	t.Helper()
	return startHelper(t, "TestHelperWriter", "locked", "KINERJA_HELPER_WAREHOUSE="+p, "KINERJA_HOLD="+hold.String())
}

// startHelper re-executes the test binary to run the helper test name with
// env added, and waits for it to print ready; it is killed at cleanup.
func startHelper(t *testing.T, name, ready string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != ready {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper %s: %q", name, line)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd
}

func newWarehouse(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "w.duckdb")
	db, err := Open(context.Background(), Options{Path: p})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE t(v INT); INSERT INTO t VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSecondWriterFailsAtOnceNamingTheHolder(t *testing.T) {
	p := newWarehouse(t)
	h := holdWriter(t, p, time.Minute)
	start := time.Now()
	_, err := Open(context.Background(), Options{Path: p})
	var le *LockedError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) {
		t.Fatalf("want a LockedError, got %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("second writer took %s to fail; want at once", d)
	}
	msg := err.Error()
	for _, want := range []string{p, fmt.Sprintf("pid %d", h.Process.Pid), "TestHelperWriter", "--wait"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q: %s", want, msg)
		}
	}
	if le.Holder.Started.IsZero() || time.Since(le.Holder.Started) > time.Minute {
		t.Errorf("holder start time %v", le.Holder.Started)
	}
}

func TestWaitQueuesBehindTheWriter(t *testing.T) {
	p := newWarehouse(t)
	holdWriter(t, p, 1500*time.Millisecond)
	start := time.Now()
	db, err := Open(context.Background(), Options{Path: p, Wait: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if d := time.Since(start); d < time.Second {
		t.Errorf("opened after %s while the other writer held it for 1.5 s", d)
	}
	var n int
	db.QueryRow(`select count(*) from t`).Scan(&n)
	if n != 2 {
		t.Errorf("rows %d, want 2 (the first writer's insert, then ours)", n)
	}
	// A wait that is too short gives up naming the holder and the time waited.
	p2 := newWarehouse(t)
	holdWriter(t, p2, time.Minute)
	_, err = Open(context.Background(), Options{Path: p2, Wait: 300 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "gave up after waiting") {
		t.Errorf("short wait: %v", err)
	}
}

func TestKilledWriterLeavesNoStaleLock(t *testing.T) {
	p := newWarehouse(t)
	h := holdWriter(t, p, time.Minute)
	h.Process.Signal(syscall.SIGKILL)
	h.Wait()
	if _, err := os.Stat(lockPath(p)); err != nil {
		t.Fatalf("lock file: %v", err)
	}
	db, err := Open(context.Background(), Options{Path: p})
	if err != nil {
		t.Fatalf("after SIGKILL of the holder: %v", err)
	}
	defer db.Close()
	var n int
	db.QueryRow(`select count(*) from t`).Scan(&n)
	if n != 2 { // the helper's insert was auto-committed before the kill
		t.Errorf("rows %d, want 2", n)
	}
}

func TestReadersReadTheSnapshotWhileAWriterRuns(t *testing.T) {
	p := newWarehouse(t) // t = {1}, and the snapshot of that
	holdWriter(t, p, time.Minute)
	// Eight concurrent readers: none blocks, each sees the last closed state.
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			db, err := Open(context.Background(), Options{Path: p, ReadOnly: true})
			if err != nil {
				errs <- err
				return
			}
			defer db.Close()
			var n int
			if err := db.QueryRow(`select count(*) from t`).Scan(&n); err != nil {
				errs <- err
				return
			}
			if n != 1 || db.Snapshot != p+SnapshotSuffix {
				errs <- fmt.Errorf("reader saw %d rows from %q", n, db.Snapshot)
			}
			if d := time.Since(start); d > 3*time.Second {
				errs <- fmt.Errorf("reader blocked %s", d)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	// A reader cannot write through the snapshot.
	db, err := Open(context.Background(), Options{Path: p, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO t VALUES (9)`); err == nil {
		t.Error("insert through a read-only snapshot worked")
	}
	db.Close()
}

func TestReaderWithoutSnapshotNamesTheWriter(t *testing.T) {
	p := newWarehouse(t)
	os.Remove(p + SnapshotSuffix)
	h := holdWriter(t, p, time.Minute)
	_, err := Open(context.Background(), Options{Path: p, ReadOnly: true})
	var le *LockedError
	if !errors.As(err, &le) || !le.Reader || !strings.Contains(err.Error(), fmt.Sprintf("pid %d", h.Process.Pid)) {
		t.Fatalf("want a reader LockedError naming pid %d, got %v", h.Process.Pid, err)
	}
	// With --wait, the reader waits for the writer and reads its result.
	p2 := newWarehouse(t)
	os.Remove(p2 + SnapshotSuffix)
	holdWriter(t, p2, time.Second)
	db, err := Open(context.Background(), Options{Path: p2, ReadOnly: true, Wait: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	db.QueryRow(`select count(*) from t`).Scan(&n)
	if n != 2 || db.Snapshot != "" {
		t.Errorf("after waiting: %d rows, snapshot %q", n, db.Snapshot)
	}
}

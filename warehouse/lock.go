package warehouse

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// The single-writer rule (docs/ROBUSTNESS.md).
//
// A writing open takes an exclusive flock(2) on <warehouse>.lock and writes
// who holds it (pid, command line, start time) into that file. A second
// writer fails at once with a message naming the holder, or polls until
// Options.Wait has passed. The kernel drops the lock when the holder exits,
// SIGKILL included, so a crashed run never leaves a stale lock.
//
// DuckDB itself refuses a read-only open while a writer has the file, so a
// writer, when it closes, leaves a consistent copy <warehouse>.snapshot
// (after DuckDB's final checkpoint, still under the lock). A read-only open
// that finds the file held by a writer reads that snapshot instead of
// blocking; with no snapshot yet it waits up to Options.Wait and then fails
// naming the writer.

// LockSuffix and SnapshotSuffix name the files kept beside the warehouse.
const (
	LockSuffix     = ".lock"
	SnapshotSuffix = ".snapshot"
)

// Holder describes the process holding a warehouse's write lock.
type Holder struct {
	PID     int
	Command string
	Started time.Time
}

func (h Holder) String() string {
	if h.PID == 0 {
		return "another process"
	}
	s := fmt.Sprintf("pid %d", h.PID)
	if h.Command != "" {
		s += fmt.Sprintf(" (%s)", h.Command)
	}
	if !h.Started.IsZero() {
		s += " since " + h.Started.Format(time.RFC3339)
	}
	return s
}

// ErrLocked is returned (wrapped in a *LockedError) when another process
// writes the warehouse.
var ErrLocked = errors.New("warehouse is locked by another writer")

// LockedError says which process holds the warehouse.
type LockedError struct {
	Path   string
	Holder Holder
	Waited time.Duration
	Reader bool // the open that failed was read-only
}

func (e *LockedError) Error() string {
	if e.Reader {
		return fmt.Sprintf("warehouse %s is being written by %s and has no snapshot to read yet; try again when it finishes, or pass --wait 5m", e.Path, e.Holder)
	}
	msg := fmt.Sprintf("warehouse %s is being written by %s; only one writing command runs at a time", e.Path, e.Holder)
	if e.Waited > 0 {
		return msg + fmt.Sprintf(" (gave up after waiting %s)", e.Waited.Round(time.Millisecond))
	}
	return msg + ": wait for it to finish, or pass --wait 10m to queue behind it"
}

func (e *LockedError) Unwrap() error { return ErrLocked }

// writeLock is a held <warehouse>.lock.
type writeLock struct {
	f *os.File
}

func lockPath(p string) string     { return p + LockSuffix }
func snapshotPath(p string) string { return p + SnapshotSuffix }

// acquireWriteLock takes the exclusive lock on p's lock file, polling until
// wait has passed when another process holds it.
func acquireWriteLock(ctx context.Context, p string, wait time.Duration) (*writeLock, error) {
	lp := lockPath(p)
	f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open warehouse %s: cannot create its lock file: %w", p, err)
	}
	start := time.Now()
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, unix.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("open warehouse %s: lock %s: %w", p, lp, err)
		}
		waited := time.Since(start)
		if waited >= wait {
			h := readHolder(lp)
			f.Close()
			le := &LockedError{Path: p, Holder: h}
			if wait > 0 {
				le.Waited = waited
			}
			return nil, le
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	info := fmt.Sprintf("pid=%d\nstarted=%s\ncommand=%s\n", os.Getpid(), time.Now().Format(time.RFC3339), commandLine())
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(info), 0) // best effort: the lock itself is the flock
	}
	return &writeLock{f: f}, nil
}

func (l *writeLock) release() {
	if l == nil || l.f == nil {
		return
	}
	unix.Flock(int(l.f.Fd()), unix.LOCK_UN)
	l.f.Close()
	l.f = nil
}

// commandLine is the holder's command, without values that could be secrets
// (it only ever holds argv, never the environment).
func commandLine() string {
	args := make([]string, 0, len(os.Args))
	for i, a := range os.Args {
		if i == 0 {
			a = filepath.Base(a)
		}
		args = append(args, a)
	}
	s := strings.Join(args, " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// readHolder reads who holds the lock file (the holder writes it after
// locking, so a racing reader may see it empty).
func readHolder(lp string) Holder {
	var h Holder
	b, err := os.ReadFile(lp)
	if err != nil {
		return h
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		switch k {
		case "pid":
			h.PID, _ = strconv.Atoi(v)
		case "command":
			h.Command = v
		case "started":
			h.Started, _ = time.Parse(time.RFC3339, v)
		}
	}
	return h
}

// WriterHolding reports whether a process holds p's write lock, and who.
func WriterHolding(p string) (Holder, bool) {
	lp := lockPath(p)
	f, err := os.Open(lp)
	if err != nil {
		return Holder{}, false
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_SH|unix.LOCK_NB); err != nil {
		return readHolder(lp), true
	}
	unix.Flock(int(f.Fd()), unix.LOCK_UN)
	return Holder{}, false
}

// isLockConflict tells DuckDB's "another process has the file" error.
func isLockConflict(err error) bool {
	return err != nil && strings.Contains(err.Error(), "Could not set lock on file")
}

// writeSnapshot copies the closed warehouse file p to p.snapshot through a
// temporary file and a rename (copyThroughTemp), so a reader sees the old or
// the new snapshot, never half of one. On failure (disk full) the stale
// snapshot is removed rather than left behind to be mistaken for the current
// state.
func writeSnapshot(p string) error {
	if _, err := os.Stat(p + ".wal"); err == nil {
		// DuckDB did not checkpoint on close: the file alone is not the state.
		os.Remove(snapshotPath(p))
		return fmt.Errorf("warehouse %s: not checkpointed, no snapshot written", p)
	}
	if err := copyThroughTemp(p, snapshotPath(p)); err != nil {
		os.Remove(snapshotPath(p))
		return fmt.Errorf("warehouse %s: snapshot for readers: %w", p, err)
	}
	return nil
}

package warehouse

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// Restore points (docs/ROBUSTNESS.md, "The transform's restore point").
//
// The transform commits model by model, because DuckDB reads a table created
// earlier in the same transaction as transaction-local data, without
// statistics and with less parallelism (docs/SCALE.md): a national transform
// in one transaction takes about a third longer. "A failed or killed
// transform changes nothing" is kept by a restore point: before its first
// commit the writer checkpoints and copies the warehouse to
// <warehouse>.restore, and it removes that copy after its last commit.
//
//   - A transform that fails puts the copy back (RollBackToRestorePoint) and
//     goes on with the warehouse as it was.
//   - One that was killed leaves the copy: the next writing open puts it back
//     before DuckDB opens the file, and a read-only open with no writer
//     running reads the copy instead of the half-built file.
//
// The WAL files of the half-built state are removed before the copy is
// renamed over the warehouse, so a kill between the two steps leaves the
// copy to be put back again, never an old file with a newer WAL.

// RestoreSuffix names the restore point kept beside the warehouse while a
// transform runs.
const RestoreSuffix = ".restore"

func restorePath(p string) string { return p + RestoreSuffix }

// walFiles are the files DuckDB keeps beside a database file p: its WAL, the
// WAL written during a checkpoint, and the one written during recovery.
func walFiles(p string) []string {
	return []string{p + ".wal", p + ".checkpoint.wal", p + ".recovery.wal"}
}

// CanRestore reports whether this open can keep a restore point: a writing
// open of a file (not in memory, not read-only).
func (db *DB) CanRestore() bool { return db.lock != nil }

// SaveRestorePoint checkpoints the warehouse and copies it to
// <warehouse>.restore (a reflink where the filesystem has them). Nothing
// may write the warehouse while it runs. It fails (and leaves no restore
// point) when the open cannot restore (CanRestore), when the checkpoint left
// a WAL behind, or when the copy fails (disk full); the caller then keeps
// its work in one transaction instead.
func (db *DB) SaveRestorePoint(ctx context.Context) error {
	if !db.CanRestore() {
		return fmt.Errorf("warehouse %s: no restore point for an open that does not write a file", db.Path)
	}
	if _, err := db.ExecContext(ctx, "CHECKPOINT"); err != nil {
		return fmt.Errorf("warehouse %s: checkpoint before the restore point: %w", db.Path, err)
	}
	for _, w := range walFiles(db.Path) {
		if fi, err := os.Stat(w); err == nil && fi.Size() > 0 {
			return fmt.Errorf("warehouse %s: the checkpoint left %s (%d bytes): no restore point", db.Path, filepath.Base(w), fi.Size())
		}
	}
	if err := copyThroughTemp(db.Path, restorePath(db.Path)); err != nil {
		return fmt.Errorf("warehouse %s: restore point: %w", db.Path, err)
	}
	if err := syncDir(db.Path); err != nil {
		// A copy left behind by a caller that then ran without it would be
		// put back by the next open, undoing that caller's work.
		os.Remove(restorePath(db.Path))
		return fmt.Errorf("warehouse %s: restore point: %w", db.Path, err)
	}
	return nil
}

// DropRestorePoint removes the restore point once the work it guarded has
// committed.
func (db *DB) DropRestorePoint() error {
	if err := os.Remove(restorePath(db.Path)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return syncDir(db.Path)
}

// RollBackToRestorePoint closes DuckDB, puts the restore point back over the
// warehouse and opens it again with the same options, still holding the
// write lock. Every connection taken from db before must have been closed.
func (db *DB) RollBackToRestorePoint(ctx context.Context) error {
	if !db.CanRestore() {
		return fmt.Errorf("warehouse %s: no restore point to roll back to", db.Path)
	}
	if _, err := os.Stat(restorePath(db.Path)); err != nil {
		return fmt.Errorf("warehouse %s: restore point: %w", db.Path, err)
	}
	if err := db.closeDuck(); err != nil {
		return fmt.Errorf("warehouse %s: close before rolling back: %w", db.Path, err)
	}
	if err := putBack(db.Path); err != nil {
		return err
	}
	ndb, err := openDuck(ctx, db.Path, db.Path, db.opts)
	if err != nil {
		return fmt.Errorf("warehouse %s: open after rolling back: %w", db.Path, err)
	}
	db.DB, db.connector, db.unspill, db.Memory = ndb.DB, ndb.connector, ndb.unspill, ndb.Memory
	return nil
}

// recoverRestorePoint, under the write lock and before DuckDB opens p, puts
// back the restore point a killed transform left.
func recoverRestorePoint(p string) error {
	os.Remove(restorePath(p) + ".tmp") // a copy the kill cut short
	if _, err := os.Stat(restorePath(p)); err != nil {
		return nil
	}
	slog.Warn("warehouse: a transform did not finish (killed?); putting back the state before it", "warehouse", p, "restore_point", restorePath(p))
	return putBack(p)
}

// putBack removes p's WAL files, then renames the restore point over p.
func putBack(p string) error {
	for _, w := range walFiles(p) {
		if err := os.Remove(w); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("warehouse %s: roll back: %w", p, err)
		}
	}
	if err := syncDir(p); err != nil {
		return err
	}
	if err := os.Rename(restorePath(p), p); err != nil {
		return fmt.Errorf("warehouse %s: roll back: %w", p, err)
	}
	return syncDir(p)
}

// copyThroughTemp copies the file src to dst through dst.tmp and a rename
// (a reflink first, instant on btrfs/XFS), so dst is never half written.
func copyThroughTemp(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp := dst + ".tmp"
	out, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	fail := func(err error) error {
		out.Close()
		os.Remove(tmp)
		return err
	}
	if unix.IoctlFileClone(int(out.Fd()), int(in.Fd())) != nil {
		if _, err := io.Copy(out, in); err != nil {
			return fail(err)
		}
	}
	if err := out.Sync(); err != nil {
		return fail(err)
	}
	if err := out.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// syncDir makes the renames and removals in p's directory durable.
func syncDir(p string) error {
	d, err := os.Open(filepath.Dir(p))
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, unix.EINVAL) {
		return err
	}
	return nil
}

package martstest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"kinerja/demogen"
	"kinerja/warehouse"
)

// A SharedDemo is a demo warehouse built once per (seed, employees) and per
// version of the code that builds it, and shared by every test of every
// package that asks for it: the first test process to need it generates the
// data and runs ingest and transform; the others wait on a lock and reuse
// it. Tests open it read-only (Open) or take a private copy to change
// (Copy); nobody writes to the shared files.
type SharedDemo struct {
	Dir       string          // the cache entry: data/, w.duckdb, summary.json
	Warehouse string          // the transformed warehouse (read-only for tests)
	Summary   demogen.Summary // Config points into Dir/data
}

// Open opens the shared warehouse read-only, closed when the test ends.
func (s SharedDemo) Open(tb testing.TB) *warehouse.DB {
	tb.Helper()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: s.Warehouse, ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// Copy copies the shared warehouse into a new file of the test's own and
// returns its path, for tests that change it.
func (s SharedDemo) Copy(tb testing.TB) string {
	tb.Helper()
	to := filepath.Join(tb.TempDir(), "w.duckdb")
	if err := copyFile(s.Warehouse, to); err != nil {
		tb.Fatal(err)
	}
	return to
}

var shared struct {
	sync.Mutex
	built map[string]SharedDemo
}

// Shared returns the shared demo warehouse of opts (Seed, Employees; Out is
// ignored), building it if no test process has yet for this code.
func Shared(tb testing.TB, opts demogen.Options) SharedDemo {
	tb.Helper()
	shared.Lock()
	defer shared.Unlock()
	key, err := sharedKey(opts)
	if err != nil {
		tb.Fatal(err)
	}
	if s, ok := shared.built[key]; ok {
		return s
	}
	s, err := buildShared(key, opts)
	if err != nil {
		tb.Fatalf("shared demo warehouse (seed %d, %d employees): %v", opts.Seed, opts.Employees, err)
	}
	if shared.built == nil {
		shared.built = map[string]SharedDemo{}
	}
	shared.built[key] = s
	return s
}

// cacheRoot is where the shared warehouses live between test runs.
func cacheRoot() string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("kinerja-testcache-%d", os.Getuid()))
}

func buildShared(key string, opts demogen.Options) (SharedDemo, error) {
	root := cacheRoot()
	if err := os.MkdirAll(root, 0o755); err != nil {
		return SharedDemo{}, err
	}
	lock, err := os.OpenFile(filepath.Join(root, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return SharedDemo{}, err
	}
	defer lock.Close()
	// One builder at a time across the test processes of `go test ./...`.
	if err := unix.Flock(int(lock.Fd()), unix.LOCK_EX); err != nil {
		return SharedDemo{}, err
	}
	defer unix.Flock(int(lock.Fd()), unix.LOCK_UN)

	dir := filepath.Join(root, key)
	if s, err := readShared(dir); err == nil {
		return s, nil
	}
	pruneShared(root, key)
	tmp, err := os.MkdirTemp(root, "building-")
	if err != nil {
		return SharedDemo{}, err
	}
	defer os.RemoveAll(tmp)
	opts.Out = filepath.Join(tmp, "data")
	sum, err := demogen.Generate(opts)
	if err != nil {
		return SharedDemo{}, err
	}
	db, err := build(context.Background(), filepath.Join(tmp, "w.duckdb"), sum.Config, true)
	if err != nil {
		return SharedDemo{}, err
	}
	if err := db.Close(); err != nil {
		return SharedDemo{}, err
	}
	// The summary's paths are rewritten to where the entry will live.
	sum.Config = filepath.Join(dir, strings.TrimPrefix(sum.Config, tmp+string(filepath.Separator)))
	b, err := json.Marshal(sum)
	if err != nil {
		return SharedDemo{}, err
	}
	if err := os.WriteFile(filepath.Join(tmp, "summary.json"), b, 0o644); err != nil {
		return SharedDemo{}, err
	}
	os.RemoveAll(dir)
	if err := os.Rename(tmp, dir); err != nil {
		return SharedDemo{}, err
	}
	return readShared(dir)
}

// readShared reads a finished cache entry (summary.json is written last).
func readShared(dir string) (SharedDemo, error) {
	b, err := os.ReadFile(filepath.Join(dir, "summary.json"))
	if err != nil {
		return SharedDemo{}, err
	}
	var s SharedDemo
	if err := json.Unmarshal(b, &s.Summary); err != nil {
		return SharedDemo{}, err
	}
	s.Dir, s.Warehouse = dir, filepath.Join(dir, "w.duckdb")
	if _, err := os.Stat(s.Warehouse); err != nil {
		return SharedDemo{}, err
	}
	return s, nil
}

// pruneShared removes entries of older code that nobody used for a day.
func pruneShared(root, keep string) {
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if !e.IsDir() || e.Name() == keep {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > 24*time.Hour {
			os.RemoveAll(filepath.Join(root, e.Name()))
		}
	}
}

var source struct {
	once sync.Once
	sum  string
	err  error
}

// sharedKey names a cache entry: the options and a hash of every non-test
// Go and SQL file of the module and go.sum (what builds the warehouse).
func sharedKey(opts demogen.Options) (string, error) {
	source.once.Do(func() { source.sum, source.err = sourceHash() })
	if source.err != nil {
		return "", source.err
	}
	return fmt.Sprintf("seed%d-emp%d-%s", opts.Seed, opts.Employees, source.sum), nil
}

func sourceHash() (string, error) {
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	var files []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || name == "site" || name == "bin" || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if (strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")) || strings.HasSuffix(name, ".sql") || name == "go.sum" || name == "go.mod" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(root, f)
		io.WriteString(h, rel+"\x00")
		_, err = io.Copy(h, fh)
		fh.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the test's directory")
		}
		dir = parent
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

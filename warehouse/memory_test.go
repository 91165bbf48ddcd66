package warehouse

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const gib = 1 << 30

// The policy: budget min(8 GiB, memory / 3), memory_limit half of it in whole
// MiB, one thread per GiB of the limit within 1..CPUs; the cgroup's limit
// when smaller than the RAM.
func TestDefaultsFor(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name    string
		r       Resources
		budget  uint64
		limit   uint64
		threads int
	}{
		{"4 GiB laptop, 4 CPUs", Resources{RAM: 4 * gib, CPUs: 4}, 4 * gib / 3, 682 << 20, 1},
		{"16 GiB, 8 CPUs", Resources{RAM: 16 * gib, CPUs: 8}, 16 * gib / 3, 2730 << 20, 2},
		{"24 GiB, 2 CPUs (the bench VM)", Resources{RAM: 24 * gib, CPUs: 2}, 8 * gib, 4 * gib, 2},
		{"64 GiB, 16 CPUs", Resources{RAM: 64 * gib, CPUs: 16}, 8 * gib, 4 * gib, 4},
		{"24 GiB, container limited to 6 GiB", Resources{RAM: 24 * gib, CgroupLimit: 6 * gib, CPUs: 2}, 2 * gib, 1 * gib, 1},
		{"cgroup limit above the RAM", Resources{RAM: 12 * gib, CgroupLimit: 100 * gib, CPUs: 2}, 4 * gib, 2 * gib, 2},
		{"memory unknown: DuckDB's defaults", Resources{CPUs: 2}, 0, 0, 0},
	} {
		got := DefaultsFor(c.r)
		want := Defaults{Budget: c.budget, MemoryLimit: c.limit, Threads: c.threads, GoHeap: c.budget - c.limit}
		if got != want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, want)
		}
		if c.budget > 0 && got.MemoryLimit+got.GoHeap > c.budget {
			t.Errorf("%s: DuckDB's %d and the Go heap's %d exceed the budget %d", c.name, got.MemoryLimit, got.GoHeap, c.budget)
		}
	}
}

// writeTree writes files (path -> content) under a new directory, the root
// readResources reads as "/".
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, body := range files {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestReadResourcesCgroups(t *testing.T) {
	t.Parallel()
	meminfo := "MemTotal:       24683548 kB\nMemFree:        1000 kB\n"
	for _, c := range []struct {
		name  string
		files map[string]string
		want  Resources
	}{
		{"cgroup v2: the smallest limit on the way up", map[string]string{
			"proc/meminfo":                                     meminfo,
			"proc/self/cgroup":                                 "0::/kinerja.slice/run.scope\n",
			"sys/fs/cgroup/kinerja.slice/memory.max":           "6442450944\n",
			"sys/fs/cgroup/kinerja.slice/run.scope/memory.max": "max\n",
		}, Resources{RAM: 24683548 << 10, CgroupLimit: 6 * gib, CPUs: 2}},
		{"cgroup v1 without a limit (this VM's layout)", map[string]string{
			"proc/meminfo":     meminfo,
			"proc/self/cgroup": "4:memory:/process_api/45db\n1:cpu:/\n0::/\n",
			"sys/fs/cgroup/memory/memory.limit_in_bytes":                  "9223372036854771712\n",
			"sys/fs/cgroup/memory/process_api/45db/memory.limit_in_bytes": "9223372036854771712\n",
		}, Resources{RAM: 24683548 << 10, CPUs: 2}},
		{"cgroup v1 in a container: its cgroup is the mount's root", map[string]string{
			"proc/meminfo":     meminfo,
			"proc/self/cgroup": "7:cpu,cpuacct:/docker/abc\n4:memory:/docker/abc\n",
			"sys/fs/cgroup/memory/memory.limit_in_bytes": "2147483648\n",
		}, Resources{RAM: 24683548 << 10, CgroupLimit: 2 * gib, CPUs: 2}},
		{"hybrid: v2 at sys/fs/cgroup/unified", map[string]string{
			"proc/meminfo":                         meminfo,
			"proc/self/cgroup":                     "0::/job\n",
			"sys/fs/cgroup/unified/job/memory.max": "3221225472\n",
		}, Resources{RAM: 24683548 << 10, CgroupLimit: 3 * gib, CPUs: 2}},
		{"no /proc: nothing known", map[string]string{}, Resources{CPUs: 2}},
	} {
		got := readResources(os.DirFS(writeTree(t, c.files)), 2)
		if got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

// settingsOf asks DuckDB what it runs with.
func settingsOf(t *testing.T, db *DB) (limit string, threads int, temp string, maxTemp string) {
	t.Helper()
	if err := db.QueryRow(memorySettingsSQL).Scan(&limit, &threads, &temp, &maxTemp); err != nil {
		t.Fatal(err)
	}
	return
}

// duckBytes reads a size as DuckDB shows it ("4.0 GiB"), 0 when it is not one.
func duckBytes(s string) float64 {
	var n float64
	var unit string
	if _, err := fmt.Sscanf(s, "%f %s", &n, &unit); err != nil {
		return 0
	}
	shift := map[string]uint{"bytes": 0, "KiB": 10, "MiB": 20, "GiB": 30, "TiB": 40}
	k, ok := shift[unit]
	if !ok {
		return 0
	}
	return n * float64(uint64(1)<<k)
}

// duckSize is how DuckDB shows a memory_limit of n bytes.
func duckSize(t *testing.T, n string) string {
	t.Helper()
	db, err := Open(context.Background(), Options{Path: ":memory:", MemoryLimit: n})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	limit, _, _, _ := settingsOf(t, db)
	return limit
}

// With no options, a writing open runs with the policy's memory_limit and
// threads and spills into <warehouse>.tmp, made at open and removed at close;
// a read-only open spills into a private directory under $TMPDIR, not beside
// a warehouse it may not own (or that a writer is spilling into).
func TestOpenDefaultMemory(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	def := DefaultsFor(HostResources())
	if def.MemoryLimit == 0 {
		t.Skip("no /proc/meminfo: the policy leaves DuckDB's defaults")
	}
	wantLimit := duckSize(t, fmt.Sprintf("%dMiB", def.MemoryLimit>>20))
	p := filepath.Join(t.TempDir(), "w.duckdb")
	db, err := Open(ctx, Options{Path: p})
	if err != nil {
		t.Fatal(err)
	}
	limit, threads, temp, maxTemp := settingsOf(t, db)
	if limit != wantLimit || threads != def.Threads || temp != p+".tmp" {
		t.Errorf("writing open: memory_limit %q threads %d temp_directory %q, want %q %d %q", limit, threads, temp, wantLimit, def.Threads, p+".tmp")
	}
	// Half the free space of the file system (which moves while the test
	// runs: compared within 5 %), not DuckDB's "90% of available disk space".
	var freeMiB float64
	if want := maxTempSize(p + ".tmp"); want == "" {
		t.Errorf("no free space known for %s", p+".tmp")
	} else if fmt.Sscanf(want, "%fMiB", &freeMiB); duckBytes(maxTemp) < freeMiB*0.95*(1<<20) || duckBytes(maxTemp) > freeMiB*1.05*(1<<20) {
		t.Errorf("max_temp_directory_size %q, want about %s", maxTemp, want)
	}
	if st, err := os.Stat(p + ".tmp"); err != nil || !st.IsDir() {
		t.Errorf("spill directory not made at open: %v", err)
	}
	if !db.Memory.Default || db.Memory.MemoryLimit != limit || db.Memory.Threads != threads || db.Memory.Budget != def.Budget {
		t.Errorf("db.Memory = %+v", db.Memory)
	}
	if s := db.Memory.String(); !strings.Contains(s, "limit "+limit+" of a "+bytesText(def.Budget)+" budget (RAM ") ||
		!strings.Contains(s, "spill to "+p+".tmp") {
		t.Errorf("summary %q", s)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("empty spill directory left after close: %v", err)
	}

	ro, err := Open(ctx, Options{Path: p, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_, _, rtemp, _ := settingsOf(t, ro)
	if !strings.HasPrefix(rtemp, filepath.Join(os.TempDir(), "kinerja-spill-")) {
		t.Errorf("read-only open spills into %q, want a private directory under %s", rtemp, os.TempDir())
	}
	if _, err := os.Stat(p + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("read-only open wrote beside the warehouse: %v", err)
	}
	// A second reader of the same file in the process shares DuckDB's
	// instance, so it must come with the same settings (DuckDB refuses
	// others), and the directory lives until the last reader closes.
	ro2, err := Open(ctx, Options{Path: p, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ro.Close()
	if _, _, temp2, _ := settingsOf(t, ro2); temp2 != rtemp {
		t.Errorf("second reader spills into %q, the first into %q", temp2, rtemp)
	}
	if _, err := os.Stat(rtemp); err != nil {
		t.Errorf("spill directory removed while a reader is open: %v", err)
	}
	ro2.Close()
	if _, err := os.Stat(rtemp); !os.IsNotExist(err) {
		t.Errorf("read-only spill directory left after close: %v", err)
	}
}

// Options given (flags, kinerja.yaml) win over the policy, and a temp
// directory given is the user's: not removed on close.
func TestOpenOptionsOverrideMemoryPolicy(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	spill := filepath.Join(dir, "spill")
	if err := os.Mkdir(spill, 0o755); err != nil {
		t.Fatal(err)
	}
	db, err := Open(context.Background(), Options{Path: filepath.Join(dir, "w.duckdb"), MemoryLimit: "300MB", Threads: 3, TempDir: spill})
	if err != nil {
		t.Fatal(err)
	}
	limit, threads, temp, _ := settingsOf(t, db)
	if want := duckSize(t, "300MB"); limit != want || threads != 3 || temp != spill {
		t.Errorf("memory_limit %q threads %d temp_directory %q, want %q 3 %q", limit, threads, temp, want, spill)
	}
	if db.Memory.Default || !strings.HasPrefix(db.Memory.String(), "limit "+limit+" (given), 3 threads, spill to "+spill) {
		t.Errorf("summary %q", db.Memory.String())
	}
	db.Close()
	if _, err := os.Stat(spill); err != nil {
		t.Errorf("the user's temp directory was removed: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "w.duckdb.tmp")); !os.IsNotExist(err) {
		t.Errorf("a spill directory beside the warehouse although one was given: %v", err)
	}
}

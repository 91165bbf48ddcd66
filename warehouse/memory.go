package warehouse

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// The memory policy of an open with no memory limit or thread count given
// (docs/SCALE.md, "Memory by default"). The numbers come from the national
// runs measured there.
const (
	// BudgetCap is the most peak RSS a command aims at: the 8 GiB of issue 14.
	BudgetCap = 8 << 30
	// BudgetShare: on a smaller machine the budget is a third of its memory.
	BudgetShare = 3
	// LimitPercent is DuckDB's memory_limit as a share of the budget. The
	// limit bounds DuckDB's buffer manager only: nationally, memory_limit 6 GB
	// (5.6 GiB) gave a transform peak RSS of 9.35 GiB, 1.67 times the limit or
	// 3.8 GiB above it. Half the budget stays within it either way: 8 GiB ->
	// 4 GiB limit -> 6.7 GiB (x 1.67) or 7.8 GiB (+ 3.8 GiB).
	LimitPercent = 50
	// MemoryPerThread: DuckDB's guidance is 1-4 GB of memory_limit per thread
	// (125 MB at the very least); more threads than memory_limit/1 GiB make
	// every thread's hash tables and sort runs spill, and what DuckDB keeps
	// outside its buffer manager grows with the threads.
	MemoryPerThread = 1 << 30
	// TempShare: DuckDB may spill into at most this share of the free space
	// of the temp directory's file system, leaving the rest for the
	// warehouse, its WAL and its snapshot (DuckDB's own default is 90 %).
	TempSharePercent = 50
)

// Resources are what the machine (or the container) gives the process.
type Resources struct {
	RAM         uint64 // bytes of MemTotal; 0 = unknown
	CgroupLimit uint64 // bytes of the cgroup's memory limit; 0 = none
	CPUs        int    // CPUs the process may use
}

// Memory is the memory the policy sizes for: RAM, or the cgroup's limit when
// smaller.
func (r Resources) Memory() uint64 {
	if r.CgroupLimit > 0 && (r.RAM == 0 || r.CgroupLimit < r.RAM) {
		return r.CgroupLimit
	}
	return r.RAM
}

// Defaults are the DuckDB settings chosen for Resources.
type Defaults struct {
	Budget      uint64 // peak RSS aimed at, bytes
	MemoryLimit uint64 // DuckDB memory_limit, bytes; 0 = DuckDB's own default
	Threads     int    // DuckDB threads; 0 = DuckDB's own default
	// GoHeap is the soft limit (runtime/debug.SetMemoryLimit) for the Go
	// heap of a command that holds data in Go, the site build: the budget
	// less DuckDB's limit. 0 = none.
	GoHeap uint64
}

// DefaultsFor is the policy: a budget of min(8 GiB, memory / 3), DuckDB's
// memory_limit half of it (whole MiB), and one thread per GiB of the limit,
// at least one and at most the CPUs. With the memory unknown it leaves
// DuckDB's own defaults.
func DefaultsFor(r Resources) Defaults {
	mem := r.Memory()
	if mem == 0 {
		return Defaults{}
	}
	budget := min(uint64(BudgetCap), mem/BudgetShare)
	limit := budget * LimitPercent / 100 >> 20 << 20
	threads := int(limit / MemoryPerThread)
	threads = max(1, min(threads, r.CPUs))
	return Defaults{Budget: budget, MemoryLimit: limit, Threads: threads, GoHeap: budget - limit}
}

// HostResources reads the machine's resources: MemTotal of /proc/meminfo,
// the memory limit of the process's cgroup (v2 memory.max or v1
// memory.limit_in_bytes, the smallest on the way to the root), and
// GOMAXPROCS, which since Go 1.25 follows the CPU affinity and the cgroup's
// cpu.max.
func HostResources() Resources {
	return readResources(os.DirFS("/"), runtime.GOMAXPROCS(0))
}

// readResources reads Resources from the file system root fsys.
func readResources(fsys fs.FS, cpus int) Resources {
	r := Resources{CPUs: cpus}
	if b, err := fs.ReadFile(fsys, "proc/meminfo"); err == nil {
		r.RAM = memTotal(b)
	}
	r.CgroupLimit = cgroupMemoryLimit(fsys)
	return r
}

// memTotal is MemTotal of /proc/meminfo in bytes, 0 when absent.
func memTotal(meminfo []byte) uint64 {
	sc := bufio.NewScanner(bytes.NewReader(meminfo))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "MemTotal:" {
			kb, err := strconv.ParseUint(f[1], 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

// cgroupMemoryLimit is the smallest memory limit on the process's cgroups
// (/proc/self/cgroup) and their ancestors, 0 when none. cgroup v2 is
// mounted at sys/fs/cgroup, or sys/fs/cgroup/unified beside v1; v1's memory
// controller at sys/fs/cgroup/memory. In a container the cgroup's path may
// not exist under the mount (its own cgroup is the mount's root): the walk up
// then finds the root's file.
func cgroupMemoryLimit(fsys fs.FS) uint64 {
	b, err := fs.ReadFile(fsys, "proc/self/cgroup")
	if err != nil {
		return 0
	}
	var least uint64
	note := func(dir, file string) {
		v, err := fs.ReadFile(fsys, path.Join(dir, file))
		if err != nil {
			return
		}
		s := strings.TrimSpace(string(v))
		if s == "max" {
			return
		}
		n, err := strconv.ParseUint(s, 10, 64)
		// v1 writes "no limit" as the largest page-aligned int64.
		if err != nil || n == 0 || n >= 1<<62 {
			return
		}
		if least == 0 || n < least {
			least = n
		}
	}
	walk := func(root, cg, file string) {
		rel := strings.Trim(cg, "/")
		for {
			note(path.Join(root, rel), file)
			if rel == "" {
				return
			}
			if rel = path.Dir(rel); rel == "." {
				rel = ""
			}
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.SplitN(sc.Text(), ":", 3)
		if len(f) != 3 {
			continue
		}
		switch {
		case f[0] == "0" && f[1] == "":
			walk("sys/fs/cgroup", f[2], "memory.max")
			walk("sys/fs/cgroup/unified", f[2], "memory.max")
		case hasController(f[1], "memory"):
			walk("sys/fs/cgroup/memory", f[2], "memory.limit_in_bytes")
		}
	}
	return least
}

func hasController(list, name string) bool {
	for _, c := range strings.Split(list, ",") {
		if c == name {
			return true
		}
	}
	return false
}

//go:embed sql/queries/memory_settings.sql
var memorySettingsSQL string

// Settings are the memory settings a warehouse was opened with, as DuckDB
// reports them (current_setting) and as the policy chose them.
type Settings struct {
	MemoryLimit string // DuckDB's memory_limit, e.g. "3.9 GiB"
	Threads     int
	TempDir     string // DuckDB's temp_directory
	MaxTemp     string // DuckDB's max_temp_directory_size
	// Chosen by the policy (zero when the option was given).
	Default   bool // the memory limit is the policy's
	Budget    uint64
	GoHeap    uint64 // Defaults.GoHeap
	Resources Resources
}

// String is the one-line summary a command logs, e.g. "limit 4.0 GiB of an
// 8.0 GiB budget (RAM 23.5 GiB), 2 threads, spill to w.duckdb.tmp (at most
// 40.2 GiB)".
func (s Settings) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "limit %s", s.MemoryLimit)
	if s.Default {
		what := "RAM " + bytesText(s.Resources.RAM)
		if s.Resources.Memory() != s.Resources.RAM {
			what += ", cgroup limit " + bytesText(s.Resources.CgroupLimit)
		}
		fmt.Fprintf(&b, " of a %s budget (%s)", bytesText(s.Budget), what)
	} else {
		b.WriteString(" (given)")
	}
	fmt.Fprintf(&b, ", %d threads, spill to %s (at most %s)", s.Threads, s.TempDir, s.MaxTemp)
	return b.String()
}

// bytesText writes n bytes in GiB (or MiB under 1 GiB) with one decimal.
func bytesText(n uint64) string {
	if n < 1<<30 {
		return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
}

// openSpill chooses where an open of file ("" = in memory) spills, makes
// the directory, and returns how to let go of it on close:
//   - a writing open of a file: <warehouse>.tmp/ beside it, as DuckDB's own
//     default, but made at open, so that a directory that cannot be made
//     fails the open, not a spill an hour into the transform. The write lock
//     makes this open its only user; on close it is removed when empty
//     (DuckDB deletes its files on close; a crashed run's stay for the next).
//   - a read-only open (a reader may not own the warehouse's directory, and
//     the writer may be spilling into <warehouse>.tmp at that moment): a
//     private directory (0700) under $TMPDIR (os.TempDir), removed on close.
//     DuckDB shares one database instance among the opens of a file in a
//     process and refuses a second open with other settings, so the opens
//     of one file share the directory until the last one closes.
//   - in memory: a private directory of its own, removed on close.
func openSpill(file string, readOnly bool) (dir string, release func(), err error) {
	switch {
	case file == "" || file == ":memory:":
		if dir, err = os.MkdirTemp("", "kinerja-spill-"); err != nil {
			return "", nil, fmt.Errorf("spill directory: %w", err)
		}
		return dir, func() { os.RemoveAll(dir) }, nil
	case !readOnly:
		dir = file + ".tmp"
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", nil, fmt.Errorf("spill directory %s: %w", dir, err)
		}
		return dir, func() { os.Remove(dir) }, nil
	}
	readerSpills.Lock()
	defer readerSpills.Unlock()
	s := readerSpills.m[file]
	if s == nil {
		d, err := os.MkdirTemp("", "kinerja-spill-")
		if err != nil {
			return "", nil, fmt.Errorf("spill directory: %w", err)
		}
		s = &sharedSpill{dir: d}
		readerSpills.m[file] = s
	}
	s.refs++
	return s.dir, func() {
		readerSpills.Lock()
		defer readerSpills.Unlock()
		if s.refs--; s.refs == 0 {
			delete(readerSpills.m, file)
			os.RemoveAll(s.dir)
		}
	}, nil
}

// readerSpills are the spill directories of the read-only opens, by file.
var readerSpills = struct {
	sync.Mutex
	m map[string]*sharedSpill
}{m: map[string]*sharedSpill{}}

type sharedSpill struct {
	dir  string
	refs int
}

// maxTempSize is TempSharePercent of the free space of dir's file system,
// as a DuckDB size ("12345MiB"); "" when unknown (DuckDB's default, 90 %).
// Measured once per directory and process: DuckDB refuses a second open of
// a file with settings other than the first's.
func maxTempSize(dir string) string {
	if v, ok := tempSizes.Load(dir); ok {
		return v.(string)
	}
	var st unix.Statfs_t
	size := ""
	if err := unix.Statfs(dir, &st); err == nil {
		if mib := st.Bavail * uint64(st.Bsize) * TempSharePercent / 100 >> 20; mib > 0 {
			size = fmt.Sprintf("%dMiB", mib)
		}
	}
	v, _ := tempSizes.LoadOrStore(dir, size)
	return v.(string)
}

var tempSizes sync.Map

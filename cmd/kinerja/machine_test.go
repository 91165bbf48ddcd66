package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/warehouse"
)

// mountTmpfs mounts a tmpfs of the given size on a new directory; tests that
// need it skip (saying why) where mount is not allowed.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		if os.Getenv("KINERJA_REQUIRE_MOUNT") == "1" {
			t.Fatalf("mount tmpfs: %v %s", err, out)
		}
		t.Skipf("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN; root ignores file modes, so only a read-only or full filesystem really fails): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

func remount(t *testing.T, dir, opt string) {
	t.Helper()
	if out, err := exec.Command("mount", "-o", "remount,"+opt, dir).CombinedOutput(); err != nil {
		t.Fatalf("remount %s: %v %s", opt, err, out)
	}
}

func rowCounts(t *testing.T, wh string) string {
	t.Helper()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: wh, ReadOnly: true})
	if err != nil {
		t.Fatalf("warehouse does not open: %v", err)
	}
	defer db.Close()
	var s string
	if err := db.QueryRow(`select (select count(*) from meta.batches)::varchar || '/' || (select count(*) from raw.employees) || '/' ||
		(select count(*) from raw.appraisals) || '/' || (select count(*) from meta.quarantine)`).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReadOnlyWarehouse(t *testing.T) {
	fs := mountTmpfs(t, "64m")
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(t.TempDir(), "data"), Seed: 4, Employees: 100})
	if err != nil {
		t.Fatal(err)
	}
	wh := filepath.Join(fs, "w.duckdb")
	data := filepath.Dir(sum.Config)
	if _, e, err := runBin(t, nil, "-w", wh, "ingest", "--kind", "employees", filepath.Join(data, "employees.csv")); err != nil {
		t.Fatal(err, e)
	}
	before := rowCounts(t, wh)
	remount(t, fs, "ro")
	o, e, err := runBin(t, nil, "-w", wh, "ingest", "--kind", "appraisals", filepath.Join(data, "penilaian_2025.csv"))
	msg := o + e
	if err == nil || !strings.Contains(msg, wh) || !strings.Contains(strings.ToLower(msg), "read-only file system") {
		t.Errorf("writing to a read-only warehouse: err %v, output:\n%s", err, msg)
	}
	// Readers still work on the read-only filesystem, and see the old contents.
	o, e, err = runBin(t, nil, "-w", wh, "query", "--format", "csv", "select count(*) from raw.employees")
	if err != nil || !strings.Contains(o, "\n") {
		t.Errorf("query on a read-only warehouse: %v %s %s", err, o, e)
	}
	remount(t, fs, "rw")
	if after := rowCounts(t, wh); after != before {
		t.Errorf("contents changed: %s -> %s", before, after)
	}
	t.Logf("read-only: %s", strings.TrimSpace(msg))
}

func TestFullDisk(t *testing.T) {
	fs := mountTmpfs(t, "24m")
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(t.TempDir(), "data"), Seed: 4, Employees: 600})
	if err != nil {
		t.Fatal(err)
	}
	wh := filepath.Join(fs, "w.duckdb")
	data := filepath.Dir(sum.Config)
	if _, e, err := runBin(t, nil, "-w", wh, "ingest", "--kind", "employees", filepath.Join(data, "employees.csv")); err != nil {
		t.Fatal(err, e)
	}
	before := rowCounts(t, wh)
	// Fill the filesystem, leaving about 128 KiB.
	filler := filepath.Join(fs, "filler")
	f, _ := os.Create(filler)
	buf := make([]byte, 64<<10)
	for {
		if _, err := f.Write(buf); err != nil {
			break
		}
	}
	f.Close()
	st, _ := os.Stat(filler)
	os.Truncate(filler, st.Size()-128<<10)
	failed := 0
	for _, file := range []string{"penilaian_2024.csv", "dukcapil_permohonan.csv"} {
		o, e, err := runBin(t, nil, "-w", wh, "ingest", "--kind", kindOf(file), filepath.Join(data, file))
		if err == nil {
			t.Fatalf("%s loaded on a full disk: the test proves nothing", file)
		}
		e = o + e
		failed++
		if !strings.Contains(e, "space") {
			t.Errorf("%s on a full disk: %v, stderr:\n%s", file, err, e)
		}
		t.Logf("full disk, %s: %s", file, failedLine(e))
	}
	if failed == 0 {
		t.Fatal("nothing failed on the full disk: the test proves nothing")
	}
	os.Remove(filler)
	if after := rowCounts(t, wh); after != before {
		t.Errorf("contents changed: %s -> %s", before, after)
	}
	// With space again, the same loads succeed.
	if _, e, err := runBin(t, nil, "-w", wh, "ingest", "--kind", "appraisals", filepath.Join(data, "penilaian_2025.csv")); err != nil {
		t.Errorf("after freeing space: %v %s", err, e)
	}
}

func kindOf(file string) string {
	if strings.HasPrefix(file, "dukcapil") {
		return "service_requests"
	}
	return "appraisals"
}

func failedLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "FAILED") || strings.Contains(l, "space") {
			return l
		}
	}
	return s
}

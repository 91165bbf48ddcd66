package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kinerja/demogen"
	"kinerja/warehouse"
)

// TestOneWriterManyReaders runs real kinerja processes: while a transform
// writes, a second writer fails at once naming it, and query and dashboards
// read the snapshot the previous writer left, without waiting.
func TestOneWriterManyReaders(t *testing.T) {
	if testing.Short() {
		t.Skip("long suite (concurrent processes; warehouse/lock_test.go covers the lock in make test): run by make test-all")
	}
	kb := kinerjaBinary(t)
	dir := t.TempDir()
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(dir, "data"), Seed: 9, Employees: 150})
	if err != nil {
		t.Fatal(err)
	}
	wh := filepath.Join(dir, "w.duckdb")
	if o, e, err := runBin(t, nil, "-w", wh, "run", "--config", sum.Config, "--out", filepath.Join(dir, "site")); err != nil {
		t.Fatal(err, o, e)
	}
	writer := exec.Command(kb, "-w", wh, "transform")
	if err := writer.Start(); err != nil {
		t.Fatal(err)
	}
	defer writer.Wait()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, held := warehouse.WriterHolding(wh); held {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the transform never took the write lock")
		}
		time.Sleep(10 * time.Millisecond)
	}
	start := time.Now()
	o, e, err := runBin(t, nil, "-w", wh, "ingest", "--config", sum.Config)
	msg := o + e
	if err == nil || !strings.Contains(msg, fmt.Sprintf("pid %d", writer.Process.Pid)) || !strings.Contains(msg, "transform") || !strings.Contains(msg, "--wait") {
		t.Errorf("second writer: err %v, output:\n%s", err, msg)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("second writer took %s to fail", d)
	}
	t.Logf("second writer: %s", strings.TrimSpace(msg))
	o, e, err = runBin(t, nil, "-w", wh, "query", "--format", "csv", "select count(*) from mart.unit_performance")
	if err != nil || strings.TrimSpace(strings.Split(o, "\n")[1]) == "0" {
		t.Errorf("query while writing: %v %s %s", err, o, e)
	}
	if o, e, err := runBin(t, nil, "-w", wh, "dashboards", "--out", filepath.Join(dir, "site2")); err != nil {
		t.Errorf("dashboards while writing: %v %s %s", err, o, e)
	}
	if _, held := warehouse.WriterHolding(wh); !held {
		t.Log("note: the transform finished before the readers did; they may have read the warehouse itself")
	}
	if err := writer.Wait(); err != nil {
		t.Errorf("the transform failed: %v", err)
	}
	if o, e, err := runBin(t, nil, "-w", wh, "query", "select count(*) from meta.batches"); err != nil {
		t.Errorf("after: %v %s %s", err, o, e)
	}
}

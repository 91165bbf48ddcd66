package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// The robustness tests run the real kinerja binary in separate processes:
// built once per test run into a temporary directory.
var bin struct {
	once sync.Once
	dir  string
	path string
	err  error
	out  []byte
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bin.dir != "" {
		os.RemoveAll(bin.dir)
	}
	os.Exit(code)
}

// kinerjaBinary builds ./cmd/kinerja (go build) once and returns its path.
func kinerjaBinary(t testing.TB) string {
	t.Helper()
	bin.once.Do(func() {
		bin.dir, bin.err = os.MkdirTemp("", "kinerja-bin-")
		if bin.err != nil {
			return
		}
		bin.path = filepath.Join(bin.dir, "kinerja")
		cmd := exec.Command("go", "build", "-o", bin.path, ".")
		bin.out, bin.err = cmd.CombinedOutput()
	})
	if bin.err != nil {
		t.Fatalf("go build: %v\n%s", bin.err, bin.out)
	}
	return bin.path
}

// run runs the binary to completion with args and extra environment.
func runBin(t testing.TB, env []string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, kinerjaBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

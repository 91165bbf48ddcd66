package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGlobsStayWhereTheUserPointed: a wildcard only picks files under the
// directory the pattern names; a symlink in it that leads elsewhere is an
// error; a path written without wildcards, ".." included, is taken as written.
func TestGlobsStayWhereTheUserPointed(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "data")
	os.MkdirAll(data, 0o755)
	os.WriteFile(filepath.Join(root, "outside.csv"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(data, "a.csv"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(data, "sub"), 0o755)
	os.WriteFile(filepath.Join(data, "sub", "b.csv"), []byte("x"), 0o644)

	got, err := ExpandPaths([]string{filepath.Join(data, "*.csv"), filepath.Join(data, "*", "*.csv")})
	if err != nil || len(got) != 2 {
		t.Fatalf("plain globs: %v %v", got, err)
	}
	// ".." written by the user is honoured.
	if got, err := ExpandPaths([]string{filepath.Join(data, "..", "out*.csv"), filepath.Join(data, "..", "outside.csv")}); err != nil || len(got) != 2 {
		t.Errorf("explicit ..: %v %v", got, err)
	}
	// A wildcard never matches "." or "..".
	if got, _ := ExpandPaths([]string{filepath.Join(data, ".*", "outside.csv")}); len(got) != 0 {
		t.Errorf(".* matched %v", got)
	}
	// A symlink under the glob's directory that leads outside it.
	if err := os.Symlink(filepath.Join(root, "outside.csv"), filepath.Join(data, "link.csv")); err != nil {
		t.Fatal(err)
	}
	_, err = ExpandPaths([]string{filepath.Join(data, "*.csv")})
	if err == nil || !strings.Contains(err.Error(), "outside") || !strings.Contains(err.Error(), "link.csv") {
		t.Errorf("symlink out of the glob's directory: %v", err)
	}
	// Named explicitly, the link is what the user asked for.
	if got, err := ExpandPaths([]string{filepath.Join(data, "link.csv")}); err != nil || len(got) != 1 {
		t.Errorf("explicit link: %v %v", got, err)
	}
	// Config globs are relative to the config's directory.
	os.WriteFile(filepath.Join(data, "k.yaml"), []byte("sources:\n  - name: x\n    kind: units\n    path: '*.csv'\n"), 0o644)
	cfg, err := LoadConfig(filepath.Join(data, "k.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cfg.Files(); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("config glob through a symlink: %v", err)
	}
}

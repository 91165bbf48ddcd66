package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kinerja/ingest"
	"kinerja/warehouse"
)

// Issue 11.10: the progress bar (schollz/progressbar) follows a real load
// through every stage, with the rows counted; it is drawn only on a
// terminal, never when stderr is piped or the logs are JSON.
func TestProgressBarFollowsEveryStage(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: ":memory:"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"wilayah.csv": runsRegionsCSV})
	var buf bytes.Buffer
	bar := &ingestBar{w: &buf}
	if err := ingest.LoadAll(ctx, db, []ingest.Source{{Kind: "regions", Path: filepath.Join(dir, "wilayah.csv")}}, bar.event, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// Each stage ends drawn full with its count: bytes, then rows (2 of the
	// 3 rows loaded, 1 quarantined).
	for _, want := range []string{"wilayah.csv: hashing bytes", "(100/100 B", "wilayah.csv: reading rows", "(3/3)",
		"wilayah.csv: normalising rows", "wilayah.csv: inserting rows", "(2/2)", "wilayah.csv: quarantining rows", "(1/1)",
		"wilayah.csv: committing rows"} {
		if !strings.Contains(out, want) {
			t.Errorf("the bar never showed %q:\n%q", want, out)
		}
	}
	if !regexp.MustCompile(`hashing[^\r]*100%`).MatchString(out) {
		t.Errorf("the hashing bar never reached 100%%:\n%q", out)
	}
	if !strings.HasSuffix(out, "\033[2K\r") {
		t.Errorf("the bar is not cleared when the file is done:\n%q", out)
	}

	// Piped (a buffer, a pipe) or with --log-format json/text: no bar.
	r, w, _ := os.Pipe()
	defer r.Close()
	defer w.Close()
	for _, a := range []*app{{logFormat: "auto", errOut: &buf}, {logFormat: "auto", errOut: w}, {logFormat: "json", errOut: w}} {
		a.log, _ = newLogger(a.logFormat, a.errOut)
		if a.progressFor(); a.bar != nil {
			t.Errorf("a bar with --log-format %s on %T", a.logFormat, a.errOut)
		}
	}
}

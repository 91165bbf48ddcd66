package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 11.8 and 11.9 from the command line: --header-row and --records
// reach the readers, and rows DuckDB rejects for one cause are shown once
// with a count and the first line, in ingest's output and in kinerja
// quarantine's summary (each row is still listed on its own).
func TestIngestFlagsAndGroupedRejects(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w := filepath.Join(dir, "w.duckdb")
	ragged := filepath.Join(dir, "penilaian.csv")
	os.WriteFile(ragged, []byte("REKAP PENILAIAN\n\nnip,periode,hasil_kerja,perilaku_kerja\n"+
		"198503122010011003,2025,di_atas\n199001012019221005,2025,sesuai,sesuai\n"+
		"198001012005011001,2025,sesuai\n198001012005011003,2025,di_bawah\n"), 0o644)
	out, _, err := runCLI(t, "-w", w, "ingest", "--kind", "appraisals", "--header-row", "3", ragged)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	want := "3 × cannot split the line into fields: expected 4 columns, found 3 (first on line 4)"
	if !strings.Contains(out, "read 4, loaded 1, quarantined 3") || strings.Count(out, "expected 4 columns") != 1 || !strings.Contains(out, want) ||
		!strings.Contains(out, "the header is on line 3") {
		t.Errorf("ingest output:\n%s\nwant %q once", out, want)
	}
	qout, _, err := runCLI(t, "-w", w, "quarantine")
	if err != nil || !strings.Contains(qout, "     3 × "+strings.TrimPrefix(want, "3 × ")+"\n") || !strings.Contains(qout, "3 quarantined row(s)") {
		t.Errorf("quarantine: %v\n%s", err, qout)
	}
	ckan := filepath.Join(dir, "datastore_search.json")
	os.WriteFile(ckan, []byte(`{"success": true, "result": {"records": [
		{"nip": "198503122010011003", "periode": "2025", "hasil_kerja": "di_atas", "perilaku_kerja": "sesuai"}]}}`), 0o644)
	out, _, err = runCLI(t, "-w", w, "ingest", "--kind", "appraisals", "--records", "result.records", ckan)
	if err != nil || !strings.Contains(out, "read 1, loaded 1, quarantined 0") {
		t.Errorf("ingest --records: %v\n%s", err, out)
	}
}

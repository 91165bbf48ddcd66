package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// Issue 11.10: the progress hook follows the rows through the whole load,
// not only the hashing pass: every stage is reported from its start (0) to
// its end (Done = Total), and the rows inserted and quarantined add up to
// the rows read.
func TestProgressFollowsRowsThroughEveryStage(t *testing.T) {
	t.Parallel()
	db, _ := openTestWarehouse(t)
	p := filepath.Join(t.TempDir(), "penilaian.csv")
	text := "nip,periode,hasil_kerja,perilaku_kerja\n" +
		"198503122010011003,2025,di_atas,sesuai\n" +
		"198503122010011004,2025,hebat,sesuai\n" + // not a rating: quarantined by normalise
		"198503122010011005,2025,sesuai,sesuai,lebih\n" + // a field too many: the reader rejects it
		"198503122010011006,2025,di_bawah,sesuai\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var events []Event
	res, err := Load(context.Background(), db, Source{Kind: "appraisals", Path: p, Progress: func(e Event) { events = append(events, e) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.Read != 4 || res.Loaded != 2 || res.Quarantined != 2 {
		t.Fatalf("read %d, loaded %d, quarantined %d; want 4, 2, 2", res.Read, res.Loaded, res.Quarantined)
	}
	var order []string
	first, last := map[string]Event{}, map[string]Event{}
	for _, e := range events {
		if len(order) == 0 || order[len(order)-1] != e.Stage {
			order = append(order, e.Stage)
			first[e.Stage] = e
		}
		last[e.Stage] = e
		if e.Done > e.Total && e.Total > 0 || e.Path != res.Path && e.Path != p {
			t.Errorf("event %+v", e)
		}
	}
	want := []string{"scan", "read", "normalise", "insert", "quarantine", "commit", "done"}
	if len(order) != len(want) {
		t.Fatalf("stages %v, want %v", order, want)
	}
	for i, s := range want {
		if order[i] != s {
			t.Fatalf("stages %v, want %v", order, want)
		}
	}
	totals := map[string]int64{"scan": int64(len(text)), "read": 4, "normalise": 3, "insert": 2, "quarantine": 2, "commit": 4, "done": 4}
	for s, n := range totals {
		if l := last[s]; l.Done != n || l.Total != n {
			t.Errorf("%s ends at %d of %d, want %d of %d", s, l.Done, l.Total, n, n)
		}
	}
	for _, s := range []string{"read", "normalise", "insert", "quarantine"} {
		if first[s].Done != 0 {
			t.Errorf("%s starts at %d, want 0", s, first[s].Done)
		}
	}
	if last["insert"].Done+last["quarantine"].Done != last["read"].Done {
		t.Errorf("inserted %d + quarantined %d != read %d", last["insert"].Done, last["quarantine"].Done, last["read"].Done)
	}
}

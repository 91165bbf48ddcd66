package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 11.9: the rows DuckDB's CSV reader rejects for one cause share one
// reason in the user's words, shown once with a count and the first line;
// every row is still quarantined on its own line.
func TestRejectReasonsGroupedWithCount(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	p := filepath.Join(t.TempDir(), "penilaian.csv")
	os.WriteFile(p, []byte(apprHeader+
		"198503122010011003,2025,di_atas\n"+ // line 2
		"199001012019221005,2025,sesuai,sesuai\n"+
		"198001012005011001,2025,sesuai\n"+ // line 4
		"198001012005011002,2025,sesuai,sesuai,lebih\n"+ // line 5
		"198001012005011003,2025,di_bawah\n"), 0o644) // line 6
	res, err := Load(ctx, db, Source{Kind: "appraisals", Path: p})
	if err != nil {
		t.Fatal(err)
	}
	if res.Read != 5 || res.Loaded != 1 || res.Quarantined != 4 {
		t.Fatalf("read %d loaded %d quarantined %d, want 5 1 4", res.Read, res.Loaded, res.Quarantined)
	}
	var got []string
	for _, r := range res.Reasons {
		got = append(got, ReasonLine(r.Rows, r.Field, r.Reason, r.First))
	}
	want := []string{
		"3 × cannot split the line into fields: expected 4 columns, found 3 (first on line 2)",
		"1 × cannot split the line into fields: expected 4 columns, found 5 (on line 5)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("reasons:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if q := quarantineOf(t, db, res.BatchID); len(q) != 4 || !strings.HasPrefix(q[0], "line 2||") || !strings.HasPrefix(q[1], "line 4||") ||
		!strings.HasPrefix(q[2], "line 5||") || !strings.HasPrefix(q[3], "line 6||") {
		t.Errorf("quarantine rows %q", q)
	}
	groups, _, err := Quarantine(ctx, db, res.BatchID, 10)
	if err != nil || len(groups) != 2 || groups[0].Rows != 3 || groups[0].First != "line 2" || groups[1].First != "line 5" {
		t.Errorf("kinerja quarantine groups %+v %v", groups, err)
	}
	assertAccounting(t, db)
}

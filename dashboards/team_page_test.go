package dashboards

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kinerja/dashboards/internal/dashtest"
	"kinerja/dashboards/kit"
)

// TestTeamAndResponseSections (issue 13 points 3, 8, 11) on the fixture:
// Dukcapil Dumai is a team with the hostile unit under it (2025-Q3: 24 +
// 20 people, 6 + 6 Sangat Baik); 6 of its 24 people objected in 2025-Q3
// (2 granted, 3 rejected, 1 being decided); the tiny unit's 3 all objected.
// Wilson intervals by hand: 12 of 44 16.3-41.8 %, 6 of 24 12.0-44.9 %,
// 6 of 20 14.5-51.9 %.
func TestTeamAndResponseSections(t *testing.T) {
	_, out, res := buildSite(t)
	u := res.Units[dashtest.DukcapilDumai]
	team := u.Team["2025-Q3"]
	if len(team) != 3 || team[0].Peran != "tim" || team[1].Peran != "induk" || team[2].Kode != dashtest.HostileUnit {
		t.Fatalf("team rows %+v", team)
	}
	text := func(s kit.Stat, dec int) string { return s.Text("id", dec) }
	iv := func(i kit.Interval) string { return text(i.Lo, 1) + "-" + text(i.Hi, 1) }
	if got := text(team[0].Pegawai, 0) + " " + text(team[0].PersenSB, 1) + " " + iv(team[0].SBInterval); got != "44 27,3 16,3-41,8" {
		t.Errorf("team row: %s, want 44 27,3 16,3-41,8", got)
	}
	if got := iv(team[1].SBInterval) + " " + iv(team[2].SBInterval); got != "12,0-44,9 14,5-51,9" {
		t.Errorf("members' intervals: %s", got)
	}
	// Responses, 2025-Q3: 25 % objected (12.0-44.9 %); the outcomes 2, 3, 1
	// are withheld, and so is the share granted (2 of 5 decided).
	var q3 *ResponsePoint
	for i := range u.Responses {
		if u.Responses[i].Period.Periode == "2025-Q3" {
			q3 = &u.Responses[i]
		}
	}
	if q3 == nil {
		t.Fatal("no 2025-Q3 responses")
	}
	if got := strings.Join([]string{text(q3.Setuju, 0), text(q3.Keberatan, 0), text(q3.PersenKeberatan, 1), iv(q3.Interval),
		text(q3.Diterima, 0), text(q3.Ditolak, 0), text(q3.Proses, 0), text(q3.PersenDiterima, 1)}, " "); got != "14 6 25,0 12,0-44,9 <5 <5 <5 <5" {
		t.Errorf("responses 2025-Q3: %s", got)
	}
	tiny := res.Units[dashtest.TinyUnit].Responses
	if len(tiny) != 1 || text(tiny[0].Keberatan, 0) != "<5" || text(tiny[0].PersenKeberatan, 1) != "<5" || tiny[0].Interval.Shown() {
		t.Errorf("tiny unit's responses not withheld: %+v", tiny)
	}
	// The chart draws the team's interval as an error bar; the page flags the
	// hostile unit's IKM of 80 respondents (minimum 92) and not Dukcapil's 130.
	page, err := os.ReadFile(filepath.Join(out, "unit", dashtest.DukcapilDumai+".html"))
	if err != nil {
		t.Fatal(err)
	}
	// (kit.Intervals: a mark line from [lower, category] to [upper, category],
	// its style on the first end)
	if !regexp.MustCompile(`\[\{"coord":\[16\.3,"Tim \(gabungan\)"\][^\]]*\},\{"coord":\[41\.8,"Tim \(gabungan\)"\]\}\]`).Match(page) {
		t.Error("no error bar 16.3-41.8 for the team in the chart")
	}
	if strings.Contains(string(page), "di bawah sampel minimum") {
		t.Error("Dukcapil Dumai's IKM of 130 respondents flagged")
	}
	hostile, _ := os.ReadFile(filepath.Join(out, "unit", dashtest.HostileUnit+".html"))
	if !strings.Contains(string(hostile), "berdasarkan 80 responden, di bawah sampel minimum 92") {
		t.Error("the hostile unit's IKM of 80 respondents (minimum 92) is not flagged")
	}
	en, _ := os.ReadFile(filepath.Join(out, "en", "unit", dashtest.HostileUnit+".html"))
	if !strings.Contains(string(en), "based on 80 respondents, below the minimum sample of 92") {
		t.Error("the English page does not flag the IKM sample")
	}
}

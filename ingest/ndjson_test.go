package ingest

import (
	"strings"
	"testing"
)

// Issue 11.4: one broken line of NDJSON is quarantined at its line; the rest
// loads (it used to fail the whole file).
func TestNDJSONBrokenLineIsQuarantinedAndTheRestLoads(t *testing.T) {
	t.Parallel()
	body := `{"nip": "198503122010011003", "periode": "2025", "hasil_kerja": "di_atas", "perilaku_kerja": "sesuai"}
{"nip": "199001012019221005", "periode": "2025", "hasil_kerja": "sesuai", "perilaku_kerja": "sesuai"}
{"nip": "198001012005011001", "periode": "2025", "hasil_kerja": "sesuai", "perilaku_kerja": 
` + "\n" + `{"nip": "198001012005011002", "periode": "2025", "hasil_kerja": "sesuai", "perilaku_kerja": "di_bawah"}
[1, 2]
{"nip": "198001012005011003", "periode": "2025", "hasil_kerja": "bagus", "perilaku_kerja": "sesuai"}
`
	res, q := loadText(t, "appraisals", "penilaian.ndjson", body)
	// Lines: 1, 2 good; 3 broken; 4 blank; 5 good; 6 an array; 7 a bad label.
	if res.Read != 6 || res.Loaded != 3 || res.Quarantined != 3 {
		t.Fatalf("read %d, loaded %d, quarantined %d", res.Read, res.Loaded, res.Quarantined)
	}
	if got := strings.Join(q("SELECT CAST(_line AS VARCHAR) FROM raw.appraisals ORDER BY _line"), " "); got != "1 2 5" {
		t.Errorf("loaded lines %s, want 1 2 5", got)
	}
	got := q("SELECT location || ': ' || coalesce(field || ': ', '') || reason FROM meta.quarantine ORDER BY line")
	want := []string{"line 3: not a JSON object", "line 6: not a JSON object: the line does not start with {", "line 7: hasil_kerja: not di_atas"}
	for i := range want {
		if i >= len(got) || !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("quarantine %d = %q, want %q…", i, got, want[i])
		}
	}
}

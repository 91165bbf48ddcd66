package ingest

import (
	"strings"
	"testing"
)

// Issue 11.5: the same id_permohonan twice in one file. A different row is
// quarantined as a duplicate; an identical one is loaded once and noted.
func TestSameIDTwiceInOneFile(t *testing.T) {
	t.Parallel()
	res, q := loadText(t, "service_requests", "dukcapil.csv",
		"id_permohonan,kode_unit,layanan,diajukan,selesai\n"+
			"P1,A,KTP-el,2025-03-31 09:15,2025-03-31 10:15\n"+
			"P2,A,KTP-el,2025-03-31 09:20,\n"+
			"P1,A,KTP-el,2025-04-02 11:00,2025-04-02 12:00\n"+
			"P2,A,KTP-el,2025-03-31 09:20,\n"+
			" P1 ,A,KK,2025-04-03 08:00,\n")
	if res.Read != 5 || res.Loaded != 2 || res.Quarantined != 3 {
		t.Fatalf("read %d, loaded %d, quarantined %d", res.Read, res.Loaded, res.Quarantined)
	}
	if got := strings.Join(q("SELECT id_permohonan || '@' || _line FROM raw.service_requests ORDER BY _line"), " "); got != "P1@2 P2@3" {
		t.Errorf("loaded %s", got)
	}
	got := q("SELECT location || ' ' || field || ': ' || reason FROM meta.quarantine ORDER BY line")
	want := []string{
		"line 4 id_permohonan: duplicate id_permohonan in the same file (first on line 2)",
		"line 5 id_permohonan: identical to line 3: loaded once",
		"line 6 id_permohonan: duplicate id_permohonan in the same file (first on line 2)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("quarantine:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Survey answers are keyed by unit and respondent: the same respondent of
// another unit is another answer.
func TestSurveyRespondentKeyIsPerUnit(t *testing.T) {
	t.Parallel()
	res, _ := loadText(t, "survey_responses", "ikm.csv",
		"id_responden,kode_unit,tanggal,u_waktu\nR1,A,2025-03-01,3\nR1,B,2025-03-01,4\nR1,A,2025-03-02,2\n")
	if res.Loaded != 2 || res.Quarantined != 1 || res.Reasons[0].Field != "id_responden" {
		t.Fatalf("%+v", res)
	}
}

package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ckanJSON is a saved CKAN datastore_search answer (the API of many Satu
// Data portals): the records under result.records, other fields around them.
const ckanJSON = `{"help": "https://data.example.go.id/api/3/action/help_show?name=datastore_search",
 "success": true,
 "result": {"fields": [{"id": "nip"}], "records": [
   {"nip": "198503122010011003", "periode": "2025-Q3", "hasil_kerja": "di_atas", "perilaku_kerja": "sesuai", "data": [1]},
   {"nip": "199001012019221005", "periode": "2025-Q3", "hasil_kerja": "sesuai", "perilaku_kerja": "sesuai"},
   {"nip": "198001012005011001", "periode": "2025-Q9", "hasil_kerja": "sesuai", "perilaku_kerja": "sesuai"}
 ], "total": 3}}`

// Issue 11.8: a JSON file that is one object holding its records (as API
// answers are) is read from the records path, as URL sources are: data,
// items, records or results by default, or the path given (records: in
// kinerja.yaml, --records), dotted for nested objects. Records are numbered
// by their place in the array.
func TestJSONRecordsPath(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	res, err := Load(ctx, db, Source{Kind: "appraisals", Path: trapFile("appraisals", "records_under_data.json")})
	if err != nil {
		t.Fatal(err)
	}
	if res.Read != 2 || res.Loaded != 1 || res.Quarantined != 1 {
		t.Fatalf("data: read %d loaded %d quarantined %d, want 2 1 1", res.Read, res.Loaded, res.Quarantined)
	}
	if q := quarantineOf(t, db, res.BatchID); len(q) != 1 || !strings.HasPrefix(q[0], "record 2|hasil_kerja|") {
		t.Errorf("quarantine %q", q)
	}

	dir := t.TempDir()
	p := filepath.Join(dir, "ckan.json")
	os.WriteFile(p, []byte(ckanJSON), 0o644)
	// No records path: result is not one of the usual fields.
	if _, err := Load(ctx, db, Source{Kind: "appraisals", Path: p}); err == nil || !strings.Contains(err.Error(), "missing required column") {
		t.Errorf("ckan without records: %v", err)
	}
	res, err = Load(ctx, db, Source{Kind: "appraisals", Path: p, Records: "result.records"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Read != 3 || res.Loaded != 2 || res.Quarantined != 1 || res.ReadOptions != `records=result.records` {
		t.Fatalf("result.records: read %d loaded %d quarantined %d options %q", res.Read, res.Loaded, res.Quarantined, res.ReadOptions)
	}
	if q := quarantineOf(t, db, res.BatchID); len(q) != 1 || !strings.HasPrefix(q[0], "record 3|periode|") {
		t.Errorf("quarantine %q", q)
	}
	for _, c := range []struct{ records, want string }{
		{"result.rows", `records "result.rows": no field "rows" (fields there: fields, records, total)`},
		{"help", `records "help": the field "help" holds a string, not an array of records`},
	} {
		_, err := Load(ctx, db, Source{Kind: "appraisals", Path: p, Records: c.records})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("records %s: %v, want %q", c.records, err, c.want)
		} else {
			oneLineMessage(t, err.Error(), p)
		}
	}
	// kinerja.yaml: records: on a file source.
	cfgPath := filepath.Join(dir, "kinerja.yaml")
	os.WriteFile(cfgPath, []byte("sources:\n  - name: ckan\n    kind: appraisals\n    path: ckan.json\n    records: result.records\n"), 0o644)
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	srcs, _ := cfg.Files()
	if len(srcs) != 1 || srcs[0].Records != "result.records" {
		t.Fatalf("config sources %+v", srcs)
	}
	assertAccounting(t, db)
}

// A URL source's records path is dotted the same way (one CKAN page).
func TestHTTPRecordsDottedPath(t *testing.T) {
	t.Parallel()
	h := &HTTPSource{Records: "result.records"}
	recs, _, err := h.records([]byte(ckanJSON))
	if err != nil || len(recs) != 3 || !strings.Contains(string(recs[2]), `"periode":"2025-Q9"`) {
		t.Fatalf("records %q %v", recs, err)
	}
	h.Records = "result.rows"
	if _, _, err := h.records([]byte(ckanJSON)); err == nil || !strings.Contains(err.Error(), "no records field (result.rows)") {
		t.Errorf("result.rows: %v", err)
	}
}

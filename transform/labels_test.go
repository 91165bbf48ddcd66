package transform_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// TestFactAppraisalLabels: the label columns of core.fact_appraisal are ENUMs
// whose members are exactly the canonical labels the ingest admits
// (ingest/sql/canonical.sql), in alphabetical order (so ORDER BY, min and max
// give what they gave on text); a label added to the ingest without the ENUM
// would fail the transform's cast, one removed would linger here; jenis_periode
// has the kinds of period of core.dim_period's calendar.
func TestFactAppraisalLabels(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../ingest/sql/canonical.sql")
	if err != nil {
		t.Fatal(err)
	}
	quoted := regexp.MustCompile(`'([^']*)'`)
	labels := func(s string) []string {
		var out []string
		for _, m := range quoted.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		return out
	}
	canon := map[string][]string{}
	for _, m := range regexp.MustCompile(`kn_canon_(\w+)\(x\) AS x IN \(([^)]*)\)`).FindAllStringSubmatch(string(src), -1) {
		canon[m[1]] = labels(m[2])
	}
	kind := map[string]string{
		"sumber": "sumber", "hasil_kerja": "rating", "perilaku_kerja": "rating",
		"perilaku_berorientasi_pelayanan": "rating", "perilaku_akuntabel": "rating", "perilaku_kompeten": "rating",
		"perilaku_harmonis": "rating", "perilaku_loyal": "rating", "perilaku_adaptif": "rating",
		"perilaku_kolaboratif": "rating", "predikat": "predikat", "predikat_sumber": "predikat",
		"rating_organisasi": "rating_org", "tanggapan": "tanggapan", "hasil_keberatan": "hasil_keberatan",
	}
	db := martstest.Shared(t, demogen.Options{Seed: 1}).Open(t)
	enumOf := func(col string) []string {
		t.Helper()
		var typ string
		if err := db.QueryRow(`SELECT data_type FROM duckdb_columns()
			WHERE schema_name = 'core' AND table_name = 'fact_appraisal' AND column_name = ?`, col).Scan(&typ); err != nil {
			t.Fatalf("core.fact_appraisal.%s: %v", col, err)
		}
		if !strings.HasPrefix(typ, "ENUM(") {
			t.Fatalf("core.fact_appraisal.%s is %s, want an ENUM", col, typ)
		}
		return labels(typ)
	}
	for col, k := range kind {
		want := slices.Clone(canon[k])
		if len(want) == 0 {
			t.Fatalf("no kn_canon_%s in ingest/sql/canonical.sql", k)
		}
		slices.Sort(want)
		if got := enumOf(col); !slices.Equal(got, want) {
			t.Errorf("core.fact_appraisal.%s: ENUM %q, want the ingest's %s labels in order %q", col, got, k, want)
		}
	}
	// jenis_periode: the kinds of period core.dim_period's calendar has
	var kinds string
	if err := db.QueryRow(`SELECT string_agg(DISTINCT jenis_periode, ',' ORDER BY jenis_periode)
		FROM core.dim_period`).Scan(&kinds); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(enumOf("jenis_periode"), ","); got != kinds {
		t.Errorf("core.fact_appraisal.jenis_periode: ENUM %s, want core.dim_period's kinds %s", got, kinds)
	}
}

package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/warehouse"
)

const secretToken = "tok-SECRET-9f3c1e77b2a4-kinerja"

// TestTokenNeverLeaks pulls an HTTP source from a real loopback server that
// checks the bearer token (and, on its error pages, echoes the Authorization
// header back the way careless servers do), through run, ingest with text and
// JSON logs, a refused token and a failing server; the token must appear in
// no output, no error, no table of the warehouse and no file of the site.
func TestTokenNeverLeaks(t *testing.T) {
	fail := ""
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		switch {
		case fail == "500":
			http.Error(w, "internal error; you sent "+auth+" url "+r.URL.String(), 500)
		case auth != "Bearer "+secretToken:
			http.Error(w, "bad token "+auth, 401)
		default:
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `[{"kode_unit":"14.72.90","nama_unit":"Unit dari API","kode_wilayah":"14.72"}]`)
		}
	}))
	defer srv.Close()

	dir := t.TempDir()
	sum, err := demogen.Generate(demogen.Options{Out: filepath.Join(dir, "data"), Seed: 2, Employees: 100})
	if err != nil {
		t.Fatal(err)
	}
	cfg, _ := os.ReadFile(sum.Config)
	cfg = append(cfg, []byte(fmt.Sprintf("  - name: unit_api\n    kind: units\n    url: %s/units\n    token_env: KINERJA_TEST_TOKEN\n    retries: 1\n    backoff: 10ms\n", srv.URL))...)
	os.WriteFile(sum.Config, cfg, 0o644)
	wh := filepath.Join(dir, "w.duckdb")
	site := filepath.Join(dir, "site")
	env := []string{"KINERJA_TEST_TOKEN=" + secretToken}

	var outputs []string
	check := func(what string, wantErr bool, env []string, args ...string) string {
		o, e, err := runBin(t, env, args...)
		if (err != nil) != wantErr {
			t.Fatalf("%s: err %v\n%s%s", what, err, o, e)
		}
		outputs = append(outputs, what+": "+o+e)
		return o + e
	}
	check("run", false, env, "-w", wh, "--log-format", "json", "run", "--config", sum.Config, "--out", site)
	check("ingest text", false, env, "-w", wh, "--log-format", "text", "ingest", "--config", sum.Config)
	check("validate", false, env, "-w", wh, "validate", "--config", sum.Config)
	if o := check("wrong token", true, []string{"KINERJA_TEST_TOKEN=wrong-" + secretToken[4:]}, "-w", wh, "--log-format", "json", "ingest", "--config", sum.Config); !strings.Contains(o, "401") {
		t.Errorf("a refused token is not reported as such:\n%s", o)
	}
	fail = "500"
	if o := check("server error", true, env, "-w", wh, "ingest", "--config", sum.Config); !strings.Contains(o, "500") {
		t.Errorf("a failing server is not reported:\n%s", o)
	}
	for _, o := range outputs {
		if strings.Contains(o, secretToken) || strings.Contains(o, secretToken[4:]) {
			t.Errorf("token in output of %s", o)
		}
	}

	// Every VARCHAR column of every table of the warehouse.
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: wh, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var apiRows int
	db.QueryRow(`select count(*) from raw.units where kode_unit = '14.72.90'`).Scan(&apiRows)
	if apiRows != 1 {
		t.Fatalf("the HTTP source did not load (%d rows): the test would prove nothing", apiRows)
	}
	rows, err := db.Query(`select table_schema, table_name, column_name from information_schema.columns
		where data_type = 'VARCHAR' and table_catalog = current_database()`)
	if err != nil {
		t.Fatal(err)
	}
	var cols [][3]string
	for rows.Next() {
		var c [3]string
		rows.Scan(&c[0], &c[1], &c[2])
		cols = append(cols, c)
	}
	rows.Close()
	for _, c := range cols {
		var n int
		q := fmt.Sprintf(`select count(*) from %s.%s where %s like '%%' || ? || '%%'`, warehouse.QuoteIdent(c[0]), warehouse.QuoteIdent(c[1]), warehouse.QuoteIdent(c[2]))
		if err := db.QueryRow(q, secretToken[4:]).Scan(&n); err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if n > 0 {
			t.Errorf("token in %s.%s.%s", c[0], c[1], c[2])
		}
	}
	// Every file beside the warehouse (lock, snapshot) and of the site.
	files := 0
	for _, root := range []string{site, dir} {
		filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return err
			}
			b, _ := os.ReadFile(p)
			files++
			if strings.Contains(string(b), secretToken[4:]) {
				t.Errorf("token in %s", p)
			}
			return nil
		})
	}
	t.Logf("%d runs, %d VARCHAR columns and %d files scanned: no token", len(outputs), len(cols), files)
}

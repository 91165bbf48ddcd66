package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/marts/martstest"
)

func TestEveryCommandHasHelpAndExample(t *testing.T) {
	root := newRoot(io.Discard, io.Discard)
	want := []string{"generate", "ingest", "transform", "dashboards", "run", "demo", "query", "serve", "version"}
	have := map[string]bool{}
	for _, c := range root.Commands() {
		have[c.Name()] = true
		if c.Short == "" || strings.TrimSpace(c.Example) == "" || !strings.Contains(c.Example, "kinerja "+c.Name()) {
			t.Errorf("%s: short %q, example %q", c.Name(), c.Short, c.Example)
		}
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("no command %s", w)
		}
	}
	f := root.PersistentFlags().Lookup("warehouse")
	if f == nil || f.Shorthand != "w" || f.DefValue != "kinerja.duckdb" {
		t.Errorf("--warehouse/-w flag: %+v", f)
	}
}

func TestWarehouseFromEnvironment(t *testing.T) {
	t.Setenv("KINERJA_WAREHOUSE", "/tmp/elsewhere.duckdb")
	f := newRoot(io.Discard, io.Discard).PersistentFlags().Lookup("warehouse")
	if f.DefValue != "/tmp/elsewhere.duckdb" {
		t.Errorf("default warehouse %q, want the env value", f.DefValue)
	}
}

func TestIngestNeedsKindOrConfig(t *testing.T) {
	var out bytes.Buffer
	root := newRoot(&out, &out)
	root.SetArgs([]string{"-w", filepath.Join(t.TempDir(), "w.duckdb"), "ingest", "x.csv"})
	err := root.Execute()
	if err == nil || !strings.Contains(err.Error(), "--kind") {
		t.Errorf("ingest without --kind: %v", err)
	}
}

func TestIngestReportsAFileThatCannotBeRead(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pegawai.csv")
	os.WriteFile(p, []byte("nomor,nama\n1,Budi\n"), 0o644)
	var out bytes.Buffer
	root := newRoot(&out, &out)
	root.SetArgs([]string{"-w", filepath.Join(dir, "w.duckdb"), "ingest", "--kind", "employees", p})
	err := root.Execute()
	if err == nil || !strings.Contains(out.String(), "pegawai.csv") || !strings.Contains(out.String(), "missing required column(s) berlaku_mulai, kode_unit, nip") {
		t.Errorf("err %v, output:\n%s", err, out.String())
	}
}

func TestServeOnlyTheSiteOnLoopback(t *testing.T) {
	site := t.TempDir()
	os.WriteFile(filepath.Join(site, "index.html"), []byte("<h1>kinerja</h1>"), 0o644)
	secret := filepath.Join(filepath.Dir(site), "secret.txt")
	os.WriteFile(secret, []byte("NIP 198503122010011003"), 0o644)
	defer os.Remove(secret)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- serveSite(ctx, ln, site) }()
	base := "http://" + ln.Addr().String()
	get := func(path string) (int, string) {
		req, _ := http.NewRequest("GET", base+path, nil)
		req.URL.Opaque = path // send the path as it is, dots and all
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/index.html"); code != 200 || !strings.Contains(body, "kinerja") {
		t.Errorf("index: %d %q", code, body)
	}
	// Symlinks in the site that lead outside it are not followed; one that
	// stays inside is.
	os.Symlink(secret, filepath.Join(site, "secret.html"))
	os.Symlink(filepath.Dir(site), filepath.Join(site, "up"))
	os.Symlink(filepath.Join(site, "index.html"), filepath.Join(site, "alias.html"))
	if code, body := get("/alias.html"); code != 200 || !strings.Contains(body, "kinerja") {
		t.Errorf("in-site symlink: %d %q", code, body)
	}
	for _, p := range []string{"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/secret.html", "/up/secret.txt", "/up/"} {
		if code, body := get(p); code == 200 && (strings.Contains(body, "NIP") || strings.Contains(body, "secret.txt")) {
			t.Errorf("%s served a file outside the site", p)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}

// Issue 11.9: a command that reads the marts, run before the first
// transform, says what to run instead of DuckDB's catalog error.
func TestCommandsBeforeTheFirstTransformSayWhatToRun(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w := filepath.Join(dir, "w.duckdb")
	p := filepath.Join(dir, "penilaian.csv")
	os.WriteFile(p, []byte("nip,periode,hasil_kerja,perilaku_kerja\n198503122010011003,2025,di_atas,sesuai\n"), 0o644)
	run := func(args ...string) error {
		root := newRoot(io.Discard, io.Discard)
		root.SetArgs(append([]string{"-w", w}, args...))
		return root.Execute()
	}
	if err := run("ingest", "--kind", "appraisals", p); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"dashboards", "--out", filepath.Join(dir, "site")},
		{"export", "--out", filepath.Join(dir, "x")},
		{"test-data"},
		{"query", "SELECT * FROM mart.unit_performance"},
	} {
		err := run(args...)
		if err == nil || !strings.Contains(err.Error(), "run `kinerja transform` first") {
			t.Errorf("%s: %v", args[0], err)
		}
	}
}

// A warehouse whose marts another kinerja built (an upgrade since its last
// transform) is refused by the commands that read them, with what to run,
// instead of a catalog or binder error on the first table that changed;
// after the transform they work.
func TestMartsOfAnotherVersionSayWhatToRun(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, _ := martstest.Demo(t, dir, demogen.Options{Seed: 3, Employees: 300})
	// What another version leaves: its own fingerprint, and a mart this one
	// reads missing.
	if _, err := db.Exec(`UPDATE meta.transform_fingerprint SET fingerprint = 'an older kinerja'; DROP TABLE mart.region_service`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	w := db.Path
	for _, args := range [][]string{
		{"dashboards", "--out", filepath.Join(dir, "site")},
		{"export", "--out", filepath.Join(dir, "x")},
		{"test-data"},
	} {
		_, _, err := runCLI(t, append([]string{"-w", w}, args...)...)
		if err == nil || !strings.Contains(err.Error(), "built by another version of kinerja") || !strings.Contains(err.Error(), "run `kinerja transform` first") {
			t.Errorf("%s: %v", args[0], err)
		}
	}
	if out := kinerja(t, "-w", w, "transform"); !strings.Contains(out, "full rebuild") {
		t.Errorf("transform after an upgrade: %s", out)
	}
	kinerja(t, "-w", w, "dashboards", "--out", filepath.Join(dir, "site"))
}

// Issue 11.11: query takes SQL from a file or stdin, runs several
// statements, and its CSV loses nothing (full doubles, fractions of a
// second, NULL apart from the empty text).
func TestQueryStatementsFileStdinAndLosslessCSV(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w := filepath.Join(dir, "w.duckdb")
	// a warehouse with its meta schema only
	root := newRoot(io.Discard, io.Discard)
	p := filepath.Join(dir, "a.csv")
	os.WriteFile(p, []byte("nip,periode,hasil_kerja,perilaku_kerja\n198503122010011003,2025,di_atas,sesuai\n"), 0o644)
	root.SetArgs([]string{"-w", w, "ingest", "--kind", "appraisals", p})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	sqlText := `-- two statements; the semicolon in the text is not a separator
CREATE TEMP VIEW v AS SELECT 'a;b' AS s, 0.1::DOUBLE + 0.2::DOUBLE AS d, 1/3 AS third, NULL::VARCHAR AS n, '' AS e,
  TIMESTAMP '2025-03-31 08:15:00.123456' AS ts, 12345678901234567890::HUGEINT AS big, 12.345::DECIMAL(10,3) AS dec;
/* block comment; with a semicolon */ SELECT * FROM v`
	run := func(stdin string, args ...string) string {
		var out bytes.Buffer
		root := newRoot(&out, io.Discard)
		root.SetIn(strings.NewReader(stdin))
		root.SetArgs(append([]string{"-w", w, "query"}, args...))
		if err := root.Execute(); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out.String()
	}
	want := "s,d,third,n,e,ts,big,dec\na;b,0.30000000000000004,0.3333333333333333,,\"\",2025-03-31 08:15:00.123456,12345678901234567890,12.345\n"
	f := filepath.Join(dir, "q.sql")
	os.WriteFile(f, []byte(sqlText), 0o644)
	if got := run("", "--format", "csv", "--file", f); got != want {
		t.Errorf("--file csv:\n%q\nwant\n%q", got, want)
	}
	if got := run(sqlText, "--format", "csv", "-"); got != want {
		t.Errorf("stdin csv:\n%q\nwant\n%q", got, want)
	}
	// table format prints every statement's result
	got := run("SELECT 1 AS satu; SELECT 2 AS dua;", "-")
	if !strings.Contains(got, "satu") || !strings.Contains(got, "dua") {
		t.Errorf("two statements, table:\n%s", got)
	}
}

// Issue 11.10: kinerja --version works like kinerja version.
func TestVersionFlag(t *testing.T) {
	var out bytes.Buffer
	root := newRoot(&out, io.Discard)
	root.SetOut(&out)
	root.SetArgs([]string{"--version"})
	if err := root.Execute(); err != nil || !strings.HasPrefix(out.String(), "kinerja version "+version) {
		t.Errorf("--version: %q %v", out.String(), err)
	}
}

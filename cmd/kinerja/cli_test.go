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

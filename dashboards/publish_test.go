package dashboards_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"kinerja/dashboards"
	"kinerja/dashboards/internal/dashtest"
)

// inodes maps every file of the site (site-relative) to its inode: a file
// written again (a new file renamed over it) has a new one.
func inodes(t *testing.T, site string) map[string]uint64 {
	t.Helper()
	m := map[string]uint64{}
	err := filepath.Walk(site, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(site, p)
		m[filepath.ToSlash(rel)] = fi.Sys().(*syscall.Stat_t).Ino
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRebuildWritesOnlyWhatChanged builds the site, builds it again from the
// same marts (nothing written, every file kept), then after one region's
// figure changed (that region's page written again, another region's unit
// pages kept). Files of the previous build that the new one has not are
// removed; files kinerja never wrote, and paths outside the site that a
// hand-edited list names, are not.
func TestRebuildWritesOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, dir := dashtest.OpenTemp(t)
	site := filepath.Join(dir, "site")
	build := func() dashboards.Result {
		t.Helper()
		res, err := dashboards.Build(ctx, db, dashboards.Options{Out: site})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}

	first := build()
	files := inodes(t, site)
	delete(files, dashboards.ManifestName)
	if p := first.Published; p.Written != len(files) || p.Unchanged != 0 || p.Removed != 0 {
		t.Fatalf("first build: %+v, want %d written", p, len(files))
	}
	list, err := os.ReadFile(filepath.Join(site, dashboards.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, line := range strings.Split(strings.TrimSpace(string(list)), "\n") {
		rel, _, _ := strings.Cut(line, "\t")
		listed = append(listed, rel)
	}
	if len(listed) != len(files) {
		t.Fatalf("the list names %d files, the site has %d", len(listed), len(files))
	}
	for _, rel := range listed {
		if _, ok := files[rel]; !ok {
			t.Errorf("listed %s is not in the site", rel)
		}
	}
	for _, p := range first.Pages {
		if _, ok := files[p]; !ok {
			t.Errorf("page %s not written", p)
		}
	}

	// What a previous build could have left: a unit's page and CSV since
	// gone from the data. Beside them, a file of the user's and a list line
	// that points outside the site.
	for _, rel := range []string{"unit/99.99.99.html", "en/unit/99.99.99.html"} {
		if err := os.WriteFile(filepath.Join(site, rel), []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(site, "catatan.txt"), []byte("mine"), 0o644)
	outside := filepath.Join(dir, "outside.txt")
	os.WriteFile(outside, []byte("not the site's"), 0o644)
	os.WriteFile(filepath.Join(site, dashboards.ManifestName),
		[]byte(string(list)+"unit/99.99.99.html\nen/unit/99.99.99.html\n../outside.txt\n"+outside+"\n"), 0o644)

	second := build()
	if p := second.Published; p.Written != 0 || p.Unchanged != len(files) || p.Removed != 2 || p.Compared != 0 {
		t.Errorf("the same marts again: %+v, want 0 written, %d unchanged (none read back: the list vouches), 2 removed", p, len(files))
	}
	after := inodes(t, site)
	for rel, ino := range files {
		if after[rel] != ino {
			t.Errorf("%s written again though unchanged", rel)
		}
	}
	for _, rel := range []string{"unit/99.99.99.html", "en/unit/99.99.99.html"} {
		if _, ok := after[rel]; ok {
			t.Errorf("%s of the previous build stayed", rel)
		}
	}
	if _, ok := after["catatan.txt"]; !ok {
		t.Error("a file kinerja never wrote was removed")
	}
	if _, err := os.Stat(outside); err != nil {
		t.Errorf("a path outside the site was removed: %v", err)
	}
	if strings.Contains(dashtest.ReadFile(t, filepath.Join(site, dashboards.ManifestName)), "99.99.99") {
		t.Error("the list still names the removed pages")
	}

	// Files changed behind the list's back: one only touched (its time
	// moved, its bytes did not) is read back and left; one edited to other
	// bytes of the same size is written again.
	touched, edited := filepath.Join(site, "wilayah/11.75.html"), filepath.Join(site, "en/unit/11.75.02.html")
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(touched, later, later); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(edited)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(edited, bytes.Repeat([]byte("x"), len(good)), 0o644); err != nil {
		t.Fatal(err)
	}
	after = inodes(t, site)
	if p := build().Published; p.Written != 1 || p.Compared != 1 || p.Unchanged != len(files)-1 {
		t.Errorf("one file touched, one edited: %+v, want 1 written, 1 read back", p)
	}
	if b, _ := os.ReadFile(edited); !bytes.Equal(b, good) {
		t.Error("the edited page was not written again")
	}
	if now := inodes(t, site); now["wilayah/11.75.html"] != after["wilayah/11.75.html"] {
		t.Error("the touched page was written again though its bytes were the build's")
	}
	if p := build().Published; p.Written != 0 || p.Compared != 0 {
		t.Errorf("a build after that: %+v, want nothing written or read back", p)
	}
	after = inodes(t, site)

	// One region's backlog changes: its page is written again, the pages
	// of another region's units are not.
	if _, err := db.Exec(`UPDATE mart.region_summary SET backlog = backlog + 7 WHERE kode_wilayah = '14.72' AND periode = '2025-Q3'`); err != nil {
		t.Fatal(err)
	}
	third := build()
	now := inodes(t, site)
	for _, rel := range []string{"wilayah/14.72.html", "en/wilayah/14.72.html"} {
		if now[rel] == after[rel] {
			t.Errorf("%s not written though its backlog changed", rel)
		}
	}
	for _, rel := range []string{"unit/11.75.02.html", "en/unit/11.75.02.html", "assets/echarts.min.js"} {
		if now[rel] != after[rel] {
			t.Errorf("%s written again though nothing on it changed", rel)
		}
	}
	if p := third.Published; p.Written < 2 || p.Written+p.Unchanged != len(files) || p.Removed != 0 {
		t.Errorf("after one region's change: %+v", p)
	}
	t.Logf("after one region's change: %+v of %d files", third.Published, len(files))

	// A new batch: the footer of every page says so, from site-meta.js; the
	// pages whose figures did not change are not written.
	if _, err := db.Exec(`UPDATE mart.data_quality_summary SET batch_berlaku = batch_berlaku + 1, dimuat_terakhir = dimuat_terakhir + INTERVAL 1 DAY`); err != nil {
		t.Fatal(err)
	}
	fourth := build()
	last := inodes(t, site)
	if last[dashboards.SiteMetaPath] == now[dashboards.SiteMetaPath] {
		t.Error("site-meta.js not written after a new batch")
	}
	for _, rel := range []string{"wilayah/11.75.html", "unit/11.75.02.html", "en/wilayah/14.72.html", "index.html"} {
		if last[rel] != now[rel] {
			t.Errorf("%s written again after a batch that changed none of its figures", rel)
		}
	}
	if p := fourth.Published; p.Written > 6 {
		t.Errorf("a new batch alone wrote %d files: %+v", p.Written, p)
	}
	t.Logf("after a new batch: %+v", fourth.Published)
}

// TestNoModelsSameSite: the command line's build (Options.NoModels, no page
// models kept in Result) writes the very files of a build that keeps them.
func TestNoModelsSameSite(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, dir := dashtest.OpenTemp(t)
	files := func(noModels bool) (map[string]string, dashboards.Result) {
		t.Helper()
		out := filepath.Join(dir, fmt.Sprint("site-", noModels))
		res, err := dashboards.Build(ctx, db, dashboards.Options{Out: out, NoModels: noModels})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(dashtest.ReadFile(t, filepath.Join(out, dashboards.ManifestName))), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 4 {
				t.Fatalf("list line %q: want path, size, time, hash", line)
			}
			m[f[0]] = f[1] + " " + f[3]
		}
		return m, res
	}
	with, full := files(false)
	without, lean := files(true)
	if len(full.Regions) == 0 || len(full.Units) == 0 || len(lean.Regions) != 0 || len(lean.Units) != 0 {
		t.Fatalf("models kept: %d regions, %d units; with NoModels: %d, %d", len(full.Regions), len(full.Units), len(lean.Regions), len(lean.Units))
	}
	if len(lean.Pages) != len(full.Pages) || len(without) != len(with) {
		t.Fatalf("NoModels: %d pages, %d files; with models %d, %d", len(lean.Pages), len(without), len(full.Pages), len(with))
	}
	for rel, h := range with {
		if without[rel] != h {
			t.Errorf("%s differs without the models", rel)
		}
	}
}

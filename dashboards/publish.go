package dashboards

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Publishing into the site a previous build left (issue 14, point 5): a
// file is written only when its bytes differ from the file there, so a
// refresh touches only what changed (a copy to a web server with rsync or
// a CDN sync sends only those) and keeps the others' times. A changed file
// is written beside the old one and renamed over it: a reader of the site,
// `kinerja serve` among them, sees the old page or the new, never half of
// one. Files the previous build wrote and this one did not (a unit merged
// away, a region no longer in the data) are removed, by the list each build
// leaves in ManifestName: a file kinerja did not write is never touched.

// ManifestName is the file, at the site's root, listing every file of the
// build (site-relative, one per line).
const ManifestName = ".kinerja-site"

// Published counts what a build did to the files of the site.
type Published struct {
	Written   int // files new or changed
	Unchanged int // files whose bytes were already there
	Removed   int // files of the previous build that this one has not
}

// siteWriter creates the directories and files of a site.
type siteWriter struct {
	out       string
	dirs      sync.Map // directories made
	csvs      sync.Map // CSVs written (site-relative path)
	produced  sync.Map // every file of this build (site-relative path)
	written   atomic.Int64
	unchanged atomic.Int64
}

// put makes the file rel (site-relative) hold b: nothing is written when it
// does already, else a new file is renamed over it.
func (sw *siteWriter) put(rel string, b []byte) error {
	sw.produced.Store(rel, true)
	path := filepath.Join(sw.out, filepath.FromSlash(rel))
	if st, err := os.Lstat(path); err == nil && st.Mode().IsRegular() && st.Size() == int64(len(b)) {
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, b) {
			sw.unchanged.Add(1)
			return nil
		}
	}
	dir := filepath.Dir(path)
	if _, ok := sw.dirs.Load(dir); !ok {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("dashboards: %w", err)
		}
		sw.dirs.Store(dir, true)
	}
	if err := writeReplace(path, b); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	sw.written.Add(1)
	return nil
}

// writeReplace writes b to a new file in path's directory and renames it
// to path.
func writeReplace(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// finish removes the files the previous build listed and this one did not
// produce, and writes this build's list.
func (sw *siteWriter) finish() (Published, error) {
	p := Published{Written: int(sw.written.Load()), Unchanged: int(sw.unchanged.Load())}
	var now []string
	sw.produced.Range(func(k, _ any) bool {
		now = append(now, k.(string))
		return true
	})
	sort.Strings(now)
	manifest := filepath.Join(sw.out, ManifestName)
	if old, err := os.ReadFile(manifest); err == nil {
		keep := make(map[string]bool, len(now))
		for _, rel := range now {
			keep[rel] = true
		}
		sc := bufio.NewScanner(bytes.NewReader(old))
		for sc.Scan() {
			rel := sc.Text()
			// Only a plain site-relative path: a list edited by hand cannot
			// reach outside the site or the list itself.
			if rel == "" || keep[rel] || rel == ManifestName || !filepath.IsLocal(filepath.FromSlash(rel)) || strings.Contains(rel, `\`) {
				continue
			}
			err := os.Remove(filepath.Join(sw.out, filepath.FromSlash(rel)))
			switch {
			case err == nil:
				p.Removed++
			case !errors.Is(err, fs.ErrNotExist):
				return p, fmt.Errorf("dashboards: a file of the previous build: %w", err)
			}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return p, fmt.Errorf("dashboards: %w", err)
	}
	list := strings.Join(now, "\n") + "\n"
	if err := writeReplace(manifest, []byte(list)); err != nil {
		return p, fmt.Errorf("dashboards: %w", err)
	}
	return p, nil
}

// SiteMetaPath is the site-relative path of the script that holds what
// every page's footer shows: when the newest batch in force was loaded and
// how many batches are in force (kit.Page.MetaFile).
const SiteMetaPath = "assets/site-meta.js"

// writeSiteMeta writes SiteMetaPath from the warehouse's meta.
func (sw *siteWriter) writeSiteMeta(w *warehouse) error {
	b, err := json.Marshal(struct {
		DataPer string `json:"data_per"`
		Batches int64  `json:"batches"`
	}{w.DataPer, w.Batches})
	if err != nil {
		return err
	}
	return sw.put(SiteMetaPath, []byte("/* kinerja: the footer of every page, see dashboards/publish.go */\nwindow.KJ_META="+string(b)+";\n"))
}

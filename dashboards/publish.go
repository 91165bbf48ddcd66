package dashboards

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
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
// build (site-relative), one per line, with what the build wrote there:
// "path<TAB>size<TAB>mtime (Unix ns)<TAB>SHA-256". A file whose size and
// time are still the listed ones is taken to hold the listed bytes (as
// rsync does), so a rebuild compares hashes instead of reading the
// previous site back; any other file of the same size is read and compared.
// A list of paths only (builds before the hashes) is read too.
const ManifestName = ".kinerja-site"

// Published counts what a build did to the files of the site.
type Published struct {
	Written   int // files new or changed
	Unchanged int // files whose bytes were already there
	Removed   int // files of the previous build that this one has not
	// Compared: of the unchanged, the files read back to compare (the
	// list did not vouch for them: no list, or the file's size or time
	// changed since).
	Compared int
}

// fileEntry is a file of the site as ManifestName lists it.
type fileEntry struct {
	size  int64
	mtime int64 // Unix ns
	sum   [sha256.Size]byte
}

// siteWriter creates the directories and files of a site.
type siteWriter struct {
	out       string
	prev      map[string]fileEntry // the previous build's list, lines with their hashes
	prevPaths []string             // every path of the previous build's list
	prevErr   error                // reading the list failed (other than its absence)
	dirs      sync.Map             // directories made
	csvs      sync.Map             // CSVs written (site-relative path)
	produced  sync.Map             // every file of this build: site-relative path -> fileEntry
	written   atomic.Int64
	unchanged atomic.Int64
	compared  atomic.Int64
}

// newSiteWriter writes into out, reading the list a previous build left
// there (an unreadable or malformed list only costs reading files back).
func newSiteWriter(out string) *siteWriter {
	sw := &siteWriter{out: out, prev: map[string]fileEntry{}}
	b, err := os.ReadFile(filepath.Join(out, ManifestName))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			sw.prevErr = err
		}
		return sw
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		sw.prevPaths = append(sw.prevPaths, f[0])
		if len(f) != 4 {
			continue // a list of paths only
		}
		size, err1 := strconv.ParseInt(f[1], 10, 64)
		mtime, err2 := strconv.ParseInt(f[2], 10, 64)
		sum, err3 := hex.DecodeString(f[3])
		if err1 != nil || err2 != nil || err3 != nil || len(sum) != sha256.Size {
			continue
		}
		e := fileEntry{size: size, mtime: mtime}
		copy(e.sum[:], sum)
		sw.prev[f[0]] = e
	}
	return sw
}

// put makes the file rel (site-relative) hold b: nothing is written when it
// does already, else a new file is renamed over it.
func (sw *siteWriter) put(rel string, b []byte) error {
	e := fileEntry{size: int64(len(b)), sum: sha256.Sum256(b)}
	path := filepath.Join(sw.out, filepath.FromSlash(rel))
	if st, err := os.Lstat(path); err == nil && st.Mode().IsRegular() && st.Size() == e.size {
		if old, ok := sw.prev[rel]; ok && old.size == e.size && old.mtime == st.ModTime().UnixNano() {
			// The list vouches for the file's bytes: the hashes decide.
			if old.sum == e.sum {
				e.mtime = old.mtime
				sw.produced.Store(rel, e)
				sw.unchanged.Add(1)
				return nil
			}
		} else if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, b) {
			e.mtime = st.ModTime().UnixNano()
			sw.produced.Store(rel, e)
			sw.unchanged.Add(1)
			sw.compared.Add(1)
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
	mtime, err := writeReplace(path, b)
	if err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	e.mtime = mtime
	sw.produced.Store(rel, e)
	sw.written.Add(1)
	return nil
}

// writeReplace writes b to a new file in path's directory and renames it
// to path; it returns the file's modification time (Unix ns).
func writeReplace(path string, b []byte) (int64, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(0o644)
	}
	var mtime int64
	if err == nil {
		var st os.FileInfo
		if st, err = f.Stat(); err == nil {
			mtime = st.ModTime().UnixNano()
		}
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
	return mtime, err
}

// finish removes the files the previous build listed and this one did not
// produce, and writes this build's list.
func (sw *siteWriter) finish() (Published, error) {
	p := Published{Written: int(sw.written.Load()), Unchanged: int(sw.unchanged.Load()), Compared: int(sw.compared.Load())}
	var now []string
	entries := map[string]fileEntry{}
	sw.produced.Range(func(k, v any) bool {
		now = append(now, k.(string))
		entries[k.(string)] = v.(fileEntry)
		return true
	})
	sort.Strings(now)
	if sw.prevErr != nil {
		return p, fmt.Errorf("dashboards: %w", sw.prevErr)
	}
	keep := make(map[string]bool, len(now))
	for _, rel := range now {
		keep[rel] = true
	}
	for _, rel := range sw.prevPaths {
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
	var list bytes.Buffer
	for _, rel := range now {
		e := entries[rel]
		fmt.Fprintf(&list, "%s\t%d\t%d\t%x\n", rel, e.size, e.mtime, e.sum)
	}
	if _, err := writeReplace(filepath.Join(sw.out, ManifestName), list.Bytes()); err != nil {
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

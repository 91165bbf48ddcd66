package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// siteFS is http.Dir(root) that also refuses symlinks leading outside root:
// http.Dir cleans ".." away but follows symlinks, so a link in the site
// directory (site/x -> /etc) would otherwise serve what it points at.
type siteFS struct{ root string }

func (s siteFS) Open(name string) (http.File, error) {
	f, err := http.Dir(s.root).Open(name)
	if err != nil {
		return nil, err
	}
	root, err := filepath.EvalSymlinks(s.root)
	if err != nil {
		f.Close()
		return nil, os.ErrNotExist
	}
	full, err := filepath.EvalSymlinks(filepath.Join(s.root, filepath.FromSlash(filepath.Clean("/"+name))))
	if err != nil || (full != root && !strings.HasPrefix(full, root+string(filepath.Separator))) {
		f.Close()
		return nil, os.ErrNotExist
	}
	return f, nil
}

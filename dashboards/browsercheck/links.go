package browsercheck

import (
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// listPages lists the HTML pages under root (slash paths, sorted).
func listPages(root string) ([]string, error) {
	var pages []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".html") {
			rel, _ := filepath.Rel(root, path)
			pages = append(pages, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(pages)
	return pages, err
}

// isExternal: anything but a file:// URL inside the site, data: or about:.
func isExternal(raw, rootURL string) bool {
	switch {
	case strings.HasPrefix(raw, "data:"), strings.HasPrefix(raw, "about:"):
		return false
	case strings.HasPrefix(raw, "file://"):
		u, err := url.Parse(raw)
		if err != nil {
			return true
		}
		r, _ := url.Parse(rootURL)
		clean := filepath.Clean(filepath.FromSlash(u.Path))
		rootPath := filepath.Clean(filepath.FromSlash(r.Path))
		return clean != rootPath && !strings.HasPrefix(clean, rootPath+string(filepath.Separator))
	}
	return true
}

// brokenLinks lists the relative hrefs that do not lead to a file inside root.
func brokenLinks(root, page string, hrefs []string) []string {
	var broken []string
	seen := map[string]bool{}
	for _, h := range hrefs {
		h = strings.TrimSpace(h)
		if h == "" || strings.HasPrefix(h, "#") || seen[h] {
			continue
		}
		seen[h] = true
		u, err := url.Parse(h)
		if err != nil {
			broken = append(broken, h)
			continue
		}
		if u.Scheme != "" || u.Host != "" || strings.HasPrefix(h, "//") {
			continue // absolute: not a relative link (external requests are reported separately)
		}
		if u.Path == "" {
			continue
		}
		var target string
		if strings.HasPrefix(u.Path, "/") {
			broken = append(broken, h) // root-relative cannot work from file://
			continue
		}
		target = filepath.Join(root, filepath.FromSlash(pathDir(page)), filepath.FromSlash(u.Path))
		target = filepath.Clean(target)
		if target != root && !strings.HasPrefix(target, root+string(filepath.Separator)) {
			broken = append(broken, h)
			continue
		}
		if st, err := os.Stat(target); err != nil || st.IsDir() {
			broken = append(broken, h)
		}
	}
	return broken
}

func pathDir(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[:i]
	}
	return "."
}

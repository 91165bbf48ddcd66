package dashboards

import (
	"bufio"
	"encoding/json"
	"strings"

	"kinerja/dashboards/kit"
)

// SearchIndexPath is the search index of the site: a script (a page
// cannot fetch a JSON file from file://) that sets window.KJ_SEARCH, loaded
// by kinerja.js when the reader first uses the search box of a page. One
// file serves both languages: it holds codes and names (never translated);
// a result's link is the page's path under the language root, which the
// page's search box puts after its own prefix to that root.
const SearchIndexPath = "assets/search-index.js"

// searchIndex is what KJ_SEARCH holds (see kinerja.js, "search"):
//
//	p: province names; r: regions [kode, nama, index in p];
//	s: the stems of unit names that end with their region's name;
//	u: per region (aligned with r) its units as pairs: the unit code after
//	   the region's code and "." (the whole code, prefixed "=", when it does
//	   not start so), then its name: a number n is s[n] + " " + the
//	   region's name, a string the name itself;
//	o: units of no region of the site, [kode, nama];
//	f: the page file of a code whose file name is not the code itself
//	   (kit.FileName).
//
// A unit's name usually ends with its region's ("Dinas Kesehatan Kota
// Dumai"), so the stems of the ~30 OPD of every region are written once for
// the country.
type searchIndex struct {
	P     []string          `json:"p"`
	R     [][3]any          `json:"r"`
	S     []string          `json:"s"`
	U     [][]any           `json:"u"`
	O     [][2]string       `json:"o"`
	F     map[string]string `json:"f,omitempty"`
	stems map[string]int    `json:"-"`
}

// buildSearchIndex indexes every region and unit with a page.
func buildSearchIndex(regions []regionRow, units []unitRow) *searchIndex {
	ix := &searchIndex{P: []string{}, R: [][3]any{}, S: []string{}, U: [][]any{}, O: [][2]string{}, stems: map[string]int{}}
	prov := map[string]int{}
	at := map[string]int{}
	file := func(code string) {
		if f := kit.FileName(code); f != code {
			if ix.F == nil {
				ix.F = map[string]string{}
			}
			ix.F[code] = f
		}
	}
	for _, r := range regions {
		pi, ok := prov[r.Provinsi]
		if !ok {
			pi = len(ix.P)
			prov[r.Provinsi] = pi
			ix.P = append(ix.P, r.Provinsi)
		}
		at[r.Kode] = len(ix.R)
		ix.R = append(ix.R, [3]any{r.Kode, r.Nama, pi})
		ix.U = append(ix.U, []any{})
		file(r.Kode)
	}
	for _, u := range units {
		file(u.Kode)
		i, ok := at[u.Wilayah]
		if !ok {
			ix.O = append(ix.O, [2]string{u.Kode, u.Nama})
			continue
		}
		code := "=" + u.Kode
		if rest, ok := strings.CutPrefix(u.Kode, u.Wilayah+"."); ok && rest != "" && rest[0] != '=' {
			code = rest
		}
		var name any = u.Nama
		if nama := regions[i].Nama; nama != "" {
			if stem, ok := strings.CutSuffix(u.Nama, " "+nama); ok && stem != "" {
				n, seen := ix.stems[stem]
				if !seen {
					n = len(ix.S)
					ix.stems[stem] = n
					ix.S = append(ix.S, stem)
				}
				name = n
			}
		}
		ix.U[i] = append(ix.U[i], code, name)
	}
	return ix
}

// write writes the index as a script.
func (ix *searchIndex) write(w *bufio.Writer) error {
	b, err := json.Marshal(ix)
	if err != nil {
		return err
	}
	w.WriteString("/* kinerja: the site's search index (regions and units), see dashboards/search_index.go */\nwindow.KJ_SEARCH=")
	w.Write(b)
	w.WriteString(";\n")
	return w.Flush()
}

// writeSearchIndex writes the site's search index and returns its size.
func (sw *siteWriter) writeSearchIndex(regions []regionRow, units []unitRow) (int64, error) {
	j := newJobWriter(sw)
	if err := j.file(SearchIndexPath, buildSearchIndex(regions, units).write); err != nil {
		return 0, err
	}
	return int64(j.buf.Len()), nil
}

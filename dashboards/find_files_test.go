package dashboards

import (
	"encoding/csv"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/dashboards/kit"
)

// TestXLSXMatchesCSV: every table's CSV has an XLSX beside it that excelize
// opens and that holds the same cells: the header row, then every record,
// cell for cell as excelize shows them; figures are number cells (codes,
// periods and withheld figures are text), "<5" a text cell.
func TestXLSXMatchesCSV(t *testing.T) {
	_, out, _ := buildSite(t)
	var csvs []string
	err := filepath.WalkDir(filepath.Join(out, "data"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".csv") {
			csvs = append(csvs, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(csvs) < 50 {
		t.Fatalf("only %d CSVs", len(csvs))
	}
	var numbers, masked, codes int
	for _, path := range csvs {
		rel, _ := filepath.Rel(out, path)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		want, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		x, err := excelize.OpenFile(kit.XLSXPath(path))
		if err != nil {
			t.Fatalf("%s: excelize cannot open its XLSX: %v", rel, err)
		}
		sheets := x.GetSheetList()
		got, err := x.GetRows(sheets[0])
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if len(sheets) != 1 || len(got) != len(want) {
			t.Errorf("%s: XLSX sheets %q, %d rows; CSV %d rows", rel, sheets, len(got), len(want))
			x.Close()
			continue
		}
		for r, rec := range want {
			row := got[r]
			// excelize leaves out a row's trailing empty cells.
			for len(row) < len(rec) {
				row = append(row, "")
			}
			if !slices.Equal(row, rec) {
				t.Errorf("%s row %d: XLSX %q, CSV %q", rel, r+1, row, rec)
				break
			}
			if r == 0 {
				continue
			}
			for c, v := range rec {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				typ, err := x.GetCellType(sheets[0], cell)
				if err != nil {
					t.Fatal(err)
				}
				key := want[0][c]
				switch {
				case v == "<5" || v == "×":
					masked++
					if typ != excelize.CellTypeInlineString {
						t.Errorf("%s %s (%s): withheld %q is not text", rel, cell, key, v)
					}
				case strings.HasPrefix(key, "kode_") || key == "periode":
					codes++
					if typ != excelize.CellTypeInlineString {
						t.Errorf("%s %s (%s): code %q is not text", rel, cell, key, v)
					}
				case typ == excelize.CellTypeNumber:
					numbers++
					raw, _ := x.GetCellValue(sheets[0], cell, excelize.Options{RawCellValue: true})
					a, err1 := strconv.ParseFloat(raw, 64)
					b, err2 := strconv.ParseFloat(v, 64)
					if err1 != nil || err2 != nil || a != b {
						t.Errorf("%s %s (%s): number %q, CSV %q", rel, cell, key, raw, v)
					}
				}
			}
		}
		x.Close()
	}
	t.Logf("%d CSVs: %d number cells, %d withheld, %d codes", len(csvs), numbers, masked, codes)
	if numbers < 300 || masked < 20 || codes < 100 {
		t.Errorf("too few cells of a kind: %d numbers, %d withheld, %d codes", numbers, masked, codes)
	}
	// A figure column is numbers: Dukcapil Dumai's pegawai_dinilai (11.75.01's
	// is withheld beside the tiny unit, its region's only other one).
	x, err := excelize.OpenFile(filepath.Join(out, "data/unit/14.72_predikat.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, _ := x.GetRows("Sheet1")
	found := 0
	for r, row := range rows {
		if r == 0 || row[0] != "14.72.01" {
			continue
		}
		found++
		col := slices.Index(rows[0], "pegawai_dinilai")
		cell, _ := excelize.CoordinatesToCellName(col+1, r+1)
		if typ, _ := x.GetCellType("Sheet1", cell); typ != excelize.CellTypeNumber {
			t.Errorf("14.72.01's pegawai_dinilai %q is not a number (%v)", row[col], typ)
		}
	}
	if found == 0 {
		t.Error("no 14.72.01 row in data/unit/14.72_predikat.xlsx")
	}
}

// TestSearchIndexHoldsEveryPage: the search index names every region and
// unit with the page the site wrote for it, and their names as the pages
// do; it is read back as kinerja.js reads it.
func TestSearchIndexHoldsEveryPage(t *testing.T) {
	_, out, res := buildSite(t)
	b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(SearchIndexPath)))
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(b)) != res.SearchIndexBytes {
		t.Errorf("index %d bytes, Result says %d", len(b), res.SearchIndexBytes)
	}
	s := string(b)
	start, end := strings.Index(s, "window.KJ_SEARCH="), strings.LastIndex(s, ";")
	if start < 0 || end < start {
		t.Fatalf("not a search index script: %.200s", s)
	}
	var ix struct {
		P []string
		R [][3]any
		S []string
		U [][]any
		O [][2]string
		F map[string]string
	}
	if err := json.Unmarshal([]byte(s[start+len("window.KJ_SEARCH="):end]), &ix); err != nil {
		t.Fatal(err)
	}
	// As kinerja.js expands it: code -> [name, page].
	got := map[string][2]string{}
	file := func(code string) string {
		if f, ok := ix.F[code]; ok {
			return f
		}
		return code
	}
	for i, r := range ix.R {
		kode, nama := r[0].(string), r[1].(string)
		got[kode] = [2]string{nama, "wilayah/" + file(kode) + ".html"}
		u := ix.U[i]
		for j := 0; j+1 < len(u); j += 2 {
			c := u[j].(string)
			code := kode + "." + c
			if strings.HasPrefix(c, "=") {
				code = c[1:]
			}
			name, ok := u[j+1].(string)
			if n, isNum := u[j+1].(float64); isNum {
				name, ok = ix.S[int(n)]+" "+nama, true
			}
			if !ok {
				t.Fatalf("unit %s: name %v", code, u[j+1])
			}
			got[code] = [2]string{name, "unit/" + file(code) + ".html"}
		}
	}
	for _, o := range ix.O {
		got[o[0]] = [2]string{o[1], "unit/" + file(o[0]) + ".html"}
	}
	want := map[string][2]string{}
	for k, m := range res.Regions {
		want[k] = [2]string{m.Nama, "wilayah/" + kit.FileName(k) + ".html"}
	}
	for k, m := range res.Units {
		want[k] = [2]string{m.Nama, "unit/" + kit.FileName(k) + ".html"}
	}
	if len(got) != len(want) {
		t.Errorf("index holds %d regions and units, the site %d", len(got), len(want))
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: index %q, site %q", k, got[k], w)
		}
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(w[1]))); err != nil {
			t.Error(err)
		}
	}
	if len(ix.S) == 0 {
		t.Error("no unit name was written as a stem of its region's name")
	}
}

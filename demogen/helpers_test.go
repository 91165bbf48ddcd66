package demogen

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// This file holds independent readers for the generated files: the tests
// recompute everything from the bytes on disk, not from generator state.

type table struct {
	header []string
	rows   [][]string
}

func (t table) col(name string) int {
	i := slices.Index(t.header, name)
	if i < 0 {
		panic("no column " + name)
	}
	return i
}

func readCSV(t *testing.T, path string, comma rune) table {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.Comma = comma
	recs, err := cr.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: empty", path)
	}
	return table{header: recs[0], rows: recs[1:]}
}

func readXLSX(t *testing.T, path string) table {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(XLSXSheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: empty sheet", path)
	}
	return table{header: rows[0], rows: rows[1:]}
}

func readJSON[T any](t *testing.T, path string) []T {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []T
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// validNIP checks a NIP against the rules of DOMAIN.md.
func validNIP(s string) (pppk bool, ok bool) {
	if len(s) != 18 {
		return false, false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false, false
		}
	}
	birth, err := time.Parse("20060102", s[:8])
	if err != nil || birth.Year() < 1940 {
		return false, false
	}
	year, _ := strconv.Atoi(s[8:12])
	if s[14] != '1' && s[14] != '2' || s[15:] == "000" {
		return false, false
	}
	now := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	if s[12] == '2' { // PPPK: YYYY 2 C G NNN
		appointed := time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
		return true, year >= 2019 && !appointed.After(now) && !appointed.Before(birth.AddDate(18, 0, 0))
	}
	month, _ := strconv.Atoi(s[12:14])
	if month < 1 || month > 12 {
		return false, false
	}
	tmt := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
	return false, !tmt.After(now) && !tmt.Before(birth.AddDate(18, 0, 0))
}

type assign struct {
	unit  string
	start time.Time
}

type staff struct {
	emps map[string][]assign // nip -> history, sorted by start
	bad  int                 // rows with an invalid NIP
}

func (s staff) unitAt(nip string, d time.Time) string {
	u := ""
	for _, a := range s.emps[nip] {
		if !a.start.After(d) {
			u = a.unit
		}
	}
	return u
}

func loadStaff(t *testing.T, dir string) staff {
	t.Helper()
	s := staff{emps: map[string][]assign{}}
	names := map[string]string{}
	for _, tb := range []table{readCSV(t, filepath.Join(dir, FileEmployees), ','), readXLSX(t, filepath.Join(dir, FileEmployeesXL))} {
		if !slices.Equal(tb.header, employeesHeader) {
			t.Fatalf("employees header %v", tb.header)
		}
		for _, r := range tb.rows {
			nip := r[0]
			pppk, ok := validNIP(nip)
			if !ok {
				s.bad++
				continue
			}
			if (r[2] == "PPPK") != pppk {
				t.Errorf("jenis_asn %s does not match NIP %s", r[2], nip)
			}
			if n, seen := names[nip]; seen && n != r[1] {
				t.Errorf("NIP %s used for %q and %q", nip, n, r[1])
			}
			names[nip] = r[1]
			d, err := time.Parse("2006-01-02", r[7])
			if err != nil {
				t.Fatalf("berlaku_mulai %q: %v", r[7], err)
			}
			s.emps[nip] = append(s.emps[nip], assign{r[6], d})
		}
	}
	for nip, h := range s.emps {
		slices.SortFunc(h, func(a, b assign) int { return a.start.Compare(b.start) })
		s.emps[nip] = h
	}
	return s
}

// label normalisation, the way CONTRACT.md describes it
func norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, " ekspektasi", "")
	s = strings.ReplaceAll(s, "/misconduct", "")
	return strings.ReplaceAll(s, " ", "_")
}

func rating(s string) int {
	switch norm(s) {
	case "di_atas":
		return diatas
	case "sesuai":
		return sesuai
	case "di_bawah":
		return dibawah
	}
	return -1
}

func predikat(s string) int {
	return slices.Index([]string{"sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"}, norm(s))
}

// periodEnd maps 2024-TW1 / 2025-Q3 / 2025 to the last day of the period.
func periodEnd(code string) (time.Time, bool) {
	if y, err := strconv.Atoi(code); err == nil {
		return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
	}
	var y, q int
	code = strings.Replace(code, "-TW", "-Q", 1)
	if len(code) != 7 || code[4:6] != "-Q" {
		return time.Time{}, false
	}
	y, _ = strconv.Atoi(code[:4])
	q, _ = strconv.Atoi(code[6:])
	return time.Date(y, time.Month(3*q+1), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1), true
}

var zoneOffsets = map[string]int{"WIB": 7, "WITA": 8, "WIT": 9}

// parseStamp reads the timestamp notations of dukcapil_permohonan.csv.
func parseStamp(s string) (time.Time, bool) {
	for z, off := range zoneOffsets {
		if rest, ok := strings.CutSuffix(s, " "+z); ok {
			loc := time.FixedZone(z, off*3600)
			for _, l := range []string{"2006-01-02 15:04", "02/01/2006 15:04"} {
				if t, err := time.ParseInLocation(l, rest, loc); err == nil {
					return t, true
				}
			}
			return time.Time{}, false
		}
	}
	for _, l := range []string{"2006-01-02 15:04:05-07:00", "2006-01-02T15:04:05-07:00"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	t, err := time.ParseInLocation("2006-01-02 15:04:05", s, time.FixedZone("WIB", 7*3600))
	return t, err == nil
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func quarterOf(t time.Time) string {
	return strconv.Itoa(t.Year()) + "-Q" + strconv.Itoa((int(t.Month())+2)/3)
}

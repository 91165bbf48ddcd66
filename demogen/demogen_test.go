package demogen

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"gopkg.in/yaml.v3"
)

func generate(t *testing.T, seed int64, n int) (string, Summary) {
	t.Helper()
	dir := t.TempDir()
	s, err := Generate(Options{Out: dir, Seed: seed, Employees: n})
	if err != nil {
		t.Fatal(err)
	}
	return dir, s
}

func TestDeterminism(t *testing.T) {
	start := time.Now()
	a, sa := generate(t, 1, 0)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("demo generation took %v", d)
	}
	b, _ := generate(t, 1, 0)
	c, _ := generate(t, 2, 0)
	differ := 0
	for _, f := range append(slices.Clone(sa.Files), ConfigName) {
		x, err := os.ReadFile(filepath.Join(a, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", f)
		}
		z, err := os.ReadFile(filepath.Join(c, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, z) {
			differ++
		}
	}
	if differ < len(sa.Files)-2 { // regions.csv and standar_pelayanan.csv do not depend on the seed
		t.Errorf("only %d files differ between seeds 1 and 2", differ)
	}
	for _, f := range []string{FileEmployees, FileEmployeesXL, FileAppr2025, FileRequests, FileSurvey, FileTrainings, FilePotentials} {
		x, _ := os.ReadFile(filepath.Join(a, f))
		z, _ := os.ReadFile(filepath.Join(c, f))
		if bytes.Equal(x, z) {
			t.Errorf("%s is the same for seeds 1 and 2", f)
		}
	}
}

func TestOptions(t *testing.T) {
	if _, err := Generate(Options{}); err == nil {
		t.Error("empty Out accepted")
	}
	if _, err := Generate(Options{Out: t.TempDir(), Employees: -5}); err == nil {
		t.Error("negative Employees accepted")
	}
}

func TestSummaryAndFiles(t *testing.T) {
	for _, n := range []int{0, 300} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			dir, s := generate(t, 7, n)
			if s.Config != filepath.Join(dir, ConfigName) {
				t.Errorf("Config %q", s.Config)
			}
			if !slices.IsSorted(s.Files) || len(s.Files) != len(sources) {
				t.Errorf("Files %v", s.Files)
			}
			// the config lists every file once, with the contract's kinds
			var cfg struct {
				Sources []struct{ Name, Kind, Path, Sheet string }
			}
			b, err := os.ReadFile(s.Config)
			if err != nil {
				t.Fatal(err)
			}
			if err := yaml.Unmarshal(b, &cfg); err != nil {
				t.Fatal(err)
			}
			kinds := []string{"regions", "units", "employees", "appraisals", "service_requests", "service_standards", "indicators", "survey_responses", "trainings", "potentials"}
			var paths []string
			for _, src := range cfg.Sources {
				if !slices.Contains(kinds, src.Kind) {
					t.Errorf("unknown kind %q", src.Kind)
				}
				paths = append(paths, src.Path)
				if strings.HasSuffix(src.Path, ".xlsx") != (src.Sheet == XLSXSheet) {
					t.Errorf("sheet of %s: %q", src.Path, src.Sheet)
				}
			}
			slices.Sort(paths)
			if !slices.Equal(paths, s.Files) {
				t.Errorf("config paths %v, files %v", paths, s.Files)
			}
			// row counts
			for _, f := range s.Files {
				var n int
				switch {
				case strings.HasSuffix(f, ".json"):
					n = len(readJSON[map[string]any](t, filepath.Join(dir, f)))
				case strings.HasSuffix(f, ".xlsx"):
					n = len(readXLSX(t, filepath.Join(dir, f)).rows)
				case f == FileHealth:
					n = len(readCSV(t, filepath.Join(dir, f), ';').rows)
				default:
					n = len(readCSV(t, filepath.Join(dir, f), ',').rows)
				}
				if n != s.Rows[f] || n == 0 {
					t.Errorf("%s: %d rows, summary says %d", f, n, s.Rows[f])
				}
			}
			wantBad := map[string]int{FileEmployees: 3, FileAppr2025: 2, FileRequests: 1, FileSurvey: 1}
			if fmt.Sprint(s.BadRows) != fmt.Sprint(wantBad) {
				t.Errorf("BadRows %v", s.BadRows)
			}
			checkBadRows(t, dir)
		})
	}
}

// checkBadRows finds the planted malformed rows by their defects.
func checkBadRows(t *testing.T, dir string) {
	st := loadStaff(t, dir)
	if st.bad != 3 {
		t.Errorf("%d employee rows with an invalid NIP, want 3", st.bad)
	}
	emp := readCSV(t, filepath.Join(dir, FileEmployees), ',')
	var short, month13 []int
	for i, r := range emp.rows {
		if len(r[0]) == 17 {
			short = append(short, i)
		}
		if len(r[0]) == 18 && r[0][4:6] == "13" {
			month13 = append(month13, i)
		}
	}
	if len(short) != 2 || len(month13) != 1 {
		t.Errorf("17-digit rows %v, month-13 rows %v", short, month13)
	}
	middle := func(name string, idx []int, n int) {
		for _, i := range idx {
			if i < n/5 || i > 4*n/5 {
				t.Errorf("%s: bad row %d of %d is not in the middle", name, i, n)
			}
		}
	}
	middle("employees", append(short, month13...), len(emp.rows))

	ap := readCSV(t, filepath.Join(dir, FileAppr2025), ',')
	var luar []int
	for i, r := range ap.rows {
		if r[4] == "luar biasa" {
			luar = append(luar, i)
		}
	}
	if len(luar) != 2 {
		t.Errorf("luar biasa rows %v", luar)
	}
	middle("penilaian_2025", luar, len(ap.rows))

	rq := readCSV(t, filepath.Join(dir, FileRequests), ',')
	var kemarin []int
	ids := map[string]bool{}
	for i, r := range rq.rows {
		if ids[r[0]] {
			t.Errorf("duplicate id_permohonan %s", r[0])
		}
		ids[r[0]] = true
		if r[4] == "kemarin" {
			kemarin = append(kemarin, i)
		} else if _, ok := parseStamp(r[4]); !ok {
			t.Errorf("unparsable diajukan %q", r[4])
		}
	}
	if len(kemarin) != 1 {
		t.Errorf("kemarin rows %v", kemarin)
	}
	middle("dukcapil_permohonan", kemarin, len(rq.rows))

	sv := readCSV(t, filepath.Join(dir, FileSurvey), ',')
	var five []int
	ids = map[string]bool{}
	for i, r := range sv.rows {
		if ids[r[0]] {
			t.Errorf("duplicate id_responden %s", r[0])
		}
		ids[r[0]] = true
		for _, v := range r[4:] {
			if v == "5" {
				five = append(five, i)
				if r[6] != "5" {
					t.Errorf("5 outside u_waktu in row %d", i)
				}
			} else if !strings.Contains("1234abcd", v) || len(v) != 1 {
				t.Errorf("answer %q", v)
			}
		}
	}
	if len(five) != 1 {
		t.Errorf("u_waktu 5 rows %v", five)
	}
	middle("skm_responden", five, len(sv.rows))
}

func TestNIPsValid(t *testing.T) {
	dir, _ := generate(t, 3, 0)
	st := loadStaff(t, dir)
	if st.bad != 3 {
		t.Errorf("%d invalid employee NIPs, want exactly the 3 planted", st.bad)
	}
	pnsN, pppkN := 0, 0
	for nip := range st.emps {
		if p, _ := validNIP(nip); p {
			pppkN++
		} else {
			pnsN++
		}
	}
	if share := float64(pppkN) / float64(pnsN+pppkN); share < 0.08 || share > 0.25 {
		t.Errorf("PPPK share %.2f", share)
	}
	check := func(file string, cols ...string) {
		tb := readCSV(t, filepath.Join(dir, file), ',')
		for _, c := range cols {
			i := tb.col(c)
			for _, r := range tb.rows {
				if r[i] == "" && c == "nip_penilai" {
					continue
				}
				if _, ok := validNIP(r[i]); !ok {
					t.Errorf("%s.%s: invalid NIP %q", file, c, r[i])
				} else if st.emps[r[i]] == nil {
					t.Errorf("%s.%s: unknown NIP %q", file, c, r[i])
				}
			}
		}
	}
	check(FileAppr2024, "nip", "nip_penilai")
	check(FileAppr2025, "nip", "nip_penilai")
	check(FileRequests, "nip_petugas")
	check(FileTrainings, "nip")
	for _, p := range readJSON[potentialJSON](t, filepath.Join(dir, FilePotentials)) {
		if _, ok := validNIP(p.NIP); !ok || st.emps[p.NIP] == nil {
			t.Errorf("potensi: NIP %q", p.NIP)
		}
	}
	// the XLSX keeps NIPs as text and berlaku_mulai as a real date
	f, err := excelize.OpenFile(filepath.Join(dir, FileEmployeesXL))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for row := 2; row <= 4; row++ {
		ct, _ := f.GetCellType(XLSXSheet, fmt.Sprintf("A%d", row))
		if ct != excelize.CellTypeSharedString && ct != excelize.CellTypeInlineString {
			t.Errorf("A%d has cell type %v, want text", row, ct)
		}
		raw, _ := f.GetCellValue(XLSXSheet, fmt.Sprintf("H%d", row), excelize.Options{RawCellValue: true})
		if _, err := strconv.Atoi(raw); err != nil {
			t.Errorf("H%d raw value %q is not a date serial", row, raw)
		}
	}
}

func TestPlantedTruths(t *testing.T) {
	for _, n := range []int{0, 300} {
		for _, seed := range []int64{1, 2, 42} {
			t.Run(fmt.Sprintf("n%d_seed%d", n, seed), func(t *testing.T) {
				dir, s := generate(t, seed, n)
				checkTruths(t, dir, s.Truths)
			})
		}
	}
}

type apprRec struct {
	nip, penilai, unit, period string
	h, p, pel                  int
}

func checkTruths(t *testing.T, dir string, tr Truths) {
	if tr.InflatedUnit != "11.75.03" || tr.PalayananUnit != "72.71.04" || tr.DumaiDukcapil != "14.72.03" || tr.WaitingUnit != "72.71.04.01" {
		t.Errorf("Truths %+v", tr)
	}
	st := loadStaff(t, dir)

	// appraisals, atasan rows, with the unit at the end of the period
	var recs []apprRec
	contradictions := map[string]int{}
	for _, file := range []string{FileAppr2024, FileAppr2025} {
		tb := readCSV(t, filepath.Join(dir, file), ',')
		if !slices.Equal(tb.header, apprHeader) {
			t.Fatalf("header %v", tb.header)
		}
		for _, r := range tb.rows {
			h, p := rating(r[4]), rating(r[5])
			if h < 0 || p < 0 {
				continue // the planted bad rows
			}
			end, ok := periodEnd(r[1])
			if !ok {
				t.Fatalf("periode %q", r[1])
			}
			if (file == FileAppr2024) != strings.Contains(r[1]+"-TW", "2024") {
				t.Errorf("%s: periode %q", file, r[1])
			}
			unit := st.unitAt(r[0], end)
			if unit == "" {
				t.Errorf("%s appraised for %s before being assigned", r[0], r[1])
			}
			if r[6] != "" && predikat(r[6]) != predikatOf(h, p) {
				if r[2] != "atasan" || file != FileAppr2025 {
					t.Errorf("unplanted contradiction %v", r)
				}
				contradictions[unit]++
			}
			if r[2] != "atasan" {
				continue
			}
			pel := rating(r[9])
			if pel < 0 {
				t.Errorf("pelayanan %q", r[9])
			}
			recs = append(recs, apprRec{r[0], r[3], unit, r[1], h, p, pel})
		}
	}
	if len(contradictions) != 4 {
		t.Errorf("contradicting predikat in units %v, want 4 units with 1 each", contradictions)
	}
	for u, c := range contradictions {
		if c != 1 {
			t.Errorf("%d contradictions in %s", c, u)
		}
	}
	periods := []string{"2024-TW1", "2024-TW2", "2024-TW3", "2024-TW4", "2024", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"}

	// (b) ≥ 85 % Sangat Baik in the inflated unit, every period
	// (c) pelayanan di_bawah 40–60 % in the Palu Dinkes, ≤ 10 % elsewhere
	type agg struct{ n, sb, pel int }
	byUnit := map[string]*agg{}
	for _, x := range recs {
		k := x.unit + "|" + x.period
		if byUnit[k] == nil {
			byUnit[k] = &agg{}
		}
		a := byUnit[k]
		a.n++
		if x.h == diatas && x.p == diatas {
			a.sb++
		}
		if x.pel == dibawah {
			a.pel++
		}
	}
	for _, per := range periods {
		a := byUnit[tr.InflatedUnit+"|"+per]
		if a == nil || float64(a.sb) < 0.85*float64(a.n) {
			t.Errorf("(b) %s: inflated unit %+v", per, a)
		}
		// (f) everyone appraised in the Palu puskesmas but its head is Sangat Baik
		if a := byUnit[tr.WaitingUnit+"|"+per]; a == nil || a.sb < a.n-1 || float64(a.sb) < 0.85*float64(a.n) || a.n < 8 {
			t.Errorf("(f) %s: waiting-time puskesmas %+v", per, a)
		}
		a = byUnit[tr.PalayananUnit+"|"+per]
		if a == nil || float64(a.pel) < 0.4*float64(a.n) || float64(a.pel) > 0.6*float64(a.n) {
			t.Errorf("(c) %s: pelayanan unit %+v", per, a)
		}
	}
	for k, a := range byUnit {
		if !strings.HasPrefix(k, tr.PalayananUnit+"|") && float64(a.pel) > 0.1*float64(a.n) {
			t.Errorf("(c) %s: %d of %d di_bawah on pelayanan", k, a.pel, a.n)
		}
	}

	// (d) the lenient rater
	bySup := map[string]*struct{ n, h, p int }{}
	ratees := map[string]bool{}
	lenPeriods := map[string]bool{}
	total, sb := 0, 0
	for _, x := range recs {
		total++
		if x.h == diatas && x.p == diatas {
			sb++
		}
		if x.penilai == "" {
			continue
		}
		if x.penilai == tr.LenientRater {
			ratees[x.nip] = true
			lenPeriods[x.period] = true
			if x.h != diatas || x.p != diatas {
				t.Errorf("(d) lenient rater gave %d/%d to %s in %s", x.h, x.p, x.nip, x.period)
			}
			continue
		}
		k := x.penilai + "|" + x.period
		if bySup[k] == nil {
			bySup[k] = &struct{ n, h, p int }{}
		}
		a := bySup[k]
		a.n++
		if x.h == diatas {
			a.h++
		}
		if x.p == diatas {
			a.p++
		}
	}
	if len(ratees) < 8 || len(lenPeriods) != len(periods) {
		t.Errorf("(d) lenient rater has %d ratees in %d periods", len(ratees), len(lenPeriods))
	}
	if u := st.unitAt(tr.LenientRater, time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)); !strings.HasPrefix(u, "92.02.") {
		t.Errorf("(d) lenient rater works in %q", u)
	}
	for k, a := range bySup {
		sup, per, _ := strings.Cut(k, "|")
		end, _ := periodEnd(per)
		if u := st.unitAt(sup, end); u == tr.InflatedUnit || u == tr.WaitingUnit {
			continue
		}
		if float64(a.h) > 0.4*float64(a.n) || float64(a.p) > 0.4*float64(a.n) {
			t.Errorf("(d) supervisor %s in %s gives di_atas to %d/%d (hasil), %d/%d (perilaku)", sup, per, a.h, a.n, a.p, a.n)
		}
	}
	t.Logf("Sangat Baik share %.3f of %d; lenient ratees %d", float64(sb)/float64(total), total, len(ratees))
	if share := float64(sb) / float64(total); share < 0.12 || share > 0.3 {
		t.Errorf("Sangat Baik share %.2f", share)
	}

	checkServiceTruths(t, dir, tr)
	checkTrainingTruth(t, dir, st)
	checkWaitingTruth(t, dir, tr)
	checkResponses(t, dir, st)
}

// checkResponses: employees respond on atasan rows only, Kota Dumai much more
// than elsewhere; an outcome only with an objection.
func checkResponses(t *testing.T, dir string, st staff) {
	type agg struct{ n, resp, obj, outcome int }
	by := map[bool]*agg{true: {}, false: {}}
	for _, file := range []string{FileAppr2024, FileAppr2025} {
		for _, r := range readCSV(t, filepath.Join(dir, file), ',').rows {
			tg, hk := strings.ToLower(r[colTanggapan]), strings.ToLower(r[colHasil])
			if r[2] != "atasan" {
				if tg != "" || hk != "" {
					t.Errorf("response on a %s row: %v", r[2], r)
				}
				continue
			}
			end, _ := periodEnd(r[1])
			a := by[strings.HasPrefix(st.unitAt(r[0], end), "14.72")]
			a.n++
			switch tg {
			case "":
			case "setuju":
				a.resp++
			case "keberatan":
				a.resp++
				a.obj++
			default:
				t.Errorf("tanggapan %q", r[colTanggapan])
			}
			if hk != "" {
				a.outcome++
				if tg != "keberatan" || (hk != "diterima" && hk != "ditolak" && hk != "proses") {
					t.Errorf("hasil_keberatan %q with tanggapan %q", r[colHasil], r[colTanggapan])
				}
			}
		}
	}
	d, o := by[true], by[false]
	t.Logf("responses: Dumai %+v, elsewhere %+v", *d, *o)
	if d.n == 0 || float64(d.resp) < 0.6*float64(d.n) || float64(d.obj) < 0.05*float64(d.n) || d.outcome == 0 ||
		float64(o.resp) > 0.2*float64(o.n) || float64(o.obj) > 0.04*float64(o.n) {
		t.Errorf("responses: Dumai %+v, elsewhere %+v", *d, *o)
	}
}

// checkWaitingTruth: (f) the Palu puskesmas' waktu_tunggu_menit rises every
// quarter, from above its 30-minute target.
func checkWaitingTruth(t *testing.T, dir string, tr Truths) {
	var waits []float64
	for _, r := range readCSV(t, filepath.Join(dir, FileHealth), ';').rows {
		if r[0] != tr.WaitingUnit || r[2] != "waktu_tunggu_menit" {
			continue
		}
		v, err := strconv.ParseFloat(strings.Replace(r[3], ",", ".", 1), 64)
		if err != nil || r[4] != "30" || r[6] != "turun" || r[1] != quarters[len(waits)].code() {
			t.Fatalf("(f) row %v", r)
		}
		waits = append(waits, v)
	}
	if len(waits) != len(quarters) || waits[0] <= 30 {
		t.Fatalf("(f) waiting times %v", waits)
	}
	for i := 1; i < len(waits); i++ {
		if !(waits[i] > waits[i-1]) {
			t.Errorf("(f) waiting time %s %.1f did not rise from %.1f", quarters[i].code(), waits[i], waits[i-1])
		}
	}
}

func checkServiceTruths(t *testing.T, dir string, tr Truths) {
	// (a) Dumai KTP_EL medians fall strictly
	rq := readCSV(t, filepath.Join(dir, FileRequests), ',')
	type key struct{ unit, q string }
	done := map[key][]float64{}
	doneAll := map[key][]float64{}
	type ontime struct{ n, ok int }
	onTime := map[key]*ontime{}
	limits := map[string]int{}
	for _, r := range readCSV(t, filepath.Join(dir, FileStandards), ',').rows {
		code := r[0]
		if code == "9271" {
			code = "96.71" // the crosswalk the warehouse must apply
		}
		limits[code+"|"+r[1]], _ = strconv.Atoi(r[2])
	}
	if len(limits) != 42 {
		t.Errorf("%d standards", len(limits))
	}
	for _, r := range rq.rows {
		if r[4] == "kemarin" {
			continue
		}
		d, ok1 := parseStamp(r[4])
		if r[5] == "" {
			if r[6] != "proses" {
				t.Errorf("pending row with status %q", r[6])
			}
			continue
		}
		s, ok2 := parseStamp(r[5])
		if !ok1 || !ok2 {
			t.Fatalf("stamps %q %q", r[4], r[5])
		}
		if h := d.Hour(); h < 8 || h > 15 || d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			t.Errorf("diajukan %s outside office hours", r[4])
		}
		hours := s.Sub(d).Hours()
		q := quarterOf(d)
		if r[1] == tr.DumaiDukcapil && r[2] == "KTP_EL" {
			doneAll[key{r[1], q}] = append(doneAll[key{r[1], q}], hours)
			if r[6] == "selesai" {
				done[key{r[1], q}] = append(done[key{r[1], q}], hours)
			}
		}
		k := key{r[1], q}
		if onTime[k] == nil {
			onTime[k] = &ontime{}
		}
		onTime[k].n++
		if hours <= float64(limits[r[1][:5]+"|"+r[2]]) {
			onTime[k].ok++
		}
	}
	for _, m := range []map[key][]float64{done, doneAll} {
		prev := math.Inf(1)
		for _, q := range quarters {
			med := median(m[key{tr.DumaiDukcapil, q.code()}])
			if !(med < prev) {
				t.Errorf("(a) KTP_EL median %s = %.2f h, previous %.2f h", q.code(), med, prev)
			}
			prev = med
		}
		t.Logf("(a) medians %v", func() (o []string) {
			for _, q := range quarters {
				o = append(o, fmt.Sprintf("%.1f", median(m[key{tr.DumaiDukcapil, q.code()}])))
			}
			return
		}())
	}
	// (b) worst on-time rate among the Dukcapil offices, every quarter
	for _, q := range quarters {
		worst, worstRate := "", 2.0
		for k, v := range onTime {
			if k.q != q.code() {
				continue
			}
			if rate := float64(v.ok) / float64(v.n); rate < worstRate {
				worst, worstRate = k.unit, rate
			}
		}
		t.Logf("(b) %s worst on-time %s %.2f", q.code(), worst, worstRate)
		if worst != tr.InflatedUnit || worstRate > 0.3 {
			t.Errorf("(b) worst on-time rate in %s: %s %.2f", q.code(), worst, worstRate)
		}
	}
	// (b) lowest IKM in Subulussalam, every quarter
	sv := readCSV(t, filepath.Join(dir, FileSurvey), ',')
	type sums struct {
		n   [9]int
		sum [9]int
	}
	ikm := map[key]*sums{}
	for _, r := range sv.rows {
		var vals [9]int
		ok := true
		for e, v := range r[4:] {
			switch {
			case v >= "1" && v <= "4":
				vals[e] = int(v[0] - '0')
			case v >= "a" && v <= "d":
				vals[e] = int(v[0]-'a') + 1
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		d, err := time.Parse("02/01/2006", r[2])
		if err != nil {
			t.Fatalf("tanggal %q", r[2])
		}
		k := key{r[1], quarterOf(d)}
		if ikm[k] == nil {
			ikm[k] = &sums{}
		}
		for e, v := range vals {
			ikm[k].n[e]++
			ikm[k].sum[e] += v
		}
	}
	ikmOf := func(s *sums) float64 {
		tot := 0.0
		for e := range s.n {
			tot += float64(s.sum[e]) / float64(s.n[e]) / 9
		}
		return 25 * tot
	}
	for k, s := range ikm {
		v := ikmOf(s)
		if strings.HasPrefix(k.unit, "11.75") {
			t.Logf("IKM %s %s %.1f", k.unit, k.q, v)
		}
		switch {
		case k.unit == tr.InflatedUnit:
			if v < 58 || v > 67 {
				t.Errorf("(b) IKM of %s in %s = %.1f", k.unit, k.q, v)
			}
		case v < 75 || v > 91:
			t.Errorf("IKM of %s in %s = %.1f", k.unit, k.q, v)
		}
	}
}

func checkTrainingTruth(t *testing.T, dir string, st staff) {
	tb := readCSV(t, filepath.Join(dir, FileTrainings), ',')
	jp := map[string]map[int]int{}
	for _, r := range tb.rows {
		d, err := time.Parse("2006-01-02", r[5])
		if err != nil {
			t.Fatalf("tanggal_mulai %q", r[5])
		}
		v, err := strconv.Atoi(r[4])
		if err != nil || v < 2 || v > 40 {
			t.Errorf("jp %q", r[4])
		}
		if jp[r[0]] == nil {
			jp[r[0]] = map[int]int{}
		}
		jp[r[0]][d.Year()] += v
	}
	for _, year := range []int{2024, 2025} {
		end := time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
		n := map[string]int{}
		under := map[string]int{}
		none := map[string]int{}
		for nip := range st.emps {
			u := st.unitAt(nip, end)
			if u == "" {
				continue
			}
			reg := u[:5]
			n[reg]++
			if jp[nip][year] < 20 {
				under[reg]++
			}
			if jp[nip][year] == 0 {
				none[reg]++
			}
		}
		for reg, cnt := range n {
			if reg == "96.71" && year == 2025 {
				if want := int(math.Round(float64(cnt) / 3)); under[reg] != want || none[reg] == 0 {
					t.Errorf("(e) Sorong 2025: %d of %d under 20 JP (want %d), %d without training", under[reg], cnt, want, none[reg])
				}
				continue
			}
			if float64(under[reg]) > 0.12*float64(cnt) {
				t.Errorf("(e) %s %d: %d of %d under 20 JP", reg, year, under[reg], cnt)
			}
		}
	}
}

package demogen

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// WilayahCSV is the shared region list (../shared/data, outside the module).
const wilayahCSV = "../../shared/data/wilayah_kabkota.csv"

func needWilayah(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(wilayahCSV); err != nil {
		t.Skipf("no %s: %v", wilayahCSV, err)
	}
	return wilayahCSV
}

// readGlob reads every file of a family as one table (the headers must agree).
func readGlob(t *testing.T, dir, pattern string) table {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(files) == 0 {
		t.Fatalf("no file matches %s", pattern)
	}
	var all table
	for _, f := range files {
		tb := readCSV(t, f, ',')
		if all.header == nil {
			all.header = tb.header
		} else if !slices.Equal(all.header, tb.header) {
			t.Fatalf("%s: header %v differs", f, tb.header)
		}
		all.rows = append(all.rows, tb.rows...)
	}
	return all
}

func near(t *testing.T, what string, got int, want float64, tol float64) {
	t.Helper()
	if math.Abs(float64(got)-want) > tol*want {
		t.Errorf("%s: %d rows, want %.0f ± %.0f %%", what, got, want, 100*tol)
	}
}

func TestNationalShape(t *testing.T) {
	regions := needWilayah(t)
	const n = 20_000
	dir := t.TempDir()
	sum, err := Generate(Options{Out: dir, Seed: 3, Employees: n, Scale: ScaleNational, Regions: regions})
	if err != nil {
		t.Fatal(err)
	}
	// every region is a government with units, Disdukcapil in every kab/kota
	reg := readCSV(t, filepath.Join(dir, natFileRegions), ',')
	if len(reg.rows) != 552 {
		t.Fatalf("regions.csv: %d rows, want 552", len(reg.rows))
	}
	units := readGlob(t, dir, "units_*.csv")
	govs := map[string]int{}
	codes := map[string]bool{}
	dukcapil := 0
	for _, u := range units.rows {
		govs[u[units.col("kode_wilayah")]]++
		if codes[u[0]] {
			t.Errorf("unit %s twice", u[0])
		}
		codes[u[0]] = true
		if u[units.col("sektor")] == "kependudukan" {
			dukcapil++
		}
	}
	if len(govs) != 552 || dukcapil != 514 {
		t.Errorf("%d governments with units (want 552), %d Disdukcapil (want 514)", len(govs), dukcapil)
	}
	// employees: about n, valid and unique NIPs, some moves
	emp := readGlob(t, dir, "pegawai_*.csv")
	people := map[string]int{}
	pppk := 0
	for _, e := range emp.rows {
		nip := e[0]
		if people[nip] == 0 {
			isPPPK, ok := validNIP(nip)
			if !ok {
				t.Fatalf("invalid NIP %s", nip)
			}
			if isPPPK != (e[emp.col("jenis_asn")] == "PPPK") {
				t.Errorf("NIP %s does not match jenis_asn %s", nip, e[emp.col("jenis_asn")])
			}
			if isPPPK {
				pppk++
			}
		}
		people[nip]++
		if !codes[e[emp.col("kode_unit")]] {
			t.Fatalf("employee %s in unknown unit %s", nip, e[emp.col("kode_unit")])
		}
	}
	near(t, "employees", len(people), n, 0.15)
	moved := 0
	for _, k := range people {
		if k > 1 {
			moved++
		}
	}
	if moved < len(people)/20 || pppk == 0 {
		t.Errorf("%d of %d people have a second assignment, %d PPPK", moved, len(people), pppk)
	}
	// appraisals: atasan and diri for everyone in 4 quarters + the year, rekan ~10 %
	ap := readGlob(t, dir, "penilaian_2025_*.csv")
	by := map[string]int{}
	periods := map[string]bool{}
	for _, a := range ap.rows {
		by[a[ap.col("sumber")]]++
		periods[a[ap.col("periode")]] = true
		if people[a[0]] == 0 {
			t.Fatalf("appraisal of unknown NIP %s", a[0])
		}
	}
	if by["atasan"] != by["diri"] || by["atasan"] < 5*len(people)*9/10 {
		t.Errorf("atasan %d, diri %d rows for %d people", by["atasan"], by["diri"], len(people))
	}
	near(t, "rekan", by["rekan"], 0.1*float64(by["atasan"]), 0.2)
	if len(periods) != 5 {
		t.Errorf("periods %v", periods)
	}
	scale := float64(n) / NationalEmployees
	near(t, "requests", len(readGlob(t, dir, "dukcapil_*.csv").rows), natRequests*scale, 0.05)
	near(t, "surveys", len(readGlob(t, dir, "skm_*.csv").rows), natSurveys*scale, 0.15)
	near(t, "trainings", len(readGlob(t, dir, "pelatihan_*.csv").rows), natTrainings*scale, 0.15)
	near(t, "potentials", len(readGlob(t, dir, "potensi_*.csv").rows), float64(len(people)), 0.05)
	total := 0
	for _, f := range sum.Files {
		total += sum.Rows[f]
	}
	if total == 0 || len(sum.Files) != 2+2*len(natKinds) {
		t.Errorf("summary: %d files, %d rows", len(sum.Files), total)
	}
	// kinerja.yaml lists every kind by glob
	var cfg struct {
		Sources []struct{ Name, Kind, Path string }
	}
	b, _ := os.ReadFile(sum.Config)
	if err := yaml.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Sources) != 10 || !strings.Contains(string(b), "path: dukcapil_*.csv") {
		t.Errorf("kinerja.yaml:\n%s", b)
	}
}

// The same seed gives the same bytes whatever the number of workers.
func TestNationalDeterminism(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	opts := Options{Seed: 5, Employees: 15_000, Scale: ScaleNational} // synthetic regions
	opts.Out, opts.Workers = a, 1
	sa, err := Generate(opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.Out, opts.Workers = b, 4
	if _, err := Generate(opts); err != nil {
		t.Fatal(err)
	}
	opts.Out, opts.Seed = c, 6
	if _, err := Generate(opts); err != nil {
		t.Fatal(err)
	}
	differ := 0
	for _, f := range append(slices.Clone(sa.Files), ConfigName) {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, _ := os.ReadFile(filepath.Join(b, f))
		z, _ := os.ReadFile(filepath.Join(c, f))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between 1 and 4 workers", f)
		}
		if !bytes.Equal(x, z) {
			differ++
		}
	}
	if differ < len(sa.Files)-1 {
		t.Errorf("only %d of %d files differ between seeds", differ, len(sa.Files))
	}
	reg := readCSV(t, filepath.Join(a, natFileRegions), ',')
	if len(reg.rows) != 552 {
		t.Errorf("synthetic regions: %d, want 552", len(reg.rows))
	}
}

func TestNationalOptions(t *testing.T) {
	if _, err := Generate(Options{Out: t.TempDir(), Scale: ScaleNational, Employees: 500}); err == nil {
		t.Error("500 employees at national scale: no error")
	}
	if _, err := Generate(Options{Out: t.TempDir(), Scale: "galaxy"}); err == nil {
		t.Error("unknown scale: no error")
	}
}

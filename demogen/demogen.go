package demogen

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// DefaultEmployees is the approximate head count when Options.Employees is 0.
const DefaultEmployees = 1500

// ConfigName is the file name of the pipeline config written into Options.Out.
const ConfigName = "kinerja.yaml"

// Options controls Generate.
type Options struct {
	Out       string // directory to write into (created if missing)
	Seed      int64  // same seed => byte-identical files
	Employees int    // approx. total employees; 0 = DefaultEmployees (demo) or NationalEmployees (national)

	// Scale is ScaleDemo ("" too): the five demo regions with their planted
	// truths, byte-identical for a seed; or ScaleNational: every government
	// of Regions (see national.go), files sharded for parallel writing and
	// listed by globs in kinerja.yaml, canonical values, no planted truths.
	Scale   string
	Regions string // national: a wilayah_kabkota.csv; "" = 38 synthetic provinces and 514 kab/kota
	Workers int    // national: files written in parallel; 0 = GOMAXPROCS
}

// Summary describes what Generate wrote.
type Summary struct {
	Config  string         // path of the kinerja.yaml written
	Files   []string       // data files written, relative to Out, sorted (kinerja.yaml is Config)
	Rows    map[string]int // data rows written per file (excluding the header)
	BadRows map[string]int // deliberately malformed rows per file (a subset of Rows); only files that have some
	Truths  Truths
}

// Truths identifies the planted truths (see the package documentation).
type Truths struct {
	InflatedUnit  string // kode_unit of truth (b), Disdukcapil Kota Subulussalam
	PalayananUnit string // kode_unit of truth (c), Dinas Kesehatan Kota Palu
	LenientRater  string // nip of truth (d)'s supervisor, in Kabupaten Manokwari
	DumaiDukcapil string // kode_unit of truth (a), Disdukcapil Kota Dumai
	WaitingUnit   string // kode_unit of truth (f), a puskesmas of Kota Palu
}

// File names written by Generate.
const (
	FileRegions     = "regions.csv"
	FileUnits       = "units.csv"
	FileEmployees   = "employees.csv"
	FileEmployeesXL = "pegawai_kota_dumai.xlsx"
	FileAppr2024    = "penilaian_2024.csv"
	FileAppr2025    = "penilaian_2025.csv"
	FileRequests    = "dukcapil_permohonan.csv"
	FileStandards   = "standar_pelayanan.csv"
	FileSurvey      = "skm_responden.csv"
	FileHealth      = "indikator_kesehatan.csv"
	FileEducation   = "indikator_pendidikan.json"
	FileTrainings   = "pelatihan.csv"
	FilePotentials  = "potensi.json"
	XLSXSheet       = "Pegawai"
)

type source struct{ name, kind, file, sheet string }

// sources in the order of kinerja.yaml.
var sources = []source{
	{"wilayah", "regions", FileRegions, ""},
	{"unit_kerja", "units", FileUnits, ""},
	{"pegawai", "employees", FileEmployees, ""},
	{"pegawai_kota_dumai", "employees", FileEmployeesXL, XLSXSheet},
	{"penilaian_2024", "appraisals", FileAppr2024, ""},
	{"penilaian_2025", "appraisals", FileAppr2025, ""},
	{"dukcapil_permohonan", "service_requests", FileRequests, ""},
	{"standar_pelayanan", "service_standards", FileStandards, ""},
	{"indikator_kesehatan", "indicators", FileHealth, ""},
	{"indikator_pendidikan", "indicators", FileEducation, ""},
	{"skm_responden", "survey_responses", FileSurvey, ""},
	{"pelatihan", "trainings", FileTrainings, ""},
	{"potensi", "potentials", FilePotentials, ""},
}

// Generate writes the demo data set into opts.Out.
func Generate(opts Options) (Summary, error) {
	if opts.Out == "" {
		return Summary{}, errors.New("demogen: Options.Out is empty")
	}
	switch opts.Scale {
	case "", ScaleDemo:
	case ScaleNational:
		return generateNational(opts)
	default:
		return Summary{}, fmt.Errorf("demogen: unknown scale %q (demo or national)", opts.Scale)
	}
	n := opts.Employees
	if n == 0 {
		n = DefaultEmployees
	}
	if n < 1 {
		return Summary{}, fmt.Errorf("demogen: Employees must be positive, got %d", opts.Employees)
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return Summary{}, fmt.Errorf("demogen: %w", err)
	}
	w := buildWorld(opts.Seed, n)
	g := &gen{w: w, out: opts.Out, sum: Summary{Rows: map[string]int{}, BadRows: map[string]int{}}}
	bad := newRand(opts.Seed, streamBad)

	g.csv(FileRegions, ',', regionsHeader, w.regionRows(), 0)
	g.csv(FileUnits, ',', unitsHeader, w.unitRows(), 0)

	var csvEmp, xlEmp [][]string
	for _, e := range w.emps {
		if e.region == rDumai {
			xlEmp = append(xlEmp, w.employeeRows(e)...)
		} else {
			csvEmp = append(csvEmp, w.employeeRows(e)...)
		}
	}
	badEmp := w.badEmployees(bad)
	csvEmp = insertMiddle(csvEmp, badEmp)
	g.csv(FileEmployees, ',', employeesHeader, csvEmp, len(badEmp))
	if g.err == nil {
		g.err = writeEmployeesXLSX(filepath.Join(opts.Out, FileEmployeesXL), xlEmp)
		g.add(FileEmployeesXL, len(xlEmp), 0)
	}

	ar := newRand(opts.Seed, streamAppraisal)
	rr := newRand(opts.Seed, streamResponse)
	for _, year := range []int{2024, 2025} {
		rows := w.appraisals(ar, year)
		file := FileAppr2024
		nbad := 0
		if year == 2025 {
			file = FileAppr2025
			w.plantContradictions(ar, rows)
		}
		w.plantResponses(rr, rows)
		out := make([][]string, 0, len(rows)+2)
		for _, x := range rows {
			out = append(out, x.f)
		}
		if year == 2025 {
			b := w.badAppraisals(bad, rows)
			nbad = len(b)
			out = insertMiddle(out, b)
		}
		g.csv(file, ',', apprHeader, out, nbad)
	}

	req := w.requests(newRand(opts.Seed, streamRequests))
	req = insertMiddle(req, [][]string{badRequest(req, len(req)/2)})
	g.csv(FileRequests, ',', serviceRequestHeader, req, 1)
	g.csv(FileStandards, ',', standardsHeader, w.standards(), 0)

	sv := w.surveys(newRand(opts.Seed, streamSurvey))
	sv = insertMiddle(sv, [][]string{w.badSurvey(sv, len(sv)/2)})
	g.csv(FileSurvey, ',', surveyHeader, sv, 1)

	ir := newRand(opts.Seed, streamIndicators)
	g.csv(FileHealth, ';', healthHeader, w.healthIndicators(ir), 0)
	edu := w.educationIndicators(ir)
	g.json(FileEducation, len(edu), func(i int) any { return edu[i] })

	g.csv(FileTrainings, ',', trainingHeader, w.trainings(newRand(opts.Seed, streamTraining)), 0)
	pot := w.potentials(newRand(opts.Seed, streamPotential))
	g.json(FilePotentials, len(pot), func(i int) any { return pot[i] })

	if g.err != nil {
		return Summary{}, g.err
	}
	cfg := filepath.Join(opts.Out, ConfigName)
	if err := os.WriteFile(cfg, []byte(configYAML(opts.Seed)), 0o644); err != nil {
		return Summary{}, fmt.Errorf("demogen: %w", err)
	}
	g.sum.Config = cfg
	slices.Sort(g.sum.Files)
	g.sum.Truths = Truths{
		InflatedUnit:  w.units[w.inflated].code,
		PalayananUnit: w.units[w.pelayanan].code,
		LenientRater:  w.emps[w.lenient].nip,
		DumaiDukcapil: w.units[w.dukcapil[rDumai]].code,
		WaitingUnit:   w.units[w.waiting].code,
	}
	return g.sum, nil
}

type gen struct {
	w   *world
	out string
	sum Summary
	err error
}

func (g *gen) add(file string, rows, bad int) {
	g.sum.Files = append(g.sum.Files, file)
	g.sum.Rows[file] = rows
	if bad > 0 {
		g.sum.BadRows[file] = bad
	}
}

func (g *gen) csv(file string, comma rune, header []string, rows [][]string, bad int) {
	if g.err != nil {
		return
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.Comma = comma
	_ = cw.Write(header)
	_ = cw.WriteAll(rows)
	if err := cw.Error(); err != nil {
		g.err = fmt.Errorf("demogen: %s: %w", file, err)
		return
	}
	if err := os.WriteFile(filepath.Join(g.out, file), buf.Bytes(), 0o644); err != nil {
		g.err = fmt.Errorf("demogen: %w", err)
		return
	}
	g.add(file, len(rows), bad)
}

// json writes a JSON array with one object per line.
func (g *gen) json(file string, n int, item func(int) any) {
	if g.err != nil {
		return
	}
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i := 0; i < n; i++ {
		b, err := json.Marshal(item(i))
		if err != nil {
			g.err = fmt.Errorf("demogen: %s: %w", file, err)
			return
		}
		buf.WriteString("  ")
		buf.Write(b)
		if i < n-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]\n")
	if err := os.WriteFile(filepath.Join(g.out, file), buf.Bytes(), 0o644); err != nil {
		g.err = fmt.Errorf("demogen: %w", err)
		return
	}
	g.add(file, n, 0)
}

// insertMiddle inserts extra rows spread around the middle of rows.
func insertMiddle(rows, extra [][]string) [][]string {
	out := slices.Clone(rows)
	for i, x := range extra {
		pos := len(rows)*(2*i+3)/(2*len(extra)+4) + i
		out = slices.Insert(out, pos, x)
	}
	return out
}

func configYAML(seed int64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# kinerja pipeline: generated demo sources (seed %d)\nsources:\n", seed)
	for _, s := range sources {
		fmt.Fprintf(&b, "  - name: %s\n    kind: %s\n    path: %s\n", s.name, s.kind, s.file)
		if s.sheet != "" {
			fmt.Fprintf(&b, "    sheet: %s\n", s.sheet)
		}
	}
	return b.String()
}

var regionsHeader = []string{"kode_wilayah", "nama", "tingkat", "kode_induk", "penduduk_total", "berlaku_mulai", "berlaku_sampai", "kode_lama"}

func (w *world) regionRows() [][]string {
	var rows [][]string
	order := []int{rSubul, rDumai, rPalu, rManokwari, rSorong} // by province code
	for _, ri := range order {
		reg := w.regions[ri]
		mulai := ""
		if reg.prov == "96" {
			mulai = "2022-12-08" // Papua Barat Daya, UU 29/2022
		}
		rows = append(rows, []string{reg.prov, reg.provName, "provinsi", "", strconv.Itoa(reg.provPop), mulai, "", ""})
		if ri == rSorong {
			rows = append(rows,
				[]string{"92.71", "Kota Sorong", "kabkota", "92", "", "", "2022-12-08", ""},
				[]string{reg.code, reg.name, "kabkota", reg.prov, strconv.Itoa(reg.pop), "2022-12-08", "", "92.71"})
			continue
		}
		rows = append(rows, []string{reg.code, reg.name, "kabkota", reg.prov, strconv.Itoa(reg.pop), "", "", ""})
	}
	return rows
}

var unitsHeader = []string{"kode_unit", "nama_unit", "kode_wilayah", "kode_unit_induk", "sektor"}

func (w *world) unitRows() [][]string {
	var rows [][]string
	for _, u := range w.units {
		rows = append(rows, []string{u.code, u.name, w.regions[u.region].code, u.parent, u.sektor})
	}
	return rows
}

var employeesHeader = []string{"nip", "nama", "jenis_asn", "jabatan", "jenis_jabatan", "golongan", "kode_unit", "berlaku_mulai"}

func (w *world) employeeRows(e *employee) [][]string {
	jenis := "PNS"
	if e.pppk {
		jenis = "PPPK"
	}
	var rows [][]string
	for _, a := range e.asg {
		rows = append(rows, []string{e.nip, e.nama, jenis, a.jabatan, a.jenis, e.golText(a), w.units[a.unit].code, fmtDate(a.start)})
	}
	return rows
}

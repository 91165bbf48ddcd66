package demogen

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Scales of Options.Scale.
const (
	ScaleDemo     = "demo"     // the five demo regions with their planted truths
	ScaleNational = "national" // every province and kab/kota, each a government
)

// streamNational is the base of the national generator's PCG streams: each
// government g and file family k draws from stream streamNational+16*g+k, so
// the files do not depend on how the governments are split into shards or
// on the number of workers.
const streamNational uint64 = 0x6e6174696f6e0000

const (
	nsWorld = iota
	nsAppraisal
	nsRequests
	nsSurvey
	nsTraining
	nsPotential
	nsIndicator
)

// The national files. Per-shard files are numbered: pegawai_001.csv, …
const (
	natFileRegions   = "regions.csv"
	natFileStandards = "standar_pelayanan.csv"
)

type natKind struct {
	source, kind, prefix string
	header               []string
}

// natKinds are the sharded file families, in the order of kinerja.yaml.
var natKinds = []natKind{
	{"unit_kerja", "units", "units", unitsHeader},
	{"pegawai", "employees", "pegawai", employeesHeader},
	{"penilaian_2025", "appraisals", "penilaian_2025", apprHeader},
	{"dukcapil_permohonan", "service_requests", "dukcapil", serviceRequestHeader},
	{"indikator_kesehatan", "indicators", "indikator", []string{"kode_unit", "periode", "indikator", "nilai", "target", "satuan", "arah"}},
	{"skm_responden", "survey_responses", "skm", surveyHeader},
	{"pelatihan", "trainings", "pelatihan", trainingHeader},
	{"potensi", "potentials", "potensi", []string{"nip", "tahun", "potensi"}},
}

const (
	fUnits = iota
	fEmployees
	fAppraisals
	fRequests
	fIndicators
	fSurvey
	fTraining
	fPotential
)

// natGov is one government and its planned head count.
type natGov struct {
	idx  int
	reg  natRegion
	prov string
	emps int
}

// natMinEmployees is every government's floor: two people in each of up to
// eleven units (the OPDs, a puskesmas and a school) plus two.
const natMinEmployees = 24

// nationalPlan allocates the employees to the governments by population:
// each gets natMinEmployees, then natProvShare of the rest goes to the
// provincial governments and the remainder to the kabupaten/kota.
func nationalPlan(regs []natRegion, n int) []natGov {
	provPop, kabPop := 0, 0
	for _, x := range regs {
		if x.provinsi {
			provPop += x.pop
		} else {
			kabPop += x.pop
		}
	}
	rest := float64(n - natMinEmployees*len(regs))
	govs := make([]natGov, len(regs))
	for i, x := range regs {
		share := rest * (1 - natProvShare) * float64(x.pop) / float64(max(kabPop, 1))
		prov := x.induk
		if x.provinsi {
			share = rest * natProvShare * float64(x.pop) / float64(max(provPop, 1))
			prov = x.code
		}
		govs[i] = natGov{idx: i, reg: x, prov: prov, emps: natMinEmployees + int(math.Round(share))}
	}
	return govs
}

// generateNational writes the national-shaped data set: see Options.
func generateNational(opts Options) (Summary, error) {
	n := opts.Employees
	if n == 0 {
		n = NationalEmployees
	}
	var regs []natRegion
	if opts.Regions != "" {
		var err error
		if regs, err = LoadRegions(opts.Regions); err != nil {
			return Summary{}, err
		}
	} else {
		regs = syntheticRegions(opts.Seed)
	}
	if len(regs) > 999 {
		return Summary{}, fmt.Errorf("demogen: at most 999 governments (one NIP sequence block each), got %d", len(regs))
	}
	if lo := natMinEmployees * len(regs) * 11 / 10; n < lo {
		return Summary{}, fmt.Errorf("demogen: %d governments need at least %d employees, got %d", len(regs), lo, n)
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return Summary{}, fmt.Errorf("demogen: %w", err)
	}
	govs := nationalPlan(regs, n)
	scale := float64(n) / NationalEmployees
	kabEmps := 0
	for _, g := range govs {
		if !g.reg.provinsi {
			kabEmps += g.emps
		}
	}
	volumes := natVolumes{
		requests:  float64(natRequests) * scale,
		kabPop:    0,
		surveys:   float64(natSurveys) * scale / float64(n),
		trainings: float64(natTrainings) * scale / float64(n),
	}
	for _, x := range regs {
		if !x.provinsi {
			volumes.kabPop += x.pop
		}
	}

	// shards: contiguous ranges of governments with about equal head counts
	nshards := min(max(n/300_000, 2), 16)
	shards := make([][]natGov, nshards)
	cum := 0
	for _, g := range govs {
		s := min(cum*nshards/n, nshards-1)
		shards[s] = append(shards[s], g)
		cum += g.emps
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	rows := make([][]int, nshards)
	errs := make([]error, nshards)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				rows[s], errs[s] = writeShard(opts.Out, opts.Seed, s, shards[s], volumes)
			}
		}()
	}
	// the small single files, while the shards run
	sum := Summary{Rows: map[string]int{}, BadRows: map[string]int{}}
	regRows, stdRows, err := writeNationalSingles(opts.Out, regs)
	for s := range nshards {
		jobs <- s
	}
	close(jobs)
	wg.Wait()
	if err != nil {
		return Summary{}, err
	}
	if err := errors.Join(errs...); err != nil {
		return Summary{}, err
	}
	sum.Files = append(sum.Files, natFileRegions, natFileStandards)
	sum.Rows[natFileRegions], sum.Rows[natFileStandards] = regRows, stdRows
	for s := range nshards {
		for k, nk := range natKinds {
			f := shardFile(nk.prefix, s)
			sum.Files = append(sum.Files, f)
			sum.Rows[f] = rows[s][k]
		}
	}
	slices.Sort(sum.Files)
	cfg := filepath.Join(opts.Out, ConfigName)
	if err := os.WriteFile(cfg, []byte(nationalYAML(opts.Seed, len(regs), n)), 0o644); err != nil {
		return Summary{}, fmt.Errorf("demogen: %w", err)
	}
	sum.Config = cfg
	return sum, nil
}

func shardFile(prefix string, s int) string { return fmt.Sprintf("%s_%03d.csv", prefix, s+1) }

func nationalYAML(seed int64, govs, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# kinerja pipeline: generated national-shaped sources (seed %d, %d governments, ~%d employees)\nsources:\n", seed, govs, n)
	fmt.Fprintf(&b, "  - name: wilayah\n    kind: regions\n    path: %s\n", natFileRegions)
	for _, k := range natKinds {
		fmt.Fprintf(&b, "  - name: %s\n    kind: %s\n    path: %s_*.csv\n", k.source, k.kind, k.prefix)
		if k.kind == "service_requests" {
			fmt.Fprintf(&b, "  - name: standar_pelayanan\n    kind: service_standards\n    path: %s\n", natFileStandards)
		}
	}
	return b.String()
}

// csvOut is one streamed CSV file.
type csvOut struct {
	f    *os.File
	bw   *bufio.Writer
	cw   *csv.Writer
	rows int
}

func createCSV(path string, header []string) (*csvOut, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("demogen: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	o := &csvOut{f: f, bw: bw, cw: csv.NewWriter(bw)}
	o.cw.Write(header)
	return o, nil
}

func (o *csvOut) write(rec ...string) {
	o.cw.Write(rec)
	o.rows++
}

func (o *csvOut) close() error {
	o.cw.Flush()
	err := o.cw.Error()
	if e := o.bw.Flush(); err == nil {
		err = e
	}
	if e := o.f.Close(); err == nil {
		err = e
	}
	if err != nil {
		return fmt.Errorf("demogen: %s: %w", o.f.Name(), err)
	}
	return nil
}

func writeNationalSingles(out string, regs []natRegion) (int, int, error) {
	ro, err := createCSV(filepath.Join(out, natFileRegions), regionsHeader)
	if err != nil {
		return 0, 0, err
	}
	for _, x := range regs {
		t := "kabkota"
		if x.provinsi {
			t = "provinsi"
		}
		ro.write(x.code, x.name, t, x.induk, strconv.Itoa(x.pop), "", "", "")
	}
	if err := ro.close(); err != nil {
		return 0, 0, err
	}
	so, err := createCSV(filepath.Join(out, natFileStandards), standardsHeader)
	if err != nil {
		return 0, 0, err
	}
	for _, svc := range dukcapilServices {
		so.write("", svc, "1", "2023-01-01")
	}
	for _, x := range regs {
		if x.provinsi {
			continue
		}
		for _, svc := range dukcapilServices {
			so.write(x.code, svc, strconv.Itoa(batasJam(svc)), "2024-01-01")
		}
	}
	if err := so.close(); err != nil {
		return 0, 0, err
	}
	return ro.rows, so.rows, nil
}

type natVolumes struct {
	requests  float64 // Dukcapil requests in total, shared by kab/kota population
	kabPop    int
	surveys   float64 // IKM responses per employee
	trainings float64 // training rows per employee
}

// writeShard generates the governments of one shard, one at a time, into the
// shard's files.
func writeShard(out string, seed int64, s int, govs []natGov, vol natVolumes) (rows []int, err error) {
	outs := make([]*csvOut, len(natKinds))
	defer func() {
		for k, o := range outs {
			if o == nil {
				continue
			}
			if e := o.close(); err == nil {
				err = e
			}
			rows = append(rows, outs[k].rows)
		}
	}()
	for k, nk := range natKinds {
		if outs[k], err = createCSV(filepath.Join(out, shardFile(nk.prefix, s)), nk.header); err != nil {
			return nil, err
		}
	}
	for _, g := range govs {
		gr := func(k int) *rand.Rand { return newRand(seed, streamNational+16*uint64(g.idx)+uint64(k)) }
		w := buildGovWorld(gr(nsWorld), g)
		for _, row := range w.unitRows() {
			outs[fUnits].write(row...)
		}
		for _, e := range w.emps {
			for _, row := range w.employeeRows(e) {
				outs[fEmployees].write(row...)
			}
		}
		w.natAppraisals(gr(nsAppraisal), outs[fAppraisals])
		if !g.reg.provinsi {
			nreq := int(math.Round(vol.requests * float64(g.reg.pop) / float64(max(vol.kabPop, 1))))
			w.natRequests(gr(nsRequests), outs[fRequests], nreq, zoneOffset(g.prov))
		}
		w.natIndicators(gr(nsIndicator), outs[fIndicators])
		w.natSurveys(gr(nsSurvey), outs[fSurvey], vol.surveys*float64(len(w.emps)))
		w.natTrainings(gr(nsTraining), outs[fTraining], vol.trainings)
		w.natPotentials(gr(nsPotential), outs[fPotential])
	}
	return nil, nil
}

// buildGovWorld builds one government's units and employees with the demo
// generator's code (staffUnit, planHistory): a world of one region.
func buildGovWorld(r *rand.Rand, g natGov) *world {
	eth, wt := natEthnic(g.prov)
	name := g.reg.name
	if g.reg.provinsi {
		name = "Provinsi " + strings.TrimPrefix(name, "Provinsi ")
	}
	reg := &region{code: g.reg.code, name: name, prov: g.prov, pop: g.reg.pop, ethnic: eth, ethWeight: wt}
	w := &world{regions: []*region{reg}, inflated: -1, pelayanan: -1, lenient: -1, lenUnit: -1, waiting: -1}
	// sequence numbers of this government only: 1+idx, or 553+idx
	w.nipSeq = func(r *rand.Rand) int {
		if g.idx+553 <= 999 && r.IntN(2) == 0 {
			return g.idx + 553
		}
		return g.idx + 1
	}
	add := func(spec *unitSpec, code, name, parent string) int {
		w.units = append(w.units, &unit{code: code, name: name, parent: parent, sektor: spec.sektor, spec: spec})
		reg.units = append(reg.units, len(w.units)-1)
		return len(w.units) - 1
	}
	extra := g.emps / natUnitsExtra
	nPusk := max(1, extra*2/5)
	nSek := max(1, extra-nPusk)
	if g.reg.provinsi { // provinces run high schools, not puskesmas
		nPusk, nSek = 0, max(1, extra)
	}
	// unit codes: PP.KK.NN for a kab/kota, PP.00.NN for a province, so that
	// they never collide across governments
	base := reg.code
	if g.reg.provinsi {
		base += ".00"
	}
	for i := range opdSpecs {
		s := &opdSpecs[i]
		if g.reg.provinsi && s.kind == kDukcapil {
			continue
		}
		code := base + "." + s.num
		ui := add(s, code, s.name+" "+name, "")
		switch s.kind {
		case kDukcapil:
			w.dukcapil = append(w.dukcapil, ui)
		case kDinkes:
			for j := 0; j < nPusk; j++ {
				add(&puskesmasSpec, fmt.Sprintf("%s.%02d", code, j+1), fmt.Sprintf("Puskesmas %d %s", j+1, g.reg.name), code)
			}
		case kDindik:
			level := "SMP Negeri"
			if g.reg.provinsi {
				level = "SMA Negeri"
			}
			for j := 0; j < nSek; j++ {
				add(&sekolahSpec, fmt.Sprintf("%s.%02d", code, j+1), fmt.Sprintf("%s %d %s", level, j+1, g.reg.name), code)
			}
		}
	}
	// sizes by weight, scaled to the government's head count
	wts := make([]float64, len(w.units))
	tot := 0.0
	for i, u := range w.units {
		switch u.spec.kind {
		case kPuskesmas, kSekolah:
			wts[i] = 10 + 10*r.Float64()
		case kSekda:
			wts[i] = 25 + 15*r.Float64()
		default:
			wts[i] = 15 + 25*r.Float64()
		}
		tot += wts[i]
	}
	rest := float64(max(0, g.emps-2*len(w.units)))
	for i, u := range w.units {
		u.size = 2 + int(math.Round(wts[i]*rest/tot))
	}
	used := make(map[string]bool)
	for _, ui := range reg.units {
		w.staffUnit(r, 0, ui, used)
	}
	w.planHistory(r)
	return w
}

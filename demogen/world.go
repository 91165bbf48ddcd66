package demogen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// Stream identifiers: every file family draws from its own PCG stream so that
// a change in one generator does not shift the others.
const (
	streamWorld uint64 = 0x6b696e65726a6101 + iota
	streamAppraisal
	streamRequests
	streamSurvey
	streamIndicators
	streamTraining
	streamPotential
	streamBad
	streamResponse
)

func newRand(seed int64, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), stream))
}

type ethnic int

const (
	ethMelayu ethnic = iota
	ethJawa
	ethBatak
	ethAceh
	ethBugis
	ethKaili
	ethPapua
	ethAmbon
)

type region struct {
	code, name         string
	prov, provName     string
	pop, provPop       int
	zone               string // WIB, WITA, WIT
	offsetH            int
	undotted           string
	ethnic             []ethnic
	ethWeight          []int
	puskesmas, schools [3]string

	units []int // indices into world.units, in code order
	sekda int   // employee index of the Sekretaris Daerah
}

// Population numbers copied from ../shared/data/wilayah_kabkota.csv
// (Dukcapil semester II 2024).
func newRegions() []*region {
	return []*region{
		{code: "14.72", name: "Kota Dumai", prov: "14", provName: "Riau", pop: 355256, provPop: 7099297,
			zone: "WIB", offsetH: 7, undotted: "1472",
			ethnic: []ethnic{ethMelayu, ethJawa, ethBatak}, ethWeight: []int{50, 30, 20},
			puskesmas: [3]string{"Puskesmas Dumai Kota", "Puskesmas Bukit Timah", "Puskesmas Purnama"},
			schools:   [3]string{"SD Negeri 001 Dumai Kota", "SD Negeri 012 Bukit Kapur", "SMP Negeri 2 Dumai"}},
		{code: "11.75", name: "Kota Subulussalam", prov: "11", provName: "Aceh", pop: 107185, provPop: 5623479,
			zone: "WIB", offsetH: 7, undotted: "1175",
			ethnic: []ethnic{ethAceh, ethBatak, ethJawa}, ethWeight: []int{55, 30, 15},
			puskesmas: [3]string{"Puskesmas Simpang Kiri", "Puskesmas Penanggalan", "Puskesmas Rundeng"},
			schools:   [3]string{"SD Negeri 1 Subulussalam", "SD Negeri Sultan Daulat", "SMP Negeri 1 Subulussalam"}},
		{code: "92.02", name: "Kabupaten Manokwari", prov: "92", provName: "Papua Barat", pop: 205212, provPop: 576255,
			zone: "WIT", offsetH: 9, undotted: "9202",
			ethnic: []ethnic{ethPapua, ethJawa, ethBugis, ethAmbon}, ethWeight: []int{50, 20, 15, 15},
			puskesmas: [3]string{"Puskesmas Sanggeng", "Puskesmas Amban", "Puskesmas Wosi"},
			schools:   [3]string{"SD Negeri 01 Manokwari", "SD Inpres 22 Wosi", "SMP Negeri 1 Manokwari"}},
		{code: "72.71", name: "Kota Palu", prov: "72", provName: "Sulawesi Tengah", pop: 395291, provPop: 3219494,
			zone: "WITA", offsetH: 8, undotted: "7271",
			ethnic: []ethnic{ethKaili, ethBugis, ethJawa}, ethWeight: []int{40, 35, 25},
			puskesmas: [3]string{"Puskesmas Talise", "Puskesmas Kamonji", "Puskesmas Birobuli"},
			schools:   [3]string{"SD Negeri 1 Palu", "SD Inpres Talise", "SMP Negeri 1 Palu"}},
		{code: "96.71", name: "Kota Sorong", prov: "96", provName: "Papua Barat Daya", pop: 286028, provPop: 623186,
			zone: "WIT", offsetH: 9, undotted: "9271", // BPS code of the pre-2022 92.71
			ethnic: []ethnic{ethPapua, ethBugis, ethJawa, ethAmbon}, ethWeight: []int{45, 20, 20, 15},
			puskesmas: [3]string{"Puskesmas Remu", "Puskesmas Malawei", "Puskesmas Klasaman"},
			schools:   [3]string{"SD Negeri 1 Kota Sorong", "SD Negeri 23 Kota Sorong", "SMP Negeri 2 Kota Sorong"}},
	}
}

const (
	rDumai = iota
	rSubul
	rManokwari
	rPalu
	rSorong
)

type unitKind int

const (
	kSekda unitKind = iota
	kBKPSDM
	kDukcapil
	kDinkes
	kPuskesmas
	kDindik
	kSekolah
	kBappeda
	kDinsos
	kDPMPTSP
	kBPKAD
)

type unitSpec struct {
	kind    unitKind
	num     string
	name    string
	sektor  string
	head    string
	subs    []string // second-level supervisors (Sekretaris, Kepala Bidang …)
	staff   []string // fungsional titles of the unit
	surveys []string // layanan names for the IKM survey; nil = not surveyed
}

var opdSpecs = []unitSpec{
	{kind: kSekda, num: "01", name: "Sekretariat Daerah", sektor: "umum", head: "Sekretaris Daerah",
		subs:  []string{"Kepala Bagian Umum", "Kepala Bagian Organisasi"},
		staff: []string{"Analis Kebijakan Ahli Muda", "Perancang Peraturan Perundang-undangan Ahli Pertama", "Pranata Komputer Terampil", "Analis Kebijakan Ahli Pertama"}},
	{kind: kBKPSDM, num: "02", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", sektor: "kepegawaian",
		head:  "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
		subs:  []string{"Sekretaris", "Kepala Bidang Mutasi dan Promosi", "Kepala Bidang Pengembangan Kompetensi"},
		staff: []string{"Analis Kepegawaian Ahli Pertama", "Analis Kepegawaian Ahli Muda", "Pranata SDM Aparatur Terampil", "Assessor SDM Aparatur Ahli Pertama"}},
	{kind: kDukcapil, num: "03", name: "Dinas Kependudukan dan Pencatatan Sipil", sektor: "kependudukan",
		head:    "Kepala Dinas Kependudukan dan Pencatatan Sipil",
		subs:    []string{"Sekretaris", "Kepala Bidang Pelayanan Pendaftaran Penduduk", "Kepala Bidang Pelayanan Pencatatan Sipil"},
		staff:   []string{"Administrator Database Kependudukan Ahli Pertama", "Administrator Database Kependudukan Ahli Muda", "Pranata Komputer Terampil", "Analis Kependudukan Ahli Pertama"},
		surveys: []string{"KTP_EL", "KK", "AKTA_LAHIR", "AKTA_MATI", "AKTA_KAWIN", "PINDAH", "KIA"}},
	{kind: kDinkes, num: "04", name: "Dinas Kesehatan", sektor: "kesehatan", head: "Kepala Dinas Kesehatan",
		subs:  []string{"Sekretaris", "Kepala Bidang Pelayanan Kesehatan", "Kepala Bidang Kesehatan Masyarakat"},
		staff: []string{"Epidemiolog Kesehatan Ahli Muda", "Administrator Kesehatan Ahli Pertama", "Perawat Ahli Pertama", "Penyuluh Kesehatan Masyarakat Ahli Pertama"}},
	{kind: kDindik, num: "05", name: "Dinas Pendidikan dan Kebudayaan", sektor: "pendidikan", head: "Kepala Dinas Pendidikan dan Kebudayaan",
		subs:  []string{"Sekretaris", "Kepala Bidang Pembinaan Sekolah Dasar", "Kepala Bidang Kebudayaan"},
		staff: []string{"Pengawas Sekolah Ahli Madya", "Analis Kebijakan Ahli Pertama", "Pamong Budaya Ahli Pertama", "Pengawas Sekolah Ahli Muda"}},
	{kind: kBappeda, num: "06", name: "Badan Perencanaan Pembangunan Daerah", sektor: "perencanaan", head: "Kepala Badan Perencanaan Pembangunan Daerah",
		subs:  []string{"Sekretaris", "Kepala Bidang Perencanaan Ekonomi", "Kepala Bidang Penelitian dan Pengembangan"},
		staff: []string{"Perencana Ahli Pertama", "Perencana Ahli Muda", "Statistisi Ahli Pertama", "Pranata Komputer Terampil"}},
	{kind: kDinsos, num: "07", name: "Dinas Sosial", sektor: "sosial", head: "Kepala Dinas Sosial",
		subs:    []string{"Sekretaris", "Kepala Bidang Rehabilitasi Sosial", "Kepala Bidang Perlindungan dan Jaminan Sosial"},
		staff:   []string{"Pekerja Sosial Ahli Pertama", "Penyuluh Sosial Ahli Muda", "Pekerja Sosial Terampil", "Penyuluh Sosial Ahli Pertama"},
		surveys: []string{"Bantuan Sosial", "Pendataan DTKS", "Rehabilitasi Sosial"}},
	{kind: kDPMPTSP, num: "08", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", sektor: "perizinan",
		head:    "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
		subs:    []string{"Sekretaris", "Kepala Bidang Pelayanan Perizinan", "Kepala Bidang Pengaduan dan Informasi"},
		staff:   []string{"Penata Perizinan Ahli Pertama", "Penata Perizinan Ahli Muda", "Analis Investasi Ahli Pertama", "Pranata Komputer Terampil"},
		surveys: []string{"Perizinan Berusaha", "Persetujuan Bangunan Gedung", "Izin Praktik Tenaga Kesehatan"}},
	{kind: kBPKAD, num: "09", name: "Badan Pengelolaan Keuangan dan Aset Daerah", sektor: "keuangan", head: "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
		subs:  []string{"Sekretaris", "Kepala Bidang Anggaran", "Kepala Bidang Akuntansi dan Pelaporan"},
		staff: []string{"Analis Keuangan Pusat dan Daerah Ahli Pertama", "Analis Keuangan Pusat dan Daerah Ahli Muda", "Pengelola Barang Milik Daerah Terampil", "Analis Pengelolaan Keuangan APBD Ahli Pertama"}},
}

var puskesmasSpec = unitSpec{kind: kPuskesmas, sektor: "kesehatan", head: "Kepala Puskesmas",
	subs:    []string{"Kepala Sub Bagian Tata Usaha", "Penanggung Jawab Upaya Kesehatan Perseorangan"},
	staff:   []string{"Dokter Ahli Pertama", "Perawat Terampil", "Bidan Terampil", "Perawat Ahli Pertama", "Apoteker Ahli Pertama", "Pranata Laboratorium Kesehatan Terampil", "Nutrisionis Terampil"},
	surveys: []string{"Rawat Jalan", "Pemeriksaan Ibu Hamil", "Imunisasi", "Pelayanan Gigi"}}

var sekolahSpec = unitSpec{kind: kSekolah, sektor: "pendidikan", head: "Kepala Sekolah",
	subs:    []string{"Wakil Kepala Sekolah Bidang Kurikulum", "Wakil Kepala Sekolah Bidang Kesiswaan"},
	staff:   []string{"Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Guru Ahli Pertama", "Pustakawan Terampil"},
	surveys: []string{"Penerimaan Peserta Didik Baru", "Legalisir Ijazah", "Layanan Administrasi Siswa"}}

var pelaksanaTitles = []string{"Pengadministrasi Umum", "Operator Layanan Operasional", "Pengolah Data", "Pengadministrasi Perkantoran"}

type unit struct {
	code, name, parent, sektor string
	spec                       *unitSpec
	region                     int
	size                       int // planned staff count (including the head)
	head                       int // employee index
	special                    bool
	members                    []int // employees whose first assignment is here
}

type assignment struct {
	unit     int
	start    time.Time
	jabatan  string
	jenis    string // struktural|fungsional|pelaksana
	golongan int    // index into golPNS, or PPPK grade when the employee is PPPK
	sup      int    // supervisor employee index; -1 = none
}

const (
	roleStaff = iota
	roleSub
	roleHead
)

type employee struct {
	nip    string
	nama   string
	pppk   bool
	female bool
	region int
	role   int
	asg    []assignment
}

var golPNS = []string{"II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c"}
var golPPPK = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"}

func (e *employee) golText(a assignment) string {
	if e.pppk {
		return golPPPK[a.golongan-1]
	}
	return golPNS[a.golongan]
}

// at returns the assignment in force on day d, or nil.
func (e *employee) at(d time.Time) *assignment {
	var cur *assignment
	for i := range e.asg {
		if !e.asg[i].start.After(d) {
			cur = &e.asg[i]
		}
	}
	return cur
}

type world struct {
	seed      int64
	regions   []*region
	units     []*unit
	emps      []*employee
	inflated  int // unit index, truth (b)
	pelayanan int // unit index, truth (c)
	lenient   int // employee index, truth (d)
	lenUnit   int
	waiting   int                  // unit index, truth (f): the Palu puskesmas rated Sangat Baik whose patients wait longer
	dukcapil  []int                // per region
	nipSeq    func(*rand.Rand) int // NIP sequence drawer; nil = demoSeq
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func fmtDate(t time.Time) string { return t.Format("2006-01-02") }

// randDate returns a uniformly random day in [from, to].
func randDate(r *rand.Rand, from, to time.Time) time.Time {
	days := int(to.Sub(from).Hours()/24 + 0.5)
	return from.AddDate(0, 0, r.IntN(days+1))
}

func buildWorld(seed int64, target int) *world {
	r := newRand(seed, streamWorld)
	w := &world{seed: seed, regions: newRegions()}
	// units
	for ri, reg := range w.regions {
		add := func(spec *unitSpec, code, name, parent string) int {
			u := &unit{code: code, name: name, parent: parent, sektor: spec.sektor, spec: spec, region: ri}
			w.units = append(w.units, u)
			reg.units = append(reg.units, len(w.units)-1)
			return len(w.units) - 1
		}
		for i := range opdSpecs {
			s := &opdSpecs[i]
			code := reg.code + "." + s.num
			ui := add(s, code, s.name+" "+reg.name, "")
			switch s.kind {
			case kDukcapil:
				w.dukcapil = append(w.dukcapil, ui)
				w.units[ui].special = true
				if ri == rSubul {
					w.inflated = ui
				}
			case kDinkes:
				if ri == rPalu {
					w.pelayanan = ui
					w.units[ui].special = true
				}
				for j, n := range reg.puskesmas {
					pi := add(&puskesmasSpec, fmt.Sprintf("%s.%02d", code, j+1), n, code)
					if ri == rPalu && j == 0 {
						w.waiting = pi // not special: people may move in, and no random draw changes
					}
				}
			case kDindik:
				for j, n := range reg.schools {
					add(&sekolahSpec, fmt.Sprintf("%s.%02d", code, j+1), n, code)
				}
			case kDinsos:
				if ri == rManokwari {
					w.lenUnit = ui
					w.units[ui].special = true
				}
			}
		}
	}
	// sizes: raw draws, scaled to the target, then clamped to the minimums
	// the planted truths need.
	raw := make([]int, len(w.units))
	sum := 0
	for i, u := range w.units {
		switch u.spec.kind {
		case kPuskesmas, kSekolah:
			raw[i] = 10 + r.IntN(11)
		case kSekda:
			raw[i] = 20 + r.IntN(21)
		default:
			raw[i] = 10 + r.IntN(31)
		}
		sum += raw[i]
	}
	scale := float64(target) / float64(sum)
	for i, u := range w.units {
		n := int(math.Round(float64(raw[i]) * scale))
		lo, hi := 3, 1<<30
		switch {
		case i == w.lenUnit:
			lo, hi = 12, 15
		case i == w.pelayanan:
			lo = 10
		case i == w.inflated, i == w.waiting:
			lo = 8
		case u.spec.kind == kDukcapil:
			lo = 4
		}
		u.size = min(max(n, lo), hi)
	}
	// employees
	used := make(map[string]bool) // lookup only, never iterated
	for ri, reg := range w.regions {
		for _, ui := range reg.units {
			w.staffUnit(r, ri, ui, used)
		}
	}
	w.lenient = w.units[w.lenUnit].head
	w.planHistory(r)
	return w
}

// staffUnit creates the employees of one unit: its head, 0–2 second-level
// supervisors for units with more than 15 staff, and the staff.
func (w *world) staffUnit(r *rand.Rand, ri, ui int, used map[string]bool) {
	u := w.units[ui]
	reg := w.regions[ri]
	spec := u.spec
	nsub := 0
	if u.size > 15 {
		nsub = 1
		if u.size > 22 || r.IntN(2) == 0 {
			nsub = 2
		}
	}
	supOf := func() int { // supervisor of the head
		if spec.kind == kSekda {
			return -1
		}
		return reg.sekda
	}
	mk := func(role int, title string, pppk bool) int {
		e := &employee{region: ri, role: role, pppk: pppk, female: r.IntN(100) < 48}
		jenis := jenisOf(title, role)
		gol := w.golFor(r, title, role, spec.kind, pppk)
		birthLo, birthHi := 1965, 2000
		if role != roleStaff {
			birthLo, birthHi = 1966, 1984
		}
		var tmt time.Time
		e.nip, tmt = genNIP(r, pppk, e.female, birthLo, birthHi, used, w.seqFunc())
		from := date(2015, 1, 2)
		if tmt.After(from) {
			from = tmt
		}
		start := randDate(r, from, date(2023, 12, 1))
		e.nama = w.genName(r, ri, e.female, title, role)
		e.asg = []assignment{{unit: ui, start: start, jabatan: title, jenis: jenis, golongan: gol, sup: -1}}
		w.emps = append(w.emps, e)
		idx := len(w.emps) - 1
		u.members = append(u.members, idx)
		return idx
	}
	head := mk(roleHead, spec.head, false)
	w.emps[head].asg[0].sup = supOf()
	u.head = head
	if spec.kind == kSekda {
		reg.sekda = head
	}
	var subs []int
	for i := 0; i < nsub; i++ {
		s := mk(roleSub, spec.subs[i], false)
		w.emps[s].asg[0].sup = head
		subs = append(subs, s)
	}
	nstaff := u.size - 1 - nsub
	pppkShare := 12
	pelaksanaShare := 35
	if spec.kind == kSekolah || spec.kind == kPuskesmas {
		pppkShare, pelaksanaShare = 30, 15
	}
	for i := 0; i < nstaff; i++ {
		pppk := r.IntN(100) < pppkShare
		var title string
		if r.IntN(100) < pelaksanaShare {
			title = pelaksanaTitles[r.IntN(len(pelaksanaTitles))]
		} else {
			title = spec.staff[r.IntN(len(spec.staff))]
		}
		if pppk {
			title = strings.Replace(strings.Replace(title, "Ahli Madya", "Ahli Pertama", 1), "Ahli Muda", "Ahli Pertama", 1)
		}
		s := mk(roleStaff, title, pppk)
		// groups: the staff are split evenly between the head and the subs
		g := i % (nsub + 1)
		if g == 0 {
			w.emps[s].asg[0].sup = head
		} else {
			w.emps[s].asg[0].sup = subs[g-1]
		}
	}
}

// planHistory adds the second assignment rows: ~5 % moves to another unit of
// the same region (pelaksana staff only, never into or out of a special
// unit), ~3 % promotions in the same unit (PNS staff).
func (w *world) planHistory(r *rand.Rand) {
	n := len(w.emps)
	nMove := int(math.Round(float64(n) * 0.05))
	nPromo := int(math.Round(float64(n) * 0.03))
	order := r.Perm(n)
	moved := 0
	for _, i := range order {
		if moved >= nMove {
			break
		}
		e := w.emps[i]
		a := e.asg[0]
		if e.role != roleStaff || a.jenis != "pelaksana" || w.units[a.unit].special {
			continue
		}
		var targets []int
		for _, ui := range w.regions[e.region].units {
			if ui != a.unit && !w.units[ui].special {
				targets = append(targets, ui)
			}
		}
		t := targets[r.IntN(len(targets))]
		b := a
		b.unit = t
		b.start = date(2024+r.IntN(2), 7, 1)
		b.sup = w.units[t].head
		e.asg = append(e.asg, b)
		moved++
	}
	promoted := 0
	for _, i := range order {
		if promoted >= nPromo {
			break
		}
		e := w.emps[i]
		if e.pppk || e.role != roleStaff || len(e.asg) > 1 {
			continue
		}
		a := e.asg[0]
		b := a
		switch {
		case strings.Contains(a.jabatan, "Ahli Pertama"):
			b.jabatan = strings.Replace(a.jabatan, "Ahli Pertama", "Ahli Muda", 1)
			b.golongan = max(a.golongan+1, 6)
		case strings.Contains(a.jabatan, "Ahli Muda"):
			b.jabatan = strings.Replace(a.jabatan, "Ahli Muda", "Ahli Madya", 1)
			b.golongan = max(a.golongan+1, 8)
		case strings.Contains(a.jabatan, "Terampil"):
			b.jabatan = strings.Replace(a.jabatan, "Terampil", "Mahir", 1)
			b.golongan = max(a.golongan+1, 4)
		default:
			b.golongan = a.golongan + 1
		}
		if b.golongan > 10 {
			continue
		}
		b.start = []time.Time{date(2024, 4, 1), date(2024, 10, 1), date(2025, 4, 1), date(2025, 10, 1)}[r.IntN(4)]
		e.asg = append(e.asg, b)
		promoted++
	}
}

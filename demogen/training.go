package demogen

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"
)

type activity struct {
	name, jenis, komp string
	jpLo, jpHi        int
	kinds             []unitKind // nil = every unit
	role              int        // -1 = everyone
	small             bool       // short enough for the under-20-JP group
}

var activities = []activity{
	{"Pelatihan Pelayanan Prima", "manajerial", "Pelayanan Publik", 16, 32, nil, -1, false},
	{"Bimtek SIASN", "teknis", "Manajemen Data Kepegawaian", 8, 16, nil, -1, false},
	{"Pelatihan Kepemimpinan Pengawas", "manajerial", "Pengambilan Keputusan", 40, 40, nil, roleSub, false},
	{"Pelatihan Kepemimpinan Administrator", "manajerial", "Mengelola Perubahan", 40, 40, nil, roleHead, false},
	{"Webinar Manajemen ASN", "teknis", "Manajemen ASN", 2, 4, nil, -1, true},
	{"e-Learning BerAKHLAK", "sosial_kultural", "Perekat Bangsa", 6, 10, nil, -1, true},
	{"Seminar Wawasan Kebangsaan", "sosial_kultural", "Perekat Bangsa", 2, 6, nil, -1, true},
	{"Coaching dan Mentoring ASN", "manajerial", "Pengembangan Diri dan Orang Lain", 4, 12, nil, -1, true},
	{"Bimtek Penyusunan SKP dan Ekspektasi Kinerja", "manajerial", "Orientasi pada Hasil", 8, 16, nil, -1, false},
	{"Workshop Komunikasi Publik", "manajerial", "Komunikasi", 8, 16, nil, -1, false},
	{"Pelatihan Kerja Sama Tim", "manajerial", "Kerjasama", 8, 16, nil, -1, false},
	{"Pelatihan Integritas dan Antikorupsi", "manajerial", "Integritas", 8, 16, nil, -1, false},
	{"Pelatihan Teknis Administrasi Kependudukan", "teknis", "Administrasi Kependudukan", 24, 40, []unitKind{kDukcapil}, -1, false},
	{"Pelatihan Penanganan Gawat Darurat (BTCLS)", "teknis", "Kegawatdaruratan Medis", 30, 40, []unitKind{kPuskesmas, kDinkes}, -1, false},
	{"Pelatihan Manajemen Puskesmas", "teknis", "Manajemen Puskesmas", 24, 32, []unitKind{kPuskesmas, kDinkes}, -1, false},
	{"Pelatihan Implementasi Kurikulum Merdeka", "teknis", "Pembelajaran Kurikulum Merdeka", 24, 40, []unitKind{kSekolah, kDindik}, -1, false},
	{"Bimtek Pengelolaan Keuangan Daerah (SIPD)", "teknis", "Pengelolaan Keuangan Daerah", 16, 32, []unitKind{kBPKAD}, -1, false},
	{"Pelatihan Perizinan Berusaha Berbasis Risiko (OSS RBA)", "teknis", "Perizinan Berusaha", 16, 32, []unitKind{kDPMPTSP}, -1, false},
	{"Bimtek Data Terpadu Kesejahteraan Sosial", "teknis", "Pengelolaan Data Kesejahteraan Sosial", 16, 24, []unitKind{kDinsos}, -1, false},
	{"Pelatihan Perencanaan Pembangunan Daerah", "teknis", "Perencanaan Pembangunan", 24, 40, []unitKind{kBappeda}, -1, false},
	{"Bimtek Manajemen Talenta ASN", "teknis", "Manajemen Talenta", 16, 24, []unitKind{kBKPSDM}, -1, false},
	{"Pelatihan Analisis Kebijakan", "teknis", "Analisis Kebijakan", 16, 32, []unitKind{kSekda}, -1, false},
}

var trainingHeader = []string{"nip", "kegiatan", "jenis_kompetensi", "kompetensi", "jp", "tanggal_mulai", "tanggal_selesai"}

type training struct {
	a     *activity
	jp    int
	start time.Time
}

// trainings writes 2024 and 2025. Per region and year exactly 8 % of the
// employees (rounded down) stay under 20 JP; in Kota Sorong in 2025 it is
// round(n/3) (truth e). About 30 % of the under-20 group has no training.
func (w *world) trainings(r *rand.Rand) [][]string {
	var rows [][]string
	for _, year := range []int{2024, 2025} {
		days := workdays(date(year, 1, 8), date(year, 12, 12))
		under := make([]bool, len(w.emps))
		none := make([]bool, len(w.emps))
		for ri := range w.regions {
			var members []int
			for i, e := range w.emps {
				if e.region == ri && e.at(date(year, 12, 31)) != nil {
					members = append(members, i)
				}
			}
			k := len(members) * 8 / 100
			if ri == rSorong && year == 2025 {
				k = (len(members) + 1) / 3
			}
			perm := r.Perm(len(members))
			noneN := max(1, k*3/10)
			for j, p := range perm[:k] {
				under[members[p]] = true
				none[members[p]] = j < noneN
			}
		}
		for i, e := range w.emps {
			a := e.at(date(year, 6, 30))
			if a == nil {
				continue
			}
			kind := w.units[a.unit].spec.kind
			var eligible, small []*activity
			for j := range activities {
				x := &activities[j]
				if (x.kinds == nil || slices.Contains(x.kinds, kind)) && (x.role < 0 || x.role == e.role) {
					eligible = append(eligible, x)
					if x.small {
						small = append(small, x)
					}
				}
			}
			var ts []training
			total := 0
			switch {
			case none[i]:
			case under[i]:
				for n := 1 + r.IntN(2); n > 0 && total <= 14; n-- {
					x := small[r.IntN(len(small))]
					jp := min(x.jpLo+r.IntN(x.jpHi-x.jpLo+1), 18-total)
					ts = append(ts, training{x, jp, days[r.IntN(len(days))]})
					total += jp
				}
			default:
				for total < 20 || (len(ts) < 4 && r.IntN(100) < 35) {
					x := eligible[r.IntN(len(eligible))]
					jp := x.jpLo + r.IntN(x.jpHi-x.jpLo+1)
					ts = append(ts, training{x, jp, days[r.IntN(len(days))]})
					total += jp
				}
			}
			slices.SortStableFunc(ts, func(a, b training) int { return a.start.Compare(b.start) })
			for _, t := range ts {
				end := t.start.AddDate(0, 0, (t.jp+7)/8-1)
				rows = append(rows, []string{e.nip, t.a.name, t.a.jenis, t.a.komp, strconv.Itoa(t.jp), fmtDate(t.start), fmtDate(end)})
			}
		}
	}
	return rows
}

type potentialJSON struct {
	NIP     string `json:"nip"`
	Tahun   int    `json:"tahun"`
	Potensi string `json:"potensi"`
}

func (w *world) potentials(r *rand.Rand) []potentialJSON {
	var out []potentialJSON
	for _, year := range []int{2024, 2025} {
		for _, e := range w.emps {
			if e.at(date(year, 12, 31)) == nil {
				continue
			}
			k := r.IntN(100)
			p := "menengah"
			if k < 25 {
				p = "rendah"
			} else if k >= 80 {
				p = "tinggi"
			}
			out = append(out, potentialJSON{e.nip, year, p})
		}
	}
	return out
}

package demogen

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

var dukcapilServices = []string{"KTP_EL", "KK", "AKTA_LAHIR", "AKTA_MATI", "AKTA_KAWIN", "PINDAH", "KIA"}

// batasJam is the regional service-time standard of a Dukcapil service.
func batasJam(svc string) int {
	if svc == "AKTA_KAWIN" || svc == "PINDAH" {
		return 48
	}
	return 24
}

// A few national holidays (cuti bersama left out): no requests, no surveys.
var holidays = []time.Time{
	date(2024, 1, 1), date(2024, 2, 8), date(2024, 2, 14), date(2024, 3, 11), date(2024, 3, 29),
	date(2024, 4, 10), date(2024, 4, 11), date(2024, 5, 1), date(2024, 5, 9), date(2024, 5, 23),
	date(2024, 6, 17), date(2024, 9, 16), date(2024, 12, 25),
	date(2025, 1, 1), date(2025, 1, 27), date(2025, 1, 29), date(2025, 3, 31), date(2025, 4, 1),
	date(2025, 4, 18), date(2025, 5, 1), date(2025, 5, 12), date(2025, 5, 29), date(2025, 6, 6),
	date(2025, 6, 27), date(2025, 9, 5), date(2025, 12, 25),
}

type quarter struct{ year, q int }

func (q quarter) start() time.Time { return date(q.year, 3*q.q-2, 1) }
func (q quarter) end() time.Time   { return date(q.year, 3*q.q+1, 1).AddDate(0, 0, -1) }
func (q quarter) code() string     { return fmt.Sprintf("%d-Q%d", q.year, q.q) }

var quarters = []quarter{{2024, 1}, {2024, 2}, {2024, 3}, {2024, 4}, {2025, 1}, {2025, 2}, {2025, 3}, {2025, 4}}

func workdays(from, to time.Time) []time.Time {
	var ds []time.Time
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || slices.ContainsFunc(holidays, d.Equal) {
			continue
		}
		ds = append(ds, d)
	}
	return ds
}

// normQuantile is the inverse of the standard normal CDF.
func normQuantile(u float64) float64 { return math.Sqrt2 * math.Erfinv(2*u-1) }

type request struct {
	t      time.Time // local wall clock in the region's zone
	svc    int
	tat    time.Duration
	status string
	kanal  string
	nip    string
	layout int
}

var serviceRequestHeader = []string{"id_permohonan", "kode_unit", "layanan", "kanal", "diajukan", "selesai", "status", "nip_petugas"}

// DumaiKTPMedianHours are the planted medians of truth (a), 2024-Q1 … 2025-Q4.
func dumaiMedian(qi int) float64 { return 30 * math.Pow(0.1, float64(qi)/7) }

func (w *world) requests(r *rand.Rand) [][]string {
	var rows [][]string
	for ri, reg := range w.regions {
		loc := time.FixedZone(reg.zone, reg.offsetH*3600)
		du := w.units[w.dukcapil[ri]]
		var officers []string
		for _, m := range du.members {
			if m != du.head {
				officers = append(officers, w.emps[m].nip)
			}
		}
		medians := make([]float64, len(dukcapilServices))
		for s, svc := range dukcapilServices {
			switch {
			case ri == rSubul && batasJam(svc) == 24:
				medians[s] = 40 + 20*r.Float64()
			case ri == rSubul:
				medians[s] = 75 + 35*r.Float64()
			default:
				medians[s] = 6 + 14*r.Float64()
			}
		}
		seq := 0
		for qi, q := range quarters {
			days := workdays(q.start(), q.end())
			var reqs []request
			for s, svc := range dukcapilServices {
				n := 40 + r.IntN(81)
				if svc == "KTP_EL" {
					n = 150 + r.IntN(101)
				}
				hours := make([]float64, n)
				switch {
				case ri == rDumai && svc == "KTP_EL":
					// stratified quantiles: the sample median is pinned to the target
					for i := range hours {
						u := (float64(i) + r.Float64()) / float64(n)
						hours[i] = dumaiMedian(qi) * math.Exp(0.45*normQuantile(u))
					}
					r.Shuffle(n, func(i, j int) { hours[i], hours[j] = hours[j], hours[i] })
				case ri == rSubul:
					for i := range hours {
						hours[i] = medians[s] * math.Exp(0.35*r.NormFloat64())
					}
				default:
					for i := range hours {
						hours[i] = medians[s] * math.Exp(0.6*r.NormFloat64())
					}
				}
				for i := 0; i < n; i++ {
					d := days[r.IntN(len(days))]
					t := time.Date(d.Year(), d.Month(), d.Day(), 8, 0, 0, 0, loc).Add(time.Duration(r.IntN(421)) * time.Minute)
					tat := time.Duration(max(10, math.Round(hours[i]*60))) * time.Minute
					k := r.IntN(100)
					kanal := "loket"
					if k >= 90 {
						kanal = "jemput_bola"
					} else if k >= 60 {
						kanal = "online"
					}
					status := "selesai"
					if r.IntN(100) < 3 {
						status = "ditolak"
					}
					if (!t.Before(time.Date(2025, 12, 18, 0, 0, 0, 0, loc)) && r.IntN(100) < 30) ||
						t.Add(tat).After(time.Date(2025, 12, 31, 23, 59, 0, 0, loc)) {
						status = "proses"
					}
					reqs = append(reqs, request{t: t, svc: s, tat: tat, status: status, kanal: kanal,
						nip: officers[r.IntN(len(officers))], layout: r.IntN(4)})
				}
			}
			slices.SortStableFunc(reqs, func(a, b request) int { return a.t.Compare(b.t) })
			for _, x := range reqs {
				seq++
				sel := ""
				if x.status != "proses" {
					sel = fmtStamp(x.t.Add(x.tat), reg.zone, x.layout)
				}
				rows = append(rows, []string{fmt.Sprintf("PMH-%s-%06d", reg.undotted, seq), du.code, dukcapilServices[x.svc],
					x.kanal, fmtStamp(x.t, reg.zone, x.layout), sel, x.status, x.nip})
			}
		}
	}
	return rows
}

// fmtStamp writes a local timestamp: WIB without a zone (the default),
// WITA and WIT in one of four notations seen in real exports.
func fmtStamp(t time.Time, zone string, layout int) string {
	if zone == "WIB" {
		return t.Format("2006-01-02 15:04:05")
	}
	switch layout {
	case 0:
		return t.Format("2006-01-02 15:04:05-07:00")
	case 1:
		return t.Format("2006-01-02 15:04") + " " + zone
	case 2:
		return t.Format("2006-01-02T15:04:05-07:00")
	}
	return t.Format("02/01/2006 15:04") + " " + zone
}

var standardsHeader = []string{"kode_wilayah", "layanan", "batas_jam", "berlaku_mulai"}

func (w *world) standards() [][]string {
	var rows [][]string
	for _, svc := range dukcapilServices {
		rows = append(rows, []string{"", svc, "1", "2023-01-01"})
	}
	for _, reg := range w.regions {
		code := reg.code
		if reg.code == "96.71" {
			code = "9271" // the pre-2022 code, BPS style
		}
		for _, svc := range dukcapilServices {
			rows = append(rows, []string{code, svc, strconv.Itoa(batasJam(svc)), "2024-01-01"})
		}
	}
	return rows
}

var surveyHeader = []string{"id_responden", "kode_unit", "tanggal", "layanan", "u_persyaratan", "u_prosedur", "u_waktu", "u_biaya", "u_produk", "u_kompetensi", "u_perilaku", "u_pengaduan", "u_sarana"}

// element offsets from the unit mean; they sum to zero.
var elementOffset = [9]float64{0.05, 0, -0.15, 0.2, 0, 0.05, 0.05, -0.15, -0.05}

// answerCounts returns how many answers 1..4 out of n give mean ≈ q.
func answerCounts(q float64, n int) [4]int {
	lo := [4]float64{0.25, 0.35, 0.30, 0.10} // mean 2.25
	hi := [4]float64{0, 0.02, 0.30, 0.68}    // mean 3.66
	wt := min(max((q-2.25)/1.41, 0), 1)
	var c [4]int
	var frac [4]float64
	tot := 0
	for v := range c {
		x := ((1-wt)*lo[v] + wt*hi[v]) * float64(n)
		c[v] = int(x)
		frac[v] = x - float64(c[v])
		tot += c[v]
	}
	for tot < n { // largest remainders
		best := 0
		for v := 1; v < 4; v++ {
			if frac[v] > frac[best] {
				best = v
			}
		}
		c[best]++
		frac[best] = -1
		tot++
	}
	return c
}

func (w *world) surveys(r *rand.Rand) [][]string {
	var rows [][]string
	for _, reg := range w.regions {
		for _, ui := range reg.units {
			u := w.units[ui]
			if u.spec.surveys == nil {
				continue
			}
			base := 3.12 + 0.38*r.Float64()
			for _, q := range quarters {
				mean := base + 0.1*(r.Float64()-0.5)
				if ui == w.inflated {
					mean = 2.42 + 0.2*r.Float64()
				}
				n := 20 + r.IntN(31)
				// exact answer counts per element (so the unit's IKM is pinned),
				// handed out along a latent satisfaction of each respondent
				latent := make([]float64, n)
				for i := range latent {
					latent[i] = r.NormFloat64()
				}
				var cols [9][]int
				for e := range cols {
					c := answerCounts(min(max(mean+elementOffset[e], 1.3), 3.9), n)
					var sorted []int
					for v := range c {
						for k := 0; k < c[v]; k++ {
							sorted = append(sorted, v+1)
						}
					}
					key := make([]float64, n)
					idx := make([]int, n)
					for i := range key {
						key[i] = latent[i] + 0.8*r.NormFloat64()
						idx[i] = i
					}
					slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(key[a], key[b]) })
					cols[e] = make([]int, n)
					for rank, i := range idx {
						cols[e][i] = sorted[rank]
					}
				}
				days := workdays(q.start(), q.end())
				dates := make([]time.Time, n)
				for i := range dates {
					dates[i] = days[r.IntN(len(days))]
				}
				slices.SortFunc(dates, time.Time.Compare)
				for i := 0; i < n; i++ {
					row := []string{fmt.Sprintf("SKM-%s-%dQ%d-%03d", strings.ReplaceAll(u.code, ".", ""), q.year, q.q, i+1), u.code,
						dates[i].Format("02/01/2006"), u.spec.surveys[r.IntN(len(u.spec.surveys))]}
					letters := r.IntN(100) < 10
					for e := range cols {
						v := cols[e][i]
						if letters {
							row = append(row, string(rune('a'+v-1)))
						} else {
							row = append(row, strconv.Itoa(v))
						}
					}
					rows = append(rows, row)
				}
			}
		}
	}
	return rows
}

var healthHeader = []string{"kode_unit", "periode", "indikator", "nilai", "target", "satuan", "arah"}

func commaDec(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', 1, 64), ".", ",", 1)
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

func (w *world) healthIndicators(r *rand.Rand) [][]string {
	var rows [][]string
	for _, reg := range w.regions {
		for _, ui := range reg.units {
			u := w.units[ui]
			if u.spec.kind != kPuskesmas {
				continue
			}
			pasien := 1800 + r.IntN(2700)
			target := (pasien*105/100 + 50) / 100 * 100
			tunggu := 25 + 30*r.Float64()
			puas := 76 + 16*r.Float64()
			for qi, q := range quarters {
				p := pasien + r.IntN(pasien/5) - pasien/10
				wait := tunggu + 10*(r.Float64()-0.5)
				if ui == w.waiting { // truth (f): patients wait longer every quarter
					wait = 32 + 6*float64(qi) + 4*(wait-tunggu)/10
				}
				rows = append(rows,
					[]string{u.code, q.code(), "pasien_dilayani", strconv.Itoa(p), strconv.Itoa(target), "orang", "naik"},
					[]string{u.code, q.code(), "waktu_tunggu_menit", commaDec(wait), "30", "menit", "turun"},
					[]string{u.code, q.code(), "kepuasan_pasien", commaDec(min(puas+4*(r.Float64()-0.5), 99)), "85", "persen", "naik"})
			}
		}
	}
	return rows
}

type indicatorJSON struct {
	KodeUnit  string  `json:"kode_unit"`
	Periode   string  `json:"periode"`
	Indikator string  `json:"indikator"`
	Nilai     float64 `json:"nilai"`
	Target    float64 `json:"target"`
	Satuan    string  `json:"satuan"`
	Arah      string  `json:"arah"`
}

func (w *world) educationIndicators(r *rand.Rand) []indicatorJSON {
	var out []indicatorJSON
	for _, reg := range w.regions {
		for _, ui := range reg.units {
			u := w.units[ui]
			if u.spec.kind != kSekolah {
				continue
			}
			hadir := 87 + 10*r.Float64()
			nilai := 66 + 16*r.Float64()
			for qi, q := range quarters {
				out = append(out,
					indicatorJSON{u.code, q.code(), "kehadiran_guru", round1(min(hadir+3*(r.Float64()-0.5), 99.5)), 95, "persen", "naik"},
					indicatorJSON{u.code, q.code(), "nilai_rata_rata", round1(nilai + 0.3*float64(qi) + 3*(r.Float64()-0.5)), 75, "nilai", "naik"})
			}
		}
	}
	return out
}

package demogen

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The rows of one national government, file family by file family.

var natPeriods = periods(2025)

// natAppraisals writes the 2025 appraisals: every quarter and the year, an
// atasan and a diri row for everyone assigned on the period's last day, and a
// rekan row for about 10 %.
func (w *world) natAppraisals(r *rand.Rand, o *csvOut) {
	org := make([]string, len(w.units))
	for i := range org {
		switch k := r.IntN(100); {
		case k < 15:
			org[i] = "istimewa"
		case k < 90:
			org[i] = "baik"
		default:
			org[i] = "butuh_perbaikan"
		}
	}
	base := make([]int, len(w.emps))
	for i := range base {
		base[i] = drawClass(r)
	}
	byUnit := make([][]int, len(w.units))
	for _, per := range natPeriods {
		for u := range byUnit {
			byUnit[u] = byUnit[u][:0]
		}
		cur := make([]*assignment, len(w.emps))
		for i, e := range w.emps {
			if a := e.at(per.end); a != nil {
				cur[i] = a
				byUnit[a.unit] = append(byUnit[a.unit], i)
			}
		}
		for i, e := range w.emps {
			a := cur[i]
			if a == nil {
				continue
			}
			c := base[i]
			if !per.annual && r.IntN(100) < 30 {
				c = drawClass(r)
			}
			h, p := classRatings(r, c)
			orgR := ""
			if per.annual {
				orgR = org[a.unit]
				if w.units[a.unit].head == i {
					h = orgHasil(orgR)
				}
			}
			penilai := ""
			if a.sup >= 0 {
				penilai = w.emps[a.sup].nip
			}
			ber := berakhlak(r, p)
			o.write(w.apprRow(r, per, e.nip, "atasan", penilai, a.unit, h, p, &ber, orgR, 0, true).f...)
			dh, dp := h, p
			if r.IntN(2) == 0 && dh < diatas {
				dh++
			}
			if r.IntN(2) == 0 && dp < diatas {
				dp++
			}
			o.write(w.apprRow(r, per, e.nip, "diri", e.nip, a.unit, dh, dp, nil, "", 0, true).f...)
			if coll := byUnit[a.unit]; len(coll) > 1 && r.IntN(100) < 10 {
				j := coll[r.IntN(len(coll))]
				if j == i {
					j = coll[(slices.Index(coll, i)+1)%len(coll)]
				}
				o.write(w.apprRow(r, per, e.nip, "rekan", w.emps[j].nip, a.unit, jitter(r, h), jitter(r, p), nil, "", 0, false).f...)
			}
		}
	}
}

var natServiceWeights = []int{30, 20, 18, 6, 6, 10, 10} // KTP_EL, KK, AKTA_LAHIR, AKTA_MATI, AKTA_KAWIN, PINDAH, KIA

var natQuarters = []quarter{{2025, 1}, {2025, 2}, {2025, 3}, {2025, 4}}

// natRequests writes n Dukcapil requests of 2025 for the government's
// Disdukcapil, timestamps in WIB without a zone (offsetH is the region's
// own zone, from which the office hours are converted).
func (w *world) natRequests(r *rand.Rand, o *csvOut, n, offsetH int) {
	if len(w.dukcapil) == 0 || n == 0 {
		return
	}
	du := w.units[w.dukcapil[0]]
	var officers []string
	for _, m := range du.members {
		if m != du.head {
			officers = append(officers, w.emps[m].nip)
		}
	}
	if len(officers) == 0 {
		officers = []string{w.emps[du.head].nip}
	}
	medians := make([]float64, len(dukcapilServices))
	for s := range medians {
		medians[s] = 2 + 30*r.Float64()
	}
	var days []time.Time
	for _, q := range natQuarters {
		days = append(days, workdays(q.start(), q.end())...)
	}
	shift := time.Duration(7-offsetH) * time.Hour // local wall clock -> WIB
	cutoff := date(2025, 12, 31).Add(23*time.Hour + 59*time.Minute)
	lateFrom := date(2025, 12, 18)
	prefix := "PMH-" + strings.ReplaceAll(w.regions[0].code, ".", "") + "-"
	for i := 0; i < n; i++ {
		k := r.IntN(100)
		s := 0
		for ; s < len(natServiceWeights)-1 && k >= natServiceWeights[s]; s++ {
			k -= natServiceWeights[s]
		}
		d := days[r.IntN(len(days))]
		t := d.Add(8*time.Hour + time.Duration(r.IntN(421))*time.Minute + shift)
		tat := time.Duration(max(10, math.Round(medians[s]*math.Exp(0.7*r.NormFloat64())*60))) * time.Minute
		kanal := "loket"
		switch k := r.IntN(100); {
		case k >= 90:
			kanal = "jemput_bola"
		case k >= 60:
			kanal = "online"
		}
		status := "selesai"
		if r.IntN(100) < 3 {
			status = "ditolak"
		}
		if (!t.Before(lateFrom) && r.IntN(100) < 30) || t.Add(tat).After(cutoff) {
			status = "proses"
		}
		sel := ""
		if status != "proses" {
			sel = t.Add(tat).Format("2006-01-02 15:04:05")
		}
		o.write(prefix+strconv.Itoa(i+1), du.code, dukcapilServices[s], kanal, t.Format("2006-01-02 15:04:05"), sel, status,
			officers[r.IntN(len(officers))])
	}
}

// natIndicators writes three health indicators per puskesmas and quarter.
func (w *world) natIndicators(r *rand.Rand, o *csvOut) {
	for _, u := range w.units {
		if u.spec.kind != kPuskesmas {
			continue
		}
		pasien := 1800 + r.IntN(2700)
		tunggu := 25 + 30*r.Float64()
		puas := 76 + 16*r.Float64()
		for _, q := range natQuarters {
			o.write(u.code, q.code(), "pasien_dilayani", strconv.Itoa(pasien+r.IntN(pasien/5)-pasien/10), strconv.Itoa(pasien/100*100+100), "orang", "naik")
			o.write(u.code, q.code(), "waktu_tunggu_menit", strconv.FormatFloat(round1(tunggu+10*(r.Float64()-0.5)), 'f', 1, 64), "30", "menit", "turun")
			o.write(u.code, q.code(), "kepuasan_pasien", strconv.FormatFloat(round1(min(puas+4*(r.Float64()-0.5), 99)), 'f', 1, 64), "85", "persen", "naik")
		}
	}
}

// natSurveys writes about total IKM responses over the government's surveyed
// units and the four quarters of 2025.
func (w *world) natSurveys(r *rand.Rand, o *csvOut, total float64) {
	var surveyed []*unit
	for _, u := range w.units {
		if u.spec.surveys != nil {
			surveyed = append(surveyed, u)
		}
	}
	if len(surveyed) == 0 {
		return
	}
	per := total / float64(len(surveyed)*len(natQuarters))
	carry := r.Float64()
	score := make([]string, 9)
	for _, u := range surveyed {
		mean := 2.7 + 0.9*r.Float64()
		id := "SKM-" + strings.ReplaceAll(u.code, ".", "") + "-"
		seq := 0
		for _, q := range natQuarters {
			carry += per
			n := int(carry)
			carry -= float64(n)
			days := workdays(q.start(), q.end())
			for i := 0; i < n; i++ {
				seq++
				for e := range score {
					v := int(math.Round(mean + elementOffset[e] + 0.7*r.NormFloat64()))
					score[e] = strconv.Itoa(min(max(v, 1), 4))
				}
				rec := append([]string{id + strconv.Itoa(seq), u.code, fmtDate(days[r.IntN(len(days))]),
					u.spec.surveys[r.IntN(len(u.spec.surveys))]}, score...)
				o.write(rec...)
			}
		}
	}
}

// natTrainings writes about perEmp training rows per employee in 2025.
func (w *world) natTrainings(r *rand.Rand, o *csvOut, perEmp float64) {
	days := workdays(date(2025, 1, 8), date(2025, 12, 12))
	whole, frac := math.Modf(perEmp)
	for _, e := range w.emps {
		a := e.at(date(2025, 6, 30))
		if a == nil {
			continue
		}
		kind := w.units[a.unit].spec.kind
		n := int(whole)
		if r.Float64() < frac {
			n++
		}
		for ; n > 0; n-- {
			x := &activities[r.IntN(len(activities))]
			for (x.kinds != nil && !slices.Contains(x.kinds, kind)) || (x.role >= 0 && x.role != e.role) {
				x = &activities[r.IntN(len(activities))]
			}
			jp := x.jpLo + r.IntN(x.jpHi-x.jpLo+1)
			start := days[r.IntN(len(days))]
			o.write(e.nip, x.name, x.jenis, x.komp, strconv.Itoa(jp), fmtDate(start), fmtDate(start.AddDate(0, 0, (jp+7)/8-1)))
		}
	}
}

// natPotentials writes one potensi per employee assigned on 2025-12-31.
func (w *world) natPotentials(r *rand.Rand, o *csvOut) {
	for _, e := range w.emps {
		if e.at(date(2025, 12, 31)) == nil {
			continue
		}
		p := "menengah"
		switch k := r.IntN(100); {
		case k < 25:
			p = "rendah"
		case k >= 80:
			p = "tinggi"
		}
		o.write(e.nip, "2025", p)
	}
}

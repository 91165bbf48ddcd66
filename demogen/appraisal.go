package demogen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// ratings: 0 di_bawah, 1 sesuai, 2 di_atas
const (
	dibawah = 0
	sesuai  = 1
	diatas  = 2
)

// predikat indices
const (
	pSangatBaik = iota
	pBaik
	pButuhPerbaikan
	pKurang
	pSangatKurang
)

// predikatOf is the matrix of DOMAIN.md (rows hasil kerja, columns perilaku).
func predikatOf(h, p int) int {
	switch h {
	case diatas:
		return [3]int{pKurang, pBaik, pSangatBaik}[p]
	case sesuai:
		return [3]int{pKurang, pBaik, pBaik}[p]
	default:
		return [3]int{pSangatKurang, pButuhPerbaikan, pButuhPerbaikan}[p]
	}
}

var ratingForms = [4][3]string{
	{"di_bawah", "sesuai", "di_atas"},
	{"Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"},
	{"DI BAWAH EKSPEKTASI", "SESUAI EKSPEKTASI", "DI ATAS EKSPEKTASI"},
	{"di bawah ekspektasi", "sesuai ekspektasi", "di atas ekspektasi"},
}

var predikatForms = [4][5]string{
	{"sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"},
	{"Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"},
	{"SANGAT BAIK", "BAIK", "BUTUH PERBAIKAN", "KURANG/MISCONDUCT", "SANGAT KURANG"},
	{"sangat baik", "baik", "butuh perbaikan", "kurang/misconduct", "sangat kurang"},
}

func styleOf(r *rand.Rand) int {
	k := r.IntN(100)
	switch {
	case k < 40:
		return 0
	case k < 70:
		return 1
	case k < 85:
		return 2
	}
	return 3
}

func orgText(v string, style int) string {
	switch style {
	case 1: // "Butuh Perbaikan"
		words := strings.Split(v, "_")
		for i, x := range words {
			words[i] = strings.ToUpper(x[:1]) + x[1:]
		}
		return strings.Join(words, " ")
	case 2:
		return strings.ToUpper(strings.ReplaceAll(v, "_", " "))
	}
	return v
}

type period struct {
	code   string
	year   int
	q      int // 0 = annual
	end    time.Time
	annual bool
}

func periods(year int) []period {
	var ps []period
	for q := 1; q <= 4; q++ {
		code := fmt.Sprintf("%d-Q%d", year, q)
		if year == 2024 {
			code = fmt.Sprintf("%d-TW%d", year, q)
		}
		ps = append(ps, period{code: code, year: year, q: q, end: date(year, q*3+1, 1).AddDate(0, 0, -1)})
	}
	ps = append(ps, period{code: strconv.Itoa(year), year: year, end: date(year, 12, 31), annual: true})
	return ps
}

type appr struct {
	emp, unit, sup int
	h, p           int
	lockH, lockP   bool
	ber            [7]int
}

var apprHeader = []string{"nip", "periode", "sumber", "nip_penilai", "hasil_kerja", "perilaku_kerja", "predikat", "capaian_iki", "rating_organisasi",
	"perilaku_berorientasi_pelayanan", "perilaku_akuntabel", "perilaku_kompeten", "perilaku_harmonis", "perilaku_loyal", "perilaku_adaptif", "perilaku_kolaboratif",
	"tanggapan", "hasil_keberatan"}

// Columns of the employee's response in apprHeader.
const (
	colTanggapan = 16
	colHasil     = 17
)

type apprRow struct {
	f      []string
	unit   int
	atasan bool
	h, p   int
	style  int
}

// drawClass draws a predikat class from the baseline distribution.
func drawClass(r *rand.Rand) int {
	k := r.IntN(100)
	switch {
	case k < 28:
		return pSangatBaik
	case k < 85:
		return pBaik
	case k < 95:
		return pButuhPerbaikan
	case k < 99:
		return pKurang
	}
	return pSangatKurang
}

func classRatings(r *rand.Rand, c int) (int, int) {
	k := r.IntN(100)
	switch c {
	case pSangatBaik:
		return diatas, diatas
	case pBaik:
		switch {
		case k < 25:
			return diatas, sesuai
		case k < 80:
			return sesuai, sesuai
		}
		return sesuai, diatas
	case pButuhPerbaikan:
		if k < 80 {
			return dibawah, sesuai
		}
		return dibawah, diatas
	case pKurang:
		if k < 15 {
			return diatas, dibawah
		}
		return sesuai, dibawah
	}
	return dibawah, dibawah
}

// orgRatings draws one organisational rating per unit and year.
func (w *world) orgRatings(r *rand.Rand, year int) []string {
	out := make([]string, len(w.units))
	for _, reg := range w.regions {
		var cand []int
		for _, ui := range reg.units {
			out[ui] = "baik"
			if ui == w.inflated {
				out[ui] = "istimewa"
			} else {
				cand = append(cand, ui)
			}
		}
		if r.IntN(100) < 35 {
			out[cand[r.IntN(len(cand))]] = "istimewa"
		}
		if r.IntN(100) < 35 {
			ui := cand[r.IntN(len(cand))]
			if out[ui] == "baik" {
				out[ui] = "butuh_perbaikan"
			}
		}
	}
	// truth (f), set after the draws so that no other unit's rating changes
	if w.waiting >= 0 {
		out[w.waiting] = "istimewa"
	}
	return out
}

func orgHasil(v string) int {
	switch v {
	case "istimewa":
		return diatas
	case "baik":
		return sesuai
	}
	return dibawah
}

// appraisals generates the rows of penilaian_<year>.csv.
func (w *world) appraisals(r *rand.Rand, year int) []apprRow {
	org := w.orgRatings(r, year)
	// latent class of the year, per employee
	base := make([]int, len(w.emps))
	for i := range base {
		base[i] = drawClass(r)
	}
	var rows []apprRow
	for _, per := range periods(year) {
		rows = append(rows, w.periodRows(r, per, base, org)...)
	}
	return rows
}

func (w *world) periodRows(r *rand.Rand, per period, base []int, org []string) []apprRow {
	// who is where
	var as []*appr
	byEmp := make([]*appr, len(w.emps))
	for i, e := range w.emps {
		a := e.at(per.end)
		if a == nil {
			continue
		}
		x := &appr{emp: i, unit: a.unit, sup: a.sup}
		c := base[i]
		if !per.annual && r.IntN(100) < 30 {
			c = drawClass(r)
		}
		x.h, x.p = classRatings(r, c)
		as = append(as, x)
		byEmp[i] = x
	}
	curUnit := func(emp int) int {
		if byEmp[emp] == nil {
			return -1
		}
		return byEmp[emp].unit
	}
	// heads get the organisational rating as their annual hasil kerja
	if per.annual {
		for _, x := range as {
			if w.units[x.unit].head == x.emp {
				x.h, x.lockH = orgHasil(org[x.unit]), true
			}
		}
	}
	// groups by supervisor
	groups := make([][]*appr, len(w.emps))
	for _, x := range as {
		if x.sup >= 0 {
			groups[x.sup] = append(groups[x.sup], x)
		}
	}
	// truth (b): the inflated unit is (almost) all Sangat Baik
	for _, x := range as {
		if x.unit == w.inflated {
			x.h, x.p, x.lockH, x.lockP = diatas, diatas, true, true
		}
	}
	for s, g := range groups {
		if curUnit(s) != w.inflated || len(g) < 8 {
			continue
		}
		k := len(g) * 14 / 100
		for _, j := range r.Perm(len(g))[:k] {
			if w.units[g[j].unit].head != g[j].emp {
				g[j].p = sesuai
			}
		}
	}
	// truth (d): the lenient rater gives di_atas to everyone
	for _, x := range groups[w.lenient] {
		x.h, x.p, x.lockH, x.lockP = diatas, diatas, true, true
	}
	// truth (c): half of Dinas Kesehatan Kota Palu is di_bawah on pelayanan
	pelBawah := make([]bool, len(w.emps))
	{
		var members []*appr
		for _, x := range as {
			if x.unit == w.pelayanan {
				members = append(members, x)
			}
		}
		k := (len(members) + 1) / 2
		for _, j := range r.Perm(len(members))[:k] {
			x := members[j]
			pelBawah[x.emp] = true
			if x.p == diatas && !x.lockP {
				x.p = sesuai
			}
		}
	}
	// everyone else rates di_atas to at most 40 % of their ratees, on each axis
	for s, g := range groups {
		if len(g) == 0 || s == w.lenient || curUnit(s) == w.inflated {
			continue
		}
		limit := len(g) * 40 / 100
		capAxis := func(get func(*appr) *int, locked func(*appr) bool) {
			n := 0
			for _, x := range g {
				if *get(x) == diatas {
					n++
				}
			}
			for _, j := range r.Perm(len(g)) {
				if n <= limit {
					break
				}
				x := g[j]
				if *get(x) == diatas && !locked(x) {
					*get(x) = sesuai
					n--
				}
			}
		}
		capAxis(func(x *appr) *int { return &x.h }, func(x *appr) bool { return x.lockH })
		capAxis(func(x *appr) *int { return &x.p }, func(x *appr) bool { return x.lockP })
	}
	// BerAKHLAK values, consistent with perilaku kerja
	for _, x := range as {
		x.ber = berakhlak(r, x.p)
	}
	// pelayanan: truth (c) in its unit, ≤ 10 % everywhere else
	byUnit := make([][]*appr, len(w.units))
	for _, x := range as {
		byUnit[x.unit] = append(byUnit[x.unit], x)
	}
	for ui, members := range byUnit {
		if ui == w.pelayanan {
			for _, x := range members {
				if pelBawah[x.emp] {
					x.ber[0] = dibawah
				} else if x.ber[0] == dibawah {
					x.ber[0] = sesuai
				}
			}
			continue
		}
		limit := len(members) * 10 / 100
		n := 0
		for _, x := range members {
			if x.ber[0] == dibawah {
				n++
				if n > limit {
					x.ber[0] = sesuai
				}
			}
		}
	}
	// truth (f): the staff of the Palu puskesmas (everyone appraised there but
	// its head, whom the Sekretaris Daerah rates) are Sangat Baik, with every
	// BerAKHLAK value di_atas. Applied last, without a random draw, so that
	// the draws of every other row stay as they were.
	for _, x := range as {
		if x.unit == w.waiting && w.units[x.unit].head != x.emp {
			x.h, x.p = diatas, diatas
			for i := range x.ber {
				x.ber[i] = diatas
			}
		}
	}
	// rows
	var rows []apprRow
	for _, x := range as {
		e := w.emps[x.emp]
		penilai := ""
		if x.sup >= 0 {
			penilai = w.emps[x.sup].nip
		}
		orgR := ""
		st := styleOf(r)
		if per.annual {
			orgR = orgText(org[x.unit], st%3)
		}
		rows = append(rows, w.apprRow(r, per, e.nip, "atasan", penilai, x.unit, x.h, x.p, &x.ber, orgR, st, true))
		dh, dp := x.h, x.p
		if r.IntN(2) == 0 && dh < diatas {
			dh++
		}
		if r.IntN(2) == 0 && dp < diatas {
			dp++
		}
		rows = append(rows, w.apprRow(r, per, e.nip, "diri", e.nip, x.unit, dh, dp, nil, "", styleOf(r), true))
		if r.IntN(100) < 30 {
			var coll []int
			for _, y := range byUnit[x.unit] {
				if y.emp != x.emp {
					coll = append(coll, y.emp)
				}
			}
			if len(coll) > 0 {
				rh, rp := jitter(r, x.h), jitter(r, x.p)
				rows = append(rows, w.apprRow(r, per, e.nip, "rekan", w.emps[coll[r.IntN(len(coll))]].nip, x.unit, rh, rp, nil, "", styleOf(r), false))
			}
		}
	}
	return rows
}

func jitter(r *rand.Rand, v int) int {
	switch k := r.IntN(100); {
	case k < 12 && v > dibawah:
		return v - 1
	case k < 24 && v < diatas:
		return v + 1
	}
	return v
}

// berakhlak draws the seven core-value ratings for a perilaku kerja rating.
func berakhlak(r *rand.Rand, p int) [7]int {
	var b [7]int
	switch p {
	case diatas:
		for i := range b {
			b[i] = sesuai
			if r.IntN(100) < 75 {
				b[i] = diatas
			}
		}
		n := 0
		for _, v := range b {
			if v == diatas {
				n++
			}
		}
		for _, i := range r.Perm(7) {
			if n >= 4 {
				break
			}
			if b[i] != diatas {
				b[i] = diatas
				n++
			}
		}
	case sesuai:
		up, down := 0, 0
		for i := range b {
			b[i] = sesuai
			k := r.IntN(100)
			if k < 10 && up < 3 {
				b[i] = diatas
				up++
			} else if k >= 94 && down < 2 {
				b[i] = dibawah
				down++
			}
		}
	default:
		for i := range b {
			b[i] = sesuai
		}
		for _, i := range r.Perm(7)[:3+r.IntN(3)] {
			b[i] = dibawah
		}
	}
	return b
}

func (w *world) apprRow(r *rand.Rand, per period, nip, sumber, penilai string, ui, h, p int, ber *[7]int, org string, style int, iki bool) apprRow {
	f := make([]string, len(apprHeader))
	f[0], f[1], f[2], f[3] = nip, per.code, sumber, penilai
	f[4], f[5] = ratingForms[style][h], ratingForms[style][p]
	if r.IntN(100) < 60 {
		f[6] = predikatForms[style][predikatOf(h, p)]
	}
	if iki {
		var v float64
		switch h {
		case diatas:
			v = 110 + float64(r.IntN(201))/10
		case sesuai:
			v = 85 + float64(r.IntN(250))/10
		default:
			v = 60 + float64(r.IntN(250))/10
		}
		f[7] = strconv.FormatFloat(v, 'f', 1, 64)
		if per.year == 2024 {
			f[7] = strings.Replace(f[7], ".", ",", 1)
		}
	}
	f[8] = org
	if ber != nil {
		for i, v := range ber {
			f[9+i] = ratingForms[style][v]
		}
	}
	return apprRow{f: f, unit: ui, atasan: sumber == "atasan", h: h, p: p, style: style}
}

// plantContradictions rewrites the predikat of four atasan rows in four
// different ordinary units so that it contradicts the matrix.
func (w *world) plantContradictions(r *rand.Rand, rows []apprRow) {
	done := make([]bool, len(w.units))
	n := 0
	for _, i := range r.Perm(len(rows)) {
		if n == 4 {
			break
		}
		x := rows[i]
		if !x.atasan || done[x.unit] || w.units[x.unit].special || x.f[3] == "" {
			continue
		}
		right := predikatOf(x.h, x.p)
		wrong := (right + 1 + r.IntN(4)) % 5
		rows[i].f[6] = predikatForms[x.style][wrong]
		done[x.unit] = true
		n++
	}
}

// plantResponses writes the employees' responses (tanggapan, hasil_keberatan)
// on atasan rows, from their own stream so that no other column changes: in
// Kota Dumai, where employees respond in the system, about 70 % of the
// appraisals get a response and about 10 % an objection (keberatan), more
// often when the predikat is below Baik; elsewhere about 15 % respond and
// 2 % object. An objection's outcome (hasil_keberatan) is diterima, ditolak
// or proses; an objection to the year's last periods (Q4 and the annual
// appraisal of 2025) is often still undecided (proses or empty).
func (w *world) plantResponses(r *rand.Rand, rows []apprRow) {
	for i := range rows {
		x := &rows[i]
		if !x.atasan {
			continue
		}
		dumai := w.units[x.unit].region == rDumai
		respond, object := 15, 2
		if dumai {
			respond, object = 70, 8
			if predikatOf(x.h, x.p) >= pButuhPerbaikan {
				object = 45
			}
		}
		k := r.IntN(100)
		switch {
		case k < object:
			x.f[colTanggapan] = []string{"keberatan", "Keberatan", "KEBERATAN"}[x.style%3]
			late := x.f[1] == "2025-Q4" || x.f[1] == "2025"
			switch d := r.IntN(100); {
			case late && d < 50:
				x.f[colHasil] = "proses"
			case late && d < 70, !late && d < 5:
				// not yet recorded
			case d < 40 || (late && d < 80):
				x.f[colHasil] = []string{"diterima", "Diterima", "DITERIMA"}[x.style%3]
			case d < 90:
				x.f[colHasil] = []string{"ditolak", "Ditolak", "DITOLAK"}[x.style%3]
			default:
				x.f[colHasil] = "proses"
			}
		case k < respond:
			x.f[colTanggapan] = []string{"setuju", "Setuju", "SETUJU"}[x.style%3]
		}
	}
}

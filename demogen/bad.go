package demogen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// badEmployees returns three malformed employee rows: two 17-digit NIPs and
// one NIP whose birth date has month 13.
func (w *world) badEmployees(r *rand.Rand) [][]string {
	var units []*unit
	for _, ui := range w.regions[rPalu].units {
		if !w.units[ui].special {
			units = append(units, w.units[ui])
		}
	}
	used := map[string]bool{}
	var rows [][]string
	for i := 0; i < 2; i++ {
		female := r.IntN(2) == 0
		nip, tmt := genNIP(r, false, female, 1975, 1998, used, demoSeq)
		nip = nip[:15] + nip[16:] // a digit lost in a spreadsheet
		u := units[r.IntN(len(units))]
		rows = append(rows, []string{nip, w.genName(r, rPalu, female, "Pengadministrasi Umum", roleStaff), "PNS",
			"Pengadministrasi Umum", "pelaksana", golPNS[1+r.IntN(4)], u.code, fmtDate(tmt.AddDate(0, 2, 0))})
	}
	u := units[r.IntN(len(units))]
	rows = append(rows, []string{"198713052015032004", w.genName(r, rPalu, true, "Analis Kebijakan Ahli Pertama", roleStaff), "PNS",
		"Analis Kebijakan Ahli Pertama", "fungsional", "III/a", u.code, "2015-06-01"})
	return rows
}

// badAppraisals returns two re-entered atasan rows of 2025 whose hasil_kerja
// reads "luar biasa", which is no rating.
func (w *world) badAppraisals(r *rand.Rand, rows []apprRow) [][]string {
	var out [][]string
	start := len(rows)/3 + r.IntN(len(rows)/3)
	for i := start; len(out) < 2; i = (i + 1) % len(rows) {
		x := rows[i]
		if !x.atasan || w.units[x.unit].special || x.f[3] == "" {
			continue
		}
		f := append([]string(nil), x.f...)
		f[4] = "luar biasa"
		f[6] = ""
		out = append(out, f)
		i += 1 + r.IntN(500)
	}
	return out
}

// badRequest copies the request at pos with a fresh id and diajukan "kemarin".
func badRequest(rows [][]string, pos int) []string {
	f := append([]string(nil), rows[pos]...)
	n := 0
	for _, x := range rows {
		if x[1] == f[1] {
			n++
		}
	}
	prefix := f[0][:strings.LastIndex(f[0], "-")]
	f[0] = fmt.Sprintf("%s-%06d", prefix, n+1)
	f[4], f[5], f[6] = "kemarin", "", "proses"
	return f
}

// badSurvey copies the answer sheet at pos (outside truth b's unit) with a
// fresh id and u_waktu 5, outside the 1–4 scale.
func (w *world) badSurvey(rows [][]string, pos int) []string {
	for rows[pos][1] == w.units[w.inflated].code {
		pos++
	}
	f := append([]string(nil), rows[pos]...)
	f[0] = f[0][:strings.LastIndex(f[0], "-")] + "-051" // groups have at most 50 respondents
	f[6] = "5"
	return f
}

package kit

import (
	"regexp"
	"strings"
)

// The period selector offers years, semesters and quarters side by side
// (issue 13, point 2: Subulussalam evaluates every six months). Each choice
// is one periode of the marts ('2025', '2025-S1', '2025-Q2'); every section
// shows its mart's row of exactly that periode, or says it has none for
// that kind of period (see docs/DASHBOARDS.md "Period selector").

// SelectorKinds are the kinds of period a selector groups, in its order.
var SelectorKinds = []string{"tahun", "semester", "triwulan"}

// Selectable keeps the rows of the kinds a selector offers (SelectorKinds);
// a mart with none of them keeps its preferred kind (months).
func Selectable[T any](rows []T, per func(T) Period) []T {
	n := 0
	for _, r := range rows {
		if selectorKind(per(r).Jenis) >= 0 {
			n++
		}
	}
	if n == 0 {
		return Preferred(rows, per)
	}
	if n == len(rows) {
		return rows
	}
	out := make([]T, 0, n)
	for _, r := range rows {
		if selectorKind(per(r).Jenis) >= 0 {
			out = append(out, r)
		}
	}
	return out
}

func selectorKind(jenis string) int {
	for i, k := range SelectorKinds {
		if k == jenis {
			return i
		}
	}
	return -1
}

// OfKind keeps the periods of one kind.
func OfKind(ps []Period, jenis string) []Period {
	var out []Period
	for _, p := range ps {
		if p.Jenis == jenis {
			out = append(out, p)
		}
	}
	return out
}

var (
	reSemester = regexp.MustCompile(`^(\d{4})-S([12])$`)
	reQuarter  = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	roman      = []string{"", "I", "II", "III", "IV"}
)

// PeriodName names a period for people: "Semester I 2025", "Triwulan II
// 2025", "Tahun 2025" (English: "Half-year 1, 2025", "Quarter 2, 2025",
// "Year 2025"); any other periode as it is.
func PeriodName(lang, periode string) string {
	if m := reSemester.FindStringSubmatch(periode); m != nil {
		if lang == LangEN {
			return "Half-year " + m[2] + ", " + m[1]
		}
		return "Semester " + roman[m[2][0]-'0'] + " " + m[1]
	}
	if m := reQuarter.FindStringSubmatch(periode); m != nil {
		if lang == LangEN {
			return "Quarter " + m[2] + ", " + m[1]
		}
		return "Triwulan " + roman[m[2][0]-'0'] + " " + m[1]
	}
	if len(periode) == 4 && strings.Trim(periode, "0123456789") == "" {
		return Tr(lang, "tahun") + " " + periode
	}
	return periode
}

// SetPeriodChoices turns on the page's period selector over ps (newest
// first within a kind is the caller's choice), grouped by kind (Tahun,
// Semester, Triwulan: SelectorKinds), each choice named by PeriodName; def
// is the default periode. It returns the selector's values in its order.
func (p *Page) SetPeriodChoices(ps []Period, def string) []string {
	p.Periods = nil
	var keys []string
	for _, kind := range append(SelectorKinds, "") {
		for _, pp := range ps {
			if kind == "" && selectorKind(pp.Jenis) >= 0 || kind != "" && pp.Jenis != kind {
				continue
			}
			g := ""
			if kind != "" {
				g = p.T("grp_" + kind)
			}
			p.Periods = append(p.Periods, PeriodOpt{Value: pp.Periode, Label: PeriodName(p.Lang, pp.Periode), Group: g, Selected: pp.Periode == def})
			keys = append(keys, pp.Periode)
		}
	}
	return keys
}

// PeriodGroup is the choices of one kind of period in the selector.
type PeriodGroup struct {
	Label string
	Opts  []PeriodOpt
}

// PeriodGroups are the selector's choices by group (one group without a
// label when the choices have none).
func (p *Page) PeriodGroups() []PeriodGroup {
	var out []PeriodGroup
	for _, o := range p.Periods {
		if len(out) == 0 || out[len(out)-1].Label != o.Group {
			out = append(out, PeriodGroup{Label: o.Group})
		}
		out[len(out)-1].Opts = append(out[len(out)-1].Opts, o)
	}
	return out
}

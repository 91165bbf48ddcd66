package dashboards

import (
	"database/sql"
	"math"
	"sort"
	"strconv"
)

// MinGroup is the smallest group of people whose count or percentage may be
// shown. Smaller groups are shown as "<5".
const MinGroup = 5

// Alert thresholds (percent, 0–100).
const (
	AlertBerakhlakPct = 30.0 // persen_di_bawah of any BerAKHLAK value
	AlertJPPct        = 25.0 // persen_kurang_20_jp
	AlertOnTimePct    = 50.0 // persen_tepat_waktu below this
)

// Stat is one figure as a page shows it.
type Stat struct {
	Value float64
	Valid bool // a value exists
	Small bool // withheld: it describes a group of fewer than MinGroup people
}

func num(v sql.NullFloat64) Stat {
	if !v.Valid || math.IsNaN(v.Float64) {
		return Stat{}
	}
	return Stat{Value: v.Float64, Valid: true}
}

func numI(v sql.NullInt64) Stat {
	if !v.Valid {
		return Stat{}
	}
	return Stat{Value: float64(v.Int64), Valid: true}
}

// people is a head count: 1–4 is withheld.
func people(v sql.NullInt64) Stat {
	if !v.Valid {
		return Stat{}
	}
	if v.Int64 > 0 && v.Int64 < MinGroup {
		return Stat{Small: true}
	}
	return Stat{Value: float64(v.Int64), Valid: true}
}

// over is a figure computed over n people: withheld when n < MinGroup.
func over(v sql.NullFloat64, n sql.NullInt64) Stat {
	if n.Valid && n.Int64 < MinGroup {
		return Stat{Small: true}
	}
	return num(v)
}

// pct is a percentage of n people: withheld when n < MinGroup, and when the
// people it counts are 1–4 (n and the percentage would give their number).
func pct(v sql.NullFloat64, n sql.NullInt64) Stat {
	s := over(v, n)
	if s.Shown() && n.Valid {
		if k := math.Round(s.Value * float64(n.Int64) / 100); k > 0 && k < MinGroup {
			return Stat{Small: true}
		}
	}
	return s
}

// share is part/total in percent, withheld when total < MinGroup or when
// part is 1–4 people.
func share(part, total sql.NullInt64) Stat {
	if !total.Valid || total.Int64 < MinGroup {
		if total.Valid && total.Int64 > 0 {
			return Stat{Small: true}
		}
		return Stat{}
	}
	if !part.Valid {
		return Stat{}
	}
	if part.Int64 > 0 && part.Int64 < MinGroup {
		return Stat{Small: true}
	}
	return Stat{Value: 100 * float64(part.Int64) / float64(total.Int64), Valid: true}
}

// Shown reports whether the value may be displayed.
func (s Stat) Shown() bool { return s.Valid && !s.Small }

func (s Stat) text(lang string, dec int) string {
	switch {
	case s.Small:
		return "<5"
	case !s.Valid:
		return "–"
	}
	return fmtNum(lang, s.Value, dec)
}

func (s Stat) raw(dec int) string {
	switch {
	case s.Small:
		return "<5"
	case !s.Valid:
		return ""
	}
	return strconv.FormatFloat(s.Value, 'f', dec, 64)
}

// chart is the value for an ECharts series: "-" is ECharts' empty value.
func (s Stat) chart(dec int) any {
	if !s.Shown() {
		return "-"
	}
	p := math.Pow10(dec)
	return math.Round(s.Value*p) / p
}

// preferred keeps the rows of the preferred kind of period: quarters if there
// are any, else semesters, years, months.
func preferred[T any](rows []T, per func(T) Period) []T {
	rank := map[string]int{"triwulan": 0, "semester": 1, "tahun": 2, "bulan": 3}
	best := 99
	for _, r := range rows {
		if k, ok := rank[per(r).Jenis]; ok && k < best {
			best = k
		}
	}
	var out []T
	for _, r := range rows {
		if k, ok := rank[per(r).Jenis]; ok && k == best {
			out = append(out, r)
		}
	}
	return out
}

// latestOf returns the rows of the latest period (by tanggal_mulai) of the
// preferred kind.
func latestOf[T any](rows []T, per func(T) Period) ([]T, *Period) {
	rows = preferred(rows, per)
	if len(rows) == 0 {
		return nil, nil
	}
	last := per(rows[0])
	for _, r := range rows {
		if p := per(r); p.Mulai.After(last.Mulai) {
			last = p
		}
	}
	var out []T
	for _, r := range rows {
		if per(r).Periode == last.Periode && per(r).Jenis == last.Jenis {
			out = append(out, r)
		}
	}
	return out, &last
}

// periodsOf lists the distinct periods of rows, oldest first.
func periodsOf[T any](rows []T, per func(T) Period) []Period {
	seen := map[string]bool{}
	var out []Period
	for _, r := range rows {
		p := per(r)
		k := p.Jenis + "|" + p.Periode
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mulai.Before(out[j].Mulai) })
	return out
}

func groupBy[T any](rows []T, key func(T) string) map[string][]T {
	m := map[string][]T{}
	for _, r := range rows {
		k := key(r)
		m[k] = append(m[k], r)
	}
	return m
}

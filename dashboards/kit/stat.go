package kit

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
	// Linked (with Small): withheld though not a group of 1–4, so that one
	// beside it cannot be computed from a total (secondary suppression).
	Linked bool
}

func Num(v sql.NullFloat64) Stat {
	if !v.Valid || math.IsNaN(v.Float64) {
		return Stat{}
	}
	return Stat{Value: v.Float64, Valid: true}
}

func NumInt(v sql.NullInt64) Stat {
	if !v.Valid {
		return Stat{}
	}
	return Stat{Value: float64(v.Int64), Valid: true}
}

// People is a head count: 1–4 is withheld.
func People(v sql.NullInt64) Stat {
	if !v.Valid {
		return Stat{}
	}
	if v.Int64 > 0 && v.Int64 < MinGroup {
		return Stat{Small: true}
	}
	return Stat{Value: float64(v.Int64), Valid: true}
}

// Over is a figure computed over n people: withheld when n < MinGroup.
func Over(v sql.NullFloat64, n sql.NullInt64) Stat {
	if n.Valid && n.Int64 < MinGroup {
		return Stat{Small: true}
	}
	return Num(v)
}

// Pct is a percentage of n people: withheld when n < MinGroup, and when the
// people it counts are 1–4 (n and the percentage would give their number).
func Pct(v sql.NullFloat64, n sql.NullInt64) Stat {
	s := Over(v, n)
	if s.Shown() && n.Valid {
		if k := math.Round(s.Value * float64(n.Int64) / 100); k > 0 && k < MinGroup {
			return Stat{Small: true}
		}
	}
	return s
}

// Share is part/total in percent, withheld when total < MinGroup or when
// part is 1–4 people.
func Share(part, total sql.NullInt64) Stat {
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

// withheld is the text of a withheld figure ("<5", or linkedText), or "".
func (s Stat) withheld() string {
	switch {
	case s.Linked:
		return linkedText
	case s.Small:
		return "<5"
	}
	return ""
}

func (s Stat) Text(lang string, dec int) string {
	if w := s.withheld(); w != "" {
		return w
	}
	if !s.Valid {
		return "–"
	}
	return FmtNum(lang, s.Value, dec)
}

func (s Stat) raw(dec int) string {
	if w := s.withheld(); w != "" || !s.Valid {
		return w
	}
	if dec == 0 && s.Value >= 0 && s.Value < 1e9 && s.Value == math.Trunc(s.Value) {
		return strconv.Itoa(int(s.Value))
	}
	return strconv.FormatFloat(s.Value, 'f', dec, 64)
}

// Chart is the value for an ECharts series: "-" is ECharts' empty value.
func (s Stat) Chart(dec int) any {
	if !s.Shown() {
		return "-"
	}
	p := math.Pow10(dec)
	return math.Round(s.Value*p) / p
}

func periodRank(jenis string) int {
	switch jenis {
	case "triwulan":
		return 0
	case "semester":
		return 1
	case "tahun":
		return 2
	case "bulan":
		return 3
	}
	return -1
}

// Preferred keeps the rows of the preferred kind of period: quarters if there
// are any, else semesters, years, months. When those rows are one run of
// rows (the marts come sorted by kind), the result shares rows' array.
func Preferred[T any](rows []T, per func(T) Period) []T {
	best := 99
	for _, r := range rows {
		if k := periodRank(per(r).Jenis); k >= 0 && k < best {
			best = k
		}
	}
	first, last, n := -1, -1, 0
	for i, r := range rows {
		if periodRank(per(r).Jenis) == best {
			if first < 0 {
				first = i
			}
			last = i
			n++
		}
	}
	if n == 0 {
		return nil
	}
	if last-first+1 == n {
		return rows[first : last+1 : last+1]
	}
	out := make([]T, 0, n)
	for _, r := range rows {
		if periodRank(per(r).Jenis) == best {
			out = append(out, r)
		}
	}
	return out
}

// LatestOf returns the rows of the latest period (by tanggal_mulai) of the
// preferred kind.
func LatestOf[T any](rows []T, per func(T) Period) ([]T, *Period) {
	rows = Preferred(rows, per)
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

// PeriodsOf lists the distinct periods of rows, oldest first.
func PeriodsOf[T any](rows []T, per func(T) Period) []Period {
	var out []Period
	for _, r := range rows {
		p := per(r)
		// A few periods each: a look back beats a map.
		dup := false
		for i := len(out) - 1; i >= 0; i-- {
			if out[i].Periode == p.Periode && out[i].Jenis == p.Jenis {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mulai.Before(out[j].Mulai) })
	return out
}

// Cluster reorders rows so that the rows of one (outer, inner) key are
// together, grouped by outer (kode_wilayah, then kode_unit): a counting
// sort, linear, that keeps the order of rows within a key. groupRuns then
// groups by either key without copying.
func Cluster[T any](rows []T, outer, inner func(*T) string) []T {
	type group struct {
		outer string
		n     int
	}
	ids := make(map[[2]string]int32)
	var groups []group
	gid := make([]int32, len(rows))
	for i := range rows {
		k := [2]string{outer(&rows[i]), inner(&rows[i])}
		g, ok := ids[k]
		if !ok {
			g = int32(len(groups))
			ids[k] = g
			groups = append(groups, group{outer: k[0]})
		}
		groups[g].n++
		gid[i] = g
	}
	// Groups of one outer key in a row, in order of first appearance.
	firstOuter := map[string]int{}
	for i, g := range groups {
		if _, ok := firstOuter[g.outer]; !ok {
			firstOuter[g.outer] = i
		}
	}
	order := make([]int32, len(groups))
	for i := range order {
		order[i] = int32(i)
	}
	sort.SliceStable(order, func(a, b int) bool {
		return firstOuter[groups[order[a]].outer] < firstOuter[groups[order[b]].outer]
	})
	off := make([]int, len(groups))
	n := 0
	for _, g := range order {
		off[g] = n
		n += groups[g].n
	}
	out := make([]T, len(rows))
	for i := range rows {
		g := gid[i]
		out[off[g]] = rows[i]
		off[g]++
	}
	return out
}

// GroupRuns is groupBy for rows that come in runs of one key (sorted, or
// stored that way): a group that is one run shares rows' array, not
// copied; a key in several runs gets its own slice.
func GroupRuns[T any, K comparable](rows []T, key func(*T) K) map[K][]T {
	m := map[K][]T{}
	owned := map[K]bool{}
	start := 0
	for i := 1; i <= len(rows); i++ {
		if i < len(rows) && key(&rows[i]) == key(&rows[start]) {
			continue
		}
		k := key(&rows[start])
		run := rows[start:i:i]
		if prev, ok := m[k]; ok {
			if !owned[k] {
				prev = append(make([]T, 0, 2*(len(prev)+len(run))), prev...)
				owned[k] = true
			}
			m[k] = append(prev, run...)
		} else {
			m[k] = run
		}
		start = i
	}
	return m
}

func GroupBy[T any, K comparable](rows []T, key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, r := range rows {
		k := key(r)
		m[k] = append(m[k], r)
	}
	return m
}

// Mask is what the marts decided about one figure (mart.suppression, its
// *_alasan_ditahan read into Cols): shown, or withheld as a group of 1–4
// people (kelompok_kecil, "<5"), or withheld so that no such group can be
// computed from the figures beside it (pelindung, the linked mark). Every
// page masks the predikat distribution by it, so that a figure withheld on
// one page is withheld on every page.
type Mask uint8

const (
	Shown      Mask = iota
	MaskSmall       // kelompok_kecil
	MaskLinked      // pelindung
)

// ParseMask reads a mart's reason: NULL is Shown; an unknown reason
// withholds.
func ParseMask(alasan sql.NullString) Mask {
	switch {
	case !alasan.Valid:
		return Shown
	case alasan.String == "pelindung":
		return MaskLinked
	}
	return MaskSmall
}

// Scan reads a reason through database/sql (Cols).
func (m *Mask) Scan(src any) error {
	var s sql.NullString
	if err := s.Scan(src); err != nil {
		return err
	}
	*m = ParseMask(s)
	return nil
}

// Apply is v as the mask shows it.
func (m Mask) Apply(v Stat) Stat {
	switch m {
	case MaskSmall:
		return Stat{Small: true}
	case MaskLinked:
		return Stat{Small: true, Linked: true}
	}
	return v
}

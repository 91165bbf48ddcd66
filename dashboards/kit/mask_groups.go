package kit

// CountMask masks the head counts of a page whose sums are laid out in
// more than two directions (the Promosi page: per region and in total, per
// year and over every year, per status and in total): the counts are
// numbered by the page, each sum shown is a group of the total and its
// parts, and Masked tells which count to withhold. A count of 1 to
// MinGroup-1 people is withheld (primary); then more are withheld until no
// group has exactly one withheld member (secondary), as NewCountTable does
// for a table with row and column totals.
type CountMask struct {
	vals   []int64
	total  []bool
	groups []sumGroup
	masked []bool
}

// Add numbers a count (total: it is a sum shown on the page, masked last).
func (m *CountMask) Add(v int64, total bool) int {
	m.vals = append(m.vals, v)
	m.total = append(m.total, total)
	return len(m.vals) - 1
}

// Sum records that the count sum is shown with its parts.
func (m *CountMask) Sum(sum int, parts ...int) {
	m.groups = append(m.groups, append(sumGroup{sum}, parts...))
}

// Run masks the counts; call it once, after every Add and Sum.
func (m *CountMask) Run() {
	m.masked = make([]bool, len(m.vals))
	for i, v := range m.vals {
		m.masked[i] = small(v)
	}
	suppress(m.vals, m.masked, m.groups, m.total)
}

// Stat is count i as the page shows it (MaskedCount).
func (m *CountMask) Stat(i int) Stat { return MaskedCount(m.vals[i], m.masked[i]) }

// Masked reports whether count i is withheld.
func (m *CountMask) Masked(i int) bool { return m.masked[i] }

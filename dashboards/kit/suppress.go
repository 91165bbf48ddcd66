package kit

// Secondary suppression (issue 12, point 3): a figure withheld because it
// counts fewer than MinGroup people must not be recoverable from the
// figures shown beside it. Counts tied by a sum shown on the same page (a
// row total, a column total, a subtotal such as the promotion pool) form a
// group; one masked count in a group is its shown sum minus the others.
// suppress masks more counts until no group has exactly one masked member.

// sumGroup is a set of cells tied by one linear equation: the cells of a
// row and the row's total, the cells of a column and its total. A group
// with exactly one masked cell gives that cell away.
type sumGroup []int

// suppress extends masked (indexed like vals) so that no group has exactly
// one masked cell: in a group with one, it masks the smallest other cell
// (counts of 0 only when nothing else is left, a total last), and repeats
// until no group changes. It returns the cells it masked. Masking only
// grows, so it ends.
func suppress(vals []int64, masked []bool, groups []sumGroup, isTotal []bool) []int {
	var added []int
	for changed := true; changed; {
		changed = false
		for _, g := range groups {
			n := 0
			for _, i := range g {
				if masked[i] {
					n++
				}
			}
			if n != 1 {
				continue
			}
			best := -1
			for _, i := range g {
				if masked[i] {
					continue
				}
				if best < 0 || suppressBefore(suppressRank(vals, isTotal, i), suppressRank(vals, isTotal, best)) {
					best = i
				}
			}
			if best < 0 {
				continue // a group of one cell: nothing ties it to others
			}
			masked[best] = true
			added = append(added, best)
			changed = true
		}
	}
	return added
}

// suppressRank orders the candidates for a second mask: a positive count
// before a zero (a masked 0 hides nobody), a cell before a total (the total
// is what readers look for), then the smallest.
func suppressRank(vals []int64, isTotal []bool, i int) [3]int64 {
	var t, z int64
	if isTotal != nil && isTotal[i] {
		t = 1
	}
	if vals[i] == 0 {
		z = 1
	}
	return [3]int64{t, z, vals[i]}
}

func suppressBefore(a, b [3]int64) bool {
	for k := range a {
		if a[k] != b[k] {
			return a[k] < b[k]
		}
	}
	return false
}

// countTable is a table of head counts as a page shows it: Cells[r][c],
// each row's total in RowTotal, each column's total in ColTotal (nil when
// the page shows no such totals), and Parts: extra sums of some columns
// that every row shows (the promotion pool: kotak 7 + 8 + 9). Masked has
// the same shape as Cells, plus RowTotalMasked/ColTotalMasked/PartMasked.
type countTable struct {
	Cells    [][]int64
	RowTotal []int64 // nil: no row totals shown
	ColTotal []int64 // nil: no column totals shown
	Parts    [][]int // column index sets whose sum each row shows

	Masked         [][]bool
	RowTotalMasked []bool
	ColTotalMasked []bool
	PartMasked     [][]bool // [row][part]
	// With both totals: the grand total and each part's column total
	// (the national pool), tied to the row totals, the column totals and
	// the parts.
	Grand           int64
	GrandMasked     bool
	PartTotal       []int64
	PartTotalMasked []bool
}

// NewCountTable masks (primary) every count of 1 to MinGroup-1 people,
// totals and parts included, then masks more (secondary) until no masked
// count can be computed from a total, a part or the cells beside it.
func NewCountTable(cells [][]int64, rowTotals, colTotals bool, parts ...[]int) *countTable {
	t := &countTable{Cells: cells, Parts: parts}
	rows := len(cells)
	cols := 0
	if rows > 0 {
		cols = len(cells[0])
	}
	if rowTotals {
		t.RowTotal = make([]int64, rows)
		for r := range cells {
			for _, v := range cells[r] {
				t.RowTotal[r] += v
			}
		}
	}
	if colTotals {
		t.ColTotal = make([]int64, cols)
		for r := range cells {
			for c, v := range cells[r] {
				t.ColTotal[c] += v
			}
		}
	}
	t.mask()
	return t
}

func small(v int64) bool { return v > 0 && v < MinGroup }

// mask lays the table out as one vector (cells, row totals, column totals,
// parts), builds its groups and runs suppress.
func (t *countTable) mask() {
	rows := len(t.Cells)
	cols := 0
	if rows > 0 {
		cols = len(t.Cells[0])
	}
	var vals []int64
	var isTotal []bool
	addVal := func(v int64, total bool) int {
		vals = append(vals, v)
		isTotal = append(isTotal, total)
		return len(vals) - 1
	}
	cell := make([][]int, rows)
	for r := range t.Cells {
		cell[r] = make([]int, cols)
		for c, v := range t.Cells[r] {
			cell[r][c] = addVal(v, false)
		}
	}
	rowTot := make([]int, len(t.RowTotal))
	for r, v := range t.RowTotal {
		rowTot[r] = addVal(v, true)
	}
	colTot := make([]int, len(t.ColTotal))
	for c, v := range t.ColTotal {
		colTot[c] = addVal(v, true)
	}
	part := make([][]int, rows)
	for r := range t.Cells {
		for _, cs := range t.Parts {
			var v int64
			for _, c := range cs {
				v += t.Cells[r][c]
			}
			part[r] = append(part[r], addVal(v, true))
		}
	}
	var groups []sumGroup
	grand, partTot := -1, []int(nil)
	if t.RowTotal != nil && t.ColTotal != nil {
		for _, v := range t.RowTotal {
			t.Grand += v
		}
		grand = addVal(t.Grand, true)
		g1, g2 := sumGroup{grand}, sumGroup{grand}
		for _, i := range rowTot {
			g1 = append(g1, i)
		}
		for _, i := range colTot {
			g2 = append(g2, i)
		}
		groups = append(groups, g1, g2)
		for k, cs := range t.Parts {
			var v int64
			for _, c := range cs {
				v += t.ColTotal[c]
			}
			pt := addVal(v, true)
			t.PartTotal = append(t.PartTotal, v)
			partTot = append(partTot, pt)
			down, across := sumGroup{pt}, sumGroup{pt}
			for r := 0; r < rows; r++ {
				down = append(down, part[r][k])
			}
			in := map[int]bool{}
			for _, c := range cs {
				across = append(across, colTot[c])
				in[c] = true
			}
			rest := sumGroup{grand, pt}
			for c := 0; c < cols; c++ {
				if !in[c] {
					rest = append(rest, colTot[c])
				}
			}
			groups = append(groups, down, across, rest)
		}
	}
	for r := 0; r < rows; r++ {
		if t.RowTotal != nil {
			g := sumGroup{rowTot[r]}
			for c := 0; c < cols; c++ {
				g = append(g, cell[r][c])
			}
			groups = append(groups, g)
		}
		for k, cs := range t.Parts {
			g := sumGroup{part[r][k]}
			in := map[int]bool{}
			for _, c := range cs {
				g = append(g, cell[r][c])
				in[c] = true
			}
			groups = append(groups, g)
			if t.RowTotal != nil {
				// total − part = the other cells.
				rest := sumGroup{rowTot[r], part[r][k]}
				for c := 0; c < cols; c++ {
					if !in[c] {
						rest = append(rest, cell[r][c])
					}
				}
				groups = append(groups, rest)
			}
		}
	}
	if t.ColTotal != nil {
		for c := 0; c < cols; c++ {
			g := sumGroup{colTot[c]}
			for r := 0; r < rows; r++ {
				g = append(g, cell[r][c])
			}
			groups = append(groups, g)
		}
	}
	masked := make([]bool, len(vals))
	for i, v := range vals {
		masked[i] = small(v)
	}
	suppress(vals, masked, groups, isTotal)
	t.Masked = make([][]bool, rows)
	t.PartMasked = make([][]bool, rows)
	for r := range t.Cells {
		t.Masked[r] = make([]bool, cols)
		for c := range t.Cells[r] {
			t.Masked[r][c] = masked[cell[r][c]]
		}
		for _, i := range part[r] {
			t.PartMasked[r] = append(t.PartMasked[r], masked[i])
		}
	}
	t.RowTotalMasked = make([]bool, len(rowTot))
	for r, i := range rowTot {
		t.RowTotalMasked[r] = masked[i]
	}
	t.ColTotalMasked = make([]bool, len(colTot))
	for c, i := range colTot {
		t.ColTotalMasked[c] = masked[i]
	}
	if grand >= 0 {
		t.GrandMasked = masked[grand]
	}
	for _, i := range partTot {
		t.PartTotalMasked = append(t.PartTotalMasked, masked[i])
	}
}

// MaskedCount is a count as a page shows it: withheld when masked, as
// "<5" when it counts 1–4 people, else as a linked (secondary) mask.
func MaskedCount(v int64, masked bool) Stat {
	if masked {
		return Stat{Small: true, Linked: !small(v)}
	}
	return Stat{Value: float64(v), Valid: true}
}

// SumOver is a sum over the people a count counts (the JP shortfall of
// the people under 20 JP), withheld (linked) when that count is: the sum
// of 1–4 people's figures bounds their number (4 people short of 20 JP are
// more than 60 JP short, so a shown 70 gives "<5" away as 4).
func SumOver(sum, count Stat) Stat {
	if count.Small && !count.Linked && sum.Shown() {
		return Stat{Small: true, Linked: true}
	}
	return sum
}

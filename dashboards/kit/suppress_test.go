package kit

import (
	"math"
	"math/rand"
	"testing"
)

// recoverable lists the masked cells of t that a reader can compute: the
// only masked figure of a row (its cells and its shown total), a column,
// a part (kotak 7–9 and the pool) or a row's total minus a part.
func recoverable(t *countTable) []string {
	var out []string
	cols := len(t.Cells[0])
	check := func(what string, masked []bool) {
		n := 0
		for _, m := range masked {
			if m {
				n++
			}
		}
		if n == 1 {
			out = append(out, what)
		}
	}
	for r := range t.Cells {
		if t.RowTotal != nil {
			check("row", append(append([]bool{}, t.Masked[r]...), t.RowTotalMasked[r]))
		}
		for k, cs := range t.Parts {
			in := map[int]bool{}
			g := []bool{t.PartMasked[r][k]}
			for _, c := range cs {
				g = append(g, t.Masked[r][c])
				in[c] = true
			}
			check("part", g)
			if t.RowTotal != nil {
				rest := []bool{t.PartMasked[r][k], t.RowTotalMasked[r]}
				for c := 0; c < cols; c++ {
					if !in[c] {
						rest = append(rest, t.Masked[r][c])
					}
				}
				check("total-part", rest)
			}
		}
	}
	if t.ColTotal != nil {
		for c := 0; c < cols; c++ {
			g := []bool{t.ColTotalMasked[c]}
			for r := range t.Cells {
				g = append(g, t.Masked[r][c])
			}
			check("column", g)
		}
	}
	if t.RowTotal != nil && t.ColTotal != nil {
		check("grand-rows", append([]bool{t.GrandMasked}, t.RowTotalMasked...))
		check("grand-columns", append([]bool{t.GrandMasked}, t.ColTotalMasked...))
		for k, cs := range t.Parts {
			down := []bool{t.PartTotalMasked[k]}
			for r := range t.Cells {
				down = append(down, t.PartMasked[r][k])
			}
			check("part-column", down)
			in := map[int]bool{}
			across := []bool{t.PartTotalMasked[k]}
			for _, c := range cs {
				across = append(across, t.ColTotalMasked[c])
				in[c] = true
			}
			check("part-total", across)
			rest := []bool{t.GrandMasked, t.PartTotalMasked[k]}
			for c := 0; c < cols; c++ {
				if !in[c] {
					rest = append(rest, t.ColTotalMasked[c])
				}
			}
			check("grand-part", rest)
		}
	}
	return out
}

// TestSuppressNothingRecoverable: for random small tables of counts (many
// of them 1–4), with row totals, column totals or both, and a part, every
// count of 1–4 is masked and no masked figure is the only masked one of a
// row, column or part whose sum is shown.
func TestSuppressNothingRecoverable(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewSource(12))
	secondary := 0
	for trial := 0; trial < 2000; trial++ {
		rows, cols := 1+rng.Intn(6), 2+rng.Intn(6)
		cells := make([][]int64, rows)
		for r := range cells {
			cells[r] = make([]int64, cols)
			for c := range cells[r] {
				switch rng.Intn(4) {
				case 0:
					cells[r][c] = 0
				case 1:
					cells[r][c] = 1 + rng.Int63n(4)
				default:
					cells[r][c] = 5 + rng.Int63n(60)
				}
			}
		}
		rowT, colT := rng.Intn(3) != 0, rng.Intn(3) != 0
		var parts [][]int
		if cols >= 3 && rng.Intn(2) == 0 {
			parts = append(parts, []int{cols - 2, cols - 1})
		}
		tab := NewCountTable(cells, rowT, colT, parts...)
		for r := range cells {
			for c, v := range cells[r] {
				if v > 0 && v < MinGroup && !tab.Masked[r][c] {
					t.Fatalf("trial %d: cell [%d][%d] = %d shown", trial, r, c, v)
				}
				if tab.Masked[r][c] && !(v > 0 && v < MinGroup) {
					secondary++
				}
			}
		}
		if rec := recoverable(tab); len(rec) > 0 {
			t.Fatalf("trial %d: %v recoverable in %v (row totals %v, column totals %v, parts %v): masked %v",
				trial, rec, cells, rowT, colT, parts, tab.Masked)
		}
	}
	if secondary == 0 {
		t.Fatal("no secondary mask in 2000 tables: the test shows nothing")
	}
}

// TestSuppressMasksSmallestOther: a row 319 = 3 + 316 (Talenta, Dumai:
// kotak 6 = 319 − 316) masks the smallest other count, not a total.
func TestSuppressMasksSmallestOther(t *testing.T) {
	t.Parallel()
	tab := NewCountTable([][]int64{{100, 3, 9, 207}}, true, false)
	want := []bool{false, true, true, false}
	for c, w := range want {
		if tab.Masked[0][c] != w {
			t.Fatalf("masked %v, want %v", tab.Masked[0], want)
		}
	}
	if tab.RowTotalMasked[0] {
		t.Fatal("the row total is masked, the second cell was enough")
	}
}

// TestSumOverNothingRecoverable: the JP shortfall of the people under
// 20 JP, each short by (0, 20], is withheld whenever their count is 1–4
// (any shown total bounds the count: ceil(T/20) people at least) and shown
// beside a count of 0 or of 5 or more.
func TestSumOverNothingRecoverable(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewSource(20))
	for trial := 0; trial < 500; trial++ {
		n := rng.Int63n(9)
		var total float64
		for i := int64(0); i < n; i++ {
			total += float64(1 + rng.Intn(20))
		}
		count := MaskedCount(n, small(n))
		got := SumOver(Stat{Value: total, Valid: true}, count)
		if small(n) && got.Shown() {
			t.Fatalf("%d people under 20 JP withheld, their shortfall %v shown (at least %v people)", n, total, math.Ceil(total/20))
		}
		if !small(n) && !got.Shown() {
			t.Fatalf("%d people under 20 JP shown, their shortfall %v withheld", n, total)
		}
	}
}

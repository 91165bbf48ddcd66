package kit

import (
	"io"
	"strconv"
	"testing"
)

func benchTable(rows, cols int) ([]string, [][]string, []bool) {
	head := make([]string, cols)
	num := make([]bool, cols)
	for i := range head {
		head[i] = "kolom_" + strconv.Itoa(i)
		num[i] = i > 1
	}
	recs := make([][]string, rows)
	for r := range recs {
		rec := make([]string, cols)
		rec[0], rec[1] = "14.72."+strconv.Itoa(r), "Dinas Kependudukan dan Pencatatan Sipil"
		for i := 2; i < cols; i++ {
			rec[i] = strconv.FormatFloat(float64(r*i)/7, 'f', i%3, 64)
		}
		if r%5 == 0 {
			rec[3] = "<5"
		}
		recs[r] = rec
	}
	return head, recs, num
}

func BenchmarkWriteXLSX(b *testing.B) {
	for _, n := range []int{10, 100, 2000} {
		head, recs, num := benchTable(n, 10)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for range b.N {
				if err := WriteXLSXTo(io.Discard, head, recs, num); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

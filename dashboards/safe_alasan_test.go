package dashboards

import (
	"testing"
)

// safeAlasan masks every share of the kurva distribusi reasons that is 1-4
// people of the unit, the combined butuh_perbaikan + kurang clause included
// (its '+' kept the clause from matching: 8.7 % of 23 people, i.e. 2, showed).
func TestSafeAlasanMasksSmallShares(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		alasan string
		n      int64
		want   string
	}{
		{"sangat_baik 13.0 % > 10 %", 23, "sangat_baik <5 > 10 %"},
		{"butuh_perbaikan + kurang 8.7 % < 10 %", 23, "butuh_perbaikan + kurang <5 < 10 %"},
		{"butuh_perbaikan + kurang 4.3 % < 10 %", 230, "butuh_perbaikan + kurang 4.3 % < 10 %"},
		{"sangat_baik (3) is not the largest group", 40, "sangat_baik (<5) is not the largest group"},
		{"baik 81.3 % > 70 %", 3, "<5"},
	} {
		if got := safeAlasan(c.alasan, c.n); got != c.want {
			t.Errorf("safeAlasan(%q, %d) = %q, want %q", c.alasan, c.n, got, c.want)
		}
	}
}

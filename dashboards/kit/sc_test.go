package kit

import (
	"math/rand"
	"testing"
)

// sc shares one string for the text and the CSV value when they are the
// same: the text must still be the language's.
func TestCellTextAsBefore(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 100000; i++ {
		v := (r.Float64() - 0.5) * float64(int(1)<<r.Intn(12))
		if i%4 == 0 {
			v = float64(int(v))
		}
		s := Stat{Value: v, Valid: true}
		for _, lang := range Languages {
			for dec := 0; dec <= 2; dec++ {
				if c := StatCell(lang, s, dec); c.Text != s.Text(lang, dec) || c.Raw != s.raw(dec) {
					t.Fatalf("sc(%s, %v, %d) = %q/%q, want %q/%q", lang, v, dec, c.Text, c.Raw, s.Text(lang, dec), s.raw(dec))
				}
			}
		}
	}
}

func TestCluster(t *testing.T) {
	type row struct{ r, u, v string }
	rows := []row{{"b", "b1", "1"}, {"a", "a1", "2"}, {"b", "b2", "3"}, {"a", "a1", "4"}, {"b", "b1", "5"}, {"a", "a2", "6"}}
	got := Cluster(rows, func(x *row) string { return x.r }, func(x *row) string { return x.u })
	want := []row{{"b", "b1", "1"}, {"b", "b1", "5"}, {"b", "b2", "3"}, {"a", "a1", "2"}, {"a", "a1", "4"}, {"a", "a2", "6"}}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("cluster = %v, want %v", got, want)
		}
	}
	g := GroupRuns(got, func(x *row) string { return x.r })
	if len(g["a"]) != 3 || len(g["b"]) != 3 || cap(g["b"]) != 3 {
		t.Errorf("groups %v", g)
	}
}

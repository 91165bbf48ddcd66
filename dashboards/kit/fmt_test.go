package kit

import (
	"testing"
)

func TestFmtNumFast(t *testing.T) {
	for _, c := range []struct {
		lang string
		v    float64
		dec  int
		want string
	}{{"id", 0, 0, "0"}, {"id", 12, 0, "12"}, {"id", 12.345, 2, "12,35"}, {"en", 12.345, 2, "12.35"}, {"id", -0.001, 1, "0,0"},
		{"id", -2.25, 2, "-2,25"}, {"id", 1234.5, 1, "1.234,5"}, {"en", 1234.5, 1, "1,234.5"}, {"id", 999.96, 1, "1.000,0"}, {"id", 999, 0, "999"},
		{"en", -5, 0, "-5"}, {"en", 2.5, 0, "2"}, {"id", -1500, 0, "-1.500"}} {
		if got := FmtNum(c.lang, c.v, c.dec); got != c.want {
			t.Errorf("fmtNum(%s, %v, %d) = %q, want %q", c.lang, c.v, c.dec, got, c.want)
		}
	}
}

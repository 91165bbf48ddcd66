package kit

import (
	"strings"
	"testing"
)

// TestHeadlineChange: a change that rounds to zero is "tetap" / "unchanged"
// without an arrow (not "▼ 0"); an arrow is green when the change goes the
// measure's good way (arah), red when it goes the bad way, uncoloured for a
// measure without one.
func TestHeadlineChange(t *testing.T) {
	t.Parallel()
	n := func(v float64) Stat { return Stat{Value: v, Valid: true} }
	cases := []struct {
		name, lang, arah string
		now, prev        float64
		dec              int
		delta, trend     string
	}{
		{"no change", LangID, ArahTurun, 12, 12, 0, "tetap", "same"},
		{"no change, English", LangEN, ArahNaik, 80.5, 80.5, 1, "unchanged", "same"},
		{"within rounding", LangID, ArahNaik, 80.504, 80.501, 2, "tetap", "same"},
		{"backlog up", LangID, ArahTurun, 18, 6, 0, "+12", "up bad"},
		{"backlog down", LangEN, ArahTurun, 6, 18, 0, "-12", "down good"},
		{"on time up", LangID, ArahNaik, 95.5, 90, 1, "+5,5", "up good"},
		{"on time down", LangEN, ArahNaik, 90, 95.5, 1, "-5.5", "down bad"},
		{"median KTP-el down", LangID, ArahTurun, 1.5, 2.25, 2, "-0,75", "down good"},
		{"people appraised up", LangID, "", 44, 40, 0, "+4", "up"},
	}
	for _, c := range cases {
		f := FigureOf(c.lang, "x", n(c.now), n(c.prev), c.dec, "", "", c.arah)
		if f.Delta != c.delta || f.Trend != c.trend {
			t.Errorf("%s: delta %q trend %q, want %q %q", c.name, f.Delta, f.Trend, c.delta, c.trend)
		}
	}
	// As written: the classes on the delta, the word without an arrow class.
	var b strings.Builder
	for _, f := range []Figure{FigureOf(LangID, "Backlog", n(12), n(12), 0, "", "", ArahTurun),
		FigureOf(LangID, "Backlog", n(18), n(6), 0, "", "", ArahTurun),
		FigureOf(LangID, "Tepat waktu", n(95), n(90), 1, "", "", ArahNaik)} {
		if err := renderPart(&b, "figure", f); err != nil {
			t.Fatal(err)
		}
	}
	html := b.String()
	for _, want := range []string{`<div class="fig-delta same">tetap</div>`, `<div class="fig-delta up bad">&#43;12</div>`,
		`<div class="fig-delta up good">&#43;5,0</div>`} {
		if !strings.Contains(html, want) {
			t.Errorf("written figures lack %s:\n%s", want, html)
		}
	}
	if strings.Contains(html, `fig-delta down">0`) {
		t.Errorf("a zero change drawn as down:\n%s", html)
	}
}

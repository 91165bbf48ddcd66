package kit

import (
	"database/sql"
	"fmt"
	"testing"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// TestIntervals: the one way the kit draws an interval. On a vertical and
// a horizontal bar chart and on a line, each shown interval is a solid
// mark line of the share's own series from [category, lower] to
// [category, upper] (reversed on a horizontal chart), so that the
// series' legend entry hides it; no other series is added; the interval
// of a withheld share is not drawn; a line's "<5" mark stays beside the
// intervals.
func TestIntervals(t *testing.T) {
	nf := func(v float64) sql.NullFloat64 { return sql.NullFloat64{Float64: v, Valid: true} }
	a := Stat{Value: 27.27, Valid: true}
	c := Stat{Value: 25, Valid: true}
	small := Stat{Small: true}
	shares := []Stat{a, small, c}
	ivs := []Interval{IntervalOf(a, nf(16.34), nf(41.84)), IntervalOf(small, nf(1.1), nf(40.2)), IntervalOf(c, nf(12.0), nf(44.9))}
	if ivs[1].Shown() || ivs[1].Lo.Chart(1) == 1.1 {
		t.Fatalf("the interval of a withheld share is shown: %+v", ivs[1])
	}
	cats := []string{"A", "B", "C"}

	// segments: the mark line items of the only series, as "cat:lo-hi",
	// and the items that are not segments.
	segments := func(t *testing.T, o *Option, horizontal bool) (segs, others []string) {
		t.Helper()
		series := unmarshalOption(t, o.JSON(LangID, false))["series"].([]any)
		if len(series) != 1 {
			t.Fatalf("%d series, want 1 (the interval is part of its share's series)", len(series))
		}
		ml := series[0].(map[string]any)["markLine"].(map[string]any)
		for _, it := range ml["data"].([]any) {
			pair, ok := it.([]any)
			if !ok {
				others = append(others, fmt.Sprint(it))
				continue
			}
			from, to := pair[0].(map[string]any), pair[1].(map[string]any)
			ca, cb := from["coord"].([]any), to["coord"].([]any)
			if ls, _ := from["lineStyle"].(map[string]any); ls["type"] != "solid" || ls["color"] != "#222" {
				t.Errorf("segment style %v", ls)
			}
			if lb, _ := from["label"].(map[string]any); lb["show"] != false {
				t.Errorf("segment label %v", from["label"])
			}
			cat, lo, hi := ca[0], ca[1], cb[1]
			if horizontal {
				cat, lo, hi = ca[1], ca[0], cb[0]
			}
			if other := cb[0]; horizontal {
				other = cb[1]
				if other != cat {
					t.Errorf("segment across categories %v %v", ca, cb)
				}
			} else if other != cat {
				t.Errorf("segment across categories %v %v", ca, cb)
			}
			segs = append(segs, fmt.Sprintf("%v:%v-%v", cat, lo, hi))
		}
		return segs, others
	}
	want := "[A:16.3-41.8 C:12-44.9]"

	v := NewBar("v").Categories(cats, opts.YAxis{})
	v.Add("% SB", BarStats(shares, 1, true)).Intervals(ivs, 1)
	if segs, others := segments(t, v, false); fmt.Sprint(segs) != want || len(others) != 0 {
		t.Errorf("vertical: %v %v, want %s", segs, others, want)
	}

	h := NewBar("h").Horizontal(cats, opts.XAxis{}, LongLabels())
	h.Add("% SB", BarStats(shares, 1, false)).Intervals(ivs, 1)
	if segs, others := segments(t, h, true); fmt.Sprint(segs) != want || len(others) != 0 {
		t.Errorf("horizontal: %v %v, want %s", segs, others, want)
	}

	l := NewLine("l").Categories(cats, opts.YAxis{})
	l.LineStats("% SB", shares, 1).Intervals(ivs, 1)
	if segs, others := segments(t, l, false); fmt.Sprint(segs) != want || len(others) != 1 || others[0] != "map[name:<5 xAxis:B]" {
		t.Errorf("line: %v %v, want %s and the <5 mark at B", segs, others, want)
	}
}

// TestIntervalsWithinTheAxis: ECharts drops a mark line with an end outside
// its axis, so the value axis reaches the highest upper bound (a bar of
// 26.3 % with an interval to 48.8 % drew no interval on an axis to 40);
// a fixed maximum that already reaches it stays.
func TestIntervalsWithinTheAxis(t *testing.T) {
	nf := func(v float64) sql.NullFloat64 { return sql.NullFloat64{Float64: v, Valid: true} }
	share := Stat{Value: 26.3, Valid: true}
	ivs := []Interval{IntervalOf(share, nf(11.8), nf(48.8))}
	axisMax := func(o *Option, axis string) any {
		return unmarshalOption(t, o.JSON(LangID, false))[axis].([]any)[0].(map[string]any)["max"]
	}
	v := NewBar("v").Categories([]string{"2024-Q1"}, opts.YAxis{})
	v.Add("%", BarStats([]Stat{share}, 1, true)).Intervals(ivs, 1)
	if m := axisMax(v, "yAxis"); m != 50.0 {
		t.Errorf("vertical: y max %v, want 50", m)
	}
	h := NewBar("h").Horizontal([]string{"x"}, opts.XAxis{}, LongLabels())
	h.Add("%", BarStats([]Stat{share}, 1, false)).Intervals(ivs, 1)
	if m := axisMax(h, "xAxis"); m != 50.0 {
		t.Errorf("horizontal: x max %v, want 50", m)
	}
	f := NewLine("f").Categories([]string{"2024"}, opts.YAxis{Max: 100})
	f.LineStats("%", []Stat{share}, 1).Intervals(ivs, 1)
	if m := axisMax(f, "yAxis"); m != 100.0 {
		t.Errorf("fixed: y max %v, want 100 kept", m)
	}
}

package kit

// LogValue is a value for a bar on a log axis: a zero or a missing value is
// no bar ("-"), since log 0 has no place on the axis (ECharts then stopped
// the axis at 10 and drew a 27 221-row batch as high as an 11-row one).
func LogValue(s Stat) any {
	if !s.Shown() || s.Value <= 0 {
		return "-"
	}
	return s.Chart(0)
}

// LogAxisMax is the top of a log axis holding vals: the power of ten at or
// above the largest (10 when there is nothing to show).
func LogAxisMax(vals ...Stat) float64 {
	top := 10.0
	for _, v := range vals {
		if v.Shown() {
			for top < v.Value {
				top *= 10
			}
		}
	}
	return top
}

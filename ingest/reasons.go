package ingest

import "fmt"

// ReasonLine shows one quarantine reason once, with how many rows it holds
// and where the first of them is, e.g. "142 × cannot split the line into
// fields: expected 12 columns, found 11 (first on line 37)": the ingest
// output, validate and kinerja quarantine show a reason this way, never once
// per row (issue 11.9).
func ReasonLine(rows int64, field, reason, first string) string {
	return fmt.Sprintf("%d × %s", rows, ReasonWhat(rows, field, reason, first))
}

// ReasonWhat is ReasonLine without the count: "field: reason (first on
// line 37)".
func ReasonWhat(rows int64, field, reason, first string) string {
	s := reason
	if field != "" {
		s = field + ": " + reason
	}
	switch {
	case first == "":
	case rows == 1:
		s += " (on " + first + ")"
	default:
		s += " (first on " + first + ")"
	}
	return s
}

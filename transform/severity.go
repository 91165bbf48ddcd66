package transform

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Severity of a data test, declared by a '-- severity:' line in the test's
// header comment (see tests.go), like dbt's severity / error_if:
//
//	-- severity: error                                 (the default)
//	-- severity: warn
//	-- severity: error above 25 rows
//	-- severity: error above 0.5% of stg.appraisals_since('{{year}}')
//	-- severity: error above 10 rows and 0.5% of stg.appraisals_since('{{year}}')
//
// An error test with offending rows fails the transform: nothing is
// published. A warn test, and an error test whose offending rows are not
// above its threshold, reports a warning with the count and publishes. A
// threshold is a number of rows, a share of the rows of a denominator, or
// both (then the test fails only above both: a handful of rows never blocks
// a small warehouse, a small share never blocks a national one). The text
// after "of" is what `SELECT count(*) FROM <text>` counts (a table, a view or
// a table macro, optionally with a WHERE), and may confine itself to a
// refresh's years with {{start}} and {{year}} as the test's query does. The
// denominator is counted only when the test has offending rows. "above" is
// strict: 5 offending rows of 1000 under "error above 0.5% of ..." warn, 6
// fail.
type Severity struct {
	Warn    bool    // never blocks
	Rows    int64   // error above this many offending rows (and Percent, if set)
	Percent float64 // error above this share, in %, of the rows of Of (and Rows)
	Of      string  // the denominator's FROM clause
}

var severityLine = regexp.MustCompile(`^(?i:(warn|error))(?:\s+above\s+(.+))?$`)
var thresholdRows = regexp.MustCompile(`^([0-9]+)\s+rows?(?:\s+and\s+(.+))?$`)
var thresholdPercent = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)\s*%\s+of\s+(\S.*)$`)

// ParseSeverity reads the text after '-- severity:'.
func ParseSeverity(s string) (Severity, error) {
	s = strings.TrimSpace(s)
	m := severityLine.FindStringSubmatch(s)
	if m == nil {
		return Severity{}, fmt.Errorf("severity %q: want warn, error, error above N rows or error above N%% of <table>", s)
	}
	sev := Severity{Warn: strings.EqualFold(m[1], "warn")}
	if m[2] == "" {
		return sev, nil
	}
	if sev.Warn {
		return Severity{}, fmt.Errorf("severity %q: a threshold belongs to error (a warn test never blocks)", s)
	}
	t := strings.TrimSpace(m[2])
	if r := thresholdRows.FindStringSubmatch(t); r != nil {
		n, err := strconv.ParseInt(r[1], 10, 64)
		if err != nil {
			return Severity{}, fmt.Errorf("severity %q: %w", s, err)
		}
		sev.Rows = n
		if r[2] == "" {
			return sev, nil
		}
		t = strings.TrimSpace(r[2])
	}
	p := thresholdPercent.FindStringSubmatch(t)
	if p == nil {
		return Severity{}, fmt.Errorf("severity %q: the threshold %q is neither N rows nor N%% of <table>", s, t)
	}
	pct, err := strconv.ParseFloat(p[1], 64)
	if err != nil || pct <= 0 || pct >= 100 {
		return Severity{}, fmt.Errorf("severity %q: the share must be above 0%% and below 100%%", s)
	}
	if strings.Contains(p[2], ";") || strings.Contains(p[2], "--") {
		return Severity{}, fmt.Errorf("severity %q: the denominator must be one FROM clause", s)
	}
	sev.Percent, sev.Of = pct, strings.TrimSpace(p[2])
	return sev, nil
}

// String is the severity as written in a test's header.
func (s Severity) String() string {
	switch {
	case s.Warn:
		return "warn"
	case s.Of != "" && s.Rows > 0:
		return fmt.Sprintf("error above %d rows and %s%% of %s", s.Rows, strconv.FormatFloat(s.Percent, 'f', -1, 64), s.Of)
	case s.Of != "":
		return fmt.Sprintf("error above %s%% of %s", strconv.FormatFloat(s.Percent, 'f', -1, 64), s.Of)
	case s.Rows > 0:
		return fmt.Sprintf("error above %d rows", s.Rows)
	}
	return "error"
}

// blocks tells whether failing offending rows out of total (the
// denominator's rows; used with Percent only) fail the transform.
func (s Severity) blocks(failing, total int64) bool {
	switch {
	case failing == 0 || s.Warn || failing <= s.Rows:
		return false
	case s.Of != "":
		return total == 0 || 100*float64(failing)/float64(total) > s.Percent
	}
	return failing > s.Rows
}

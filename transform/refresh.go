package transform

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
)

// Incremental refresh.
//
// A model may declare in its header which of its rows a change confined to
// recent years can touch:
//
//	-- refresh: tanggal_mulai >= {{start}}
//	CREATE OR REPLACE TABLE mart.x AS
//	<query>;
//
// {{start}} is replaced by DATE 'Y-01-01' and {{year}} by Y, the earliest
// year any changed row belongs to. When every batch loaded or replaced since
// the last successful transform is of an event kind (appraisals,
// service_requests, survey_responses, trainings), the models and the
// warehouse settings are those of that run, and the tables exist, the
// transform refreshes instead of rebuilding: such a model deletes its rows
// that match the condition and inserts the rows of its query that match it
// (the query still sees every row of its inputs, so windows over earlier
// periods, the previous period's values and year-earlier comparisons stay
// right); every model without the header is rebuilt whole, as are all
// models in a full run. Rows from that year on are all recomputed, not only
// the changed periods: a later period's values may depend on an earlier one
// (backlog, previous period, a year earlier), never the other way round.
// The data tests run over the whole tables either way.

// RefreshEventKinds are the batch kinds a refresh can confine to years.
var RefreshEventKinds = []string{"appraisals", "service_requests", "survey_responses", "trainings"}

var (
	refreshHeader = regexp.MustCompile(`(?m)^--\s*refresh:\s*(.+?)\s*$`)
	createTableAs = regexp.MustCompile(`(?is)^(?:\s*--[^\n]*\n)*\s*CREATE\s+OR\s+REPLACE\s+TABLE\s+([a-z_]+\.[a-z_0-9]+)\s+AS\s+(.*?);?\s*$`)
	nextStatement = regexp.MustCompile(`(?i);\s*(?:--[^\n]*\n\s*)*(CREATE|INSERT|DELETE|UPDATE|DROP|ALTER|SET|WITH|SELECT)\b`)
)

// parseRefresh fills m.Refresh, m.Table and m.Query from a model's header and
// its single CREATE OR REPLACE TABLE ... AS statement.
func parseRefresh(m *Model) error {
	h := refreshHeader.FindStringSubmatch(m.SQL)
	if h == nil {
		if strings.Contains(m.SQL, "{{start}}") || strings.Contains(m.SQL, "{{year}}") {
			return fmt.Errorf("model %s: {{start}} and {{year}} belong to '-- refresh:' models", m.Name)
		}
		return nil
	}
	c := createTableAs.FindStringSubmatch(m.SQL)
	if c == nil || nextStatement.MatchString(c[2]) {
		return fmt.Errorf("model %s: a '-- refresh:' model must be one CREATE OR REPLACE TABLE ... AS statement", m.Name)
	}
	if !strings.Contains(h[1], "{{start}}") && !strings.Contains(h[1], "{{year}}") {
		return fmt.Errorf("model %s: the refresh condition %q uses neither {{start}} nor {{year}}", m.Name, h[1])
	}
	m.Refresh, m.Table, m.Query = h[1], c[1], c[2]
	return nil
}

// placeholders replaces {{start}} and {{year}} in s: by DATE 'Y-01-01' and
// Y for a refresh from year Y, by the first day and year of the calendar for
// a full run (year 0), where a query's own year filters must let every row
// through.
func placeholders(s string, year int) string {
	if year == 0 {
		year = 1
	}
	return strings.NewReplacer(
		"{{start}}", fmt.Sprintf("DATE '%04d-01-01'", year),
		"{{year}}", fmt.Sprint(year)).Replace(s)
}

// FullSQL is m's statement (or a data test's query) for a full run, what
// kinerja test-data and the bare-DuckDB baseline run too.
func (m Model) FullSQL() string { return placeholders(m.SQL, 0) }

// refreshSQL is the DELETE and INSERT that refresh m's rows from year on. The
// query may confine what it reads with {{start}} and {{year}} too, where its
// rows from year Y on depend only on source rows from year Y on.
func (m Model) refreshSQL(year int) string {
	cond := "coalesce(" + placeholders(m.Refresh, year) + ", true)"
	return fmt.Sprintf("DELETE FROM %s WHERE %s;\nINSERT INTO %s SELECT * FROM (\n%s\n) AS kn_refresh WHERE %s;",
		m.Table, cond, m.Table, placeholders(m.Query, year), cond)
}

// Plan is how a transform ran: in full, or as a refresh from a year on.
type Plan struct {
	Full    bool
	Reason  string // why a full run, or what the refresh covers
	Changed int64  // batches added or gone since the last transform
	Year    int    // refresh: rows from this year on were recomputed (0 = none)
}

func (p Plan) String() string {
	if p.Full {
		return "full rebuild (" + p.Reason + ")"
	}
	if p.Year == 0 {
		return "refresh: " + p.Reason
	}
	return fmt.Sprintf("refresh from %d (%s)", p.Year, p.Reason)
}

// fingerprint identifies the models and the warehouse settings a transform
// runs with.
func fingerprint(ctx context.Context, tx *sql.Tx, models []Model) (string, error) {
	var settings string
	if err := tx.QueryRowContext(ctx, refreshSQLFile("settings.sql")).Scan(&settings); err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", SessionSQL(), settings)
	for _, m := range models {
		fmt.Fprintf(h, "%s\x00%s\x00", m.Name, m.SQL)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func refreshSQLFile(name string) string {
	b, err := sqlFS.ReadFile("sql/refresh/" + name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// plan decides between a full run and a refresh (see the package comment
// above), inside the transform's transaction.
func plan(ctx context.Context, tx *sql.Tx, models []Model, fp string, full bool) (Plan, error) {
	if full {
		return Plan{Full: true, Reason: "asked for"}, nil
	}
	if _, err := tx.ExecContext(ctx, refreshSQLFile("state.sql")); err != nil {
		return Plan{}, err
	}
	var last string
	switch err := tx.QueryRowContext(ctx, refreshSQLFile("fingerprint.sql")).Scan(&last); {
	case err == sql.ErrNoRows:
		return Plan{Full: true, Reason: "no earlier transform to refresh"}, nil
	case err != nil:
		return Plan{}, err
	case last != fp:
		return Plan{Full: true, Reason: "the models or the warehouse settings changed since the last transform"}, nil
	}
	for _, m := range models {
		if m.Refresh == "" {
			continue
		}
		s, n, _ := strings.Cut(m.Table, ".")
		var exists bool
		if err := tx.QueryRowContext(ctx, `SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?`, s, n).Scan(&exists); err != nil {
			return Plan{}, err
		}
		if !exists {
			return Plan{Full: true, Reason: m.Table + " does not exist"}, nil
		}
	}
	var p Plan
	var other int64
	var year sql.NullInt64
	if err := tx.QueryRowContext(ctx, refreshSQLFile("changes.sql")).Scan(&p.Changed, &other, &year); err != nil {
		return Plan{}, fmt.Errorf("refresh: what changed: %w", err)
	}
	switch {
	case other > 0:
		return Plan{Full: true, Changed: p.Changed, Reason: fmt.Sprintf("%d changed batch(es) of kinds other than %s", other, strings.Join(RefreshEventKinds, ", "))}, nil
	case p.Changed == 0:
		p.Reason = "no batch loaded or replaced since the last transform"
	case !year.Valid:
		p.Reason = fmt.Sprintf("%d changed batch(es) without rows", p.Changed)
	default:
		p.Year = int(year.Int64)
		p.Reason = fmt.Sprintf("%d changed batch(es)", p.Changed)
	}
	return p, nil
}

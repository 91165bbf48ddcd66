package main

import (
	"context"
	"regexp"
	"strconv"

	"kinerja/ingest"
	"kinerja/warehouse"
)

// logLines reports whether --log-format asks for log lines on stderr (text
// or json); auto leaves stderr to the progress bar and stdout to the
// summaries.
func (a *app) logLines() bool { return a.logFormat == "text" || a.logFormat == "json" }

// file counts one ingest source's outcome into the run and, with log lines,
// logs it: one "file" record per file, one "quarantined" record per field and
// reason of its quarantined rows (with the first row's line), and one
// "error" record when it failed.
func (r *runLog) file(ctx context.Context, db *warehouse.DB, src ingest.Source, res ingest.Result, err error) {
	if r == nil {
		return
	}
	r.a.bar.clear() // before the file's summary line
	where := src.Path
	if src.HTTP != nil {
		where = redactArg(src.HTTP.URL)
	}
	r.batch(where, res, err)
	if !r.a.logLines() {
		return
	}
	name := src.Name
	if res.Source != "" {
		name = res.Source
	}
	status := "loaded"
	switch {
	case err != nil:
		status = "failed"
	case res.Unchanged:
		status = "unchanged"
	}
	r.a.log.Info("file", "file", where, "kind", src.Kind, "source", name, "status", status,
		"rows_read", res.Read, "rows_loaded", res.Loaded, "rows_quarantined", res.Quarantined,
		"batch_id", res.BatchID, "duration_s", seconds(res.Elapsed))
	if err != nil {
		attrs := []any{"file", where, "kind", src.Kind, "source", name, "error", redactText(err.Error())}
		if line := errorLine(err.Error()); line > 0 {
			attrs = append(attrs, "line", line)
		}
		r.a.log.Error("error", attrs...)
		return
	}
	if res.Quarantined == 0 || res.Unchanged {
		return
	}
	firsts, qerr := ingest.QuarantineFirsts(ctx, db, res.BatchID)
	if qerr != nil {
		r.a.log.Warn("quarantine summary", "file", where, "batch_id", res.BatchID, "error", qerr.Error())
		return
	}
	for _, q := range firsts {
		r.a.log.Warn("quarantined", "file", where, "source", name, "batch_id", res.BatchID, "field", q.Field,
			"reason", q.Reason, "rows", q.Rows, "line", q.Line, "location", q.Location)
	}
}

// lineInError finds where a failure message names its line ("… line 10: …",
// "sheet Pegawai row 7").
var lineInError = regexp.MustCompile(`\b(?:line|row) (\d+)\b`)

// errorLine is the line (or sheet row) a failure message names, 0 when none.
func errorLine(msg string) int64 {
	m := lineInError.FindStringSubmatch(msg)
	if m == nil {
		return 0
	}
	n, _ := strconv.ParseInt(m[1], 10, 64)
	return n
}

package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"kinerja/ingest"
	"kinerja/transform"
	"kinerja/warehouse"
)

// runLog is one ingest, transform or dashboards run on its way into
// meta.runs (issue 11.10). The command adds its counts as it goes; finish
// writes the row, failed or not, and logs the outcome.
type runLog struct {
	a   *app
	run warehouse.Run
	// ingest
	files, loaded, unchanged, failed int
	fileErrs                         []string // each failed file's error
}

// startRun starts the record of one run of command (a stage of run and demo
// is a run of its own).
func (a *app) startRun(command string) *runLog {
	return &runLog{a: a, run: warehouse.Run{Command: command, Args: a.invocation, Version: version, Started: time.Now()}}
}

// batch adds the outcome of one ingest source, read from where.
func (r *runLog) batch(where string, res ingest.Result, err error) {
	if r == nil {
		return
	}
	r.files++
	switch {
	case err != nil:
		r.failed++
		msg := err.Error()
		if !strings.Contains(msg, where) {
			msg = where + ": " + msg
		}
		r.fileErrs = append(r.fileErrs, msg)
	case res.Unchanged:
		r.unchanged++
	default:
		r.loaded++
		add := func(n *sql.NullInt64, v int64) { n.Int64 += v; n.Valid = true }
		add(&r.run.RowsRead, res.Read)
		add(&r.run.RowsLoaded, res.Loaded)
		add(&r.run.RowsQuarantined, res.Quarantined)
	}
}

// transformed notes what a transform built.
func (r *runLog) transformed(st transform.Stats) {
	if r != nil {
		r.run.Detail = fmt.Sprintf("%s: %d models, %d data tests", st.Plan, st.Models, len(st.Tests.Results))
	}
}

// site notes the pages dashboards wrote.
func (r *runLog) site(pages int, out string) {
	if r != nil {
		r.run.Pages = sql.NullInt64{Int64: int64(pages), Valid: true}
		r.run.Detail = out
	}
}

// finish records the run in db, a warehouse open for writing, outside any
// transaction the command rolled back, and returns runErr unchanged.
func (r *runLog) finish(ctx context.Context, db *warehouse.DB, runErr error) error {
	ctx = context.WithoutCancel(ctx) // an interrupted run is recorded too
	r.run.Finished = time.Now()
	r.run.Status = warehouse.RunOK
	if runErr != nil {
		msg := runErr.Error()
		if len(r.fileErrs) > 0 {
			msg += "\n" + strings.Join(r.fileErrs, "\n")
		}
		r.run.Status, r.run.Error = warehouse.RunFailed, redactText(msg)
	}
	if r.run.Command == "ingest" {
		r.run.Detail = fmt.Sprintf("%d file(s): %d loaded, %d unchanged, %d failed", r.files, r.loaded, r.unchanged, r.failed)
		if r.loaded == 0 {
			r.run.RowsRead = sql.NullInt64{Valid: true}
			r.run.RowsLoaded, r.run.RowsQuarantined = r.run.RowsRead, r.run.RowsRead
		}
	}
	if r.run.Command == "transform" && runErr == nil {
		if n, err := db.RowsBuilt(ctx); err == nil {
			r.run.RowsBuilt = sql.NullInt64{Int64: n, Valid: true}
		}
	}
	// Timestamps in WIB, as meta.batches.loaded_at.
	wib := func(t time.Time) time.Time { return t.UTC().Add(7 * time.Hour) }
	row := r.run
	row.Started, row.Finished = wib(row.Started), wib(row.Finished)
	if err := db.RecordRun(ctx, &row); err != nil {
		r.notRecorded(runErr, err)
		return runErr
	}
	r.run.ID = row.ID
	r.log(runErr, true)
	return runErr
}

// finishApart records a run whose warehouse was open read-only (dashboards
// reads the marts, or their snapshot while a writer runs): the warehouse is
// opened for writing afterwards, for one insert, taking the write lock only
// for that moment and waiting no longer than --wait for another writer.
// Nothing is recorded when there is no warehouse file, or while another
// writer holds it past --wait: that is logged instead.
func (r *runLog) finishApart(ctx context.Context, runErr error) error {
	p := r.a.warehouse
	if p == "" {
		p = warehouse.DefaultPath
	}
	if _, err := os.Stat(p); err != nil {
		r.run.Finished = time.Now()
		r.notRecorded(runErr, fmt.Errorf("no warehouse %s", p))
		return runErr
	}
	db, err := warehouse.Open(context.WithoutCancel(ctx), warehouse.Options{Path: p, MemoryLimit: r.a.memory, Threads: r.a.threads,
		TempDir: r.a.tempDir, Wait: r.a.wait, KeepSnapshot: true})
	if err != nil {
		r.run.Finished = time.Now()
		r.notRecorded(runErr, err)
		return runErr
	}
	defer db.Close()
	return r.finish(ctx, db, runErr)
}

// notRecorded says, on stderr, that the run left no row in meta.runs and
// why (the warehouse could not be opened for writing).
func (r *runLog) notRecorded(runErr, why error) {
	r.log(runErr, false)
	r.a.log.Warn("run not recorded in meta.runs", "command", r.run.Command, "reason", redactText(why.Error()))
}

// notRecorded is for a command that failed before it could open its
// warehouse (locked by another writer, unwritable): nothing to write to.
func (a *app) notRecorded(command string, err error) error {
	r := a.startRun(command)
	r.run.Finished = time.Now()
	r.notRecorded(err, err)
	return err
}

// log writes the run's outcome with --log-format text or json (auto leaves
// stderr to the progress bar and stdout to the summaries).
func (r *runLog) log(runErr error, recorded bool) {
	if !r.a.logLines() {
		return
	}
	attrs := []any{"command", r.run.Command, "status", r.run.Status, "duration_s", seconds(r.run.Finished.Sub(r.run.Started))}
	if recorded {
		attrs = append(attrs, "run_id", r.run.ID)
	}
	for _, c := range []struct {
		name string
		n    sql.NullInt64
	}{{"rows_read", r.run.RowsRead}, {"rows_loaded", r.run.RowsLoaded}, {"rows_quarantined", r.run.RowsQuarantined},
		{"rows_built", r.run.RowsBuilt}, {"pages", r.run.Pages}} {
		if c.n.Valid {
			attrs = append(attrs, c.name, c.n.Int64)
		}
	}
	if runErr == nil {
		r.a.log.Info("run", attrs...)
		return
	}
	r.a.log.Error("run", append(attrs, "error", redactText(runErr.Error()))...)
	var tf *transform.TestFailure
	if errors.As(runErr, &tf) {
		for _, t := range tf.Report.Results {
			if t.Failing > 0 {
				r.a.log.Error("data test failed", "command", r.run.Command, "test", t.Name, "rows", t.Failing, "doc", t.Doc)
			}
		}
	}
}

func seconds(d time.Duration) float64 { return d.Round(time.Millisecond).Seconds() }

// invocationOf is how a command was invoked, for meta.runs: its path, the
// flags given and the arguments, with the credentials of URLs removed.
// (Tokens never come on the command line: kinerja reads them from the
// environment variable a source's token_env names.)
func invocationOf(cmd *cobra.Command, args []string) string {
	parts := []string{strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")}
	if cmd == cmd.Root() {
		parts = parts[:0]
	}
	cmd.Flags().Visit(func(f *pflag.Flag) {
		v := f.Value.String()
		if f.Value.Type() == "bool" && v == "true" {
			parts = append(parts, "--"+f.Name)
			return
		}
		parts = append(parts, "--"+f.Name, redactArg(v))
	})
	for _, a := range args {
		parts = append(parts, redactArg(a))
	}
	s := strings.Join(parts, " ")
	if len(s) > 1000 {
		s = s[:1000] + "…"
	}
	return s
}

// secretParam names URL query parameters that carry credentials.
var secretParam = regexp.MustCompile(`(?i)token|key|secret|pass|auth|sig|credential`)

// redactArg removes the password of a URL and the values of query
// parameters that look like credentials.
func redactArg(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	u, err := url.Parse(s)
	if err != nil {
		return "<unparsable URL>"
	}
	if u.User != nil {
		u.User = url.User("xxxxx")
	}
	q := u.Query()
	for k := range q {
		if secretParam.MatchString(k) {
			q.Set(k, "xxxxx")
		}
	}
	if len(q) > 0 {
		u.RawQuery = q.Encode()
	}
	return u.String()
}

var urlInText = regexp.MustCompile(`[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"'<>]+`)

// redactText removes credentials from the URLs in a message.
func redactText(s string) string {
	return urlInText.ReplaceAllStringFunc(s, redactArg)
}

func newRuns(a *app) *cobra.Command {
	var limit int
	var failed bool
	var command string
	cmd := &cobra.Command{
		Use:   "runs [--limit 20] [--failed] [--command ingest|transform|dashboards]",
		Short: "List the latest ingest, transform and dashboards runs (meta.runs)",
		Long: `runs lists the latest runs recorded in meta.runs, newest first: what ran (a stage of
run or demo is a run of its own), when (WIB), how long, whether it ended ok or
failed, its rows (ingest: read, loaded, quarantined; transform: rows built in core
and marts; dashboards: pages) and, for a failed run, the first line of its error.
Every column is in meta.runs for kinerja query. A run whose warehouse could not be
opened for writing (locked by another writer, missing) has no row: it said so on
stderr.`,
		Example: `  kinerja runs
  kinerja runs --failed --limit 5
  kinerja query "select * from meta.runs where status = 'failed'"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := a.open(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer db.Close()
			runs, err := db.RecentRuns(cmd.Context(), limit, failed, command)
			if err != nil {
				return err
			}
			if len(runs) == 0 {
				fmt.Fprintln(a.out, "no runs recorded")
				return nil
			}
			fmt.Fprintf(a.out, "%-5s %-10s %-19s %8s  %-6s  %s\n", "run", "command", "started (WIB)", "took", "status", "rows")
			for _, r := range runs {
				fmt.Fprintf(a.out, "%-5d %-10s %s %7.1fs  %-6s  %s\n", r.ID, r.Command, r.Started.Format("2006-01-02 15:04:05"),
					r.Finished.Sub(r.Started).Seconds(), r.Status, runRows(r))
				fmt.Fprintf(a.out, "      %s\n", r.Args)
				if r.Error != "" {
					first, _, more := strings.Cut(r.Error, "\n")
					if more {
						first += " …"
					}
					fmt.Fprintf(a.out, "      error: %s\n", first)
				}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 20, "runs to list")
	cmd.Flags().BoolVar(&failed, "failed", false, "only failed runs")
	cmd.Flags().StringVar(&command, "command", "", "only runs of this command")
	return cmd
}

// runRows says a run's rows in words.
func runRows(r warehouse.Run) string {
	switch {
	case r.RowsRead.Valid:
		return fmt.Sprintf("read %d, loaded %d, quarantined %d", r.RowsRead.Int64, r.RowsLoaded.Int64, r.RowsQuarantined.Int64)
	case r.RowsBuilt.Valid:
		return fmt.Sprintf("%d rows built", r.RowsBuilt.Int64)
	case r.Pages.Valid:
		return fmt.Sprintf("%d pages", r.Pages.Int64)
	}
	return "-"
}

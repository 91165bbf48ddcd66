// Command kinerja loads ASN performance appraisals and public-service outcome
// data into a DuckDB warehouse, builds marts that link the two, and writes an
// offline dashboard site. Each command parses its flags and calls one
// function of the packages ingest, transform, marts and dashboards.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

var version = "dev"

// app carries what every command shares: the global flags and the outputs.
type app struct {
	warehouse string
	memory    string
	threads   int
	tempDir   string // kinerja.yaml's warehouse.temp_directory
	wait      time.Duration
	logFormat string
	// invocation is the command as invoked, for meta.runs (runs.go).
	invocation string
	out        io.Writer
	errOut     io.Writer
	log        *slog.Logger
	bar        *ingestBar // ingest's progress bar on a terminal (progress.go)
	// memoryShown: the memory settings were logged (memory.go).
	memoryShown bool
}

func (a *app) open(ctx context.Context, readOnly bool) (*warehouse.DB, error) {
	db, err := warehouse.Open(ctx, warehouse.Options{Path: a.warehouse, MemoryLimit: a.memory, Threads: a.threads, TempDir: a.tempDir, ReadOnly: readOnly, Wait: a.wait})
	if err == nil {
		a.showMemory(db)
	}
	return db, err
}

// openMarts opens the warehouse read-only for a command that reads the core
// and the marts, and says what to run first when no transform has published
// them yet (instead of DuckDB's catalog error).
func (a *app) openMarts(ctx context.Context) (*warehouse.DB, error) {
	db, err := a.open(ctx, true)
	if err != nil {
		return nil, err
	}
	ok, err := db.HasMarts(ctx)
	if err == nil && !ok {
		err = errNoMarts(a.warehouse)
	}
	if err == nil {
		if ok, err = transform.Current(ctx, db.DB, marts.Models()...); err == nil && !ok {
			err = errOldMarts(a.warehouse)
		}
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// errOldMarts: the marts were built by another kinerja (an upgrade since the
// last transform), whose tables and columns may not be what this one reads.
func errOldMarts(path string) error {
	return fmt.Errorf("the marts of %s were built by another version of kinerja (or other models): run `kinerja transform` first to rebuild them for this one", path)
}

func errNoMarts(path string) error {
	return fmt.Errorf("%s has no marts yet: run `kinerja transform` first (after `kinerja ingest`), or `kinerja run --config kinerja.yaml` for both", path)
}

func newRoot(out, errOut io.Writer) *cobra.Command {
	a := &app{out: out, errOut: errOut, log: slog.New(slog.NewTextHandler(errOut, nil))}
	root := &cobra.Command{
		Use:   "kinerja",
		Short: "ASN performance and public-service outcomes: warehouse, marts and dashboards",
		Long: `kinerja loads civil servants' performance appraisals (SKP) and public-service
outcome data (Dukcapil requests, IKM surveys, sector indicators, trainings) into a
DuckDB warehouse, builds marts that link how people are rated to how well the
public is served, and writes an offline HTML dashboard site.`,
		Example: `  kinerja demo                      # demo data -> warehouse -> site/
  kinerja run --config kinerja.yaml # your sources -> warehouse -> site/
  kinerja query "select * from mart.region_summary limit 5"`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			l, err := newLogger(a.logFormat, errOut)
			a.log = l
			a.invocation = invocationOf(cmd, args)
			return err
		},
	}
	def := os.Getenv("KINERJA_WAREHOUSE")
	if def == "" {
		def = warehouse.DefaultPath
	}
	root.PersistentFlags().StringVarP(&a.warehouse, "warehouse", "w", def, "warehouse file (env KINERJA_WAREHOUSE)")
	root.PersistentFlags().StringVar(&a.memory, "memory-limit", "", "DuckDB memory_limit, e.g. 4GB (default: half of min(8 GiB, RAM/3), see docs/SCALE.md)")
	root.PersistentFlags().IntVar(&a.threads, "threads", 0, "DuckDB threads (default: one per GiB of the memory limit, at most the CPUs)")
	root.PersistentFlags().StringVar(&a.logFormat, "log-format", "auto", "progress and logs: auto (a bar on a terminal), text or json lines")
	root.PersistentFlags().DurationVar(&a.wait, "wait", 0, "when another command is writing the warehouse, wait up to this long (e.g. 10m) instead of failing at once")
	root.SetOut(out)
	root.SetErr(errOut)
	root.AddCommand(newGenerate(a), newIngest(a), newTransform(a), newDashboards(a), newRun(a), newDemo(a),
		newQuery(a), newServe(a), newVersion(a), newValidate(a), newQuarantine(a), newTestData(a), newExport(a),
		newRapor(a), newLaporan(a), newRuns(a))
	return root
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRoot(os.Stdout, os.Stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		if f := root.PersistentFlags().Lookup("log-format"); f != nil && f.Value.String() == "json" {
			// JSON logs stay JSON lines to the end.
			slog.New(slog.NewJSONHandler(os.Stderr, nil)).Error("kinerja failed", "error", redactText(err.Error()))
		} else {
			fmt.Fprintln(os.Stderr, "kinerja:", err)
		}
		var ee exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		os.Exit(1)
	}
}

type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

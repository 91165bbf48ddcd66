package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"kinerja/ingest"
	"kinerja/warehouse"
)

func newIngest(a *app) *cobra.Command {
	var kind, config, source, format, sheet, delim, encoding, records string
	var headerRow int
	var zeroIsValue, force bool
	cmd := &cobra.Command{
		Use:   "ingest (--kind KIND PATH... | --config kinerja.yaml)",
		Short: "Load source files into the warehouse's raw layer, quarantining bad rows",
		Long: `ingest reads source files of one kind (CSV, XLSX, JSON/NDJSON or Parquet, plain
or gzip-compressed; a quoted glob is expanded), or the sources of a pipeline file
(files, globs and HTTP JSON APIs), maps their headers,
tells a file's format by its bytes (an XLSX named .csv is read as XLSX; a PNG, an
HTML table saved as .xls or an Excel 97-2003 .xls is refused in one line),
normalises values as CONTRACT.md says and loads each file as one batch. Rows that
break the contract go to meta.quarantine with line, field and reason; every batch
accounts for rows_read = rows_loaded + rows_quarantined. Loading the same file again
the same way (same content, kind, sheet and reading options) does nothing; a changed
file under the same source name replaces its earlier batch, unless it has under half
of that batch's rows (a truncated file?): --force loads and replaces anyway.

Kinds: ` + strings.Join(ingest.KindNames(), ", "),
		Example: `  kinerja ingest --kind appraisals penilaian_2025.csv
  kinerja ingest --kind employees --sheet Pegawai pegawai.xlsx
  kinerja ingest --kind indicators jabar_stunting_kabkota.csv   # Open Data Jabar export
  kinerja ingest --kind appraisals 'data/penilaian_*.csv.gz'
  kinerja ingest --kind appraisals --header-row 4 rekap_penilaian.csv   # titles on lines 1-3
  kinerja ingest --kind indicators --records result.records datastore_search.json
  kinerja ingest --config kinerja.yaml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var sources []ingest.Source
			switch {
			case config != "" && (kind != "" || len(args) > 0):
				return errors.New("give either --config or --kind with files, not both")
			case config != "":
				cfg, err := ingest.LoadConfig(config)
				if err != nil {
					return err
				}
				if sources, err = cfg.Files(); err != nil {
					return err
				}
				a.warehouseSettings(cfg)
			case kind != "" && len(args) > 0:
				if _, err := ingest.LookupKind(kind); err != nil {
					return err
				}
				var err error
				if args, err = ingest.ExpandPaths(args); err != nil {
					return err
				}
				if source != "" && len(args) > 1 {
					return errors.New("--source names one file; give one path with it")
				}
				for _, p := range args {
					sources = append(sources, ingest.Source{Name: source, Kind: kind, Path: p, Format: format, Sheet: sheet,
						Delimiter: delim, Encoding: encoding, HeaderRow: headerRow, ZeroIsValue: zeroIsValue, Records: records})
				}
			default:
				return errors.New("give --kind KIND and one or more files, or --config kinerja.yaml")
			}
			for i := range sources {
				sources[i].Force = force
			}
			db, err := a.open(cmd.Context(), false)
			if err != nil {
				return a.notRecorded("ingest", err)
			}
			defer db.Close()
			r := a.startRun("ingest")
			return r.finish(cmd.Context(), db, ingestAll(cmd.Context(), db, sources, a.out, a.progressFor(), r))
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "", "source kind of the files")
	cmd.Flags().StringVar(&config, "config", "", "pipeline file listing the sources")
	cmd.Flags().StringVar(&source, "source", "", "source name (default: the file name)")
	cmd.Flags().StringVar(&format, "format", "", "csv, xlsx, json or parquet (default: from the extension; .gz is looked through)")
	cmd.Flags().StringVar(&sheet, "sheet", "", "XLSX sheet (default: the first)")
	cmd.Flags().StringVar(&delim, "delimiter", "", "CSV delimiter (default: detected)")
	cmd.Flags().StringVar(&encoding, "encoding", "", "CSV text: utf-8 or windows-1252 (default: UTF-8, Windows-1252 when not valid UTF-8)")
	cmd.Flags().IntVar(&headerRow, "header-row", 0, "header row of an XLSX sheet or line of a CSV file, 1-based; the rows above it are titles (default: the first row naming the kind's required fields)")
	cmd.Flags().StringVar(&records, "records", "", "JSON file that is one object: the field holding the records, dotted for nested objects (default: data, items, records or results)")
	cmd.Flags().BoolVar(&force, "force", false, "load even a file already loaded the same way, and let a batch with under half the rows replace its source's earlier one")
	cmd.Flags().BoolVar(&zeroIsValue, "zero-is-value", false, "open-data exports: load 0 as a value instead of quarantining it as 'no data'")
	return cmd
}

// ingestAll loads every source, reporting each batch; it goes on after a
// failed file and returns an error naming the failures at the end.
// progress, when not nil, is told how each load advances; r (runs.go)
// counts and logs each file.
func ingestAll(ctx context.Context, db *warehouse.DB, sources []ingest.Source, out io.Writer, progress func(ingest.Event), r *runLog) error {
	return ingestExit(ingest.LoadAll(ctx, db, sources, progress, batchReporter(ctx, db, out, r)))
}

// batchReporter prints each source's outcome as it comes and notes it in r.
func batchReporter(ctx context.Context, db *warehouse.DB, out io.Writer, r *runLog) func(ingest.Source, ingest.Result, error) {
	return func(src ingest.Source, res ingest.Result, err error) {
		r.file(ctx, db, src, res, err)
		if err != nil {
			fmt.Fprintf(out, "FAILED     %s: %v\n", src.Path, err)
			return
		}
		printBatch(out, res)
	}
}

// ingestExit turns failed files into exit status 1 with their names.
func ingestExit(err error) error {
	var all *ingest.LoadAllError
	if errors.As(err, &all) {
		return exitError{code: 1, msg: all.Error()}
	}
	return err
}

func printBatch(out io.Writer, r ingest.Result) {
	if r.Unchanged {
		if r.BatchID == 0 {
			fmt.Fprintf(out, "unchanged  %-28s %-17s nothing new since watermark %s\n", r.Source, r.Kind, r.Watermark)
			return
		}
		fmt.Fprintf(out, "unchanged  %-28s %-17s already loaded as batch %d\n", r.Source, r.Kind, r.BatchID)
		return
	}
	fmt.Fprintf(out, "batch %-4d %-28s %-17s read %d, loaded %d, quarantined %d", r.BatchID, r.Source, r.Kind, r.Read, r.Loaded, r.Quarantined)
	if len(r.Replaced) > 0 {
		fmt.Fprintf(out, " (replaces batch %v)", r.Replaced)
	}
	fmt.Fprintln(out)
	for i, rc := range r.Reasons {
		if i == 3 {
			fmt.Fprintf(out, "           ... %d more reasons: kinerja quarantine --batch %d\n", len(r.Reasons)-3, r.BatchID)
			break
		}
		fmt.Fprintf(out, "           %s\n", ingest.ReasonLine(rc.Rows, rc.Field, rc.Reason, rc.First))
	}
	if r.OpenData != "" {
		fmt.Fprintf(out, "           open-data export: indikator from column %s\n", r.OpenData)
	}
	if r.Watermark != "" {
		fmt.Fprintf(out, "           watermark now %s\n", r.Watermark)
	}
	if len(r.Extra) > 0 {
		fmt.Fprintf(out, "           ignored columns: %s\n", strings.Join(r.Extra, ", "))
	}
	for _, n := range r.Notes {
		fmt.Fprintf(out, "           %s\n", n)
	}
}

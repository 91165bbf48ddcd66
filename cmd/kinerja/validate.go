package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"kinerja/ingest"
	"kinerja/warehouse"
)

func newValidate(a *app) *cobra.Command {
	var config string
	var strict bool
	cmd := &cobra.Command{
		Use:   "validate --config kinerja.yaml",
		Short: "Check a pipeline file and dry-read every source without loading",
		Long: `validate checks kinerja.yaml and reads every source (each file of a glob, each
HTTP API in full) exactly as ingest would, in a throw-away in-memory warehouse that
knows the real warehouse's batch ledger: it prints per file the rows that would be
loaded and quarantined and the first problems, or that the file is already loaded
the same way, or that it would be refused as much smaller than the batch it would
replace. Nothing is written to the warehouse. The exit status is 1 when a source
would fail (no file, unreadable, missing columns, HTTP error), and with --strict
2 when rows would be quarantined.`,
		Example: `  kinerja validate --config kinerja.yaml
  kinerja validate --config kinerja.yaml --strict --log-format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if config == "" {
				return fmt.Errorf("give --config kinerja.yaml")
			}
			cfg, err := ingest.LoadConfig(config)
			if err != nil {
				return exitError{code: 1, msg: err.Error()}
			}
			// The real warehouse's ledger, when there is one, so that validate
			// says what ingest would do (nothing new, replace, refuse).
			var ledger *warehouse.DB
			if _, err := os.Stat(a.warehouse); err == nil {
				if ledger, err = a.open(cmd.Context(), true); err != nil {
					return err
				}
				defer ledger.Close()
			}
			checks, err := ingest.Validate(cmd.Context(), cfg, ledger, a.progressFor())
			if err != nil {
				return err
			}
			failed, quarantined := 0, int64(0)
			for _, c := range checks {
				if c.Err != nil {
					failed++
					fmt.Fprintf(a.out, "FAILED  %-28s %v\n", c.Source, c.Err)
					continue
				}
				r := c.Result
				if r.Unchanged {
					fmt.Fprintf(a.out, "ok      %-28s %s: nothing new\n", c.Source, c.Path)
					continue
				}
				quarantined += r.Quarantined
				fmt.Fprintf(a.out, "ok      %-28s %s: read %d, would load %d, quarantine %d\n", c.Source, c.Path, r.Read, r.Loaded, r.Quarantined)
				if r.OpenData != "" {
					fmt.Fprintf(a.out, "        open-data export: indikator from column %s\n", r.OpenData)
				}
				// Each reason once, with its count and first row (issue 11.9).
				for _, rc := range r.Reasons {
					fmt.Fprintf(a.out, "        %s\n", ingest.ReasonLine(rc.Rows, rc.Field, rc.Reason, rc.First))
				}
				if len(r.Extra) > 0 {
					fmt.Fprintf(a.out, "        ignored columns: %v\n", r.Extra)
				}
				for _, n := range r.Notes {
					fmt.Fprintf(a.out, "        %s\n", n)
				}
			}
			fmt.Fprintf(a.out, "%d file(s) checked, %d would fail, %d row(s) would be quarantined\n", len(checks), failed, quarantined)
			switch {
			case failed > 0:
				return exitError{code: 1, msg: fmt.Sprintf("%d source file(s) would fail", failed)}
			case strict && quarantined > 0:
				return exitError{code: 2, msg: fmt.Sprintf("%d row(s) would be quarantined (--strict)", quarantined)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&config, "config", "", "pipeline file to check")
	cmd.Flags().BoolVar(&strict, "strict", false, "exit 2 when any row would be quarantined")
	return cmd
}

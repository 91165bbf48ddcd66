package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"kinerja/ingest/demogen"
)

func parseScale(s string) (int, error) {
	if s == "" || s == "demo" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 100 {
		return 0, fmt.Errorf("--scale: want demo or a number of employees >= 100, got %q", s)
	}
	return n, nil
}

func newGenerate(a *app) *cobra.Command {
	var out, scale string
	var seed int64
	cmd := &cobra.Command{
		Use:   "generate --out DIR",
		Short: "Write realistic synthetic source files (and a kinerja.yaml) for five regions",
		Long: `generate writes deterministic synthetic source files of every CONTRACT.md kind for
Kota Dumai, Kota Subulussalam, Kabupaten Manokwari, Kota Palu and Kota Sorong (mostly
CSV, some XLSX and JSON), with the planted truths listed in the README, plus a
kinerja.yaml that lists them. The same seed gives the same bytes.`,
		Example: `  kinerja generate --out demo-data
  kinerja generate --out /tmp/big --seed 7 --scale 20000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			n, err := parseScale(scale)
			if err != nil {
				return err
			}
			sum, err := demogen.Generate(demogen.Options{Out: out, Seed: seed, Employees: n})
			if err != nil {
				return err
			}
			total := 0
			for _, f := range sum.Files {
				total += sum.Rows[f]
			}
			fmt.Fprintf(a.out, "wrote %d files (%d rows) to %s\nconfig: %s\n", len(sum.Files), total, out, sum.Config)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "directory to write into (required)")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().StringVar(&scale, "scale", "demo", "demo, or the approximate number of employees")
	cmd.MarkFlagRequired("out")
	return cmd
}

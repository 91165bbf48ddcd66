package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"kinerja/demogen"
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

// generateOptions turns --scale and --regions into demogen options: national
// (or a number with --regions) is the national shape, demo or a number alone
// the five demo regions. --regions synthetic asks for made-up regions.
func generateOptions(out string, seed int64, scale, regions string) (demogen.Options, error) {
	opts := demogen.Options{Out: out, Seed: seed}
	if regions == "synthetic" {
		regions = ""
		opts.Scale = demogen.ScaleNational
	} else if regions != "" {
		opts.Scale = demogen.ScaleNational
	}
	opts.Regions = regions
	if scale == demogen.ScaleNational {
		opts.Scale = demogen.ScaleNational
		return opts, nil
	}
	n, err := parseScale(scale)
	if err != nil {
		return opts, err
	}
	if opts.Scale == demogen.ScaleNational && n == 0 {
		return opts, fmt.Errorf("--regions needs --scale national or a number of employees")
	}
	opts.Employees = n
	return opts, nil
}

func newGenerate(a *app) *cobra.Command {
	var out, scale, regions string
	var seed int64
	cmd := &cobra.Command{
		Use:   "generate --out DIR",
		Short: "Write realistic synthetic source files (and a kinerja.yaml) for five regions",
		Long: `generate writes deterministic synthetic source files of every CONTRACT.md kind for
Kota Dumai, Kota Subulussalam, Kabupaten Manokwari, Kota Palu and Kota Sorong (mostly
CSV, some XLSX and JSON), with the planted truths listed in the README, plus a
kinerja.yaml that lists them. The same seed gives the same bytes.

--scale national writes all of Indonesia instead: every province and kab/kota of
--regions (a wilayah_kabkota.csv; without it, 38 synthetic provinces and 514
synthetic kab/kota) as a government with its own units, 4.3 million employees
distributed by population, 2025 appraisals (four quarters and the year), 30 million
Dukcapil requests, 2 million IKM answers, 8 million trainings and potentials, in
sharded CSV files written in parallel and listed by globs in kinerja.yaml. A number
with --regions gives the same shape at that head count.`,
		Example: `  kinerja generate --out demo-data
  kinerja generate --out /tmp/big --seed 7 --scale 20000
  kinerja generate --out /data/nasional --scale national --regions ../shared/data/wilayah_kabkota.csv
  kinerja generate --out /tmp/nat --scale 200000 --regions synthetic`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, err := generateOptions(out, seed, scale, regions)
			if err != nil {
				return err
			}
			sum, err := demogen.Generate(opts)
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
	cmd.Flags().StringVar(&scale, "scale", "demo", "demo, national, or the approximate number of employees")
	cmd.Flags().StringVar(&regions, "regions", "", "national shape: a wilayah_kabkota.csv of regions and populations, or synthetic")
	cmd.MarkFlagRequired("out")
	return cmd
}

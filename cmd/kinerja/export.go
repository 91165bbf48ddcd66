package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"kinerja/marts"
)

func newExport(a *app) *cobra.Command {
	var format, out string
	var showNames bool
	cmd := &cobra.Command{
		Use:   "export --format parquet --out DIR",
		Short: "Write the core facts and marts as Hive-partitioned Parquet for Spark, Trino or BigQuery",
		Long: `export writes the core dimensions and facts and every mart of the warehouse as
Parquet (zstd) under DIR, one directory per table. Facts and marts are partitioned
in the Hive layout by year and province, DIR/<table>/tahun=2025/kode_provinsi=32/,
which Spark, Trino, Hive and BigQuery external tables read as they are; the
dimensions and mart.data_quality, which have no year or region, are one file
each. A table's directory is replaced on every export; nothing is written
outside DIR. The warehouse is opened read-only. As on the site, no name or NIP
leaves the warehouse unless --show-names is given: name columns are left out and
NIP columns hold a salted pseudonym (P-<16 hex digits>), the same for one person in
every table, so the tables still join. Table definitions for Trino and
Spark are in docs/SCALE.md.`,
		Example: `  kinerja export --format parquet --out /data/kinerja-parquet
  kinerja -w national.duckdb export --out s3-staging/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "parquet" {
				return fmt.Errorf("--format: only parquet is supported, got %q", format)
			}
			db, err := a.openMarts(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			res, err := marts.Export(cmd.Context(), db, out, showNames)
			if err != nil {
				return err
			}
			var rows int64
			for _, r := range res {
				fmt.Fprintf(a.out, "  %-26s %10d rows  %6.2fs  %s\n", r.Table, r.Rows, r.Elapsed.Seconds(), r.Dir)
				rows += r.Rows
			}
			fmt.Fprintf(a.out, "export: %d tables, %d rows to %s\n", len(res), rows, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "parquet", "output format (parquet)")
	cmd.Flags().StringVar(&out, "out", "", "directory to write into (required)")
	cmd.Flags().BoolVar(&showNames, "show-names", false, "keep names and NIPs (default: names left out, NIPs replaced by a salted pseudonym, as on the site)")
	cmd.MarkFlagRequired("out")
	return cmd
}

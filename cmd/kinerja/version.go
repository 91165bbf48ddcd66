package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"kinerja/warehouse"
)

func newVersion(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the kinerja and DuckDB versions",
		Example: "  kinerja version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := warehouse.Open(cmd.Context(), warehouse.Options{Path: ":memory:"})
			duck := "unknown"
			if err == nil {
				db.QueryRowContext(cmd.Context(), "SELECT version()").Scan(&duck)
				db.Close()
			}
			fmt.Fprintf(a.out, "kinerja %s (DuckDB %s)\n", version, duck)
			return nil
		},
	}
}

package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"kinerja/dashboards/rapor"
)

func newRapor(a *app) *cobra.Command {
	var nip, out, lang string
	cmd := &cobra.Command{
		Use:   "rapor --nip NIP --out DIR",
		Short: "Write one employee's own report page (rapor pegawai); never part of the site",
		Long: `rapor writes the page of one employee, for that person alone: their predikat in
every period, what each feedback source said (atasan, diri; rekan and bawahan only
as a count and mean scores, never who), the BerAKHLAK values, the JP taken each
year against the 20 JP minimum, the trainings, the recommended training focus, the
9-box, and their positions and units over time.

DIR/index.html is in Bahasa Indonesia (--lang en: English) and the other language
is under DIR/en/ (or DIR/id/); ECharts is copied into DIR/assets, every chart has
its table and a CSV under DIR/data, and the page prints and works from file://.
The page shows the person's name and NIP: give it to that person only. It is never
part of the dashboards site: a DIR that is a site or inside one is refused, as is a
DIR whose index.html is not a rapor. The warehouse is opened read-only. An invalid
NIP (not 18 digits) or one not in the warehouse is an error and nothing is written.`,
		Example: `  kinerja rapor --nip 198503122010011003 --out rapor-198503122010011003
  kinerja -w kinerja.duckdb rapor --nip "19850312 201001 1 003" --out /tmp/rapor --lang en`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Check the NIP before touching the warehouse.
			if _, err := rapor.NormalizeNIP(nip); err != nil {
				return fmt.Errorf("rapor: %w", err)
			}
			db, err := a.openMarts(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			res, err := rapor.Rapor(cmd.Context(), db.DB, rapor.RaporOptions{NIP: nip, Out: out, Lang: lang})
			if err != nil {
				return err
			}
			abs, _ := filepath.Abs(filepath.Join(out, "index.html"))
			fmt.Fprintf(a.out, "rapor: NIP %s, %d periods, %d files written; open %s\n", res.Model.NIP, len(res.Model.Periods), len(res.Files), abs)
			return nil
		},
	}
	cmd.Flags().StringVar(&nip, "nip", "", "the employee's 18-digit NIP (spaces are ignored)")
	cmd.Flags().StringVar(&out, "out", "", "directory to write the rapor into (not a site directory)")
	cmd.Flags().StringVar(&lang, "lang", "id", "language of DIR/index.html: id or en (the other goes under DIR/<lang>/)")
	_ = cmd.MarkFlagRequired("nip")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"kinerja/dashboards"
	"kinerja/dashboards/browsercheck"
)

func newLaporan(a *app) *cobra.Command {
	var kode, out, lang string
	cmd := &cobra.Command{
		Use:   "laporan --wilayah KODE --out laporan.pdf",
		Short: "Print one region's page as an A4 PDF report for leaders' meetings",
		Long: `laporan writes the page of one region from the marts, as the dashboards site shows
it, and prints it to an A4 PDF with headless Chromium: the written summary and the
headline figures first, then each section's chart and table, and on every sheet's
foot the region, when the data were loaded, the date printed and the sheet number;
the last sheet names the data sources. The page is in Bahasa Indonesia (--lang en:
English). Like the site it carries no names or NIPs and masks groups under 5.

It needs Chromium or Chrome (Debian: apt-get install chromium; or set
KINERJA_CHROMIUM to its path); without one it stops before reading anything. The
same layout comes out of a browser with the page's "Cetak / PDF" button. The
warehouse is opened read-only.`,
		Example: `  kinerja laporan --wilayah 14.72 --out laporan.pdf
  kinerja -w kinerja.duckdb laporan --wilayah 72.71 --out palu-en.pdf --lang en`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, ok := browsercheck.ChromiumPath(); !ok {
				return errors.New("laporan: printing needs Chromium or Chrome and none was found: install it (Debian: apt-get install chromium) or set KINERJA_CHROMIUM to its path; a browser prints the same page with its \"Cetak / PDF\" button")
			}
			if out == "" {
				out = "laporan-" + strings.ReplaceAll(kode, ".", "") + ".pdf"
			}
			absOut, err := filepath.Abs(out)
			if err != nil {
				return err
			}
			db, err := a.openMarts(cmd.Context())
			if err != nil {
				return err
			}
			tmp, err := os.MkdirTemp("", "kinerja-laporan-")
			if err != nil {
				db.Close()
				return err
			}
			defer os.RemoveAll(tmp)
			opts := dashboards.Options{Out: tmp}
			rep, err := dashboards.WriteRegionPage(cmd.Context(), db.DB, opts, kode, lang)
			if cerr := db.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("laporan: %w", err)
			}
			reports, err := browsercheck.Check(cmd.Context(), tmp, browsercheck.Options{
				Pages:     []string{rep.Page},
				PDF:       absOut,
				PDFFooter: rep.PrintFooter(opts.Title, lang, time.Now()),
			})
			if err != nil {
				return fmt.Errorf("laporan: %w", err)
			}
			// A report with a broken chart is not one to take to a meeting.
			r := reports[0]
			var problems []string
			problems = append(problems, r.ConsoleErrors...)
			problems = append(problems, r.ExternalRequests...)
			if r.EmptyCharts > 0 {
				problems = append(problems, fmt.Sprintf("%d of %d charts not drawn", r.EmptyCharts, r.Charts))
			}
			if len(problems) > 0 {
				os.Remove(absOut)
				return fmt.Errorf("laporan: %s: the page did not print cleanly, no PDF written: %s", rep.Page, strings.Join(problems, "; "))
			}
			sheets := ""
			if n := pdfPages(absOut); n > 0 {
				sheets = fmt.Sprintf("%d A4 pages, ", n)
			}
			fmt.Fprintf(a.out, "laporan: %s (%s), %s%d charts; written to %s\n", rep.Nama, rep.Kode, sheets, r.Charts, absOut)
			return nil
		},
	}
	cmd.Flags().StringVar(&kode, "wilayah", "", "the region's kode wilayah, e.g. 14.72 (Kota Dumai)")
	cmd.Flags().StringVar(&out, "out", "", "the PDF to write (default laporan-<kode>.pdf)")
	cmd.Flags().StringVar(&lang, "lang", "id", "language of the report: id or en")
	_ = cmd.MarkFlagRequired("wilayah")
	return cmd
}

var pdfPageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

// pdfPages counts the page objects of a PDF written by Chromium (0 when it
// cannot tell).
func pdfPages(path string) int {
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		return 0
	}
	return len(pdfPageObject.FindAll(b, -1))
}

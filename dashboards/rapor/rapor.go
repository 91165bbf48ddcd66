// Package rapor writes one employee's own report page (rapor pegawai) from
// the marts with the page kit; it is never part of the dashboards site and
// does not import it.
package rapor

import (
	"bytes"
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"kinerja/dashboards/kit"
)

// MinJPPerYear is the yearly minimum of competency development every ASN has
// the right and the duty to (PP 11/2017 as amended by PP 17/2020), in JP.
const MinJPPerYear = 20.0

// RaporOptions configures Rapor.
type RaporOptions struct {
	NIP string // the employee's 18-digit NIP; spaces and a leading apostrophe are ignored
	Out string // directory to write into; never a site directory or inside one
	// Lang is the language of Out/index.html: "id" (default) or "en". The
	// other language is written to Out/<other>/index.html; each links to the other.
	Lang string
}

// RaporResult is what Rapor wrote.
type RaporResult struct {
	Pages []string   // Out-relative paths of the two HTML pages, Lang's first
	Files []string   // every file written, Out-relative, sorted
	Model RaporModel // the numbers the page shows
}

// RaporModel is everything the rapor pegawai page shows: one person only.
type RaporModel struct {
	NIP, Nama, JenisASN, Jabatan, Golongan string
	Unit, NamaUnit, Wilayah, NamaWilayah   string // the current (latest) assignment
	Assignments                            []RaporAssignment
	Periods                                []RaporPeriod // every appraisal period, in time order
	Sources                                []string      // the sources present: atasan, diri, rekan, bawahan (in that order)
	JP                                     []RaporJP     // per year
	Trainings                              []RaporTraining
	Needs                                  []RaporNeed   // per year (mart.training_needs)
	Talent                                 []RaporTalent // per year (mart.talent_pool)
	DataPer                                string
	Batches                                int64
}

// RaporAssignment is one row of core.dim_employee.
type RaporAssignment struct {
	Mulai, Sampai                             time.Time // Sampai zero: open (the current one)
	Jabatan, JenisJabatan, Golongan, JenisASN string
	Unit, NamaUnit, Wilayah, NamaWilayah      string
	Terkini                                   bool
}

// RaporPeriod is one appraisal period: the official (atasan) appraisal, and
// what every source said.
type RaporPeriod struct {
	kit.Period
	Selesai                   time.Time
	Atasan                    bool // an official appraisal exists
	Unit, NamaUnit            string
	HasilKerja, PerilakuKerja string // di_atas | sesuai | di_bawah
	Predikat                  string // from the matrix: sangat_baik ... sangat_kurang
	PredikatTertulis          string // what the source wrote, when it contradicts the matrix
	CapaianIKI                kit.Stat
	RatingOrganisasi          string
	// the person's response to the official appraisal (mart.appraisal_response)
	Tanggapan, HasilKeberatan string
	Nilai                     [7]string // BerAKHLAK values, berakhlakOrder
	Sources                   []RaporSource
}

// RaporSource is what one feedback source said in a period. Rekan and
// bawahan are aggregated: Penilai and the mean scores only.
type RaporSource struct {
	Sumber                              string
	Penilai                             int64
	HasilKerja, PerilakuKerja, Predikat string   // atasan and diri only
	SkorHasil, SkorPerilaku             kit.Stat // mean, 1 = di_bawah .. 3 = di_atas
	SkorNilai                           kit.Stat // mean of core.nilai_skor (hasil and perilaku together)
}

// Skor is the source's mean score (core.nilai_skor, as the marts score).
func (s RaporSource) Skor() kit.Stat { return s.SkorNilai }

// Source returns the period's appraisal by sumber, if any.
func (p RaporPeriod) Source(sumber string) (RaporSource, bool) {
	for _, s := range p.Sources {
		if s.Sumber == sumber {
			return s, true
		}
	}
	return RaporSource{}, false
}

// RaporJP is the JP of one year against MinJPPerYear.
type RaporJP struct {
	Tahun      int64
	JP         float64
	Pelatihan  int64   // trainings started in the year
	Kekurangan float64 // max(0, 20 - JP)
	Kurang20   bool    // JP < 20
}

// RaporTraining is one training taken.
type RaporTraining struct {
	Tahun                                 int64
	Mulai, Selesai                        time.Time
	Kegiatan, JenisKompetensi, Kompetensi string
	JP                                    float64
}

// RaporNeed is the person's training need of a year (mart.training_needs).
type RaporNeed struct {
	Tahun                       int64
	PeriodeAcuan, Predikat      string
	NilaiDiBawah                []string
	Kesenjangan                 bool
	JP, KekuranganJP            float64
	Memenuhi20                  bool
	Fokus, JenisFokus, Kategori string
	Skor                        int64
}

// RaporTalent is the person's 9-box of a year (mart.talent_pool).
type RaporTalent struct {
	Tahun                                    int64
	PeriodeAcuan, Predikat, Kinerja, Potensi string
	Kotak                                    int64 // 0: incomplete
	KelompokPromosi                          bool
}

// ErrNIPInvalid and ErrNIPNotFound are returned (wrapped) by Rapor.
var (
	ErrNIPInvalid  = errors.New("NIP tidak valid (invalid NIP)")
	ErrNIPNotFound = errors.New("NIP tidak ditemukan (not found)")
)

// NormalizeNIP removes spaces and a leading apostrophe (as spreadsheets
// write them) and checks that 18 digits remain.
func NormalizeNIP(s string) (string, error) {
	n := strings.TrimPrefix(strings.TrimSpace(s), "'")
	n = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\u00a0' {
			return -1
		}
		return r
	}, n)
	if len(n) != 18 || strings.Trim(n, "0123456789") != "" {
		return "", fmt.Errorf("%w: %q: a NIP has exactly 18 digits (NIP harus 18 digit)", ErrNIPInvalid, s)
	}
	return n, nil
}

//go:embed templates/rapor.html
var raporHTML string

var raporTmpl = template.Must(kit.NewLayout("rapor.html", raporHTML))

// raporView is what templates/rapor.html renders on the kit's layout.
type raporView struct {
	*kit.Page
	NIP      string
	Identity []raporField
}

type raporField struct{ Label, Value string }

const raporKey = "rapor" // CSVs: data/rapor_<name>.csv

// Rapor writes one employee's own report page (rapor pegawai) into
// opts.Out: Out/index.html in opts.Lang and the other language under
// Out/<lang>/index.html, the ECharts assets, and a CSV per table under
// Out/data/. It reads only that person's rows; rater NIPs are never read,
// peers and subordinates appear as a count and mean scores. It refuses an
// Out that is a dashboards site or inside one (a rapor is never published)
// and an Out/index.html that is not a rapor. An invalid or unknown NIP is an
// error and nothing is written.
func Rapor(ctx context.Context, db *sql.DB, opts RaporOptions) (RaporResult, error) {
	nip, err := NormalizeNIP(opts.NIP)
	if err != nil {
		return RaporResult{}, fmt.Errorf("rapor: %w", err)
	}
	lang := opts.Lang
	if lang == "" {
		lang = kit.LangID
	}
	if lang != kit.LangID && lang != kit.LangEN {
		return RaporResult{}, fmt.Errorf("rapor: language %q: id or en", opts.Lang)
	}
	other := kit.LangEN
	if lang == kit.LangEN {
		other = kit.LangID
	}
	earlier, err := checkRaporOut(opts.Out, other)
	if err != nil {
		return RaporResult{}, err
	}
	m, err := loadRapor(ctx, db, nip)
	if err != nil {
		return RaporResult{}, err
	}
	res := RaporResult{Model: m}
	if err := kit.WriteAssets(opts.Out); err != nil {
		return RaporResult{}, err
	}
	for _, a := range []string{"echarts.min.js", "kinerja.js", "style.css"} {
		res.Files = append(res.Files, "assets/"+a)
	}
	csvs := map[string]bool{}
	for _, l := range []string{lang, other} {
		v := raporPage(m, l, l == lang, other)
		p := v.Page
		rel := "index.html"
		if l != lang {
			rel = other + "/index.html"
		}
		if err := writeRaporPage(filepath.Join(opts.Out, filepath.FromSlash(rel)), v); err != nil {
			return RaporResult{}, err
		}
		res.Pages = append(res.Pages, rel)
		res.Files = append(res.Files, rel)
		for _, t := range p.CSVs {
			if csvs[t.CSV] {
				continue // the same table in the other language: language-neutral CSV, written once
			}
			csvs[t.CSV] = true
			if err := kit.WriteCSV(filepath.Join(opts.Out, filepath.FromSlash(t.CSV)), t); err != nil {
				return RaporResult{}, err
			}
			if err := kit.WriteXLSX(filepath.Join(opts.Out, filepath.FromSlash(kit.XLSXPath(t.CSV))), t); err != nil {
				return RaporResult{}, err
			}
			res.Files = append(res.Files, t.CSV, kit.XLSXPath(t.CSV))
		}
	}
	if earlier {
		// A rapor written here before (of anyone) may have left files this
		// one does not write: its page in the other layout (--lang en puts
		// Bahasa Indonesia under id/) and CSVs. Remove them, so nobody
		// else's data stays beside this one.
		if err := removeStaleRapor(opts.Out, other, csvs); err != nil {
			return RaporResult{}, err
		}
	}
	sort.Strings(res.Files)
	return res, ctx.Err()
}

// raporMarker is in every rapor page (templates/rapor.html).
const raporMarker = `<meta name="generator" content="kinerja rapor">`

// checkRaporOut refuses an Out that would publish the rapor or overwrite
// someone else's page: a dashboards site directory or anything inside one,
// a file, or a directory whose index.html (or <other>/index.html) is not a
// rapor. Every file name Rapor writes is fixed, so nothing lands outside Out.
// earlier reports that Out holds a rapor already.
func checkRaporOut(out, other string) (earlier bool, err error) {
	if strings.TrimSpace(out) == "" {
		return false, errors.New("rapor: the output directory (--out) is empty")
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return false, fmt.Errorf("rapor: %w", err)
	}
	// Resolve symlinks on the part of the path that exists.
	real, rest := abs, ""
	for {
		if r, err := filepath.EvalSymlinks(real); err == nil {
			real = filepath.Join(r, rest)
			break
		}
		parent := filepath.Dir(real)
		if parent == real {
			real = abs
			break
		}
		rest = filepath.Join(filepath.Base(real), rest)
		real = parent
	}
	for d := real; ; d = filepath.Dir(d) {
		if isSiteDir(d) {
			return false, fmt.Errorf("rapor: %s is inside the dashboards site %s: a rapor is for one person and never part of the published site; choose a directory outside it", out, d)
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if st, err := os.Stat(real); err == nil && !st.IsDir() {
		return false, fmt.Errorf("rapor: %s is a file, not a directory", out)
	}
	for _, page := range []string{"index.html", filepath.Join(other, "index.html")} {
		is, err := isRaporPage(filepath.Join(real, page))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return false, fmt.Errorf("rapor: %w", err)
		}
		if !is {
			return false, fmt.Errorf("rapor: %s already holds %s, which is not a rapor: choose an empty directory", out, page)
		}
		earlier = true
	}
	return earlier, nil
}

func isRaporPage(path string) (bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	return bytes.Contains(b, []byte(raporMarker)), nil
}

// removeStaleRapor removes what an earlier rapor in out left that this one
// did not write: a rapor page under a language directory of the other
// layout, and data/rapor_*.csv and .xlsx files.
func removeStaleRapor(out, other string, csvs map[string]bool) error {
	for _, l := range kit.Languages {
		if l == other {
			continue // written just now
		}
		page := filepath.Join(out, l, "index.html")
		if is, err := isRaporPage(page); err == nil && is {
			if err := os.Remove(page); err != nil {
				return fmt.Errorf("rapor: %w", err)
			}
			_ = os.Remove(filepath.Dir(page)) // only if empty
		}
	}
	old, _ := filepath.Glob(filepath.Join(out, "data", raporKey+"_*.csv"))
	oldX, _ := filepath.Glob(filepath.Join(out, "data", raporKey+"_*.xlsx"))
	for _, f := range append(old, oldX...) {
		csv := "data/" + filepath.Base(f)
		if x, ok := strings.CutSuffix(csv, ".xlsx"); ok {
			csv = x + ".csv" // kept with its CSV
		}
		if !csvs[csv] {
			if err := os.Remove(f); err != nil {
				return fmt.Errorf("rapor: %w", err)
			}
		}
	}
	return nil
}

// isSiteDir reports whether d holds a dashboards site (its main pages and
// its script).
func isSiteDir(d string) bool {
	if _, err := os.Stat(filepath.Join(d, "assets", "kinerja.js")); err != nil {
		return false
	}
	for _, n := range kit.MainPages {
		if n.File == "index.html" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, n.File)); err == nil {
			return true
		}
	}
	return false
}

func writeRaporPage(path string, v *raporView) error {
	var buf bytes.Buffer
	if err := raporTmpl.Execute(&buf, v); err != nil {
		return fmt.Errorf("rapor: render %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("rapor: %w", err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("rapor: %w", err)
	}
	return nil
}

package dashboards

import (
	"bytes"
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
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
	Period
	Selesai                   time.Time
	Atasan                    bool // an official appraisal exists
	Unit, NamaUnit            string
	HasilKerja, PerilakuKerja string // di_atas | sesuai | di_bawah
	Predikat                  string // from the matrix: sangat_baik ... sangat_kurang
	PredikatTertulis          string // what the source wrote, when it contradicts the matrix
	CapaianIKI                Stat
	RatingOrganisasi          string
	Nilai                     [7]string // BerAKHLAK values, berakhlakOrder
	Sources                   []RaporSource
}

// RaporSource is what one feedback source said in a period. Rekan and
// bawahan are aggregated: Penilai and the mean scores only.
type RaporSource struct {
	Sumber                              string
	Penilai                             int64
	HasilKerja, PerilakuKerja, Predikat string // atasan and diri only
	SkorHasil, SkorPerilaku             Stat   // mean, 1 = di_bawah .. 3 = di_atas
}

// Skor is the mean of the work-results and behaviour scores.
func (s RaporSource) Skor() Stat {
	if !s.SkorHasil.Valid || !s.SkorPerilaku.Valid {
		return Stat{}
	}
	return Stat{Value: (s.SkorHasil.Value + s.SkorPerilaku.Value) / 2, Valid: true}
}

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

var raporTmpl = template.Must(template.New("rapor").Parse(raporHTML))

// raporView is what templates/rapor.html renders.
type raporView struct {
	*Page
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
		lang = langID
	}
	if lang != langID && lang != langEN {
		return RaporResult{}, fmt.Errorf("rapor: language %q: id or en", opts.Lang)
	}
	other := langEN
	if lang == langEN {
		other = langID
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
	if err := writeAssets(opts.Out); err != nil {
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
		for _, t := range p.csvs {
			if csvs[t.CSV] {
				continue // the same table in the other language: language-neutral CSV, written once
			}
			csvs[t.CSV] = true
			if err := writeCSV(filepath.Join(opts.Out, filepath.FromSlash(t.CSV)), t); err != nil {
				return RaporResult{}, err
			}
			res.Files = append(res.Files, t.CSV)
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
// layout, and data/rapor_*.csv files.
func removeStaleRapor(out, other string, csvs map[string]bool) error {
	for _, l := range languages {
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
	for _, f := range old {
		if !csvs["data/"+filepath.Base(f)] {
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
	for _, n := range mainPages {
		if n.file == "index.html" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, n.file)); err == nil {
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

// ---- loading ----

func raporQuery(ctx context.Context, db *sql.DB, name, nip string, scan func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, sqlText(name), nip)
	if err != nil {
		return fmt.Errorf("rapor: query %s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("rapor: scan %s: %w", name, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("rapor: read %s: %w", name, err)
	}
	return nil
}

func loadRapor(ctx context.Context, db *sql.DB, nip string) (RaporModel, error) {
	m := RaporModel{NIP: nip}
	err := raporQuery(ctx, db, "rapor_pegawai", nip, func(r *sql.Rows) error {
		var a RaporAssignment
		var n string
		var sampai sql.NullTime
		if err := r.Scan(&n, &m.Nama, &a.JenisASN, &a.Jabatan, &a.JenisJabatan, &a.Golongan, &a.Unit, &a.NamaUnit,
			&a.Wilayah, &a.NamaWilayah, &a.Mulai, &sampai, &a.Terkini); err != nil {
			return err
		}
		a.Sampai = sampai.Time
		m.Assignments = append(m.Assignments, a)
		return nil
	})
	if err != nil {
		return m, err
	}
	if len(m.Assignments) == 0 {
		return m, fmt.Errorf("rapor: %w: NIP %s tidak ditemukan di core.dim_employee (no employee with this NIP in the warehouse)", ErrNIPNotFound, nip)
	}
	cur := m.Assignments[len(m.Assignments)-1]
	for _, a := range m.Assignments {
		if a.Terkini {
			cur = a
		}
	}
	m.JenisASN, m.Jabatan, m.Golongan = cur.JenisASN, cur.Jabatan, cur.Golongan
	m.Unit, m.NamaUnit, m.Wilayah, m.NamaWilayah = cur.Unit, cur.NamaUnit, cur.Wilayah, cur.NamaWilayah

	idx := map[string]int{}
	err = raporQuery(ctx, db, "rapor_penilaian", nip, func(r *sql.Rows) error {
		var p RaporPeriod
		var kontra bool
		var iki sql.NullFloat64
		var tertulis string
		dest := cat(p.Period.dests(), &p.Selesai, &p.Atasan, &p.Unit, &p.NamaUnit, &p.HasilKerja, &p.PerilakuKerja, &p.Predikat,
			&tertulis, &kontra, &iki, &p.RatingOrganisasi)
		for i := range p.Nilai {
			dest = append(dest, &p.Nilai[i])
		}
		if err := r.Scan(dest...); err != nil {
			return err
		}
		if kontra {
			p.PredikatTertulis = tertulis
		}
		p.CapaianIKI = num(iki)
		idx[p.Periode] = len(m.Periods)
		m.Periods = append(m.Periods, p)
		return nil
	})
	if err != nil {
		return m, err
	}
	seen := map[string]bool{}
	err = raporQuery(ctx, db, "rapor_sumber", nip, func(r *sql.Rows) error {
		var periode string
		var s RaporSource
		var sh, sp sql.NullFloat64
		if err := r.Scan(&periode, &s.Sumber, &s.Penilai, &sh, &sp, &s.HasilKerja, &s.PerilakuKerja, &s.Predikat); err != nil {
			return err
		}
		s.SkorHasil, s.SkorPerilaku = num(sh), num(sp)
		if i, ok := idx[periode]; ok {
			m.Periods[i].Sources = append(m.Periods[i].Sources, s)
			seen[s.Sumber] = true
		}
		return nil
	})
	if err != nil {
		return m, err
	}
	for _, s := range raporSourceOrder {
		if seen[s] {
			m.Sources = append(m.Sources, s)
		}
	}
	var others []string
	for s := range seen {
		if raporSourceRank(s) == len(raporSourceOrder) {
			others = append(others, s)
		}
	}
	sort.Strings(others)
	m.Sources = append(m.Sources, others...)

	err = raporQuery(ctx, db, "rapor_jp", nip, func(r *sql.Rows) error {
		var y RaporJP
		if err := r.Scan(&y.Tahun, &y.JP, &y.Pelatihan); err != nil {
			return err
		}
		y.Kekurangan = math.Max(0, MinJPPerYear-y.JP)
		y.Kurang20 = y.JP < MinJPPerYear
		m.JP = append(m.JP, y)
		return nil
	})
	if err != nil {
		return m, err
	}
	err = raporQuery(ctx, db, "rapor_pelatihan", nip, func(r *sql.Rows) error {
		var t RaporTraining
		var selesai sql.NullTime
		if err := r.Scan(&t.Tahun, &t.Mulai, &selesai, &t.Kegiatan, &t.JenisKompetensi, &t.Kompetensi, &t.JP); err != nil {
			return err
		}
		t.Selesai = selesai.Time
		m.Trainings = append(m.Trainings, t)
		return nil
	})
	if err != nil {
		return m, err
	}
	err = raporQuery(ctx, db, "rapor_kebutuhan", nip, func(r *sql.Rows) error {
		var n RaporNeed
		var nilai string
		if err := r.Scan(&n.Tahun, &n.PeriodeAcuan, &n.Predikat, &nilai, &n.Kesenjangan, &n.JP, &n.KekuranganJP, &n.Memenuhi20,
			&n.Fokus, &n.JenisFokus, &n.Kategori, &n.Skor); err != nil {
			return err
		}
		for _, v := range strings.Split(nilai, ",") {
			if v = strings.TrimSpace(v); v != "" {
				n.NilaiDiBawah = append(n.NilaiDiBawah, v)
			}
		}
		m.Needs = append(m.Needs, n)
		return nil
	})
	if err != nil {
		return m, err
	}
	err = raporQuery(ctx, db, "rapor_talenta", nip, func(r *sql.Rows) error {
		var t RaporTalent
		if err := r.Scan(&t.Tahun, &t.PeriodeAcuan, &t.Predikat, &t.Kinerja, &t.Potensi, &t.Kotak, &t.KelompokPromosi); err != nil {
			return err
		}
		m.Talent = append(m.Talent, t)
		return nil
	})
	if err != nil {
		return m, err
	}
	var dataPer sql.NullString
	if err := db.QueryRowContext(ctx, sqlText("meta")).Scan(&dataPer, &m.Batches); err != nil {
		return m, fmt.Errorf("rapor: query meta: %w", err)
	}
	m.DataPer = dataPer.String
	return m, nil
}

var raporSourceOrder = []string{"atasan", "diri", "rekan", "bawahan"}

func raporSourceRank(s string) int {
	for i, x := range raporSourceOrder {
		if x == s {
			return i
		}
	}
	return len(raporSourceOrder)
}

// ---- the page ----

// predikatScale is the predikat axis, worst at the bottom.
var predikatScale = []string{"sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik"}

func raporPage(m RaporModel, lang string, primary bool, other string) *raporView {
	p := &Page{Lang: lang, Path: "index.html", SiteTitle: m.NIP, Title: m.Nama, DataPer: m.DataPer, Batches: m.Batches}
	if primary {
		p.Twin = Link{Href: other + "/index.html", Text: tr(lang, "twin")}
	} else {
		p.Up, p.Root = "../", "../"
		p.Twin = Link{Href: "../index.html", Text: tr(lang, "twin")}
	}
	p.Subtitle = p.T("rapor_subtitle")
	v := &raporView{Page: p, NIP: m.NIP}
	v.Identity = []raporField{
		{p.T("nip"), m.NIP},
		{p.T("nama"), m.Nama},
		{p.T("rapor_jenis_asn"), orDash(m.JenisASN)},
		{p.T("jabatan"), orDash(m.Jabatan)},
		{p.T("rapor_golongan"), orDash(m.Golongan)},
		{p.T("rapor_unit_now"), m.NamaUnit + " (" + m.Unit + ")"},
		{p.T("wilayah"), orDash(m.NamaWilayah)},
	}
	p.Figures = raporFigures(p, m)
	p.Sections = append(p.Sections,
		p.raporHistory(m),
		p.raporSources(m),
		p.raporValues(m),
		p.raporJP(m),
		p.raporFocus(m),
		p.raporTalent(m),
		p.raporAssignments(m))
	return v
}

func raporFigures(p *Page, m RaporModel) []Figure {
	var figs []Figure
	var lastYear, lastShort *RaporPeriod
	for i := range m.Periods {
		x := &m.Periods[i]
		if !x.Atasan {
			continue
		}
		if x.Jenis == "tahun" {
			lastYear = x
		} else {
			lastShort = x
		}
	}
	for _, x := range []*RaporPeriod{lastYear, lastShort} {
		if x != nil {
			figs = append(figs, Figure{Label: p.T("rapor_fig_predikat") + " · " + x.Periode, Value: p.predikatText(x.Predikat),
				Note: p.T("hasil_kerja") + ": " + p.ratingText(x.HasilKerja) + " · " + p.T("perilaku_kerja") + ": " + p.ratingText(x.PerilakuKerja)})
		}
	}
	if n := len(m.JP); n > 0 {
		y := m.JP[n-1]
		note := p.T("rapor_cukup")
		if y.Kurang20 {
			note = fmt.Sprintf(p.T("rapor_kurang_dari"), fmtNum(p.Lang, y.Kekurangan, jpDec(y.Kekurangan)))
		}
		figs = append(figs, Figure{Label: p.T("rapor_fig_jp") + " · " + fmtInt64(y.Tahun), Value: fmtNum(p.Lang, y.JP, jpDec(y.JP)) + " / 20 JP", Note: note})
	}
	if n := len(m.Talent); n > 0 {
		t := m.Talent[n-1]
		v, note := "–", p.T("tanpa_kotak")
		if t.Kotak > 0 {
			v = strconv.FormatInt(t.Kotak, 10)
			note = p.T("kinerja_axis") + ": " + p.ratingText(t.Kinerja) + " · " + p.T("potensi_axis") + ": " + trOr(p.Lang, "rapor_pot_"+t.Potensi, t.Potensi)
		}
		figs = append(figs, Figure{Label: p.T("rapor_fig_kotak") + " · " + fmtInt64(t.Tahun), Value: v, Note: note})
	}
	if n := len(m.Needs); n > 0 {
		x := m.Needs[n-1]
		figs = append(figs, Figure{Label: p.T("rapor_focus") + " · " + fmtInt64(x.Tahun), Value: p.focusText(x.Fokus),
			Note: trOr(p.Lang, "rapor_jk_"+x.JenisFokus, x.JenisFokus)})
	}
	return figs
}

func jpDec(v float64) int {
	if v == math.Trunc(v) {
		return 0
	}
	return 1
}

func (p *Page) predikatText(k string) string {
	if k == "" {
		return "–"
	}
	return trOr(p.Lang, "pred_"+k, k)
}

func (p *Page) ratingText(k string) string {
	if k == "" {
		return "–"
	}
	return trOr(p.Lang, "rt_"+k, k)
}

func (p *Page) focusText(f string) string {
	if f == "" {
		return p.T("rapor_no_focus")
	}
	return trOr(p.Lang, "rapor_fk_"+f, f)
}

// ratingCell shows a rating label, with its code in the CSV.
func (p *Page) ratingCell(k string) Cell {
	return Cell{Text: p.ratingText(k), Raw: k, Class: "rt-" + k}
}

func (p *Page) predikatCell(k string) Cell {
	return Cell{Text: p.predikatText(k), Raw: k}
}

func (p *Page) yesNo(b bool) Cell {
	if b {
		return Cell{Text: p.T("ya"), Raw: "true"}
	}
	return Cell{Text: p.T("tidak"), Raw: "false"}
}

func numCell(lang string, v float64, dec int) Cell {
	return Cell{Text: fmtNum(lang, v, dec), Raw: strconv.FormatFloat(v, 'f', dec, 64), Class: "num"}
}

func dateCell(t time.Time) Cell {
	if t.IsZero() {
		return Cell{Text: "–", Class: "date"}
	}
	s := t.Format("2006-01-02")
	return Cell{Text: s, Raw: s, Class: "date"}
}

// raporHistory: the official predikat per period, one line per kind of period.
func (p *Page) raporHistory(m RaporModel) Section {
	sec := Section{ID: "predikat", Title: p.T("rapor_history"), Note: p.T("rapor_history_note")}
	ch := p.newChart(p.T("rapor_history"))
	var xs []string
	var kinds []string
	for _, x := range m.Periods {
		xs = append(xs, x.Periode)
		if x.Atasan && !contains(kinds, x.Jenis) {
			kinds = append(kinds, x.Jenis)
		}
	}
	sort.SliceStable(kinds, func(i, j int) bool { return kinds[i] != "tahun" && kinds[j] == "tahun" })
	var ys []string
	for _, k := range predikatScale {
		ys = append(ys, p.predikatText(k))
	}
	line := charts.NewLine()
	line.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, AxisLabel: &opts.AxisLabel{Interval: "0"},
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)}}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
	)...)
	line.SetXAxis(xs)
	for i, k := range kinds {
		data := make([]opts.LineData, 0, len(m.Periods))
		for _, x := range m.Periods {
			if x.Jenis != k || !x.Atasan || x.Predikat == "" {
				data = append(data, opts.LineData{Value: "-"})
				continue
			}
			data = append(data, opts.LineData{Value: p.predikatText(x.Predikat)})
		}
		color := palette[0]
		ls := opts.LineStyle{Width: 2, Color: color}
		size := 10
		symbol := "circle"
		if k == "tahun" {
			color, size, symbol = palette[5], 16, "diamond"
			ls = opts.LineStyle{Width: 2, Color: color, Type: "dashed"}
		} else if i > 0 {
			color = palette[i%len(palette)]
			ls.Color = color
		}
		line.AddSeries(trOr(p.Lang, "rapor_per_"+k, k), data,
			charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(true), ShowSymbol: opts.Bool(true), Symbol: symbol, SymbolSize: size}),
			charts.WithLineStyleOpts(ls), charts.WithItemStyleOpts(opts.ItemStyle{Color: color, BorderColor: "#333", BorderWidth: 1}))
	}
	ch.Option = optionJSON(line, p.Lang, len(kinds) == 0, func(o map[string]any) {
		o["grid"] = []map[string]any{{"top": 78, "left": 8, "right": 24, "bottom": 8, "containLabel": true}}
	})
	t := p.table(raporKey, "predikat", p.T("rapor_history"), p.c("periode"), p.c("rapor_jenis", "jenis_periode"),
		p.c("rapor_kode_unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("hasil_kerja"), p.c("perilaku_kerja"), p.c("predikat"),
		p.c("rapor_capaian_iki", "capaian_iki"), p.c("rating_org", "rating_organisasi"), p.c("rapor_tertulis", "predikat_tertulis"))
	for _, x := range m.Periods {
		if !x.Atasan {
			t.add(txt(x.Periode), txt(x.Jenis), txt(""), txt(""), p.ratingCell(""), p.ratingCell(""), p.predikatCell(""),
				sc(p.Lang, Stat{}, 1), txt(""), txt(""))
			continue
		}
		ro := Cell{Text: trOr(p.Lang, "rapor_ro_"+x.RatingOrganisasi, orDash(x.RatingOrganisasi)), Raw: x.RatingOrganisasi}
		tw := Cell{Raw: x.PredikatTertulis}
		if x.PredikatTertulis != "" {
			tw.Text = p.predikatText(x.PredikatTertulis)
		}
		t.add(txt(x.Periode), Cell{Text: trOr(p.Lang, "rapor_per_"+x.Jenis, x.Jenis), Raw: x.Jenis}, txt(x.Unit), txt(x.NamaUnit),
			p.ratingCell(x.HasilKerja), p.ratingCell(x.PerilakuKerja), p.predikatCell(x.Predikat),
			sc(p.Lang, x.CapaianIKI, 1), ro, tw)
	}
	sec.Empty = len(m.Periods) == 0
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// raporSources: what each feedback source said; rekan and bawahan only as a
// count and mean scores.
func (p *Page) raporSources(m RaporModel) Section {
	sec := Section{ID: "sumber", Title: p.T("rapor_sources"), Note: p.T("rapor_sources_note") + " " + p.T("rapor_rekan_note"),
		Empty: len(m.Periods) == 0}
	ch := p.newChart(p.T("rapor_skor_chart"))
	var xs []string
	for _, x := range m.Periods {
		xs = append(xs, x.Periode)
	}
	line := charts.NewLine()
	line.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: 1, Max: 3}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
	)...)
	line.SetXAxis(xs)
	styles := map[string]opts.LineStyle{
		"atasan": {Width: 3, Color: palette[0]}, "diri": {Width: 2, Color: palette[1], Type: "dashed"},
		"rekan": {Width: 2, Color: palette[2], Type: "dotted"}, "bawahan": {Width: 2, Color: palette[3], Type: "dashed"},
	}
	symbols := map[string]string{"atasan": "circle", "diri": "emptyCircle", "rekan": "triangle", "bawahan": "diamond"}
	for i, s := range m.Sources {
		ls, ok := styles[s]
		if !ok {
			ls = opts.LineStyle{Width: 2, Color: palette[(4+i)%len(palette)]}
		}
		size := 8
		if s != "atasan" && s != "diri" {
			size = 13 // sparse points, drawn on top: visible where they meet the others
		}
		data := make([]opts.LineData, 0, len(m.Periods))
		for _, x := range m.Periods {
			src, ok := x.Source(s)
			if !ok {
				data = append(data, opts.LineData{Value: "-"})
				continue
			}
			data = append(data, opts.LineData{Value: src.Skor().chart(2)})
		}
		line.AddSeries(trOr(p.Lang, "src_"+s, s), data, charts.WithLineStyleOpts(ls),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: ls.Color}),
			charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true), Symbol: symbols[s], SymbolSize: size}))
	}
	ch.Option = optionJSON(line, p.Lang, len(m.Sources) == 0, func(o map[string]any) {
		o["grid"] = []map[string]any{{"top": 78, "left": 8, "right": 24, "bottom": 8, "containLabel": true}}
	})
	t := p.table(raporKey, "sumber", p.T("rapor_sources"), p.c("periode"), p.c("sumber"), p.c("penilai", "jumlah_penilai"),
		p.c("hasil_kerja"), p.c("perilaku_kerja"), p.c("skor_hasil", "skor_hasil_kerja"), p.c("skor_perilaku", "skor_perilaku_kerja"),
		p.c("predikat"))
	for _, x := range m.Periods {
		for _, s := range x.Sources {
			t.add(txt(x.Periode), Cell{Text: trOr(p.Lang, "src_"+s.Sumber, s.Sumber), Raw: s.Sumber},
				numCell(p.Lang, float64(s.Penilai), 0), p.ratingCell(s.HasilKerja), p.ratingCell(s.PerilakuKerja),
				sc(p.Lang, s.SkorHasil, 1), sc(p.Lang, s.SkorPerilaku, 1), p.predikatCell(s.Predikat))
		}
	}
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

var raporRatingScore = map[string]int{"di_bawah": 1, "sesuai": 2, "di_atas": 3}

// raporValues: the supervisor's BerAKHLAK ratings per period (heatmap).
func (p *Page) raporValues(m RaporModel) Section {
	sec := Section{ID: "berakhlak", Title: p.T("rapor_values"), Note: p.T("rapor_values_note")}
	ch := p.newChart(p.T("rapor_values"))
	var periods []RaporPeriod
	for _, x := range m.Periods {
		for _, v := range x.Nilai {
			if v != "" {
				periods = append(periods, x)
				break
			}
		}
	}
	var xs []string
	for _, x := range periods {
		xs = append(xs, x.Periode)
	}
	ys := p.valueLabels()
	var data []opts.HeatMapData
	for i, x := range periods {
		for j, v := range x.Nilai {
			if sc, ok := raporRatingScore[v]; ok {
				data = append(data, opts.HeatMapData{Name: p.T("rapor_rs_" + v), Value: []any{i, j, sc}})
			}
		}
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithGridOpts(opts.Grid{Top: "64", Left: "8", Right: "24", Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, Inverse: opts.Bool(true), AxisLabel: &opts.AxisLabel{Interval: "0"}}),
	)...)
	hm.SetXAxis(xs)
	hm.AddSeries(p.T("rapor_values"), data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{b}", FontSize: 11, Color: "#000"}),
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#fff", BorderWidth: 2}))
	ch.Height = 400
	ch.Option = optionJSON(hm, p.Lang, len(data) == 0, func(o map[string]any) {
		delete(o, "legend")
		// Three levels, each with its colour and its name in the legend.
		o["visualMap"] = []map[string]any{{
			"type": "piecewise", "orient": "horizontal", "top": 28, "left": "left", "dimension": 2,
			"pieces": []map[string]any{
				{"value": 1, "label": p.T("rt_di_bawah"), "color": "#E69F00"},
				{"value": 2, "label": p.T("rt_sesuai"), "color": "#D9E8F5"},
				{"value": 3, "label": p.T("rt_di_atas"), "color": "#56B4E9"},
			},
		}}
	})
	cols := []col{p.c("periode")}
	for i, v := range berakhlakOrder {
		cols = append(cols, col{v, ys[i]})
	}
	t := p.table(raporKey, "berakhlak", p.T("rapor_values"), cols...)
	for _, x := range periods {
		row := []Cell{txt(x.Periode)}
		for _, v := range x.Nilai {
			row = append(row, p.ratingCell(v))
		}
		t.add(row...)
	}
	sec.Empty = len(periods) == 0
	sec.Blocks = []Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

// raporJP: JP per year against the 20 JP minimum, and the trainings taken.
func (p *Page) raporJP(m RaporModel) Section {
	sec := Section{ID: "jp", Title: p.T("rapor_jp"), Note: p.T("rapor_jp_note"), Empty: len(m.JP) == 0}
	ch := p.newChart(p.T("rapor_jp_chart"))
	var xs []string
	var data []opts.BarData
	top := MinJPPerYear
	for _, y := range m.JP {
		xs = append(xs, fmtInt64(y.Tahun))
		color := "#009E73"
		if y.Kurang20 {
			color = "#D55E00"
		}
		data = append(data, opts.BarData{Value: math.Round(y.JP*10) / 10, ItemStyle: &opts.ItemStyle{Color: color}})
		top = math.Max(top, y.JP)
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(baseOpts(ch.Title),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: "JP", Min: 0, Max: math.Ceil(top*1.2/10) * 10}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}))...)
	bar.SetXAxis(xs)
	bar.AddSeries("JP", data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "top"}),
		charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: "20 JP", YAxis: MinJPPerYear}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"}, LineStyle: dashed("#000000"),
			Label: &opts.Label{Show: opts.Bool(true), Formatter: "20 JP"}}))
	ch.Option = optionJSON(bar, p.Lang, len(m.JP) == 0, func(o map[string]any) { delete(o, "legend") })
	t := p.table(raporKey, "jp", p.T("rapor_jp"), p.c("tahun"), p.c("jp"), p.c("rapor_pelatihan_n", "pelatihan"),
		p.c("kekurangan_jp"), p.c("memenuhi", "memenuhi_20_jp"))
	for _, y := range m.JP {
		t.add(txt(fmtInt64(y.Tahun)), numCell(p.Lang, y.JP, jpDec(y.JP)), numCell(p.Lang, float64(y.Pelatihan), 0),
			numCell(p.Lang, y.Kekurangan, jpDec(y.Kekurangan)), p.yesNo(!y.Kurang20))
	}
	tt := p.table(raporKey, "pelatihan", p.T("rapor_trainings"), p.c("tahun"), p.c("rapor_mulai", "tanggal_mulai"),
		p.c("rapor_sampai", "tanggal_selesai"), p.c("kegiatan"), p.c("jenis_kompetensi"), p.c("kompetensi"), p.c("jp"))
	for _, x := range m.Trainings {
		tt.add(txt(fmtInt64(x.Tahun)), dateCell(x.Mulai), dateCell(x.Selesai), txt(x.Kegiatan),
			Cell{Text: trOr(p.Lang, "rapor_jk_"+x.JenisKompetensi, x.JenisKompetensi), Raw: x.JenisKompetensi},
			Cell{Text: trOr(p.Lang, "rapor_fk_"+x.Kompetensi, x.Kompetensi), Raw: x.Kompetensi}, numCell(p.Lang, x.JP, jpDec(x.JP)))
	}
	sec.Blocks = []Block{{Chart: ch, Table: t}, {Table: tt}}
	return sec
}

// raporFocus: the recommended training focus per year, newest first.
func (p *Page) raporFocus(m RaporModel) Section {
	sec := Section{ID: "fokus", Title: p.T("rapor_focus"), Note: p.T("rapor_focus_note"), Empty: len(m.Needs) == 0}
	t := p.table(raporKey, "fokus", p.T("rapor_focus"), p.c("tahun"), p.c("fokus", "fokus_pelatihan"),
		p.c("jenis_kompetensi", "jenis_kompetensi_fokus"), p.c("rapor_nilai_bawah", "nilai_di_bawah"),
		p.c("rapor_kesenjangan", "kesenjangan_kinerja"), p.c("jp"), p.c("kekurangan_jp"), p.c("kategori", "kategori_prioritas"),
		p.c("rapor_acuan", "periode_acuan"), p.c("predikat"))
	for i := len(m.Needs) - 1; i >= 0; i-- {
		n := m.Needs[i]
		var vals []string
		for _, v := range n.NilaiDiBawah {
			vals = append(vals, trOr(p.Lang, "val_"+v, v))
		}
		t.add(txt(fmtInt64(n.Tahun)), Cell{Text: p.focusText(n.Fokus), Raw: n.Fokus},
			Cell{Text: trOr(p.Lang, "rapor_jk_"+n.JenisFokus, orDash(n.JenisFokus)), Raw: n.JenisFokus},
			Cell{Text: orDash(strings.Join(vals, ", ")), Raw: strings.Join(n.NilaiDiBawah, ",")},
			p.yesNo(n.Kesenjangan), numCell(p.Lang, n.JP, jpDec(n.JP)), numCell(p.Lang, n.KekuranganJP, jpDec(n.KekuranganJP)),
			Cell{Text: trOr(p.Lang, "rapor_kat_"+n.Kategori, orDash(n.Kategori)), Raw: n.Kategori},
			txt(n.PeriodeAcuan), p.predikatCell(n.Predikat))
	}
	sec.Blocks = []Block{{Table: t}}
	return sec
}

// raporTalent: the 9-box of the latest year with the person's box shaded,
// and every year in the table.
func (p *Page) raporTalent(m RaporModel) Section {
	sec := Section{ID: "talenta", Title: p.T("rapor_talent"), Note: p.T("rapor_talent_note"), Empty: len(m.Talent) == 0}
	var last RaporTalent
	title := p.T("rapor_talent")
	if n := len(m.Talent); n > 0 {
		last = m.Talent[n-1]
		title += " · " + fmtInt64(last.Tahun)
	}
	ch := p.newChart(title)
	xs := []string{p.T("rt_di_bawah"), p.T("rt_sesuai"), p.T("rt_di_atas")}
	ys := []string{p.T("rapor_pot_rendah"), p.T("rapor_pot_menengah"), p.T("rapor_pot_tinggi")}
	var d []opts.HeatMapData
	for b := 1; b <= 9; b++ {
		v := 0
		name := p.T("kotak") + " " + strconv.Itoa(b)
		if int64(b) == last.Kotak {
			v = 1
			name += " ●"
		}
		d = append(d, opts.HeatMapData{Name: name, Value: []any{boxPos[b][0], boxPos[b][1], v}})
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(append(baseOpts(title),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithGridOpts(opts.Grid{Top: "40", Left: "8", Right: "24", Bottom: "30", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, Name: p.T("kinerja_axis"), NameLocation: "middle", NameGap: 28}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, Name: p.T("potensi_axis")}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: 0, Max: 1, Show: opts.Bool(false),
			InRange: &opts.VisualMapInRange{Color: []string{"#F2F2F2", "#56B4E9"}}}))...)
	hm.SetXAxis(xs)
	hm.AddSeries(p.T("kotak"), d, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{b}", FontSize: 13, Color: "#000"}),
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#fff", BorderWidth: 2}))
	ch.Option = optionJSON(hm, p.Lang, len(m.Talent) == 0, func(o map[string]any) { delete(o, "legend") })
	t := p.table(raporKey, "talenta", p.T("rapor_talent"), p.c("tahun"), p.c("rapor_acuan", "periode_acuan"), p.c("predikat"),
		p.c("kinerja_axis", "kinerja"), p.c("potensi_axis", "potensi"), p.c("kotak", "kotak_9"), p.c("kelompok_promosi"))
	for i := len(m.Talent) - 1; i >= 0; i-- {
		x := m.Talent[i]
		kotak := Cell{Text: "–", Class: "num"}
		if x.Kotak > 0 {
			kotak = numCell(p.Lang, float64(x.Kotak), 0)
		}
		t.add(txt(fmtInt64(x.Tahun)), txt(x.PeriodeAcuan), p.predikatCell(x.Predikat), p.ratingCell(x.Kinerja),
			Cell{Text: trOr(p.Lang, "rapor_pot_"+x.Potensi, orDash(x.Potensi)), Raw: x.Potensi}, kotak, p.yesNo(x.KelompokPromosi))
	}
	sec.Blocks = []Block{{Chart: ch, Table: t}}
	return sec
}

// raporAssignments: positions and units over time, newest first.
func (p *Page) raporAssignments(m RaporModel) Section {
	sec := Section{ID: "penugasan", Title: p.T("rapor_assign"), Note: p.T("rapor_assign_note")}
	t := p.table(raporKey, "penugasan", p.T("rapor_assign"), p.c("rapor_mulai", "berlaku_mulai"), p.c("rapor_sampai", "berlaku_sampai"),
		p.c("jabatan"), p.c("rapor_jenis_jab", "jenis_jabatan"), p.c("rapor_golongan", "golongan"), p.c("rapor_jenis_asn", "jenis_asn"),
		p.c("rapor_kode_unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("wilayah", "nama_wilayah"))
	for i := len(m.Assignments) - 1; i >= 0; i-- {
		a := m.Assignments[i]
		until := dateCell(a.Sampai)
		if a.Sampai.IsZero() {
			until = Cell{Text: p.T("rapor_sekarang"), Class: "date"}
		}
		t.add(dateCell(a.Mulai), until, txt(a.Jabatan), txt(a.JenisJabatan), txt(a.Golongan), txt(a.JenisASN),
			txt(a.Unit), txt(a.NamaUnit), txt(a.NamaWilayah))
	}
	sec.Blocks = []Block{{Table: t}}
	return sec
}

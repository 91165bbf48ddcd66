// Package dashboards turns the warehouse marts into a static, offline HTML
// site (Bahasa Indonesia at the root, English under en/) with ECharts charts,
// their data tables and CSV files. It is the site: Build, the marts it
// loads, and one file per page kind (its model and its view), drawn with
// the page kit (dashboards/kit).
package dashboards

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"sync"

	"kinerja/dashboards/kit"
)

// Options configures Build.
type Options struct {
	Out   string // output directory
	Title string // site title, default "kinerja"
	// ShowNames lets names and NIPs appear (promotion pool and high-priority
	// training lists on the region pages). Off by default: published pages
	// carry no names or NIPs.
	ShowNames bool
	// NoModels leaves the region and unit page models out of Result
	// (Regions and Units stay empty): the command line needs only the
	// pages, and nationally the models are about 1 GB held to the end.
	NoModels bool
}

// Result lists what Build wrote.
type Result struct {
	Pages []string // site-relative paths of every HTML page, both languages
	// The page models: the numbers each page shows, for tests and tools.
	Index    IndexModel
	Regions  map[string]RegionModel // by kode_wilayah; empty with Options.NoModels
	Units    map[string]UnitModel   // by kode_unit; empty with Options.NoModels
	Compare  CompareModel
	Training TrainingModel
	Talent   TalentModel
	Promo    PromoModel
	Quality  QualityModel
	// SearchIndexBytes is the size of the search index (SearchIndexPath).
	SearchIndexBytes int64
	// Published: the files written, left as they were, and removed.
	Published Published
}

// Build reads the marts and writes the site into opts.Out.
//
// The work is split into jobs run by GOMAXPROCS workers: the five main
// pages, then one job per region (its page and the pages of its units, both
// languages). A job renders each page into its worker's buffer and hands it
// to the site writer as it is built (publish.go: written only when it
// changed), so memory holds a few regions at a time, not the site. CSVs are
// language-neutral and written once, from the Indonesian page; the units of
// a region share one CSV per table (data/unit/<region>_<table>.csv, first
// column kode_unit).
func Build(ctx context.Context, db *sql.DB, opts Options) (Result, error) {
	if opts.Out == "" {
		return Result{}, errors.New("dashboards: Options.Out is empty")
	}
	if opts.Title == "" {
		opts.Title = "kinerja"
	}
	w, err := loadWarehouse(ctx, db)
	if err != nil {
		return Result{}, err
	}
	if opts.ShowNames {
		if err := loadNames(ctx, db, w); err != nil {
			return Result{}, err
		}
	}
	s := newSite(w, opts.Title)
	s.showNames = opts.ShowNames
	sw := newSiteWriter(opts.Out)
	if err := kit.AssetFiles(sw.put); err != nil {
		return Result{}, err
	}
	if err := sw.writeSiteMeta(w); err != nil {
		return Result{}, err
	}

	res := Result{Regions: map[string]RegionModel{}, Units: map[string]UnitModel{}}
	if res.SearchIndexBytes, err = sw.writeSearchIndex(w.Regions, w.Units); err != nil {
		return Result{}, err
	}
	res.Index, res.Compare, res.Training, res.Talent, res.Quality = s.indexModel(), *s.compareOnce(), s.trainingModel(), s.talentModelSuppressed(), s.qualityModel()
	res.Promo = s.promoModel()

	// The units of each region, in the order of w.Units; units of a code
	// that is no region of the site get their own group.
	byRegion := map[string][]unitRow{}
	var orphans []string
	isRegion := map[string]bool{}
	for _, r := range w.Regions {
		isRegion[r.Kode] = true
	}
	for _, u := range w.Units {
		if _, ok := byRegion[u.Wilayah]; !ok && !isRegion[u.Wilayah] {
			orphans = append(orphans, u.Wilayah)
		}
		byRegion[u.Wilayah] = append(byRegion[u.Wilayah], u)
	}
	type group struct {
		region *regionRow
		kode   string
	}
	var groups []group
	for i := range w.Regions {
		groups = append(groups, group{&w.Regions[i], w.Regions[i].Kode})
	}
	for _, k := range orphans {
		groups = append(groups, group{nil, k})
	}

	// Jobs: the main pages first (the largest), then the regions.
	type done struct {
		region *RegionModel
		units  []UnitModel
	}
	main := []func(lang string) *kit.Page{
		func(lang string) *kit.Page { return s.indexPage(res.Index, lang) },
		func(lang string) *kit.Page { return s.comparePage(res.Compare, lang) },
		func(lang string) *kit.Page { return s.trainingPage(res.Training, lang) },
		func(lang string) *kit.Page { return s.talentPage(res.Talent, lang) },
		func(lang string) *kit.Page { return s.promoPage(res.Promo, lang) },
		func(lang string) *kit.Page { return s.qualityPageWithSetAside(res.Quality, lang) },
	}
	results := make([]done, len(groups))
	nJobs := len(main) + len(groups)
	job := func(j *jobWriter, i int) error {
		if i < len(main) {
			for _, lang := range kit.Languages {
				if err := j.page(main[i](lang)); err != nil {
					return err
				}
			}
			return nil
		}
		g := groups[i-len(main)]
		var d done
		if g.region != nil {
			m := s.regionModel(*g.region)
			d.region = &m
			for _, lang := range kit.Languages {
				if err := j.page(s.regionPage(m, lang)); err != nil {
					return err
				}
			}
		}
		unitCSV := newCSVGroup()
		for _, u := range byRegion[g.kode] {
			m := s.unitModel(u)
			d.units = append(d.units, m)
			for _, lang := range kit.Languages {
				p := s.unitPage(m, lang)
				if lang == kit.LangID {
					unitCSV.addPage(p)
				}
				if err := j.page(p); err != nil {
					return err
				}
			}
		}
		if err := unitCSV.write(j); err != nil {
			return err
		}
		if !opts.NoModels {
			results[i-len(main)] = d
		}
		return nil
	}

	// Twice as many workers as processors: a worker waiting for the disk
	// (creating and writing files) leaves its processor to another.
	next := make(chan int)
	workers := min(2*runtime.GOMAXPROCS(0), nJobs)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for wi := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			j := newJobWriter(sw)
			for i := range next {
				if errs[wi] != nil || ctx.Err() != nil {
					continue
				}
				errs[wi] = job(j, i)
			}
		}()
	}
	for i := range nJobs {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if err := errors.Join(errs...); err != nil {
		return res, err
	}

	for _, d := range results {
		if d.region != nil {
			res.Regions[d.region.Kode] = *d.region
		}
		for _, u := range d.units {
			res.Units[u.Kode] = u
		}
	}
	// res.Pages: per language the main pages, the regions, the units.
	for _, lang := range kit.Languages {
		pre := ""
		if lang == kit.LangEN {
			pre = "en/"
		}
		for _, f := range []string{"index.html", "perbandingan.html", "pelatihan.html", "talenta.html", "promosi.html", "kualitas.html"} {
			res.Pages = append(res.Pages, pre+f)
		}
		for _, r := range w.Regions {
			res.Pages = append(res.Pages, pre+"wilayah/"+kit.FileName(r.Kode)+".html")
		}
		for _, u := range w.Units {
			res.Pages = append(res.Pages, pre+"unit/"+kit.FileName(u.Kode)+".html")
		}
	}
	if res.Published, err = sw.finish(); err != nil {
		return res, err
	}
	return res, nil
}

// jobWriter is one worker's: it renders each file into one reused buffer
// and hands it to the site writer.
type jobWriter struct {
	sw  *siteWriter
	buf bytes.Buffer
	bw  *bufio.Writer // over buf
}

func newJobWriter(sw *siteWriter) *jobWriter {
	j := &jobWriter{sw: sw}
	j.bw = bufio.NewWriterSize(&j.buf, 64<<10)
	return j
}

// file renders one file with write and puts it at rel.
func (j *jobWriter) file(rel string, write func(*bufio.Writer) error) error {
	j.buf.Reset()
	j.bw.Reset(&j.buf)
	err := write(j.bw)
	if err == nil {
		err = j.bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("dashboards: %s: %w", rel, err)
	}
	return j.sw.put(rel, j.buf.Bytes())
}

// page writes p and, for the Indonesian page, its CSVs (the English page
// has the same ones). Tables of a CSV group are left to the group.
func (j *jobWriter) page(p *kit.Page) error {
	rel := p.Path
	if p.Lang == kit.LangEN {
		rel = "en/" + rel
	}
	if err := j.file(rel, func(w *bufio.Writer) error { return kit.RenderPage(w, p) }); err != nil {
		return err
	}
	if p.Lang != kit.LangID {
		return nil
	}
	for _, t := range p.CSVs {
		if t.CSVLead != "" {
			continue
		}
		if _, dup := j.sw.csvs.LoadOrStore(t.CSV, true); dup {
			continue
		}
		head, recs := kit.TableRecords(t)
		if err := j.tableFiles(t.CSV, head, recs, kit.TableNumeric(t)); err != nil {
			return err
		}
	}
	return nil
}

// tableFiles writes a table's CSV (rel, site-relative) and its XLSX beside
// it, the same records: the XLSX's cells are numbers in the columns num.
func (j *jobWriter) tableFiles(rel string, head []string, recs [][]string, num []bool) error {
	if err := j.file(rel, func(w *bufio.Writer) error { return kit.WriteCSVRecords(w, head, recs) }); err != nil {
		return err
	}
	return j.file(kit.XLSXPath(rel), func(w *bufio.Writer) error { return kit.WriteXLSXTo(w, head, recs, num) })
}

// csvGroup gathers the tables of several pages that share CSV files (the
// units of a region): one file per table, a first column naming the page's
// row owner (kode_unit), columns matched by key.
type csvGroup struct {
	order []string
	files map[string]*csvAcc
}

type csvAcc struct {
	head []string
	idx  map[string]int
	rows [][]string
	num  []bool // per column: figures (numbers in the XLSX)
}

func newCSVGroup() *csvGroup { return &csvGroup{files: map[string]*csvAcc{}} }

func (g *csvGroup) addPage(p *kit.Page) {
	for _, t := range p.CSVs {
		if t.CSVLead == "" {
			continue
		}
		a := g.files[t.CSV]
		if a == nil {
			a = &csvAcc{idx: map[string]int{}}
			g.files[t.CSV] = a
			g.order = append(g.order, t.CSV)
		}
		head, recs := kit.TableRecords(t)
		num := kit.TableNumeric(t)
		pos := make([]int, len(head)+1)
		for i, h := range append([]string{t.CSVLeadKey}, head...) {
			k := h
			for n := 2; ; n++ {
				// A key twice in one table: the second is k#2.
				if j, ok := a.idx[k]; !ok || !slices.Contains(pos[:i], j) {
					break
				}
				k = h + "#" + strconv.Itoa(n)
			}
			j, ok := a.idx[k]
			if !ok {
				j = len(a.head)
				a.idx[k] = j
				a.head = append(a.head, k)
				a.num = append(a.num, false)
			}
			pos[i] = j
			if i > 0 && num[i-1] {
				a.num[j] = true
			}
		}
		for _, r := range recs {
			row := make([]string, len(a.head))
			row[pos[0]] = t.CSVLead
			for i, c := range r {
				row[pos[i+1]] = c
			}
			a.rows = append(a.rows, row)
		}
	}
}

func (g *csvGroup) write(j *jobWriter) error {
	for _, name := range g.order {
		a := g.files[name]
		for i, r := range a.rows {
			for len(r) < len(a.head) {
				r = append(r, "")
			}
			a.rows[i] = r
		}
		if err := j.tableFiles(name, a.head, a.rows, a.num); err != nil {
			return err
		}
	}
	return nil
}

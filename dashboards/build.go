// Package dashboards turns the warehouse marts into a static, offline HTML
// site (Bahasa Indonesia at the root, English under en/) with ECharts charts,
// their data tables and CSV files.
package dashboards

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// Options configures Build.
type Options struct {
	Out   string // output directory
	Title string // site title, default "kinerja"
	// ShowNames lets names and NIPs appear (promotion pool and high-priority
	// training lists on the region pages). Off by default: published pages
	// carry no names or NIPs.
	ShowNames bool
}

// Result lists what Build wrote.
type Result struct {
	Pages []string // site-relative paths of every HTML page, both languages
	// The page models: the numbers each page shows, for tests and tools.
	Index    IndexModel
	Regions  map[string]RegionModel // by kode_wilayah
	Units    map[string]UnitModel   // by kode_unit
	Compare  CompareModel
	Training TrainingModel
	Talent   TalentModel
	Quality  QualityModel
}

//go:embed assets/echarts.min.js assets/kinerja.js assets/style.css
var assetsFS embed.FS

//go:embed templates/page.html
var pageHTML string

var pageTmpl = template.Must(template.New("page").Parse(pageHTML))

// Build reads the marts and writes the site into opts.Out.
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
	if err := writeAssets(opts.Out); err != nil {
		return Result{}, err
	}

	res := Result{Regions: map[string]RegionModel{}, Units: map[string]UnitModel{}}
	regions := make([]RegionModel, 0, len(w.Regions))
	for _, r := range w.Regions {
		m := s.regionModel(r)
		regions = append(regions, m)
		res.Regions[m.Kode] = m
	}
	units := make([]UnitModel, 0, len(w.Units))
	for _, u := range w.Units {
		m := s.unitModel(u)
		units = append(units, m)
		res.Units[m.Kode] = m
	}
	index := s.indexModel()
	res.Index = index
	res.Compare, res.Training, res.Talent, res.Quality = *s.compareOnce(), s.trainingModel(), s.talentModel(), s.qualityModel()
	// Pages are rendered and written by a few workers; res.Pages keeps the
	// order below. A CSV shared by two pages is written once.
	var jobs []func() *Page
	for _, lang := range languages {
		jobs = append(jobs,
			func() *Page { return s.indexPage(index, lang) },
			func() *Page { return s.comparePage(res.Compare, lang) },
			func() *Page { return s.trainingPage(res.Training, lang) },
			func() *Page { return s.talentPage(res.Talent, lang) },
			func() *Page { return s.qualityPage(res.Quality, lang) })
		for _, m := range regions {
			jobs = append(jobs, func() *Page { return s.regionPage(m, lang) })
		}
		for _, m := range units {
			jobs = append(jobs, func() *Page { return s.unitPage(m, lang) })
		}
	}
	pages := make([]string, len(jobs))
	var mu sync.Mutex
	csvDone := map[string]bool{}
	write := func(i int, p *Page) error {
		rel := p.Path
		if p.Lang == langEN {
			rel = "en/" + rel
		}
		if err := writePage(filepath.Join(opts.Out, filepath.FromSlash(rel)), p); err != nil {
			return err
		}
		pages[i] = rel
		for _, t := range p.csvs {
			mu.Lock()
			done := csvDone[t.CSV]
			csvDone[t.CSV] = true
			mu.Unlock()
			if done {
				continue
			}
			if err := writeCSV(filepath.Join(opts.Out, filepath.FromSlash(t.CSV)), t); err != nil {
				return err
			}
		}
		return nil
	}
	next := make(chan int)
	errs := make([]error, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for w := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if errs[w] != nil || ctx.Err() != nil {
					continue
				}
				errs[w] = write(i, jobs[i]())
			}
		}()
	}
	for i := range jobs {
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
	res.Pages = pages
	return res, nil
}

func writeAssets(out string) error {
	dir := filepath.Join(out, "assets")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	for _, name := range []string{"echarts.min.js", "kinerja.js", "style.css"} {
		b, err := assetsFS.ReadFile("assets/" + name)
		if err != nil {
			return fmt.Errorf("dashboards: asset %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return fmt.Errorf("dashboards: %w", err)
		}
	}
	return nil
}

func writePage(path string, p *Page) error {
	var buf bytes.Buffer
	if err := pageTmpl.Execute(&buf, p); err != nil {
		return fmt.Errorf("dashboards: render %s: %w", p.Path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	return nil
}

func writeCSV(path string, t *Table) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	bw := bufio.NewWriter(f)
	cw := csv.NewWriter(bw)
	_ = cw.Write(t.CSVHead)
	for _, row := range t.Rows {
		rec := make([]string, len(row))
		for i, c := range row {
			rec[i] = csvSafe(c.Raw)
		}
		_ = cw.Write(rec)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Close()
		return fmt.Errorf("dashboards: %w", err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("dashboards: %w", err)
	}
	return f.Close()
}

// csvSafe defuses spreadsheet formulas in text cells (a unit named "=cmd|...").
func csvSafe(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '@') {
		return "'" + s
	}
	return s
}

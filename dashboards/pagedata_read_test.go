package dashboards_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func readPDPage(t *testing.T, out, rel string) *pdPage {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	h := string(b)
	p := &pdPage{rel: rel}
	m := reChartsJSON.FindStringSubmatch(h)
	if m == nil {
		t.Fatalf("%s: no chart JSON", rel)
	}
	raw := []byte(m[1])
	if len(raw) > 0 && raw[0] == '{' {
		var obj struct {
			Charts []pdChart           `json:"charts"`
			Tables map[string]pdSwitch `json:"tables"`
			Links  [][2]string         `json:"links"`
		}
		if err := json.Unmarshal(raw, &obj); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		p.charts, p.switches, p.links = obj.Charts, obj.Tables, obj.Links
	} else if err := json.Unmarshal(raw, &p.charts); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	dir := pathDir(rel)
	for _, bm := range reBlock.FindAllStringSubmatch(h, -1) {
		chartID := ""
		if c := reChartDiv.FindStringSubmatch(bm[1]); c != nil {
			chartID = c[1]
		}
		for _, tm := range reTableWrap.FindAllStringSubmatch(bm[1], -1) {
			tb := pdTable{chartID: chartID, caption: html.UnescapeString(tm[2]), csv: cleanRel(dir, html.UnescapeString(tm[5]))}
			for _, a := range reAttr.FindAllStringSubmatch(tm[1], -1) {
				if a[1] == "periode" {
					tb.periode = a[2]
				} else {
					tb.switchID = a[2]
				}
			}
			for _, th := range reTH.FindAllStringSubmatch(tm[3], -1) {
				tb.head = append(tb.head, html.UnescapeString(reTag.ReplaceAllString(th[1], "")))
			}
			for _, tr := range reTR.FindAllStringSubmatch(tm[4], -1) {
				if strings.Contains(tr[1], `class="empty"`) {
					continue
				}
				var row []string
				var spark []bool
				for _, td := range reTD.FindAllStringSubmatch(tr[1], -1) {
					spark = append(spark, strings.Contains(td[1], "<svg"))
					row = append(row, html.UnescapeString(reTag.ReplaceAllString(td[1], "")))
				}
				tb.rows = append(tb.rows, row)
				tb.spark = spark
			}
			p.tables = append(p.tables, tb)
		}
	}
	return p
}

func pathDir(rel string) string {
	if i := strings.LastIndexByte(rel, '/'); i >= 0 {
		return rel[:i+1]
	}
	return ""
}

// cleanRel resolves href against the page's directory to a site-relative path.
func cleanRel(dir, href string) string {
	return filepath.ToSlash(filepath.Clean(filepath.FromSlash(dir + href)))
}

// readCSV reads a CSV of the site (cached).
type csvFile struct {
	head []string
	rows [][]string
}

func (c *pdCache) csv(t *testing.T, rel string) *csvFile {
	t.Helper()
	if f, ok := c.csvs[rel]; ok {
		return f
	}
	fh, err := os.Open(filepath.Join(c.out, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	defer fh.Close()
	recs, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	f := &csvFile{head: recs[0], rows: recs[1:]}
	c.csvs[rel] = f
	return f
}

type pdCache struct {
	out   string
	csvs  map[string]*csvFile
	pages map[string]*pdPage
}

func (c *pdCache) page(t *testing.T, rel string) *pdPage {
	t.Helper()
	if p, ok := c.pages[rel]; ok {
		return p
	}
	p := readPDPage(t, c.out, rel)
	c.pages[rel] = p
	return p
}

// sitePages lists the written pages of one language whose path starts with prefix.
func sitePages(t *testing.T, out, prefix string) []string {
	t.Helper()
	var rels []string
	dir := pathDir(prefix)
	ents, err := os.ReadDir(filepath.Join(out, filepath.FromSlash(dir)))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		rel := dir + e.Name()
		if !e.IsDir() && strings.HasSuffix(rel, ".html") && strings.HasPrefix(rel, prefix) {
			rels = append(rels, rel)
		}
	}
	sort.Strings(rels)
	return rels
}

// findChart is the chart of a page whose table's CSV path matches table.
func findChart(p *pdPage, table string) *pdChart {
	rx := regexp.MustCompile(table)
	for _, tb := range p.tables {
		if tb.chartID != "" && rx.MatchString(tb.csv) {
			return findChartByID(p, tb.chartID)
		}
	}
	return nil
}

func findChartByID(p *pdPage, id string) *pdChart {
	for i := range p.charts {
		if p.charts[i].ID == id {
			return &p.charts[i]
		}
	}
	return nil
}

// labels maps the texts a page shows for keys back to the keys: each
// table's column heads to its CSV's column keys, and the cells of a table
// with its own CSV to their raw values where they differ.
func (c *pdCache) labels(t *testing.T, p *pdPage) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, tb := range p.tables {
		cf := c.csv(t, tb.csv)
		off := len(cf.head) - len(tb.head)
		if off < 0 {
			continue
		}
		for i, h := range tb.head {
			if h != cf.head[off+i] {
				out[h] = cf.head[off+i]
			}
		}
		if off != 0 || tb.switchID != "" || len(cf.rows) != len(tb.rows) {
			continue
		}
		for i, r := range tb.rows {
			for j, x := range r {
				if j < len(cf.rows[i]) && x != cf.rows[i][j] {
					if _, err := strconv.ParseFloat(cf.rows[i][j], 64); err != nil && cf.rows[i][j] != "<5" && cf.rows[i][j] != "" {
						out[x] = cf.rows[i][j]
					}
				}
			}
		}
	}
	return out
}

// seriesData is the values of every series of every variant, for comparing
// the two languages.
func seriesData(t *testing.T, c *pdChart) string {
	var b strings.Builder
	for _, o := range c.options(t) {
		ser, _ := o["series"].([]any)
		for _, s := range ser {
			sm, _ := s.(map[string]any)
			var vals []string
			data, _ := sm["data"].([]any)
			for _, d := range data {
				switch x := d.(type) {
				case map[string]any:
					vals = append(vals, chartValue(x)+fmt.Sprint(x["value"]))
				default:
					vals = append(vals, fmt.Sprint(x))
				}
			}
			b.WriteString(strings.Join(vals, ","))
			b.WriteByte(';')
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// unitRegion is the kode wilayah of a unit page (unit/14.72.03.01.html).
func unitRegion(rel string) string {
	parts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(rel, "unit/"), ".html"), ".")
	return parts[0] + "." + parts[1]
}

// regionName is the name of a unit page's region, as its breadcrumb shows it.
func (c *pdCache) regionName(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(c.out, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	m := reRegionCrumb.FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s: no link to its region", rel)
	}
	return html.UnescapeString(string(m[1]))
}

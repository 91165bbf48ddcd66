package dashboards_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"

	"kinerja/dashboards"
	"kinerja/demogen"
	"kinerja/marts/martstest"
	"kinerja/warehouse"
)

// demoSite is the site of `kinerja demo` (seed 1, the default head count),
// built once for every test of the package that reads it: the misleading
// figures of issue 12 were found on exactly this site.
type demoSite struct {
	db  *sql.DB
	out string
	res dashboards.Result
}

var (
	demoOnce sync.Once
	demoVal  *demoSite
	demoErr  error
	demoDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if demoVal != nil {
		demoVal.db.Close()
	}
	if demoDir != "" {
		os.RemoveAll(demoDir)
	}
	os.Exit(code)
}

// sharedDemo returns the shared demo site, building it on first use from
// the demo warehouse every package's tests share (martstest.Shared), opened
// read-only as `kinerja dashboards` opens it.
func sharedDemo(t *testing.T) *demoSite {
	t.Helper()
	demoOnce.Do(func() {
		demoErr = errors.New("the shared demo warehouse could not be built (see the first test that asked for it)")
		s := martstest.Shared(t, demogen.Options{Seed: 1})
		demoVal, demoErr = buildSharedDemo(s.Warehouse)
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	return demoVal
}

func buildSharedDemo(wh string) (*demoSite, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "kinerja-dash-demo-")
	if err != nil {
		return nil, err
	}
	demoDir = dir
	db, err := warehouse.Open(ctx, warehouse.Options{Path: wh, ReadOnly: true})
	if err != nil {
		return nil, err
	}
	out := filepath.Join(dir, "site")
	res, err := dashboards.Build(ctx, db.DB, dashboards.Options{Out: out})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &demoSite{db: db.DB, out: out, res: res}, nil
}

func (d *demoSite) page(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(d.out, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// pageChart is one chart of a page's JSON: its id and its default option.
type pageChart struct {
	ID     string         `json:"id"`
	Option map[string]any `json:"option"`
}

var chartsJSON = regexp.MustCompile(`(?s)<script type="application/json" id="kj-charts">(.*?)</script>`)

// charts are the charts of a written page, by the title of their option.
func (d *demoSite) charts(t *testing.T, rel string) map[string]pageChart {
	t.Helper()
	m := chartsJSON.FindStringSubmatch(d.page(t, rel))
	if m == nil {
		t.Fatalf("%s: no chart JSON", rel)
	}
	var list []pageChart
	raw := []byte(m[1])
	if len(raw) > 0 && raw[0] == '{' {
		var obj struct {
			Charts []pageChart `json:"charts"`
		}
		if err := json.Unmarshal(raw, &obj); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		list = obj.Charts
	} else if err := json.Unmarshal(raw, &list); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	out := map[string]pageChart{}
	for _, c := range list {
		title := ""
		switch tt := c.Option["title"].(type) {
		case map[string]any:
			title, _ = tt["text"].(string)
		case []any:
			if len(tt) > 0 {
				if m, ok := tt[0].(map[string]any); ok {
					title, _ = m["text"].(string)
				}
			}
		}
		out[title] = c
	}
	return out
}

// query runs q on the demo warehouse and returns its single number.
func (d *demoSite) number(t *testing.T, q string, args ...any) float64 {
	t.Helper()
	var v sql.NullFloat64
	if err := d.db.QueryRow(q, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v.Float64
}

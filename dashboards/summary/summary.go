// Package summary writes the short summary at the top of region and unit
// pages (issue 13, points 7 and 8): 3-6 sentences in plain Indonesian or
// English, each with its number and its comparison, from the candidate
// facts of mart.summary_facts, by the rules of one file, rules.yaml: each
// rule's condition, priority and its Indonesian and English sentence. No
// sentence is written anywhere else.
package summary

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"kinerja/dashboards/kit"
)

//go:embed rules.yaml
var rulesYAML []byte

// Page kinds a summary is written for.
const (
	PageRegion = "wilayah"
	PageUnit   = "unit"
)

// Rules is the parsed rules file.
type Rules struct {
	Min, Max int
	Rules    []*Rule
	Names    *Names
}

// Rule is one rule: when a fact of kind Fact meets When, the sentence of
// the page's language, in Priority order.
type Rule struct {
	Name  string   `yaml:"rule"`
	Fact  string   `yaml:"fact"`
	Pages []string `yaml:"pages"`
	// On a region page, read the facts of its units (those of the region's
	// latest period, terkini) instead of the region's own.
	RegionUnits bool   `yaml:"region_page_units"`
	When        string `yaml:"when"`
	Priority    int    `yaml:"priority"`
	Max         int    `yaml:"max"`
	// Of the facts that meet When, the first by Order (a column, "-" for
	// largest first; default -skor) are written.
	Order string `yaml:"order"`
	// Rules of one group write at most one sentence per value of By (a
	// column: one per unit, one per layanan).
	Group string `yaml:"group"`
	By    string `yaml:"by"`
	// A reserve rule only fills a summary up to Min sentences.
	Reserve bool   `yaml:"reserve"`
	ID      string `yaml:"id"`
	EN      string `yaml:"en"`

	when    cond
	tmpl    [2]tmpl // id, en
	order   func(*Fact, string) value
	desc    bool
	byCol   func(*Fact, string) value
	onPages map[string]bool
}

// Names are the words of codes the sentences show: indicators, IKM
// elements, units of measure, kinds of period, in Indonesian and English.
// Layanan and BerAKHLAK values use the page kit's labels (lay_, val_).
type Names map[string]map[string][2]string

func (n *Names) word(kind, code, lang string) string {
	if w, ok := (*n)[kind][code]; ok {
		if lang == kit.LangEN {
			return w[1]
		}
		return w[0]
	}
	return code
}

// subject is the label of a fact's subjek in lang.
func (n *Names) subject(f *Fact, lang string) string {
	code := f.Subjek
	fallback := code
	if f.NamaSubjek != "" {
		fallback = f.NamaSubjek
	}
	switch f.Fakta {
	case "layanan":
		return kit.TrOr(lang, "lay_"+code, fallback)
	case "berakhlak":
		return kit.TrOr(lang, "val_"+code, fallback)
	case "ikm_unsur":
		if _, ok := (*n)["unsur"][code]; ok {
			return n.word("unsur", code, lang)
		}
	case "sektor", "keselarasan_sektor":
		if _, ok := (*n)["indikator"][code]; ok {
			return n.word("indikator", code, lang)
		}
	}
	return fallback
}

// Load parses the embedded rules file.
func Load() (*Rules, error) { return Parse(rulesYAML) }

// Parse parses a rules file: every condition, template and column it
// names is checked here, so a broken rule fails the build, not a page.
func Parse(b []byte) (*Rules, error) {
	var file struct {
		Sentences struct{ Min, Max int } `yaml:"sentences"`
		Rules     []*Rule                `yaml:"rules"`
		Names     Names                  `yaml:"names"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&file); err != nil {
		return nil, fmt.Errorf("summary rules: %w", err)
	}
	r := &Rules{Min: file.Sentences.Min, Max: file.Sentences.Max, Rules: file.Rules, Names: &file.Names}
	if r.Min < 1 || r.Max < r.Min {
		return nil, fmt.Errorf("summary rules: sentences min %d, max %d", r.Min, r.Max)
	}
	seen := map[string]bool{}
	for _, x := range r.Rules {
		if x.Name == "" || seen[x.Name] {
			return nil, fmt.Errorf("summary rules: rule name %q empty or twice", x.Name)
		}
		seen[x.Name] = true
		if x.Fact == "" || x.When == "" || x.ID == "" || x.EN == "" {
			return nil, fmt.Errorf("summary rule %s: fact, when, id and en are required", x.Name)
		}
		var err error
		if x.when, err = parseCond(x.When); err != nil {
			return nil, fmt.Errorf("summary rule %s: %w", x.Name, err)
		}
		for i, s := range []string{x.ID, x.EN} {
			if x.tmpl[i], err = parseTemplate(s); err != nil {
				return nil, fmt.Errorf("summary rule %s: %w", x.Name, err)
			}
		}
		if x.Max == 0 {
			x.Max = 1
		}
		order := x.Order
		if order == "" {
			order = "-skor"
		}
		x.desc = strings.HasPrefix(order, "-")
		if x.order, err = column(strings.TrimPrefix(order, "-")); err != nil {
			return nil, fmt.Errorf("summary rule %s: order: %w", x.Name, err)
		}
		if x.Group != "" {
			if x.By == "" {
				return nil, fmt.Errorf("summary rule %s: group %s without by", x.Name, x.Group)
			}
			if x.byCol, err = column(x.By); err != nil {
				return nil, fmt.Errorf("summary rule %s: by: %w", x.Name, err)
			}
		}
		if len(x.Pages) == 0 {
			x.Pages = []string{PageRegion, PageUnit}
		}
		x.onPages = map[string]bool{}
		for _, p := range x.Pages {
			if p != PageRegion && p != PageUnit {
				return nil, fmt.Errorf("summary rule %s: page %q", x.Name, p)
			}
			x.onPages[p] = true
		}
	}
	sort.SliceStable(r.Rules, func(i, j int) bool { return r.Rules[i].Priority < r.Rules[j].Priority })
	return r, nil
}

// Page names the page a summary is for: a region page (Unit empty) or a
// unit page.
type Page struct {
	Kind, Region, Unit string
}

// Sentence is one sentence of a summary, with the rule that wrote it.
type Sentence struct {
	Rule, Text string
	Fact       *Fact
}

// Write returns the summary of page in lang from facts (those of the
// page's region are enough): the sentences of the rules in priority order,
// each rule at most Max facts, at most one per group and value of By, at
// most r.Max sentences; reserve rules only while fewer than r.Min.
func (r *Rules) Write(page Page, facts []Fact, lang string) []Sentence {
	li := 0
	if lang == kit.LangEN {
		li = 1
	}
	type cand struct {
		s        Sentence
		priority int
		reserve  bool
	}
	var got []cand
	used := map[string]bool{}
	for _, x := range r.Rules {
		if !x.onPages[page.Kind] {
			continue
		}
		var fs []*Fact
		for i := range facts {
			f := &facts[i]
			if f.Fakta != x.Fact || f.KodeWilayah != page.Region || !mine(page, x, f) || !x.when.eval(f, page.Kind) {
				continue
			}
			fs = append(fs, f)
		}
		sort.SliceStable(fs, func(i, j int) bool {
			a, b := x.order(fs[i], page.Kind), x.order(fs[j], page.Kind)
			if a.kind != b.kind {
				return a.kind != 0 // NULLs last
			}
			less := a.num < b.num || a.kind == 's' && a.str < b.str
			more := a.num > b.num || a.kind == 's' && a.str > b.str
			if x.desc {
				return more
			}
			return less
		})
		n := 0
		for _, f := range fs {
			if n >= x.Max {
				break
			}
			key := ""
			if x.Group != "" {
				v := x.byCol(f, page.Kind)
				key = x.Group + "\x00" + v.str + fmt.Sprint(v.num)
				if used[key] {
					continue
				}
			}
			s, ok := x.tmpl[li].render(&renderer{f: f, page: page.Kind, lang: lang, names: r.Names})
			if !ok {
				continue
			}
			if key != "" {
				used[key] = true
			}
			got = append(got, cand{s: Sentence{Rule: x.Name, Text: tidy(s), Fact: f}, priority: x.Priority, reserve: x.Reserve})
			n++
		}
	}
	var out []Sentence
	for _, c := range got {
		if !c.reserve && len(out) < r.Max {
			out = append(out, c.s)
		}
	}
	for _, c := range got {
		if c.reserve && len(out) < r.Min {
			out = append(out, c.s)
		}
	}
	prio := map[string]int{}
	for _, c := range got {
		prio[c.s.Rule] = c.priority
	}
	sort.SliceStable(out, func(i, j int) bool { return prio[out[i].Rule] < prio[out[j].Rule] })
	return out
}

// mine reports whether f belongs on page for rule x: a unit page reads its
// unit's facts; a region page its own, or with RegionUnits those of its
// units of the region's latest period.
func mine(page Page, x *Rule, f *Fact) bool {
	if page.Kind == PageUnit {
		return f.Tingkat == PageUnit && f.KodeUnit == page.Unit
	}
	if x.RegionUnits {
		return f.Tingkat == PageUnit && f.Terkini
	}
	return f.Tingkat == PageRegion
}

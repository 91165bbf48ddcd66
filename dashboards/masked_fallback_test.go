package dashboards_test

import (
	"encoding/json"
	"html"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// maskedShare counts what an option draws: the items withheld ("<5" or
// "×") and every item that shows something (a value or a withheld mark).
func maskedShare(o map[string]any) (masked, shown int) {
	series, _ := o["series"].([]any)
	for _, s := range series {
		sm, _ := s.(map[string]any)
		data, _ := sm["data"].([]any)
		for _, d := range data {
			if maskedLabel(d) != "" {
				masked++
				shown++
				continue
			}
			if m, ok := d.(map[string]any); ok {
				if lb, ok := m["label"].(map[string]any); ok && lb["formatter"] != nil {
					// a heatmap's withheld cell keeps its value out of the scale
					if f, _ := lb["formatter"].(string); f == "<5" || f == "×" {
						masked++
						shown++
						continue
					}
				}
			}
			v := chartValue(d)
			if l, ok := d.([]any); ok && len(l) > 0 {
				v = chartValue(l[len(l)-1])
			}
			if v != "" {
				shown++
			}
		}
	}
	return masked, shown
}

// variantOptions are a chart's options by variant key ("" the default),
// patches applied as kinerja.js applies them.
func (c pdChart) variantOptions(t *testing.T) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{"": c.Option}
	keys := make([]string, 0, len(c.Variants))
	for k := range c.Variants {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	all := c.options(t) // the default, then the non-empty variants in key order
	i := 1
	for _, k := range keys {
		var v map[string]any
		if err := json.Unmarshal(c.Variants[k], &v); err != nil {
			t.Fatal(err)
		}
		if len(v) == 0 {
			continue
		}
		out[k] = all[i]
		i++
	}
	return out
}

var (
	reRegionCrumb = regexp.MustCompile(`<a href="\.\./(?:\.\./)?wilayah/[^"]+\.html">([^<]+)</a>`)
	reChartNote   = regexp.MustCompile(`<div class="chart" id="([^"]+)"[^>]*></div>((?:<p class="note small chart-note"[^>]*>[^<]*</p>)*)`)
	reNoteAttr    = regexp.MustCompile(`<p class="note small chart-note"(?: data-periode="([^"]*)")?[^>]*>([^<]*)</p>`)
)

// noRegionYet are the unit charts (by their table's CSV) that have no
// region counterpart: the team's members (their next level up is the team
// row the chart already draws). They are counted, not failed.
var noRegionYet = regexp.MustCompile(`/unit/[^_/]+_tim\.csv$`)

// fallbackSentence is the sentence under a chart that draws the region's
// figures instead of the unit's, per language.
var fallbackSentence = map[string]string{
	"":    "jadi grafik ini menampilkan angka wilayahnya",
	"en/": "so this chart shows its region's",
}

// TestUnitChartsNotMostlyMasked (issue 12, point 3): no chart of a unit
// page, in any period of its selector, draws mostly withheld figures ("<5"
// marks read as "nobody"); a chart whose unit figures are mostly withheld
// draws its region's, titled with the region's name, and exactly those
// charts carry the sentence saying why right under them (for the periods
// that fall back).
func TestUnitChartsNotMostlyMasked(t *testing.T) {
	d := sharedDemo(t)
	c := &pdCache{out: d.out, csvs: map[string]*csvFile{}, pages: map[string]*pdPage{}}
	for lang, sentence := range fallbackSentence {
		mostly, charts, fallbacks := 0, 0, 0
		byKind := map[string]int{}
		for _, rel := range sitePages(t, d.out, "unit/") {
			page := d.page(t, lang+rel)
			region := ""
			if m := reRegionCrumb.FindStringSubmatch(page); m != nil {
				region = html.UnescapeString(m[1])
			} else {
				t.Fatalf("%s%s: no link to its region", lang, rel)
			}
			notes := map[string]map[string]string{} // chart id -> data-periode -> sentence
			for _, m := range reChartNote.FindAllStringSubmatch(page, -1) {
				for _, n := range reNoteAttr.FindAllStringSubmatch(m[2], -1) {
					if notes[m[1]] == nil {
						notes[m[1]] = map[string]string{}
					}
					notes[m[1]][n[1]] = html.UnescapeString(n[2])
				}
			}
			nSentence := strings.Count(html.UnescapeString(page), sentence)
			seen := 0
			p := c.page(t, lang+rel)
			for _, ch := range p.charts {
				charts++
				pending := false
				for _, tb := range p.tables {
					if tb.chartID == ch.ID && noRegionYet.MatchString(tb.csv) {
						pending = true
					}
				}
				opts := ch.variantOptions(t)
				var pick map[string]string
				if raw := rawPick(t, page, ch.ID); raw != nil {
					pick = raw
				}
				chartMostly := false
				for vk, o := range opts {
					title := optionTitle(o)
					masked, shown := maskedShare(o)
					if 2*masked > shown {
						chartMostly = true
						byKind[kindOf(title)]++
						if !pending {
							t.Errorf("%s%s chart %s %q (variant %q): %d of %d figures withheld", lang, rel, ch.ID, title, vk, masked, shown)
						}
					}
					isRegion := strings.Contains(title, " · "+region)
					// the selector values showing this variant
					var sel []string
					if len(ch.Variants) == 0 {
						sel = []string{""}
					} else {
						for k, v := range pick {
							if v == vk || (vk == "" && string(ch.Variants[v]) == "{}") {
								sel = append(sel, k)
							}
						}
						if pick == nil {
							if vk == "" {
								for k, v := range ch.Variants {
									if string(v) == "{}" {
										sel = append(sel, k)
									}
								}
							} else {
								sel = append(sel, vk)
							}
						}
					}
					for _, s := range sel {
						n, has := notes[ch.ID][s]
						if !has && len(ch.Variants) == 0 {
							n, has = notes[ch.ID][""], notes[ch.ID][""] != ""
						}
						hasSentence := has && strings.Contains(n, sentence)
						switch {
						case isRegion && !hasSentence:
							t.Errorf("%s%s chart %s %q (period %q): the region's figures without the sentence saying why", lang, rel, ch.ID, title, s)
						case !isRegion && hasSentence:
							t.Errorf("%s%s chart %s %q (period %q): the sentence under a chart of the unit's own figures", lang, rel, ch.ID, title, s)
						}
					}
					if isRegion {
						fallbacks++
						seen++
					}
				}
				if chartMostly {
					mostly++
				}
			}
			if nSentence > 0 && seen == 0 {
				t.Errorf("%s%s: the fallback sentence %d times but no chart of the region", lang, rel, nSentence)
			}
		}
		t.Logf("%q: %d of %d unit charts mostly withheld (chart variants per kind, none but those without a region counterpart yet: %v); %d chart variants draw the region's figures", lang, mostly, charts, byKind, fallbacks)
	}
}

// kindOf is a chart title without its last " · " part.
func kindOf(title string) string {
	if i := strings.Index(title, " · "); i >= 0 {
		return title[:i]
	}
	return title
}

// rawPick is the chart's map selector value -> variant (nil when each
// value is its own variant).
func rawPick(t *testing.T, page, id string) map[string]string {
	t.Helper()
	m := reChartsJSON.FindStringSubmatch(page)
	if m == nil {
		return nil
	}
	var obj struct {
		Charts []struct {
			ID   string            `json:"id"`
			Pick map[string]string `json:"pick"`
		} `json:"charts"`
	}
	if json.Unmarshal([]byte(m[1]), &obj) != nil {
		return nil
	}
	for _, c := range obj.Charts {
		if c.ID == id {
			return c.Pick
		}
	}
	return nil
}

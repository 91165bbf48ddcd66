package dashboards_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"kinerja/dashboards/kit"
)

// TestEveryChartFromOneBuilder: every chart option of every page of the
// demo site, both languages, is written by the one chart builder
// (kit/chart.go, on go-echarts): it carries the base options themselves
// (palette, no animation, the title at the left in 14 px, a tooltip and a
// grid), none of the hand-typed options' shorthand ("kj", which kinerja.js
// used to expand) and no empty go-echarts toolbox.
func TestEveryChartFromOneBuilder(t *testing.T) {
	d := sharedDemo(t)
	palette, _ := json.Marshal(kit.Palette)
	n := 0
	for _, prefix := range []string{"", "wilayah/", "unit/", "en/", "en/wilayah/", "en/unit/"} {
		for _, rel := range sitePages(t, d.out, prefix) {
			for _, c := range readPDPage(t, d.out, rel).charts {
				o := c.Option
				n++
				var bad []string
				if _, ok := o["kj"]; ok {
					bad = append(bad, "a hand-typed option (kj)")
				}
				if _, ok := o["toolbox"]; ok {
					bad = append(bad, "a toolbox")
				}
				if o["animation"] != false {
					bad = append(bad, "animation not off")
				}
				if col, _ := json.Marshal(o["color"]); string(col) != string(palette) {
					bad = append(bad, "palette "+string(col))
				}
				title, _ := o["title"].(map[string]any)
				style, _ := title["textStyle"].(map[string]any)
				if title["left"] != "left" || style["fontSize"] != 14.0 {
					bad = append(bad, fmt.Sprintf("title %v", title))
				}
				if _, ok := o["tooltip"].(map[string]any); !ok {
					bad = append(bad, "no tooltip")
				}
				if g, _ := o["grid"].([]any); len(g) != 1 {
					bad = append(bad, fmt.Sprintf("%d grids", len(g)))
				}
				if len(bad) > 0 {
					t.Errorf("%s %s (%s): %s", rel, c.ID, optionTitle(o), strings.Join(bad, "; "))
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d charts checked", n)
	}
}

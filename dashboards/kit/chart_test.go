package kit

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/go-echarts/go-echarts/v2/opts"
)

func unmarshalOption(t *testing.T, b json.RawMessage) map[string]any {
	t.Helper()
	var o map[string]any
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return o
}

// TestOptionWithheldFigures: what the builder adds to go-echarts for
// withheld figures, as kinerja.js and the page-data test read it: a bar's
// "<5" item with no bar, a line's gap (not bridged) with its dashed "<5"
// mark at the category, a heatmap cell grey below the colour scale, and
// kjMask with the reason in the page's language; text stays escaped.
func TestOptionWithheldFigures(t *testing.T) {
	small, shown := Stat{Small: true}, Stat{Value: 61.25, Valid: true}

	bar := NewBar("Per unit </script>").Categories([]string{"A", "B"}, opts.YAxis{Max: 100})
	bar.Add("% SB", BarStats([]Stat{shown, small}, 1, true))
	b := bar.JSON(LangEN, false)
	if strings.Contains(string(b), "</script>") || !strings.Contains(string(b), `Per unit \u003c/script\u003e`) {
		t.Errorf("title not escaped: %s", b)
	}
	o := unmarshalOption(t, b)
	if o["kjMask"] != Tr(LangEN, "masked_title") {
		t.Errorf("kjMask %v", o["kjMask"])
	}
	data := o["series"].([]any)[0].(map[string]any)["data"].([]any)
	if data[0] != 61.3 {
		t.Errorf("shown bar %v, want 61.3", data[0])
	}
	item := data[1].(map[string]any)
	if lb := item["label"].(map[string]any); item["value"] != 0.0 || lb["formatter"] != "<5" || lb["show"] != true || lb["position"] != "insideBottom" {
		t.Errorf("masked bar %v", item)
	}

	line := NewLine("Tren").Categories([]string{"2025-Q1", "2025-Q2", "2025-Q3"}, opts.YAxis{})
	line.LineStats("IKM", []Stat{shown, small, shown}, 2, ConnectNulls)
	s := unmarshalOption(t, line.JSON(LangID, false))["series"].([]any)[0].(map[string]any)
	gap := s["data"].([]any)[1].(map[string]any)
	ml := s["markLine"].(map[string]any)
	mark := ml["data"].([]any)[0].(map[string]any)
	if gap["value"] != "-" || gap["label"].(map[string]any)["formatter"] != "<5" || s["connectNulls"] != false ||
		mark["xAxis"] != "2025-Q2" || mark["name"] != "<5" || ml["label"].(map[string]any)["show"] != true {
		t.Errorf("line gap %v, mark %v, connectNulls %v", gap, ml, s["connectNulls"])
	}

	hm := NewHeatMap("BerAKHLAK").VisualMap(MaskedScale(opts.VisualMap{Type: "continuous", Min: 0, Max: 100}))
	hm.Add("%", []any{HeatCell(0, 0, small, 1), HeatCell(1, 0, shown, 1)})
	o = unmarshalOption(t, hm.JSON(LangID, false))
	vm := o["visualMap"].([]any)[0].(map[string]any)
	cells := o["series"].([]any)[0].(map[string]any)["data"].([]any)
	grey := cells[0].(map[string]any)
	if vm["min"] != -1.0 || vm["range"].([]any)[0] != 0.0 || vm["outOfRange"].(map[string]any)["color"].([]any)[0] != MaskedColor ||
		grey["value"].([]any)[2] != -1.0 || grey["label"].(map[string]any)["formatter"] != "<5" || cells[1].([]any)[2] != 61.3 {
		t.Errorf("visual map %v, cells %v", vm, cells)
	}
	if o["kjMask"] != Tr(LangID, "masked_title") {
		t.Errorf("kjMask %v", o["kjMask"])
	}
}

// TestOptionBase: every option carries the base (palette, no animation,
// the title at the left, one grid), an empty one says "no data", and one
// without a withheld figure has no kjMask and no toolbox.
func TestOptionBase(t *testing.T) {
	o := unmarshalOption(t, NewLine("Kosong").Grid(opts.Grid{Top: "80"}).JSON(LangID, true))
	g := o["graphic"].([]any)[0].(map[string]any)
	if g["style"].(map[string]any)["text"] != Tr(LangID, "no_data") {
		t.Errorf("graphic %v", g)
	}
	// Figures that exist but are all withheld say so, never "no data".
	for _, lang := range []string{LangID, LangEN} {
		m := unmarshalOption(t, NewScatter("Semua tertutup").AllMasked().JSON(lang, true))
		if txt := m["graphic"].([]any)[0].(map[string]any)["style"].(map[string]any)["text"]; txt != Tr(lang, "all_masked") || txt == Tr(lang, "no_data") {
			t.Errorf("%s: all withheld says %v", lang, txt)
		}
	}
	if _, ok := unmarshalOption(t, NewScatter("Ada titik").AllMasked().JSON(LangID, false))["graphic"]; ok {
		t.Error("a chart that draws figures has an empty text")
	}
	for _, k := range []string{"kjMask", "toolbox", "kj"} {
		if _, ok := o[k]; ok {
			t.Errorf("%s in %v", k, o)
		}
	}
	if grids := o["grid"].([]any); len(grids) != 1 || grids[0].(map[string]any)["top"] != "80" {
		t.Errorf("grid %v", o["grid"])
	}
	if o["animation"] != false || len(o["color"].([]any)) != len(Palette) || o["title"].(map[string]any)["left"] != "left" {
		t.Errorf("base %v", o)
	}
}

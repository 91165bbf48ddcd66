package kit

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestGlossed(t *testing.T) {
	def := func(key string, li int) string {
		for _, g := range Glossary {
			if g.Key == key {
				return g.Def[li]
			}
		}
		t.Fatalf("no term %s", key)
		return ""
	}
	dfn := func(key string, li int, word string) string {
		return `<dfn class="gloss" tabindex="0" title="` + template.HTMLEscapeString(def(key, li)) + `">` + word + `</dfn>`
	}
	for _, c := range []struct{ lang, in, want string }{
		{LangID, "P90 (jam)", dfn("p90", 0, "P90") + " (jam)"},
		{LangEN, "P90 (hours)", dfn("p90", 1, "P90") + " (hours)"},
		{LangID, "Layanan < 50% tepat waktu atau backlog naik", "Layanan &lt; 50% tepat waktu atau " + dfn("backlog", 0, "backlog") + " naik"},
		{LangEN, "IKM per unit with grades A–D", "IKM per unit with " + dfn("mutu", 1, "grades") + " A–D"},
		{LangID, "Talenta: 9 kotak", "Talenta: " + dfn("9kotak", 0, "9 kotak")},
		{LangEN, "Talent: 9-box", "Talent: " + dfn("9kotak", 1, "9-box")},
		{LangID, "Kurva distribusi predikat", dfn("kurva", 0, "Kurva distribusi") + " predikat"},
		{LangEN, "Rating distribution curve (kurva distribusi)", "Rating " + dfn("kurva", 1, "distribution curve") + " (kurva distribusi)"},
		// Two terms; the first mention of each.
		{LangID, "Backlog & P90, backlog", dfn("backlog", 0, "Backlog") + " &amp; " + dfn("p90", 0, "P90") + ", backlog"},
		// Whole words only; another grade; escaping without a term.
		{LangEN, "Backlogged", "Backlogged"},
		{LangEN, "Grade (golongan)", "Grade (golongan)"},
		{LangID, `<script>"Mutu"`, `&lt;script&gt;&#34;` + dfn("mutu", 0, "Mutu") + `&#34;`},
	} {
		if got := string(Glossed(c.lang, c.in)); got != c.want {
			t.Errorf("Glossed(%s, %q)\n got %s\nwant %s", c.lang, c.in, got, c.want)
		}
	}
}

// TestGlossaryTermsInBothLanguages: each term of the glossary is defined in
// both languages and marked in a heading or column head of the kit's texts
// in each (a term no heading names would never show its definition).
func TestGlossaryTermsInBothLanguages(t *testing.T) {
	for _, g := range Glossary {
		for li, lang := range []string{LangID, LangEN} {
			if len(g.Words[li]) == 0 || !strings.Contains(g.Def[li], ":") {
				t.Errorf("%s (%s): words %q, definition %q", g.Key, lang, g.Words[li], g.Def[li])
			}
			n := 0
			for _, l := range Labels {
				if strings.Contains(string(Glossed(lang, l[li])), `title="`+template.HTMLEscapeString(g.Def[li])+`"`) {
					n++
				}
			}
			if n == 0 {
				t.Errorf("%s (%s): no label names the term", g.Key, lang)
			}
		}
	}
}

// TestWriteXLSXTo: a workbook excelize reads back cell for cell: numbers in
// figure columns with their decimals, text elsewhere (a code that looks
// like a number, a formula, characters XML cannot hold), withheld figures
// as text, columns past Z.
func TestWriteXLSXTo(t *testing.T) {
	head := []string{"kode_wilayah", "nama", "nilai", "persen", "catatan"}
	num := []bool{false, false, true, true, false}
	for i := len(head); i < 30; i++ {
		head = append(head, "k"+strconv.Itoa(i))
		num = append(num, true)
	}
	recs := [][]string{
		{"14.72", "Kota Dumai", "319", "16.60", "'=HYPERLINK(\"x\")"},
		{"11.75", " <Subulussalam> & \"Aceh\" ", "<5", "-3.125", "a\x01b\tc"},
		{"0072", "Kota Palu", "×", "", "1e5"},
		{"92.02", "Manokwari", "12", "1234567.5", "Ünïcødé ✓"},
	}
	for i := 5; i < 30; i++ {
		for r := range recs {
			recs[r] = append(recs[r], strconv.Itoa(r*i))
		}
	}
	var buf bytes.Buffer
	if err := WriteXLSXTo(&buf, head, recs, num); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	want := append([][]string{head}, recs...)
	want[2][4] = "ab\tc" // the control character left out
	if len(rows) != len(want) {
		t.Fatalf("%d rows", len(rows))
	}
	for r := range want {
		row := rows[r]
		for len(row) < len(want[r]) {
			row = append(row, "")
		}
		if strings.Join(row, "|") != strings.Join(want[r], "|") {
			t.Errorf("row %d:\n got %q\nwant %q", r+1, row, want[r])
		}
	}
	types := map[string]excelize.CellType{
		"A2": excelize.CellTypeInlineString, "C2": excelize.CellTypeNumber, "D2": excelize.CellTypeNumber, "E2": excelize.CellTypeInlineString,
		"C3": excelize.CellTypeInlineString, "D3": excelize.CellTypeNumber, "A4": excelize.CellTypeInlineString, "C4": excelize.CellTypeInlineString,
		"E4": excelize.CellTypeInlineString, "D5": excelize.CellTypeNumber, "AD5": excelize.CellTypeNumber, "A1": excelize.CellTypeInlineString,
	}
	for cell, want := range types {
		if got, _ := x.GetCellType("Sheet1", cell); got != want {
			t.Errorf("%s: type %v, want %v", cell, got, want)
		}
	}
	if v, _ := x.GetCellValue("Sheet1", "D3", excelize.Options{RawCellValue: true}); v != "-3.125" {
		t.Errorf("D3 raw %q", v)
	}
	if v, _ := x.GetCellValue("Sheet1", "AD5"); v != "87" {
		t.Errorf("AD5 %q", v)
	}
	// An empty table: the header row only.
	buf.Reset()
	if err := WriteXLSXTo(&buf, head[:2], nil, num[:2]); err != nil {
		t.Fatal(err)
	}
	x2, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer x2.Close()
	if rows, _ := x2.GetRows("Sheet1"); len(rows) != 1 || rows[0][1] != "nama" {
		t.Errorf("empty table: %q", rows)
	}
}

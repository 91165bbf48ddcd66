package dashboards

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/dashboards/kit"
	"kinerja/marts/martstest"
)

// The data-quality page lists the indicator values in conflict (issue 11,
// point 13): the fixture's four disputed keys, every row with its source and
// line, in Indonesian and in English; Depok's two equal totals are not there.
func TestQualityPageListsIndicatorConflicts(t *testing.T) {
	t.Parallel()
	db := martstest.Load(t, filepath.Join(t.TempDir(), "w.duckdb"), "../testdata/indicator_kategori/kinerja.yaml", true)
	w, err := loadWarehouse(context.Background(), db.DB)
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(w, "kinerja")
	for _, lang := range []string{kit.LangID, kit.LangEN} {
		p := s.qualityPage(s.qualityModel(), lang)
		var sec *kit.Section
		for i := range p.Sections {
			if p.Sections[i].ID == "konflik_indikator" {
				sec = &p.Sections[i]
			}
		}
		if sec == nil {
			t.Fatalf("%s: no konflik_indikator section", lang)
		}
		tb := sec.Blocks[0].Table
		var rows []string
		for _, r := range tb.Rows {
			var cells []string
			for _, c := range r {
				cells = append(cells, c.Text)
			}
			rows = append(rows, strings.Join(cells, "|"))
		}
		total := "(total)" // the same word in both languages
		want := []string{
			"jumlah_kunjungan|32.02||2024|" + total + "|10|kunjungan_dinkes|12",
			"jumlah_kunjungan|32.02||2024|" + total + "|11|kunjungan_dinkes|13",
			"jumlah_kunjungan|32.05||2024|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|50|kunjungan_dinkes|10",
			"jumlah_kunjungan|32.05||2024|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|55|kunjungan_bps|5",
			"jumlah_kunjungan|32.73||2024|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|900|kunjungan_dinkes|3",
			"jumlah_kunjungan|32.73||2024|jenis_rumah_sakit=RSUD; jenis_kunjungan=Rawat Jalan|950|kunjungan_bps|2",
			"jumlah_kunjungan|32.77||2024|" + total + "|500|kunjungan_dinkes|8",
			"jumlah_kunjungan|32.77||2024|" + total + "|510|kunjungan_bps|3",
		}
		if got := strings.Join(rows, "\n"); got != strings.Join(want, "\n") {
			t.Errorf("%s: conflict rows:\n%s\nwant\n%s", lang, got, strings.Join(want, "\n"))
		}
		head := strings.Join(tb.Head, "|")
		wantHead := map[string]string{
			kit.LangID: "Indikator|Kode wilayah|Kode unit|Periode|Kategori|Nilai|Sumber|Baris berkas",
			kit.LangEN: "Indicator|Region code|Unit code|Period|Category|Value|Source|File line",
		}[lang]
		if head != wantHead || sec.Title != kit.Tr(lang, "dq_konflik") || sec.Empty {
			t.Errorf("%s: section %q (empty %v), head %q, want %q", lang, sec.Title, sec.Empty, head, wantHead)
		}
	}
}

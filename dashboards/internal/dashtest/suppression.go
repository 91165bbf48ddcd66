package dashtest

import (
	"fmt"
	"strings"

	"kinerja/marts"
)

// suppressionFamilies are the figures mart.suppression decides on, in its
// column order.
var suppressionFamilies = []string{"pegawai_dinilai", "sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"}

// suppressionInserts withhold the fixture's figures as the pipeline does:
// the fixture's appraisals (one atasan row per person counted in
// mart.unit_performance) go through the real mart.suppression model, and
// the marts the pages read get its flags, as the real ones copy them.
func suppressionInserts() []string {
	var model string
	for _, m := range marts.Models() {
		if m.Name == "mart/05_suppression" {
			model = m.FullSQL()
		}
	}
	if model == "" {
		panic("dashtest: no mart/05_suppression model")
	}
	s := []string{
		`CREATE TABLE core.fact_appraisal(kode_unit VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, sumber VARCHAR, predikat VARCHAR)`,
	}
	for _, f := range suppressionFamilies[1:] {
		s = append(s, fmt.Sprintf(`INSERT INTO core.fact_appraisal
			SELECT kode_unit, periode, jenis_periode, tanggal_mulai, 'atasan', '%s' FROM (
				SELECT *, unnest(range(jumlah_%s)) FROM mart.unit_performance)`, f, f))
	}
	s = append(s, model)
	flags := func(table, join string, fams []string, notNull bool) {
		var set, unset []string
		for _, f := range fams {
			s = append(s, fmt.Sprintf(`ALTER TABLE %s ADD COLUMN %s_ditahan BOOLEAN`, table, f),
				fmt.Sprintf(`ALTER TABLE %s ADD COLUMN %s_alasan_ditahan VARCHAR`, table, f))
			set = append(set, fmt.Sprintf(`%s_ditahan = s.%s_ditahan, %s_alasan_ditahan = s.%s_alasan_ditahan`, f, f, f, f))
			unset = append(unset, fmt.Sprintf(`%s_ditahan = coalesce(%s_ditahan, false)`, f, f))
		}
		s = append(s, fmt.Sprintf(`UPDATE %s t SET %s FROM mart.suppression s WHERE %s`, table, strings.Join(set, ", "), join))
		if notNull {
			s = append(s, fmt.Sprintf(`UPDATE %s SET %s`, table, strings.Join(unset, ", ")))
		}
	}
	unit := `s.kode_unit = t.kode_unit AND s.periode = t.periode`
	region := `s.kode_unit IS NULL AND s.kode_wilayah = t.kode_wilayah AND s.periode = t.periode`
	flags("mart.unit_performance", unit, suppressionFamilies, false)
	flags("mart.distribution_compliance", unit, suppressionFamilies, false)
	flags("mart.performance_service_link", unit, suppressionFamilies[:2], false)
	flags("mart.region_performance", region, suppressionFamilies, false)
	flags("mart.region_summary", region, suppressionFamilies[:2], true)
	return s
}

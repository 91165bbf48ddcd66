package kit

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The marts keep codes (sosial_kultural, istimewa, kesehatan, service_requests)
// and Indonesian names (Pemenuhan 20 JP); a page shows them in its language
// through one label function per code domain below. The codes themselves
// stay as they are in the marts and in the CSV files (Cell.Raw).

// codeLabels are the labels of the code domains: index 0 is Bahasa
// Indonesia, index 1 English.
var codeLabels = map[string][2]string{
	// Column headers of the code columns (see Page.c).
	"kode_wilayah": {"Kode wilayah", "Region code"},
	"kode_unit":    {"Kode unit", "Unit code"},
	// core.dim_unit.sektor.
	"sektor_umum":         {"Umum", "General administration"},
	"sektor_kepegawaian":  {"Kepegawaian", "Civil service"},
	"sektor_kependudukan": {"Kependudukan", "Civil registration"},
	"sektor_kesehatan":    {"Kesehatan", "Health"},
	"sektor_pendidikan":   {"Pendidikan", "Education"},
	"sektor_perencanaan":  {"Perencanaan", "Planning"},
	"sektor_sosial":       {"Sosial", "Social affairs"},
	"sektor_perizinan":    {"Perizinan", "Licensing"},
	"sektor_keuangan":     {"Keuangan", "Finance"},
	// rating_organisasi (capaian kinerja organisasi, DOMAIN.md).
	"ro_istimewa":        {"Istimewa", "Outstanding"},
	"ro_baik":            {"Baik", "Good"},
	"ro_butuh_perbaikan": {"Butuh Perbaikan", "Needs improvement"},
	"ro_kurang":          {"Kurang", "Poor"},
	"ro_sangat_kurang":   {"Sangat Kurang", "Very poor"},
	// jenis_kompetensi.
	"jk_teknis":          {"Teknis", "Technical"},
	"jk_manajerial":      {"Manajerial", "Managerial"},
	"jk_sosial_kultural": {"Sosial kultural", "Socio-cultural"},
	// The kinds of source file (ingest kinds, meta.batches.kind).
	"kind_regions":           {"Wilayah", "Regions"},
	"kind_units":             {"Unit kerja", "Work units"},
	"kind_employees":         {"Pegawai", "Employees"},
	"kind_appraisals":        {"Penilaian kinerja", "Appraisals"},
	"kind_service_requests":  {"Permohonan layanan", "Service requests"},
	"kind_service_standards": {"Standar pelayanan", "Service standards"},
	"kind_indicators":        {"Indikator", "Indicators"},
	"kind_survey_responses":  {"Jawaban survei kepuasan", "Satisfaction survey answers"},
	"kind_trainings":         {"Pelatihan", "Trainings"},
	"kind_potentials":        {"Potensi", "Potential assessments"},
}

func init() { addLabels(codeLabels) }

// focusLabels name the training focus (FocusLabel): the site's training
// and unit pages and the rapor show them. A key already in Labels is left
// as it is.
var focusLabels = map[string][2]string{
	// Training focus and competency names as mart.training_needs and
	// core.fact_training write them (Indonesian); unknown ones show as they are.
	"rapor_fk_Pemenuhan 20 JP":                  {"Pemenuhan 20 JP", "Meeting the 20 hours"},
	"rapor_fk_Kompetensi teknis jabatan":        {"Kompetensi teknis jabatan", "Technical competency of the position"},
	"rapor_fk_Pelayanan Publik":                 {"Pelayanan Publik", "Public service"},
	"rapor_fk_Integritas":                       {"Integritas", "Integrity"},
	"rapor_fk_Kerjasama":                        {"Kerjasama", "Teamwork"},
	"rapor_fk_Komunikasi":                       {"Komunikasi", "Communication"},
	"rapor_fk_Orientasi pada Hasil":             {"Orientasi pada Hasil", "Results orientation"},
	"rapor_fk_Pengembangan Diri dan Orang Lain": {"Pengembangan Diri dan Orang Lain", "Developing oneself and others"},
	"rapor_fk_Mengelola Perubahan":              {"Mengelola Perubahan", "Managing change"},
	"rapor_fk_Pengambilan Keputusan":            {"Pengambilan Keputusan", "Decision making"},
	"rapor_fk_Perekat Bangsa":                   {"Perekat Bangsa", "National cohesion"},
}

func init() {
	for k, v := range focusLabels {
		if _, ok := Labels[k]; !ok {
			Labels[k] = v
		}
	}
}

// codeLabel is the label of code in the domain of prefix; a code without a
// label shows as words ("pekerjaan_umum" -> "Pekerjaan umum"), never with
// underscores.
func codeLabel(lang, prefix, code string) string {
	if code == "" {
		return ""
	}
	if _, ok := Labels[prefix+code]; ok {
		return Tr(lang, prefix+code)
	}
	return Humanize(code)
}

// Humanize writes a code as words: underscores become spaces, the first
// letter upper case.
func Humanize(code string) string {
	s := strings.ReplaceAll(code, "_", " ")
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// CodeCell is a table cell showing code's label, the code going to the CSV.
func CodeCell(lang, prefix, code string) Cell {
	return Cell{Text: codeLabel(lang, prefix, code), Raw: code}
}

// SectorLabel: core.dim_unit.sektor.
func SectorLabel(lang, code string) string { return codeLabel(lang, "sektor_", code) }

// RatingOrgLabel: rating_organisasi (Istimewa ... Sangat Kurang).
func RatingOrgLabel(lang, code string) string { return codeLabel(lang, "ro_", code) }

// CompetencyTypeLabel: jenis_kompetensi (teknis, manajerial, sosial_kultural).
func CompetencyTypeLabel(lang, code string) string { return codeLabel(lang, "jk_", code) }

// SourceKindLabel: the kind of a source file (employees, service_requests).
func SourceKindLabel(lang, code string) string { return codeLabel(lang, "kind_", code) }

// FocusLabel: a training focus or competency name as mart.training_needs
// and core.fact_training write it (Indonesian, e.g. "Pemenuhan 20 JP");
// one without an English label shows as it is.
func FocusLabel(lang, name string) string { return TrOr(lang, "rapor_fk_"+name, name) }

// Tf is tr with fmt.Sprintf arguments.
func Tf(lang, key string, args ...any) string { return fmt.Sprintf(Tr(lang, key), args...) }

// FocusCell is a table cell showing a training focus in lang.
func FocusCell(lang, name string) Cell { return Cell{Text: FocusLabel(lang, name), Raw: name} }

func (p *Page) ValueLabels() []string {
	var xs []string
	for _, v := range BerakhlakOrder {
		xs = append(xs, TrOr(p.Lang, "val_"+v, v))
	}
	return xs
}

var BerakhlakOrder = []string{"berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"}

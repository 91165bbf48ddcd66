package rapor

import (
	"kinerja/dashboards/kit"
)

// raporLabels are the texts of the rapor pegawai page (rapor.go) that the
// kit's tables (kit/i18n.go, kit/i18n_page_labels.go) do not have: index 0 is Bahasa
// Indonesia, index 1 English. A key already in labels is left as it is.
var raporLabels = map[string][2]string{
	"rapor_print":              {"Cetak", "Print"},
	"rapor_identity":           {"Identitas pegawai", "Employee"},
	"rapor_subtitle":           {"Rapor kinerja pribadi: riwayat predikat, umpan balik, nilai BerAKHLAK, JP dan fokus pelatihan.", "Personal performance report: rating history, feedback, BerAKHLAK values, training hours and training focus."},
	"rapor_jenis_asn":          {"Jenis ASN", "Employment type"},
	"rapor_golongan":           {"Golongan", "Grade (golongan)"},
	"rapor_kode_unit":          {"Kode unit", "Unit code"},
	"rapor_unit_now":           {"Unit kerja sekarang", "Current work unit"},
	"rapor_assign":             {"Riwayat jabatan dan unit kerja", "Positions and work units"},
	"rapor_assign_note":        {"Setiap penilaian tercatat pada unit tempat pegawai bertugas di akhir periode.", "Each appraisal belongs to the unit the employee was in at the end of the period."},
	"rapor_mulai":              {"Mulai", "From"},
	"rapor_sampai":             {"Sampai", "Until"},
	"rapor_sekarang":           {"sekarang", "present"},
	"rapor_jenis_jab":          {"Jenis jabatan", "Position type"},
	"rapor_history_note":       {"Predikat resmi (penilaian atasan) per periode, dari matriks hasil kerja × perilaku kerja (PermenPANRB 6/2022).", "Official rating (the supervisor's) per period, from the work-results × behaviour matrix (PermenPANRB 6/2022)."},
	"rapor_jenis":              {"Jenis periode", "Period type"},
	"rapor_per_triwulan":       {"Per triwulan", "Quarterly"},
	"rapor_per_semester":       {"Per semester", "Half-yearly"},
	"rapor_per_bulan":          {"Per bulan", "Monthly"},
	"rapor_per_tahun":          {"Tahunan", "Annual"},
	"rapor_capaian_iki":        {"Capaian IKI (%)", "IKI achievement (%)"},
	"rapor_tertulis":           {"Predikat tertulis (bertentangan dengan matriks)", "Rating as written (contradicts the matrix)"},
	"rapor_rekan_note":         {"Rekan dan bawahan tidak disebutkan namanya: hanya jumlah penilai dan skor rata-rata yang ditampilkan, skor hanya dari 3 penilai atau lebih.", "Peers and subordinates are never named: only how many rated and the mean scores are shown, scores only from 3 or more raters."},
	"rapor_skor_chart":         {"Skor rata-rata per sumber (1 = di bawah, 3 = di atas ekspektasi)", "Mean score per source (1 = below, 3 = above expectation)"},
	"rapor_skor":               {"Skor rata-rata", "Mean score"},
	"rapor_values_note":        {"Penilaian atasan atas tujuh nilai dasar BerAKHLAK di setiap periode.", "The supervisor's rating of the seven BerAKHLAK core values in each period."},
	"rapor_rs_di_atas":         {"di atas", "above"},
	"rapor_rs_sesuai":          {"sesuai", "as expected"},
	"rapor_rs_di_bawah":        {"di bawah", "below"},
	"rapor_jp_note":            {"Setiap ASN berhak dan wajib mengikuti pengembangan kompetensi paling sedikit 20 JP per tahun (PP 11/2017 jo. PP 17/2020). Garis putus-putus: 20 JP.", "Every civil servant has the right and the duty to at least 20 lesson hours (JP) of competency development a year (PP 11/2017 as amended by PP 17/2020). Dashed line: 20 hours."},
	"rapor_jp_chart":           {"JP per tahun terhadap 20 JP", "Training hours (JP) per year against 20"},
	"rapor_pelatihan_n":        {"Pelatihan", "Trainings"},
	"rapor_kurang_dari":        {"kurang %s JP dari 20 JP", "%s hours short of 20"},
	"rapor_cukup":              {"memenuhi 20 JP", "meets the 20 hours"},
	"rapor_focus_note":         {"Rekomendasi per tahun: kompetensi yang terkait dengan nilai BerAKHLAK pertama di bawah ekspektasi; jika tidak ada, kompetensi teknis jabatan bila hasil kerja di bawah ekspektasi; jika tidak, pemenuhan 20 JP.", "Recommendation per year: the competency linked to the first BerAKHLAK value below expectation; if none, the technical competency of the position when work results are below expectation; else meeting the 20 hours."},
	"rapor_no_focus":           {"Tidak ada kebutuhan khusus", "No specific need"},
	"rapor_nilai_bawah":        {"Nilai di bawah ekspektasi", "Values below expectation"},
	"rapor_kesenjangan":        {"Kesenjangan kinerja", "Performance gap"},
	"rapor_acuan":              {"Periode acuan", "Reference period"},
	"rapor_talent":             {"Talenta: 9 kotak", "Talent: 9-box"},
	"rapor_talent_note":        {"Kinerja × potensi (PermenPANRB 3/2020); kotak 7–9 = kelompok promosi. Kotak yang diarsir: posisi Anda pada tahun terakhir.", "Performance × potential (PermenPANRB 3/2020); boxes 7–9 = promotion pool. The shaded box: your position in the latest year."},
	"rapor_pot_rendah":         {"rendah", "low"},
	"rapor_pot_menengah":       {"menengah", "medium"},
	"rapor_pot_tinggi":         {"tinggi", "high"},
	"rapor_kat_tinggi":         {"tinggi", "high"},
	"rapor_kat_sedang":         {"sedang", "medium"},
	"rapor_kat_rendah":         {"rendah", "low"},
	"rapor_jk_teknis":          {"teknis", "technical"},
	"rapor_jk_manajerial":      {"manajerial", "managerial"},
	"rapor_jk_sosial_kultural": {"sosial kultural", "socio-cultural"},
	"rapor_fig_predikat":       {"Predikat", "Rating"},
	"rapor_fig_jp":             {"JP", "Training hours"},
	"rapor_fig_kotak":          {"Kotak talenta", "9-box"},
	"rapor_ro_istimewa":        {"Istimewa", "Outstanding"},
	"rapor_ro_baik":            {"Baik", "Good"},
	"rapor_ro_butuh_perbaikan": {"Butuh Perbaikan", "Needs improvement"},
	"rapor_ro_kurang":          {"Kurang", "Poor"},
	"rapor_ro_sangat_kurang":   {"Sangat Kurang", "Very poor"},
}

func init() {
	for k, v := range raporLabels {
		if _, ok := kit.Labels[k]; !ok {
			kit.Labels[k] = v
		}
	}
}

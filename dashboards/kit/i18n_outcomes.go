package kit

// The texts of the sections issue 13 added (sector outcomes, Promosi, the
// 360 view, IKM per element, the employees' responses, teams, uncertainty):
// index 0 Bahasa Indonesia, index 1 English.

func init() {
	for k, v := range outcomeLabels {
		Labels[k] = v
	}
}

var outcomeLabels = map[string][2]string{
	// Sector outcomes.
	"sec_sektor": {"Hasil sektor: kesehatan dan pendidikan", "Sector outcomes: health and education"},
	"sec_sektor_note": {"Indikator puskesmas, sekolah, Dinas Kesehatan dan Dinas Pendidikan: nilai, target, capaian dan tren. " +
		"Capaian = nilai terhadap target menurut arah indikator (100 = tepat target, di atas 100 lebih baik; untuk waktu tunggu, lebih rendah lebih baik). " +
		"Hijau: memenuhi target atau membaik; merah: di bawah target atau memburuk.",
		"Indicators of health centres, schools and the health and education offices: value, target, attainment and trend. " +
			"Attainment = value against target read with the indicator's direction (100 = on target, above 100 better; for waiting time, lower is better). " +
			"Green: meets the target or improving; red: short of the target or getting worse."},
	"sektor_link":                      {"Nilai kinerja vs. capaian sektor", "Ratings vs. sector attainment"},
	"sektor_link_note":                 {"Setiap titik satu unit: sumbu x capaian sektor (rata-rata capaian indikatornya), sumbu y % Sangat Baik.", "Each point is one unit: x = sector attainment (the mean attainment of its indicators), y = % Outstanding."},
	"sektor_indikator":                 {"Capaian target per indikator", "Attainment of target per indicator"},
	"sektor_unit_tren":                 {"Nilai kinerja dan hasil sektor per periode", "Ratings and sector outcomes per period"},
	"indikator":                        {"Indikator", "Indicator"},
	"indikator_n":                      {"Indikator", "Indicators"},
	"nilai_ind":                        {"Nilai", "Value"},
	"target":                           {"Target", "Target"},
	"capaian":                          {"Capaian (%)", "Attainment (%)"},
	"capaian_sektor":                   {"Capaian sektor (%)", "Sector attainment (%)"},
	"memenuhi_target":                  {"Memenuhi target", "Meets target"},
	"memenuhi_n":                       {"Memenuhi target", "Meeting target"},
	"memburuk_n":                       {"Memburuk", "Getting worse"},
	"memburuk_beruntun":                {"Memburuk berturut-turut (periode)", "Worse in a row (periods)"},
	"memburuk_beruntun_ind":            {"Indikator yang memburuk berturut-turut", "Indicator worse in a row"},
	"nilai_sebelumnya":                 {"Nilai sebelumnya", "Previous value"},
	"tren":                             {"Tren", "Trend"},
	"arah":                             {"Arah baik", "Better when"},
	"arah_naik":                        {"naik", "higher"},
	"arah_turun":                       {"turun", "lower"},
	"tren_membaik":                     {"membaik", "improving"},
	"tren_memburuk":                    {"memburuk", "getting worse"},
	"tren_tetap":                       {"tetap", "unchanged"},
	"lbl_nilai_tinggi_sektor_memburuk": {"nilai tinggi, hasil sektor memburuk", "high ratings, outcomes getting worse"},
	"lbl_nilai_rendah_sektor_baik":     {"nilai rendah, hasil sektor baik", "low ratings, good outcomes"},
	"keselarasan_sektor":               {"Keselarasan dengan hasil sektor", "Alignment with sector outcomes"},
	// Rank correlations (honest uncertainty).
	"korelasi":           {"Korelasi peringkat (Spearman)", "Rank correlation (Spearman)"},
	"korelasi_ukuran":    {"% Sangat Baik terhadap", "% Outstanding against"},
	"korelasi_ikm":       {"IKM", "IKM"},
	"korelasi_sektor":    {"capaian sektor", "sector attainment"},
	"rho":                {"ρ", "ρ"},
	"ci_bawah":           {"Batas bawah 95 %", "95 % lower bound"},
	"ci_atas":            {"Batas atas 95 %", "95 % upper bound"},
	"n_unit":             {"Unit (n)", "Units (n)"},
	"keterangan":         {"Keterangan", "Note"},
	"terlalu_sedikit":    {"terlalu sedikit unit (kurang dari 8): korelasi tidak dibaca", "too few units (fewer than 8): the correlation is not read"},
	"korelasi_tidak_ada": {"tidak dapat dihitung", "cannot be computed"},
	"korelasi_note": {"ρ = +1: unit yang nilainya tertinggi juga yang hasilnya terbaik; −1: sebaliknya. Interval 95 % dengan transformasi z Fisher (galat baku √(1,06/(n−3))); kurang dari 8 unit: terlalu sedikit untuk dibaca.",
		"ρ = +1: the units rated best also do best; −1: the opposite. 95 % interval by Fisher's z (standard error √(1.06/(n−3))); fewer than 8 units: too few to read."},

	// Indicator names (ind_<indikator>); on Indonesian pages the mart's
	// nama_indikator is shown.
	"ind_pasien_dilayani":    {"Pasien dilayani", "Patients served"},
	"ind_kunjungan_pasien":   {"Kunjungan pasien", "Patient visits"},
	"ind_kepuasan_pasien":    {"Kepuasan pasien", "Patient satisfaction"},
	"ind_waktu_tunggu":       {"Waktu tunggu", "Waiting time"},
	"ind_waktu_tunggu_menit": {"Waktu tunggu (menit)", "Waiting time (minutes)"},
	"ind_kehadiran_guru":     {"Kehadiran guru", "Teacher attendance"},
	"ind_hasil_belajar":      {"Hasil belajar", "Learning results"},
	"ind_nilai_rata_rata":    {"Nilai rata-rata (hasil belajar)", "Mean score (learning results)"},
	"ind_metode_mengajar":    {"Metode mengajar", "Teaching method"},
	// Units of indicator values (satuan).
	"satuan":           {"Satuan", "Unit of measure"},
	"satuan_persen":    {"persen", "percent"},
	"satuan_orang":     {"orang", "people"},
	"satuan_menit":     {"menit", "minutes"},
	"satuan_nilai":     {"nilai", "score"},
	"satuan_jiwa":      {"jiwa", "people"},
	"satuan_pasien":    {"pasien", "patients"},
	"satuan_jam":       {"jam", "hours"},
	"satuan_hari":      {"hari", "days"},
	"satuan_kunjungan": {"kunjungan", "visits"},
}

// IndicatorLabel names a sector indicator: on an Indonesian page the
// mart's nama_indikator when it has one, else the label of its code (its
// words when it has none).
func IndicatorLabel(lang, code, nama string) string {
	if lang == LangID && nama != "" {
		return nama
	}
	return codeLabel(lang, "ind_", code)
}

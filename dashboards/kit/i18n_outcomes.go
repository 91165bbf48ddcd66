package kit

// The texts of the sections issue 13 added (sector outcomes, Promosi, the
// 360 view, IKM per element, the employees' responses, teams, uncertainty):
// index 0 Bahasa Indonesia, index 1 English.

func init() { addLabels(outcomeLabels) }

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

	// Promosi (promosi.html).
	"nav_promosi": {"Promosi", "Promotions"},
	"promo_intro": {"Kenaikan jabatan dan golongan per kabupaten/kota: berapa yang berasal dari dalam dan dari luar kelompok promosi (kotak 7–9 dari 9 kotak talenta) sebelum kenaikannya.", "Promotions in position and grade per regency/city: how many came from inside and how many from outside the promotion pool (boxes 7–9 of the 9-box) before the promotion."},
	"promo_arti":  {"Apa arti \"di luar kelompok promosi\"", "What \"outside the promotion pool\" means"},
	"promo_arti_note": {"Sebuah promosi dihitung \"di luar kelompok promosi\" bila pegawai yang dipromosikan, sebelum kenaikannya, berada di kotak 1–6 dari 9 kotak talenta: menurut penilaian atasan terakhir yang berakhir sebelum tanggal kenaikan dan penilaian potensi terakhir pada tahun itu atau sebelumnya. Kelompok promosi adalah kotak 7–9 (PermenPANRB 3/2020). Promosi tanpa salah satu dari keduanya dihitung \"data tidak lengkap\", tidak di dalam dan tidak di luar. Di luar bukan berarti melanggar: ia menandai promosi yang patut dijelaskan.",
		"A promotion counts as \"outside the promotion pool\" when the person promoted was, before the promotion, in box 1–6 of the 9-box: by their latest supervisor appraisal that ended before the promotion date and their latest potential assessment of that year or earlier. The promotion pool is boxes 7–9 (PermenPANRB 3/2020). A promotion without either counts as \"incomplete data\", neither inside nor outside. Outside is not a breach: it marks a promotion that deserves an explanation."},
	"promo_wilayah":       {"Promosi per wilayah: di dalam dan di luar kelompok promosi", "Promotions per region: inside and outside the promotion pool"},
	"promo_wilayah_note":  {"Jumlah orang; kelompok kurang dari 5 orang ditampilkan \"<5\", dan angka yang akan membukanya lewat jumlah baris, kolom atau tahun ditampilkan \"×\". Persentase di luar dihitung atas promosi yang dapat diperiksa (di dalam + di luar).", "Head counts; a group of fewer than 5 people shows as \"<5\", and a count that would give it away through a row, column or year total as \"×\". The share outside is of the promotions that could be checked (inside + outside)."},
	"promo_tren":          {"Tren: promosi dari luar kelompok promosi per tahun", "Trend: promotions from outside the promotion pool per year"},
	"promo_tren_note":     {"Garis: % di luar kelompok promosi, semua wilayah; batang galat: interval Wilson 95 %. Tabel: setiap wilayah per tahun.", "Line: % outside the promotion pool, every region; error bars: the 95 % Wilson interval. Table: every region per year."},
	"promo_kenaikan":      {"Promosi", "Promotions"},
	"promo_jabatan":       {"Naik jabatan", "Position promotions"},
	"promo_dalam":         {"Dari dalam kelompok promosi", "From inside the pool"},
	"promo_luar":          {"Dari luar kelompok promosi", "From outside the pool"},
	"promo_persen_luar":   {"% dari luar", "% from outside"},
	"promo_tidak_lengkap": {"Data tidak lengkap", "Incomplete data"},
	"semua_wilayah":       {"Semua wilayah", "All regions"},
	"ci95":                {"Interval 95 %", "95 % interval"},

	// IKM per unsur (unit pages).
	"sec_unsur": {"IKM per unsur pelayanan", "IKM per service element"},
	"sec_unsur_note": {"Sembilan unsur survei kepuasan masyarakat (PermenPANRB 14/2017): nilai rata-rata (NRR, 1–4) dan nilai unsur pada skala IKM (25 × NRR). Merah: unsur terlemah, tempat perbaikan dimulai. Garis C, B, A: batas mutu pelayanan (65,00; 76,61; 88,31).",
		"The nine elements of the public satisfaction survey (PermenPANRB 14/2017): mean score (NRR, 1–4) and the element on the IKM scale (25 × NRR). Red: the weakest element, where improvement starts. Lines C, B, A: the service quality bands (65.00; 76.61; 88.31)."},
	"unsur_ikm":      {"Unsur", "Element"},
	"nrr":            {"NRR (1–4)", "Mean score (1–4)"},
	"ikm_unsur":      {"Nilai unsur (IKM)", "Element score (IKM)"},
	"terlemah":       {"Terlemah", "Weakest"},
	"terlemah_ya":    {"terlemah", "weakest"},
	"unsur_terlemah": {"Unsur terlemah", "Weakest element"},
	"sampel":         {"Sampel survei IKM", "IKM survey sample"},
	"sampel_minimum": {"Sampel minimum", "Minimum sample"},
	"sampel_cukup":   {"Sampel cukup", "Sample sufficient"},
	"sampel_kalimat": {"berdasarkan %s responden; minimum %s", "based on %s respondents; minimum %s"},
	"indikatif":      {"hasil indikatif", "indicative result"},
	"sampel_note": {"Sampel minimum menurut PermenPANRB 14/2017 (tabel Krejcie dan Morgan) untuk jumlah pengguna layanan unit pada periode itu (populasi: permohonan, atau indikator pasien/siswa yang dilayani). Responden kurang dari minimum: IKM hanya indikatif.",
		"The minimum sample per PermenPANRB 14/2017 (Krejcie and Morgan's table) for the unit's service users in the period (population: applications, or the patients/pupils served indicator). Fewer respondents than the minimum: the IKM is indicative only."},
	"sumber_populasi":   {"Sumber populasi", "Population source"},
	"unsur_persyaratan": {"Persyaratan", "Requirements"},
	"unsur_prosedur":    {"Sistem, mekanisme, dan prosedur", "Systems, mechanisms and procedures"},
	"unsur_waktu":       {"Waktu penyelesaian", "Completion time"},
	"unsur_biaya":       {"Biaya/tarif", "Cost/fee"},
	"unsur_produk":      {"Produk spesifikasi jenis pelayanan", "Service product specification"},
	"unsur_kompetensi":  {"Kompetensi pelaksana", "Staff competence"},
	"unsur_perilaku":    {"Perilaku pelaksana", "Staff conduct"},
	"unsur_pengaduan":   {"Penanganan pengaduan, saran dan masukan", "Handling of complaints and suggestions"},
	"unsur_sarana":      {"Sarana dan prasarana", "Facilities and infrastructure"},

	// Penilaian 360 derajat (unit pages).
	"sec_360": {"Penilaian 360°: diri, rekan dan atasan", "360° appraisal: self, peers and supervisor"},
	"sec_360_note": {"Setiap penilaian diberi skor: di bawah ekspektasi = 1, sesuai = 2, di atas = 3, rata-rata hasil kerja dan perilaku kerja. Selisih diri − atasan: rata-rata, atas pegawai yang menilai dirinya, dari (skor diri − skor atasan); positif = pegawai menilai dirinya lebih tinggi daripada atasannya. Selisih rekan − atasan sama, atas pegawai yang dinilai rekan. Rata-rata atas kurang dari 5 pegawai ditampilkan \"<5\".",
		"Each appraisal is scored: below expectation = 1, as expected = 2, above = 3, the mean of work results and work behaviour. Gap self − supervisor: the mean, over the people who rated themselves, of (self score − supervisor score); positive = people rate themselves higher than their supervisor does. Gap peers − supervisor likewise, over the people rated by peers. A mean over fewer than 5 people shows as \"<5\"."},
	"sec_360_aturan": {"Aturan penilai lunak dan ketat: seorang atasan yang menilai sedikitnya 5 pegawai dalam periode itu disebut lunak bila ≥ 80 % pegawainya dinilai di atas ekspektasi pada hasil kerja, atau skor rata-ratanya ≥ 0,5 di atas rata-rata unit yang dinilainya; ketat bila ≥ 50 % dinilai di bawah ekspektasi, atau skor rata-ratanya ≥ 0,5 di bawah; selain itu wajar. Penilai dihitung pada unit tempatnya bekerja; hanya jumlah yang ditampilkan, tanpa nama.",
		"The lenient and severe rater rule: a supervisor who rated at least 5 people in the period is lenient when ≥ 80 % of them were rated above expectation on work results, or their mean score is ≥ 0.5 above the mean of the units they rated; severe when ≥ 50 % were rated below expectation, or the mean is ≥ 0.5 below; otherwise fair. Raters are counted in the unit they work in; only counts are shown, no names."},
	"selisih_360":          {"Selisih terhadap atasan", "Gap to the supervisor"},
	"selisih_diri_atasan":  {"Selisih diri − atasan", "Gap self − supervisor"},
	"selisih_rekan_atasan": {"Selisih rekan − atasan", "Gap peers − supervisor"},
	"rata_atasan":          {"Skor atasan", "Supervisor score"},
	"rata_diri":            {"Skor diri", "Self score"},
	"rata_rekan":           {"Skor rekan", "Peer score"},
	"pegawai_atasan":       {"Dinilai atasan", "Rated by supervisor"},
	"pegawai_diri":         {"Menilai diri", "Rated themselves"},
	"pegawai_rekan":        {"Dinilai rekan", "Rated by peers"},
	"penilai_cukup":        {"Penilai ≥ 5 pegawai", "Raters of ≥ 5 people"},
	"penilai_ketat":        {"Penilai ketat", "Severe raters"},
	"penilai_wajar":        {"Penilai wajar", "Fair raters"},
	"skor_360":             {"Selisih skor (1–3)", "Score gap (1–3)"},

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

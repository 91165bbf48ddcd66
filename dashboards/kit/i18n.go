package kit

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Languages of the site: Indonesian at the root, English under en/.
const (
	LangID = "id"
	LangEN = "en"
)

var Languages = []string{LangID, LangEN}

// Labels is the one table of every user-facing text, keyed by a stable id:
// index 0 is Bahasa Indonesia, index 1 English.
// addLabels adds the texts of one part of the site to Labels. A key two
// parts both define is a programming error (one would silently replace the
// other's text on every page): it panics when the package loads.
func addLabels(m map[string][2]string) {
	for k, v := range m {
		if _, ok := Labels[k]; ok {
			panic("kit: label " + k + " is defined twice")
		}
		Labels[k] = v
	}
}

var Labels = map[string][2]string{
	"beranda":                        {"Beranda", "Home"},
	"wilayah":                        {"Wilayah", "Region"},
	"unit":                           {"Unit kerja", "Work unit"},
	"provinsi":                       {"Provinsi", "Province"},
	"sektor":                         {"Sektor", "Sector"},
	"periode":                        {"Periode", "Period"},
	"tahun":                          {"Tahun", "Year"},
	"layanan":                        {"Layanan", "Service"},
	"twin":                           {"English", "Bahasa Indonesia"},
	"twin_lang":                      {"en", "id"},
	"no_data":                        {"Tidak ada data", "No data"},
	"small_note":                     {"\"<5\": kelompok kurang dari 5 orang; angka dan persentase tidak ditampilkan. \"×\": angka disembunyikan karena akan membuka angka \"<5\" lewat jumlah baris atau kolom (bisa 0, bisa banyak).", "\"<5\": group of fewer than 5 people; counts and percentages are withheld. \"×\": withheld because it would give a \"<5\" figure away through a row or column total (it may be 0 or many)."},
	"data_per":                       {"Data per", "Data as of"},
	"sources":                        {"Sumber data", "Data sources"},
	"print":                          {"Cetak / PDF", "Print / PDF"},
	"printed_on":                     {"dicetak", "printed"},
	"sheet":                          {"halaman", "page"},
	"batches":                        {"batch sumber", "source batches"},
	"csv":                            {"Unduh tabel (CSV)", "Download table (CSV)"},
	"skip":                           {"Lewati ke isi", "Skip to content"},
	"back_region":                    {"Kembali ke wilayah", "Back to region"},
	"index_title":                    {"Kinerja ASN dan layanan publik per kabupaten/kota", "Civil-service performance and public services by regency/city"},
	"index_intro":                    {"Angka triwulan terakhir per kabupaten/kota. Pilih wilayah untuk rincian per unit kerja.", "Latest-quarter figures per regency/city. Choose a region for details per work unit."},
	"latest_quarter":                 {"Triwulan terakhir", "Latest quarter"},
	"latest_year":                    {"Tahun terakhir", "Latest year"},
	"pegawai_dinilai":                {"Pegawai dinilai", "Employees appraised"},
	"unit_dinilai":                   {"Unit dinilai", "Units appraised"},
	"persen_sb":                      {"% Sangat Baik", "% Outstanding (Sangat Baik)"},
	"ikm":                            {"IKM", "Satisfaction index (IKM)"},
	"mutu":                           {"Mutu", "Grade"},
	"responden":                      {"Responden", "Respondents"},
	"median_ktp":                     {"Median jam KTP-el", "Median hours, e-ID (KTP-el)"},
	"median_jam":                     {"Median (jam)", "Median (hours)"},
	"p90_jam":                        {"P90 (jam)", "P90 (hours)"},
	"batas_jam":                      {"Standar (jam)", "Standard (hours)"},
	"tepat_waktu":                    {"% tepat waktu", "% on time"},
	"permohonan":                     {"Permohonan", "Requests"},
	"selesai":                        {"Selesai", "Completed"},
	"backlog":                        {"Backlog", "Backlog"},
	"backlog_prev":                   {"Backlog sebelumnya", "Previous backlog"},
	"kurang_20":                      {"% < 20 JP", "% < 20 training hours"},
	"pegawai":                        {"Pegawai", "Employees"},
	"pegawai_kurang_20":              {"Pegawai < 20 JP", "Employees < 20 hours"},
	"rata_jp":                        {"Rata-rata JP", "Mean training hours"},
	"sebelumnya":                     {"triwulan sebelumnya", "previous quarter"},
	"perubahan":                      {"Perubahan", "Change"},
	"trend_sb":                       {"% Sangat Baik per triwulan", "% Outstanding per quarter"},
	"trend_ikm":                      {"IKM per triwulan", "Satisfaction index (IKM) per quarter"},
	"sec_headline":                   {"Angka utama", "Headline figures"},
	"sec_predikat":                   {"Distribusi predikat per periode", "Rating (predikat) distribution per period"},
	"sec_predikat_note":              {"Persentase pegawai per predikat; tabel berisi jumlah orang.", "Share of employees per rating; the table holds head counts."},
	"sec_units":                      {"Per unit kerja: % Sangat Baik dan IKM", "Per work unit: % Outstanding and IKM"},
	"sec_quadrant":                   {"Nilai kinerja vs. layanan", "Ratings vs. service"},
	"sec_quadrant_note":              {"Setiap titik satu unit: sumbu x IKM, sumbu y % Sangat Baik. Garis putus-putus: IKM dan % Sangat Baik wilayah pada periode itu (seluruh responden dan pegawai, termasuk unit yang disamarkan).", "Each point is one unit: x = IKM, y = % Outstanding. Dashed lines: the region's IKM and % Outstanding in the period (all its respondents and staff, masked units included)."},
	"sec_service":                    {"Waktu layanan terhadap standar", "Service turnaround against the standard"},
	"sec_service_note":               {"Median jam penyelesaian per triwulan (rata-rata tertimbang permohonan antar unit) dan standar pelayanan.", "Median hours to completion per quarter (request-weighted across units) and the service standard."},
	"sec_ikm":                        {"IKM per unit dan mutu A–D", "IKM per unit with grades A–D"},
	"sec_ikm_note":                   {"Mutu: D 25,00–64,99; C 65,00–76,60; B 76,61–88,30; A 88,31–100.", "Grades: D 25.00–64.99; C 65.00–76.60; B 76.61–88.30; A 88.31–100."},
	"sec_berakhlak":                  {"Kekurangan nilai BerAKHLAK", "BerAKHLAK core-value shortfall"},
	"sec_berakhlak_note":             {"% pegawai di bawah ekspektasi per nilai.", "% of employees below expectation per value."},
	"sec_jp":                         {"Pengembangan kompetensi: 20 JP per tahun", "Competency development: 20 hours a year"},
	"sec_jp_note":                    {"% pegawai dengan kurang dari 20 JP dalam setahun.", "% of employees with fewer than 20 lesson hours (JP) in the year."},
	"sec_alerts":                     {"Peringatan", "Alerts"},
	"sec_trend":                      {"Tren % Sangat Baik dan IKM", "Trend of % Outstanding and IKM"},
	"sec_units_list":                 {"Unit kerja", "Work units"},
	"sec_regions":                    {"Kabupaten/kota", "Regencies and cities"},
	"alert_mismatch":                 {"Nilai tinggi, layanan buruk", "High ratings, poor service"},
	"alert_lunak":                    {"Penilai lunak", "Lenient raters"},
	"alert_berakhlak":                {"Nilai BerAKHLAK dengan ≥ 30% di bawah ekspektasi", "BerAKHLAK values with ≥ 30% below expectation"},
	"alert_jp":                       {"Unit dengan ≥ 25% pegawai < 20 JP", "Units with ≥ 25% of employees under 20 hours"},
	"alert_service":                  {"Layanan < 50% tepat waktu atau backlog naik", "Services < 50% on time or growing backlog"},
	"alert_none":                     {"Tidak ada peringatan.", "No alerts."},
	"id_penilai":                     {"Penilai (pseudonim)", "Rater (pseudonym)"},
	"jabatan":                        {"Jabatan", "Position"},
	"dinilai":                        {"Dinilai", "Appraised"},
	"persen_di_atas":                 {"% di atas ekspektasi", "% above expectation"},
	"persen_di_bawah":                {"% di bawah ekspektasi", "% below expectation"},
	"nilai":                          {"Nilai", "Value"},
	"keselarasan":                    {"Keselarasan", "Alignment"},
	"peringkat_nilai":                {"Peringkat nilai", "Rating rank"},
	"peringkat_layanan":              {"Peringkat layanan", "Service rank"},
	"alasan":                         {"Alasan", "Reason"},
	"reason_tepat":                   {"tepat waktu < 50%", "on time < 50%"},
	"reason_backlog":                 {"backlog naik", "backlog growing"},
	"standar":                        {"Standar", "Standard"},
	"lbl_nilai_tinggi_layanan_buruk": {"nilai tinggi, layanan buruk", "high ratings, poor service"},
	"lbl_nilai_rendah_layanan_baik":  {"nilai rendah, layanan baik", "low ratings, good service"},
	"lbl_selaras":                    {"selaras", "aligned"},
	"pred_sangat_baik":               {"Sangat Baik", "Outstanding"},
	"pred_baik":                      {"Baik", "Good"},
	"pred_butuh_perbaikan":           {"Butuh Perbaikan", "Needs improvement"},
	"pred_kurang":                    {"Kurang/Misconduct", "Poor/Misconduct"},
	"pred_sangat_kurang":             {"Sangat Kurang", "Very poor"},
	"val_berorientasi_pelayanan":     {"Berorientasi Pelayanan", "Service-oriented"},
	"val_akuntabel":                  {"Akuntabel", "Accountable"},
	"val_kompeten":                   {"Kompeten", "Competent"},
	"val_harmonis":                   {"Harmonis", "Harmonious"},
	"val_loyal":                      {"Loyal", "Loyal"},
	"val_adaptif":                    {"Adaptif", "Adaptive"},
	"val_kolaboratif":                {"Kolaboratif", "Collaborative"},
	"lay_KTP_EL":                     {"KTP-el", "e-ID card (KTP-el)"},
	"lay_KK":                         {"Kartu Keluarga", "Family card (KK)"},
	"lay_AKTA_LAHIR":                 {"Akta kelahiran", "Birth certificate"},
	"lay_AKTA_MATI":                  {"Akta kematian", "Death certificate"},
	"lay_AKTA_KAWIN":                 {"Akta perkawinan", "Marriage certificate"},
	"lay_PINDAH":                     {"Surat pindah", "Moving certificate"},
	"lay_KIA":                        {"KIA", "Child ID (KIA)"},
}

// Tr returns the label for key in lang; an unknown key returns fallback
// (or the key itself), so data codes without a label still show.
func Tr(lang, key string) string {
	return TrOr(lang, key, key)
}

func TrOr(lang, key, fallback string) string {
	l, ok := Labels[key]
	if !ok {
		return fallback
	}
	if lang == LangEN {
		return l[1]
	}
	return l[0]
}

// FmtNum formats a number with the language's decimal separator.
func FmtNum(lang string, v float64, dec int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	// Most figures are small: no thousands separator, one allocation.
	if v > -999 && v < 999 {
		if dec == 0 && v == math.Trunc(v) && v >= 0 {
			return strconv.Itoa(int(v)) // 0-99 are not even allocated
		}
		var buf [24]byte
		b := strconv.AppendFloat(buf[:0], v, 'f', dec, 64)
		if b[0] == '-' && strings.Trim(string(b[1:]), "0.") == "" {
			b = b[1:] // -0.0
		}
		if lang == LangID {
			for i, c := range b {
				if c == '.' {
					b[i] = ','
				}
			}
		}
		return string(b)
	}
	s := strconv.FormatFloat(v, 'f', dec, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	thou, decSep := ",", "."
	if lang == LangID {
		thou, decSep = ".", ","
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(thou)
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += decSep + frac
	}
	if neg && strings.Trim(out, "0.,") != "" {
		out = "-" + out
	}
	return out
}

var monthNames = [2][12]string{
	{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"},
	{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// FmtLongDate writes a date as people write it in lang: "3 Desember 2026",
// "3 December 2026".
func FmtLongDate(lang string, t time.Time) string {
	i := 0
	if lang == LangEN {
		i = 1
	}
	return strconv.Itoa(t.Day()) + " " + monthNames[i][t.Month()-1] + " " + strconv.Itoa(t.Year())
}

package dashboards

import (
	"fmt"
	"regexp"
	"strings"

	"kinerja/dashboards/kit"
)

// Ingest writes its quarantine reasons in English, naming codes as the
// files hold them ("not di_atas, sesuai or di_bawah (ekspektasi): '…'",
// "NIP must be 18 digits, got 17"); the data-quality page shows each in the
// page's language. A reason of a form not listed here is shown as ingest
// wrote it.

// quarantinePattern is one form of reason: the Indonesian and English
// templates take the regexp's groups in order (%[1]s, %[2]s, ...).
type quarantinePattern struct {
	re     *regexp.Regexp
	id, en string
}

var quarantinePatterns = []quarantinePattern{
	{regexp.MustCompile(`^cannot read ('.*')$`), "tidak terbaca: %[1]s", "cannot read %[1]s"},
	{regexp.MustCompile(`^required field is empty$`), "kolom wajib kosong", "required field is empty"},
	{regexp.MustCompile(`^one of (.+) is required$`), "salah satu dari %[1]s wajib diisi", "one of %[1]s is required"},
	{regexp.MustCompile(`^NIP must be 18 digits, got ([0-9]+)$`), "NIP harus 18 digit, tertulis %[1]s digit", "NIP must be 18 digits, got %[1]s"},
	{regexp.MustCompile(`^NIP must be 18 digits, got ('.*')$`), "NIP harus 18 digit angka, tertulis %[1]s", "NIP must be 18 digits, got %[1]s"},
	{regexp.MustCompile(`^NIP birth date (\S+) is not a real date$`), "tanggal lahir pada NIP (%[1]s) bukan tanggal yang ada", "NIP birth date %[1]s is not a real date"},
	{regexp.MustCompile(`^NIP appointment month (\S+) is not 01-12 \(PNS\) nor 2x \(PPPK\)$`),
		"bulan pengangkatan pada NIP (%[1]s) bukan 01-12 (PNS) atau 2x (PPPK)", "NIP appointment month %[1]s is not 01-12 (PNS) nor 2x (PPPK)"},
	{regexp.MustCompile(`^NIP appointment year (\S+) is before age 18$`), "tahun pengangkatan pada NIP (%[1]s) sebelum usia 18 tahun", "NIP appointment year %[1]s is before age 18"},
	{regexp.MustCompile(`^NIP appointment (\S+) is in the future$`), "pengangkatan pada NIP (%[1]s) ada di masa depan", "NIP appointment %[1]s is in the future"},
	{regexp.MustCompile(`^NIP gender digit (\S+) is not 1 or 2$`), "digit jenis kelamin pada NIP (%[1]s) bukan 1 atau 2", "NIP gender digit %[1]s is not 1 or 2"},
	{regexp.MustCompile(`^NIP sequence 000 is not issued \(digits rounded away\?\)$`),
		"nomor urut 000 pada NIP tidak pernah diterbitkan (digitnya terbulatkan?)", "NIP sequence 000 is not issued (digits rounded away?)"},
	{regexp.MustCompile(`^NIP in scientific notation: Excel rounded its digits away$`),
		"NIP dalam notasi ilmiah: Excel membulatkan digitnya", "NIP in scientific notation: Excel rounded its digits away"},
	{regexp.MustCompile(`^capaian IKI must be a percentage 0-1000, got (.+)$`), "capaian IKI harus persentase 0-1000, tertulis %[1]s", "IKI achievement must be a percentage 0-1000, got %[1]s"},
	{regexp.MustCompile(`^population cannot be negative$`), "jumlah penduduk tidak boleh negatif", "population cannot be negative"},
	{regexp.MustCompile(`^finished \((.+) WIB\) before it was submitted \((.+) WIB\)$`),
		"selesai (%[1]s WIB) sebelum diajukan (%[2]s WIB)", "finished (%[1]s WIB) before it was submitted (%[2]s WIB)"},
	{regexp.MustCompile(`^status selesai but no finish time$`), "status selesai tetapi tanpa waktu selesai", "status 'finished' (selesai) but no finish time"},
	{regexp.MustCompile(`^status proses but a finish time is given$`), "status proses tetapi ada waktu selesai", "status 'in progress' (proses) but a finish time is given"},
	{regexp.MustCompile(`^the standard time must be positive$`), "waktu standar harus lebih dari nol", "the standard time must be positive"},
	{regexp.MustCompile(`^no element of the survey is answered$`), "tidak ada unsur survei yang dijawab", "no element of the survey is answered"},
	{regexp.MustCompile(`^JP must be between 0 and 1000, got (.+)$`), "JP harus antara 0 dan 1000, tertulis %[1]s", "training hours (JP) must be between 0 and 1000, got %[1]s"},
	{regexp.MustCompile(`^ends before it starts$`), "berakhir sebelum dimulai", "ends before it starts"},
	{regexp.MustCompile(`^identical to line ([0-9]+): loaded once$`), "sama dengan baris %[1]s: dimuat sekali", "identical to line %[1]s: loaded once"},
	{regexp.MustCompile(`^duplicate (.+) in the same file \(first on line ([0-9]+)\)$`),
		"%[1]s ganda dalam berkas yang sama (pertama di baris %[2]s)", "duplicate %[1]s in the same file (first on line %[2]s)"},
}

// quarantineExpected are ingest's "not <what the field expects>" texts
// (ingest.expected) in Indonesian and English; the accepted codes are
// written as words.
var quarantineExpected = map[string][2]string{
	"a date (2025-03-31, 31/03/2025, 31 Maret 2025)": {"tanggal (2025-03-31, 31/03/2025, 31 Maret 2025)", "a date (2025-03-31, 31/03/2025, 31 Maret 2025)"},
	"a timestamp (2025-03-31 09:15[:00], 31/03/2025 09:15 or 31 Maret 2025 09:15; zone WIB, WITA, WIT or +07:00)": {
		"waktu (2025-03-31 09:15[:00], 31/03/2025 09:15 atau 31 Maret 2025 09:15; zona WIB, WITA, WIT atau +07:00)",
		"a timestamp (2025-03-31 09:15[:00], 31/03/2025 09:15 or 31 Maret 2025 09:15; zone WIB, WITA, WIT or +07:00)"},
	"a number (85.5 or 85,5)": {"angka (85.5 atau 85,5)", "a number (85.5 or 85,5)"},
	"a whole number":          {"bilangan bulat", "a whole number"},
	"a period (2025, 2025-S1, 2025-Q3, 2025-TW3, 2025-07)": {"periode (2025, 2025-S1, 2025-Q3, 2025-TW3, 2025-07)", "a period (2025, 2025-S1, 2025-Q3, 2025-TW3, 2025-07)"},
	"a kode wilayah (14, 14.72 or 1472)":                   {"kode wilayah (14, 14.72 atau 1472)", "a region code (14, 14.72 or 1472)"},
	"an answer 1-4 or a-d":                                 {"jawaban 1-4 atau a-d", "an answer 1-4 or a-d"},
	"di_atas, sesuai or di_bawah (ekspektasi)":             {"di atas, sesuai atau di bawah ekspektasi", "above, as or below expectation"},
	"sangat_baik, baik, butuh_perbaikan, kurang or sangat_kurang": {"predikat (Sangat Baik, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang)",
		"a rating (Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang)"},
	"istimewa, baik, butuh_perbaikan, kurang or sangat_kurang": {"capaian kinerja organisasi (Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang)",
		"an organisational rating (Istimewa, Baik, Butuh Perbaikan, Kurang or Sangat Kurang)"},
	"atasan, diri, rekan or bawahan": {"atasan, diri, rekan atau bawahan", "a feedback source (atasan, diri, rekan or bawahan)"},
	"PNS or PPPK":                    {"PNS atau PPPK", "PNS or PPPK"},
	"struktural, fungsional or pelaksana (JPT, JF, JA)": {"struktural, fungsional atau pelaksana (JPT, JF, JA)",
		"a position type (struktural, fungsional or pelaksana; JPT, JF, JA)"},
	"provinsi or kabkota":                   {"provinsi atau kabupaten/kota", "a level (provinsi or kabkota)"},
	"loket, online or jemput_bola":          {"loket, daring atau jemput bola", "a channel (loket, online or jemput bola)"},
	"selesai, proses or ditolak":            {"selesai, proses atau ditolak", "a status (selesai, proses or ditolak)"},
	"teknis, manajerial or sosial_kultural": {"teknis, manajerial atau sosial kultural", "a competency type (teknis, manajerial or sosial kultural)"},
	"rendah, menengah or tinggi":            {"rendah, menengah atau tinggi", "a potential (rendah, menengah or tinggi)"},
	"naik or turun":                         {"naik atau turun", "a direction (naik or turun)"},
}

var notExpected = regexp.MustCompile(`^not (.+): ('.*')$`)

// quarantineReason is one quarantine reason (masked by maskReason) in lang.
func quarantineReason(lang, reason string) string {
	i := 0
	if lang == kit.LangEN {
		i = 1
	}
	if m := notExpected.FindStringSubmatch(reason); m != nil {
		if e, ok := quarantineExpected[m[1]]; ok {
			if i == 0 {
				return "bukan " + e[0] + ": " + m[2]
			}
			return "not " + e[1] + ": " + m[2]
		}
	}
	for _, p := range quarantinePatterns {
		if m := p.re.FindStringSubmatch(reason); m != nil {
			args := make([]any, len(m)-1)
			for j := range args {
				args[j] = m[j+1]
			}
			return fmt.Sprintf([2]string{p.id, p.en}[i], args...)
		}
	}
	return reason
}

// batchReason matches one "field: reason (count)" of mart.data_quality's
// alasan_karantina ('; '-separated; a reason may hold "; " itself).
var batchReason = regexp.MustCompile(`(?:([a-z0-9_-]+): )?(.*?) \(([0-9]+)\)(?:; |$)`)

// batchReasons is alasan_karantina in lang; a text not of that form
// throughout is shown as it is.
func batchReasons(lang, s string) string {
	var out []string
	end := 0
	for _, m := range batchReason.FindAllStringSubmatchIndex(s, -1) {
		if m[0] != end {
			return s
		}
		end = m[1]
		r := quarantineReason(lang, s[m[4]:m[5]]) + " (" + s[m[6]:m[7]] + ")"
		if m[2] >= 0 {
			r = s[m[2]:m[3]] + ": " + r
		}
		out = append(out, r)
	}
	if end != len(s) {
		return s
	}
	return strings.Join(out, "; ")
}

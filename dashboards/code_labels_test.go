package dashboards

import (
	"testing"

	"kinerja/dashboards/kit"
)

// The label functions of the code domains and the reason sentences (issue
// 12, point 6): each case would show a code, English on an Indonesian page
// or Indonesian on an English page if the translation were missing.
func TestCodeLabels(t *testing.T) {
	t.Parallel()
	cases := []struct{ got, want string }{
		{kit.CompetencyTypeLabel(kit.LangID, "sosial_kultural"), "Sosial kultural"},
		{kit.CompetencyTypeLabel(kit.LangEN, "sosial_kultural"), "Socio-cultural"},
		{kit.SectorLabel(kit.LangID, "kesehatan"), "Kesehatan"},
		{kit.SectorLabel(kit.LangEN, "kependudukan"), "Civil registration"},
		{kit.SectorLabel(kit.LangEN, "pekerjaan_umum"), "Pekerjaan umum"}, // no label: words, never the code
		{kit.RatingOrgLabel(kit.LangEN, "istimewa"), "Outstanding"},
		{kit.RatingOrgLabel(kit.LangID, "butuh_perbaikan"), "Butuh Perbaikan"},
		{kit.SourceKindLabel(kit.LangID, "service_requests"), "Permohonan layanan"},
		{kit.FocusLabel(kit.LangEN, "Pemenuhan 20 JP"), "Meeting the 20 hours"},
		{kit.FocusLabel(kit.LangEN, "Integritas"), "Integrity"},
		{kit.FocusLabel(kit.LangID, "Integritas"), "Integritas"},
		{kit.FocusLabel(kit.LangEN, "Kompetensi baru"), "Kompetensi baru"}, // unknown: as the mart writes it
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: %q, want %q", i, c.got, c.want)
		}
	}
}

func TestCodeColumnHeaders(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, code, name string }{{kit.LangID, "Kode wilayah", "Wilayah"}, {kit.LangEN, "Region code", "Region"}} {
		p := &kit.Page{Lang: c.lang}
		if a, b := p.Col("wilayah", "kode_wilayah"), p.Col("wilayah", "nama_wilayah"); a.Label != c.code || b.Label != c.name || a.Key != "kode_wilayah" {
			t.Errorf("%s: headers %q | %q, want %q | %q", c.lang, a.Label, b.Label, c.code, c.name)
		}
	}
	if u := (&kit.Page{Lang: kit.LangEN}).Col("unit", "kode_unit"); u.Label != "Unit code" {
		t.Errorf("unit code column headed %q", u.Label)
	}
}

func TestKurvaReason(t *testing.T) {
	t.Parallel()
	sh := func(v ...float64) (s [5]kit.Stat) {
		for i, x := range v {
			s[i] = kit.Stat{Value: x, Valid: true}
		}
		return s
	}
	small := sh(10, 20, 30, 40, 0)
	small[0] = kit.Stat{Valid: true, Small: true}
	cases := []struct {
		lang, alasan string
		shares       [5]kit.Stat
		want         string
	}{
		// The share as the table shows it: the mart rounded 81.25 up.
		{kit.LangID, "baik 81.3 % > 70 %", sh(10, 81.25, 8.75, 0, 0), "Baik 81,2 % melebihi batas 70 %"},
		{kit.LangEN, "baik 81.3 % > 70 %", sh(10, 81.25, 8.75, 0, 0), "Good 81.2 % is above the maximum of 70 %"},
		{kit.LangID, "sangat_baik (<5) is not the largest group", small, "Sangat Baik (<5 orang) bukan kelompok terbesar"},
		{kit.LangEN, "sangat_baik (12) is not the largest group; no butuh_perbaikan or kurang", sh(30, 70, 0, 0, 0),
			"Outstanding (12 people) is not the largest group; no one rated Needs improvement or Poor/Misconduct"},
		{kit.LangID, "baik 80.0 % > 70 %; no butuh_perbaikan or kurang", sh(20, 80, 0, 0, 0),
			"Baik 80,0 % melebihi batas 70 %; tidak ada Butuh Perbaikan atau Kurang/Misconduct"},
		{kit.LangID, "sangat_baik <5 > 10 %; butuh_perbaikan + kurang 5.0 % < 10 %", small,
			"Sangat Baik (<5 orang) melebihi batas 10 %; Butuh Perbaikan + Kurang/Misconduct 5,0 % kurang dari minimum 10 %"},
		{kit.LangEN, "<5", small, "<5"},
	}
	for _, c := range cases {
		if got := kurvaReason(c.lang, c.alasan, c.shares); got != c.want {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.alasan, got, c.want)
		}
	}
}

func TestQuarantineReasons(t *testing.T) {
	t.Parallel()
	cases := []struct{ lang, in, want string }{
		{kit.LangID, "NIP must be 18 digits, got 17", "NIP harus 18 digit, tertulis 17 digit"},
		{kit.LangEN, "NIP must be 18 digits, got 17", "NIP must be 18 digits, got 17"},
		{kit.LangID, "not di_atas, sesuai or di_bawah (ekspektasi): '…'", "bukan di atas, sesuai atau di bawah ekspektasi: '…'"},
		{kit.LangEN, "not di_atas, sesuai or di_bawah (ekspektasi): '…'", "not above, as or below expectation: '…'"},
		{kit.LangID, "not an answer 1-4 or a-d: '…'", "bukan jawaban 1-4 atau a-d: '…'"},
		{kit.LangID, "something new", "something new"},
	}
	for _, c := range cases {
		if got := quarantineReason(c.lang, c.in); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.in, got, c.want)
		}
	}
	// mart.data_quality's alasan_karantina: a reason may hold "; " itself.
	in := "nip: NIP must be 18 digits, got 17 (2); diajukan: not a timestamp (2025-03-31 09:15[:00], 31/03/2025 09:15 or 31 Maret 2025 09:15; zone WIB, WITA, WIT or +07:00): '…' (1)"
	want := "nip: NIP harus 18 digit, tertulis 17 digit (2); diajukan: bukan waktu (2025-03-31 09:15[:00], 31/03/2025 09:15 atau 31 Maret 2025 09:15; zona WIB, WITA, WIT atau +07:00): '…' (1)"
	if got := batchReasons(kit.LangID, in); got != want {
		t.Errorf("batch reasons:\n got %q\nwant %q", got, want)
	}
	if got := batchReasons(kit.LangID, "free text"); got != "free text" {
		t.Errorf("free text became %q", got)
	}
}

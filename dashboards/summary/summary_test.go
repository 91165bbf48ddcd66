package summary

import (
	"context"
	"database/sql"
	"math"
	"slices"
	"strings"
	"testing"

	"kinerja/dashboards/kit"
	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/transform"
	"kinerja/warehouse"
)

func ns(s string) sql.NullString   { return sql.NullString{String: s, Valid: true} }
func nf(v float64) sql.NullFloat64 { return sql.NullFloat64{Float64: v, Valid: true} }
func ni(v int64) sql.NullInt64     { return sql.NullInt64{Int64: v, Valid: true} }
func nb(v bool) sql.NullBool       { return sql.NullBool{Bool: v, Valid: true} }

// mk is the Fact of a row as the Scanner reads it.
func mk(r row) *Fact {
	f := r.fact(map[string]string{})
	return &f
}

// TestConditions: the condition language on one hand-made fact, NULLs as
// in SQL (a comparison with NULL, and a NULL boolean, are false).
func TestConditions(t *testing.T) {
	f := mk(row{Tingkat: "unit", Fakta: "berakhlak", Periode: "2025", PeriodeMulai: ns("2024"),
		Persen: nf(30), Jumlah: ni(6), Label: ns("nilai_tinggi_layanan_buruk"), SampelCukup: nb(false)})
	for _, c := range []struct {
		cond string
		want bool
	}{
		{"persen >= 30", true}, {"persen > 30", false}, {"persen < 30.5 and jumlah = 6", true},
		{"persen >= 30 and jumlah > 6", false}, {"persen > 50 or jumlah >= 6", true},
		{"label = 'nilai_tinggi_layanan_buruk'", true}, {"label != 'selaras'", true}, {"label <> 'selaras'", true},
		{"not sampel_cukup", true}, {"sampel_cukup", false},
		// NULL: nilai, terlalu_sedikit_unit and peringkat are not set
		{"nilai >= 0", false}, {"nilai < 0", false}, {"nilai != 1", false}, {"nilai is null", true}, {"nilai is not null", false},
		{"terlalu_sedikit_unit", false}, {"not terlalu_sedikit_unit", false}, {"peringkat = dari", false},
		{"periode_mulai != periode", true}, {"halaman = 'wilayah'", true}, {"tingkat = 'wilayah'", false},
		{"persen >= -1", true}, {"jumlah = dasar or persen = 30", true},
	} {
		cd, err := parseCond(c.cond)
		if err != nil {
			t.Errorf("%s: %v", c.cond, err)
			continue
		}
		if got := cd.eval(f, PageRegion); got != c.want {
			t.Errorf("%s: %v, want %v", c.cond, got, c.want)
		}
	}
	for _, bad := range []string{"persen >", "persen == 3", "nama_kepala = 'x'", "persen >= 30 and", "30", "not 'x'", "persen is 3", "label = 'open"} {
		if _, err := parseCond(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// TestTemplates: numbers in each language's format, optional parts, the
// [if ...] parts, a NULL that leaves a fact without a sentence, and tidy.
func TestTemplates(t *testing.T) {
	names := &Names{"jenis_periode": {"triwulan": {"triwulan", "quarter"}}, "satuan": {"menit": {"menit", "minutes"}},
		"indikator": {"waktu_tunggu_menit": {"waktu tunggu pasien", "patient waiting time"}}}
	f := mk(row{Fakta: "layanan", JenisPeriode: "triwulan", Subjek: ns("AKTA_LAHIR"), Nilai: nf(2.9667), PerubahanPersen: nf(-35.04),
		Target: nf(30), Persen: nf(1234.5), Beruntun: ni(7), Jumlah: ni(1), Dasar: ni(12345), Label: ns("x")})
	for _, c := range []struct {
		tmpl, id, en string
	}{
		{"{nilai:2} jam, {perubahan_persen:abs:0} % lebih cepat", "2,97 jam, 35 % lebih cepat.", "2.97 jam, 35 % lebih cepat."},
		{"{nilai} {target} {dasar} {persen:1}", "2,97 30 12.345 1.234,5.", "2.97 30 12,345 1,234.5."},
		{"{beruntun:jenis}; {jumlah:jenis}", "7 triwulan; 1 triwulan.", "7 quarters; 1 quarter."},
		{"{subjek} melambat; median {subjek:lower}", "Akta kelahiran melambat; median akta kelahiran.", "Birth certificate melambat; median birth certificate."},
		{"a[ ({bawah:0}–{atas:0} %)] b", "A b.", "A b."},
		{"a[if beruntun >= 3: ; turun {beruntun:jenis}][if beruntun < 3: ; tidak]", "A; turun 7 triwulan.", "A; turun 7 quarters."},
		{"a[ x[if nilai > 100: y] {nilai:1}[ {atas}]] .", "A x 3,0.", "A x 3.0."},
		{"  a ,b ( c ) ;.", "A,b (c).", "A,b (c)."},
	} {
		tp, err := parseTemplate(c.tmpl)
		if err != nil {
			t.Fatalf("%s: %v", c.tmpl, err)
		}
		for _, l := range []struct{ lang, want string }{{kit.LangID, c.id}, {kit.LangEN, c.en}} {
			got, ok := tp.render(&renderer{f: f, page: PageUnit, lang: l.lang, names: names})
			if got = strings.ReplaceAll(tidy(got), "\u00a0", " "); !ok || got != l.want {
				t.Errorf("%s (%s): %q %v, want %q", c.tmpl, l.lang, got, ok, l.want)
			}
		}
	}
	if got := tidy("35 % lebih cepat (IK 95 % 22–61 %)"); got != "35\u00a0% lebih cepat (IK\u00a095\u00a0% 22–61\u00a0%)." {
		t.Errorf("tidy: %q", got)
	}
	for in, want := range map[string]string{"Akta kelahiran": "akta kelahiran", "KTP-el": "KTP-el", "Kartu Keluarga": "Kartu Keluarga",
		"Family card (KK)": "family card (KK)", "e-ID card (KTP-el)": "e-ID card (KTP-el)", "Ubah": "ubah"} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
	// A NULL outside any optional part: no sentence.
	tp, _ := parseTemplate("{persen:0} % [({bawah:0})]{atas}")
	if s, ok := tp.render(&renderer{f: f, page: PageUnit, lang: kit.LangID, names: names}); ok {
		t.Errorf("a NULL atas rendered %q", s)
	}
	for _, bad := range []string{"{nope}", "{nilai:x}", "[a", "a]", "[if nilai > : a]", "{nilai", "{nama_unit:lower}"} {
		if _, err := parseTemplate(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// TestRulesFile: the rules file parses, its rules are in priority order,
// and it has an Indonesian and an English sentence for each.
func TestRulesFile(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if r.Min != 3 || r.Max != 6 || len(r.Rules) < 15 {
		t.Fatalf("min %d, max %d, %d rules", r.Min, r.Max, len(r.Rules))
	}
	for i := 1; i < len(r.Rules); i++ {
		if r.Rules[i].Priority < r.Rules[i-1].Priority {
			t.Errorf("%s before %s", r.Rules[i-1].Name, r.Rules[i].Name)
		}
	}
	if _, err := Parse([]byte("sentences: {min: 3, max: 6}\nrules:\n- {rule: a, fact: nilai, when: 'persen >', id: x, en: y}\n")); err == nil {
		t.Error("a broken condition parsed")
	}
	if _, err := Parse([]byte("sentences: {min: 3, max: 6}\nrules:\n- {rule: a, fact: nilai, when: 'persen > 1', id: x, en: y, colour: red}\n")); err == nil {
		t.Error("an unknown key parsed")
	}
}

// handDB builds the marts on an empty warehouse (the real schemas), fills
// the marts the summary reads with the hand-made rows below, and rebuilds
// mart.summary_facts from them.
func handDB(t *testing.T) *warehouse.DB {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: ":memory:"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := ingest.Prepare(ctx, db); err != nil {
		t.Fatal(err)
	}
	if _, err := transform.Run(ctx, db, marts.Models()...); err != nil {
		t.Fatal(err)
	}
	for _, s := range handRows {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	for _, m := range marts.Models() {
		if m.Name == "mart/99_summary_facts" {
			if _, err := db.Exec(m.SQL); err != nil {
				t.Fatal(err)
			}
			return db
		}
	}
	t.Fatal("no model mart/99_summary_facts")
	return nil
}

// The hand-made region 14.72 (Kota Dumai) with three units: 14.72.01 (a
// Disdukcapil rated high while its IKM is the lowest), 14.72.02 (a
// puskesmas whose waiting time worsens) and 14.72.03 (3 people: every
// share of its people is withheld).
var handRows = []string{
	`INSERT INTO core.dim_region BY NAME SELECT '14.72' AS kode_wilayah, 'Kota Dumai' AS nama, 'kabkota' AS tingkat`,
	`INSERT INTO core.dim_unit BY NAME SELECT * FROM (VALUES ('14.72.01', 'Disdukcapil Dumai', '14.72'), ('14.72.02', 'Puskesmas Purnama', '14.72'),
		('14.72.03', 'Bagian Kecil', '14.72')) v(kode_unit, nama_unit, kode_wilayah)`,
	// KTP-el 8, 6, 4, 3 hours: 3 falls in a row, the last -25 %; akta 10 -> 12 h: +20 %.
	`INSERT INTO mart.region_service BY NAME SELECT '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, * FROM (VALUES
		('2025-Q1', DATE '2025-01-01', 'KTP_EL', 8.0, 120, 100, 24.0, 90.0), ('2025-Q2', DATE '2025-04-01', 'KTP_EL', 6.0, 120, 100, 24.0, 90.0),
		('2025-Q3', DATE '2025-07-01', 'KTP_EL', 4.0, 120, 100, 24.0, 90.0), ('2025-Q4', DATE '2025-10-01', 'KTP_EL', 3.0, 120, 100, 24.0, 90.0),
		('2025-Q3', DATE '2025-07-01', 'AKTA_LAHIR', 10.0, 80, 70, 24.0, 60.0), ('2025-Q4', DATE '2025-10-01', 'AKTA_LAHIR', 12.0, 80, 70, 24.0, 57.14),
		('2025', DATE '2025-01-01', 'KTP_EL', 5.0, 480, 400, 24.0, 90.0)) v(periode, tanggal_mulai, layanan, median_jam, permohonan, selesai, batas_jam, persen_tepat_waktu)`,
	`UPDATE mart.region_service SET jenis_periode = 'tahun' WHERE periode = '2025'`,
	// Ratings: the Disdukcapil 18 of 20 Sangat Baik; the small unit 1 of 3.
	`INSERT INTO mart.unit_performance BY NAME SELECT '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, '2025-Q4' AS periode, DATE '2025-10-01' AS tanggal_mulai, * FROM (VALUES
		('14.72.01', 20, 18, 90.0, 69.8966, 97.2134), ('14.72.02', 20, 6, 30.0, 14.5463, 51.9020), ('14.72.03', 3, 1, 33.33, 6.1492, 79.2340))
		v(kode_unit, pegawai_dinilai, jumlah_sangat_baik, persen_sangat_baik, persen_sangat_baik_bawah, persen_sangat_baik_atas)`,
	`INSERT INTO mart.region_performance BY NAME SELECT '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, * FROM (VALUES
		('2025-Q3', DATE '2025-07-01', 40, 20, 50.0), ('2025-Q4', DATE '2025-10-01', 43, 25, 58.14)) v(periode, tanggal_mulai, pegawai_dinilai, jumlah_sangat_baik, persen_sangat_baik)`,
	`INSERT INTO mart.ikm BY NAME SELECT '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, '2025-Q4' AS periode, DATE '2025-10-01' AS tanggal_mulai, * FROM (VALUES
		('14.72.01', 40, 60.5, 'D', 300, false, 'waktu', 'Waktu Penyelesaian', 2.1), ('14.72.02', 400, 80.0, 'B', 300, true, 'biaya', 'Biaya/Tarif', 3.0))
		v(kode_unit, responden, ikm, mutu, sampel_minimum, sampel_cukup, unsur_terendah, nama_unsur_terendah, nrr_terendah)`,
	`INSERT INTO mart.region_summary BY NAME SELECT '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, * FROM (VALUES
		('2025-Q3', DATE '2025-07-01', 75.0, 'C'), ('2025-Q4', DATE '2025-10-01', 78.2, 'B')) v(periode, tanggal_mulai, ikm, mutu)`,
	`INSERT INTO mart.performance_service_link BY NAME SELECT '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, '2025-Q4' AS periode, DATE '2025-10-01' AS tanggal_mulai,
		2 AS spearman_n, true AS terlalu_sedikit_unit, 1 AS unit_dibandingkan_sektor, * FROM (VALUES
		('14.72.01', 20, 90.0, 60.5, 'D', 2, 2, 'nilai_tinggi_layanan_buruk', NULL, NULL, NULL),
		('14.72.02', 20, 30.0, 80.0, 'B', 1, 2, 'selaras', 'selaras', 3, 'waktu_tunggu_menit'),
		('14.72.03', 3, 33.33, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL))
		v(kode_unit, pegawai_dinilai, persen_sangat_baik, ikm, mutu, peringkat_layanan, unit_dibandingkan, label_keselarasan, label_sektor,
		  memburuk_beruntun_maks, indikator_memburuk_beruntun)`,
	// The puskesmas's waiting time: 50 minutes against 30, worse 3 quarters in a row.
	`INSERT INTO mart.sector_outcomes BY NAME SELECT '14.72.02' AS kode_unit, '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode,
		'2025-Q4' AS periode, DATE '2025-10-01' AS tanggal_mulai, 'waktu_tunggu_menit' AS indikator, 'Waktu tunggu (menit)' AS nama_indikator,
		'menit' AS satuan, 'turun' AS arah, 50.0 AS nilai, 30.0 AS target, 60.0 AS capaian_persen, '2025-Q3' AS periode_sebelumnya,
		45.0 AS nilai_sebelumnya, 5.0 AS perubahan, 'memburuk' AS tren, 3 AS memburuk_beruntun`,
	// Berorientasi Pelayanan: 8 of 20 below (40 %); akuntabel 2 of 20 (withheld); the small unit 2 of 3.
	`INSERT INTO mart.berakhlak_unit BY NAME SELECT '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, '2025-Q4' AS periode, DATE '2025-10-01' AS tanggal_mulai, * FROM (VALUES
		('14.72.01', 'berorientasi_pelayanan', 'Berorientasi Pelayanan', 20, 8, 40.0), ('14.72.01', 'akuntabel', 'Akuntabel', 20, 2, 10.0),
		('14.72.03', 'akuntabel', 'Akuntabel', 3, 2, 66.67), ('14.72.03', 'loyal', 'Loyal', 3, 0, 0.0))
		v(kode_unit, nilai_berakhlak, nama_nilai, dinilai, di_bawah, persen_di_bawah)`,
	// One of the Disdukcapil's two raters is lenient: 11 of 12 di atas.
	`INSERT INTO mart.unit_360 BY NAME SELECT '14.72.01' AS kode_unit, '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, '2025-Q4' AS periode,
		DATE '2025-10-01' AS tanggal_mulai, 20 AS pegawai_atasan, 20 AS pegawai_diri, 0.6 AS selisih_diri_atasan, 2 AS penilai,
		2 AS penilai_dinilai_cukup, 1 AS penilai_lunak, 0 AS penilai_ketat, 1 AS penilai_wajar`,
	`INSERT INTO mart.rater_calibration BY NAME SELECT * FROM (VALUES
		('100', '14.72.01', '2025-Q4', 'triwulan', DATE '2025-10-01', 12, 91.6667, 'lunak'),
		('101', '14.72.01', '2025-Q4', 'triwulan', DATE '2025-10-01', 8, 25.0, 'wajar'))
		v(nip_penilai, kode_unit, periode, jenis_periode, tanggal_mulai, dinilai, persen_di_atas, label)`,
	// 20 JP: 10 of 200 in 2024, 60 of 200 in 2025, the last of 3 regions.
	`INSERT INTO mart.region_training BY NAME SELECT '14.72' AS kode_wilayah, * FROM (VALUES (2024, 200, 10, 5.0), (2025, 200, 60, 30.0))
		v(tahun, pegawai, pegawai_kurang_20_jp, persen_kurang_20_jp)`,
	`INSERT INTO mart.region_benchmark BY NAME SELECT '14.72' AS kode_wilayah, '2025' AS periode, 'tahun' AS jenis_periode, 3 AS peringkat_kurang_20_jp, 3 AS wilayah_dibandingkan`,
	// Promotions: 2 in + 3 out in 2024, 1 in + 4 out in 2025: 7 of 10 from outside, 3 inside (so nothing said).
	`INSERT INTO mart.promotion_merit_region BY NAME SELECT '14.72' AS kode_wilayah, 'tahun' AS jenis_periode, * FROM (VALUES
		('2024', DATE '2024-01-01', 5, 2, 3), ('2025', DATE '2025-01-01', 5, 1, 4)) v(periode, tanggal_mulai, kenaikan, dalam_kelompok_promosi, di_luar_kelompok_promosi)`,
	// Objections: 3 of 20 and 4 of 20: withheld per unit, 7 of 40 for the region; 2 granted, 3 rejected (withheld).
	`INSERT INTO mart.appraisal_response_unit BY NAME SELECT '14.72' AS kode_wilayah, 'triwulan' AS jenis_periode, '2025-Q4' AS periode, DATE '2025-10-01' AS tanggal_mulai, * FROM (VALUES
		('14.72.01', 20, 3, 1, 2), ('14.72.02', 20, 4, 1, 1)) v(kode_unit, pegawai_dinilai, keberatan, keberatan_diterima, keberatan_ditolak)`,
}

func loadFacts(t *testing.T, db *warehouse.DB) []Fact {
	t.Helper()
	facts, err := Read(context.Background(), db.DB, `SELECT * FROM mart.summary_facts ORDER BY kode_wilayah, tingkat, kode_unit NULLS FIRST, fakta, subjek`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(context.Background(), db.DB, `SELECT *, 1 AS extra FROM mart.summary_facts`); err == nil {
		t.Error("a column nothing reads was read")
	}
	if _, err := Read(context.Background(), db.DB, `SELECT * EXCLUDE (skor), 1 AS skor_lain FROM mart.summary_facts`); err == nil {
		t.Error("a query without skor was read")
	}
	return facts
}

func find(facts []Fact, tingkat, unit, fakta string) *Fact {
	for i := range facts {
		f := &facts[i]
		if f.Tingkat == tingkat && f.KodeUnit == unit && f.Fakta == fakta {
			return f
		}
	}
	return nil
}

// TestSummaryFactsHandComputed: mart.summary_facts on hand-made marts, each
// figure computed by hand, and the small groups withheld.
func TestSummaryFactsHandComputed(t *testing.T) {
	facts := loadFacts(t, handDB(t))
	near := func(what string, got, want float64) {
		t.Helper()
		if math.IsNaN(want) {
			if !math.IsNaN(got) {
				t.Errorf("%s: %v, want NULL", what, got)
			}
			return
		}
		if math.IsNaN(got) || math.Abs(got-want) > 1e-3 {
			t.Errorf("%s: %v, want %v", what, got, want)
		}
	}
	null := math.NaN()
	var ktp, akta *Fact
	for i := range facts {
		if facts[i].Fakta == "layanan" && facts[i].Subjek == "KTP_EL" {
			ktp = &facts[i]
		}
		if facts[i].Fakta == "layanan" && facts[i].Subjek == "AKTA_LAHIR" {
			akta = &facts[i]
		}
	}
	// the latest quarter, not the year: (3 - 4) / 4 = -25 %, three falls in a row
	if ktp == nil || ktp.Periode != "2025-Q4" || ktp.PeriodeSebelumnya != "2025-Q3" || ktp.Beruntun != 3 {
		t.Fatalf("KTP-el fact %+v", ktp)
	}
	near("KTP-el perubahan_persen", ktp.PerubahanPersen, -25)
	near("KTP-el perubahan", ktp.Perubahan, -1)
	// akta: (12 - 10) / 10 = +20 %, the first rise (its Q3 has no previous)
	near("akta perubahan_persen", akta.PerubahanPersen, 20)
	if akta.Beruntun != 1 {
		t.Errorf("akta beruntun %d, want 1", akta.Beruntun)
	}
	b := find(facts, "unit", "14.72.01", "berakhlak")
	if b == nil || b.Subjek != "berorientasi_pelayanan" || b.Jumlah != 8 || b.Dasar != 20 {
		t.Fatalf("weakest value of 14.72.01: %+v", b)
	}
	// Wilson 8 of 20: centre 0.416114, half 0.197308 -> 21.88-61.34 %
	near("berakhlak bawah", b.Bawah, 21.8807)
	near("berakhlak atas", b.Atas, 61.3418)
	// the small unit: 2 of 3 below, 1 of 3 Sangat Baik: nothing said
	small := find(facts, "unit", "14.72.03", "berakhlak")
	near("small unit berakhlak persen", small.Persen, null)
	if !small.isNull(nullJumlah) || !small.isNull(nullDasar) {
		t.Errorf("small unit: jumlah %v, dasar %v", small.Jumlah, small.Dasar)
	}
	sb := find(facts, "unit", "14.72.03", "nilai")
	near("small unit % Sangat Baik", sb.Persen, null)
	near("small unit interval", sb.Bawah, null)
	if !sb.isNull(nullDasar) || !sb.isNull(nullJumlah) {
		t.Errorf("small unit nilai: jumlah %v, dasar %v", sb.Jumlah, sb.Dasar)
	}
	// region % Sangat Baik: 58.14 against 50.00 = +8.14 points
	w := find(facts, "wilayah", "", "nilai")
	near("region perubahan", w.Perubahan, 8.14)
	// lenient: 1 of 2 raters, 11 of 12 di atas
	l := find(facts, "unit", "14.72.01", "penilai_lunak")
	near("lenient persen", l.Persen, 91.6667)
	if l.Jumlah != 1 || l.Dari != 2 || l.Dasar != 12 {
		t.Errorf("lenient fact %+v", l)
	}
	// 20 JP: 30 % against 5 %: +25 points, rank 3 of 3
	jp := find(facts, "wilayah", "", "kurang_20_jp")
	near("JP perubahan", jp.Perubahan, 25)
	if jp.Peringkat != 3 || jp.Dari != 3 || jp.PeriodeSebelumnya != "2024" {
		t.Errorf("JP fact %+v", jp)
	}
	// promotions pooled: 7 of 10 outside; 3 inside, so the counts, the
	// interval and the share are withheld (the Promosi page shows the 10
	// promotions: 70 % of them would give the 3 away)
	p := find(facts, "wilayah", "", "promosi")
	near("promosi persen", p.Persen, null)
	near("promosi bawah", p.Bawah, null)
	if !p.isNull(nullJumlah) || !p.isNull(nullDasar) || p.PeriodeMulai != "2024" || p.Periode != "2025" {
		t.Errorf("promosi fact %+v", p)
	}
	// objections: 3 and 4 per unit are withheld, the region's 7 of 40 is not
	k1 := find(facts, "unit", "14.72.01", "keberatan")
	near("unit objections", k1.Persen, null)
	kw := find(facts, "wilayah", "", "keberatan")
	near("region objections", kw.Persen, 17.5)
	near("granted share (2 of 5, withheld)", kw.Nilai, null)
	// the correlation over 2 units
	c := find(facts, "wilayah", "", "korelasi_ikm")
	if c == nil || c.Dasar != 2 || !c.TerlaluSedikitUnit {
		t.Errorf("korelasi fact %+v", c)
	}
}

// TestSummaryHandComputed: the sentences the rules write from those facts,
// word for word in both languages: the region page (at most 6, in
// priority order), a unit page, and the small unit's, which says nothing
// of its 3 people.
func TestSummaryHandComputed(t *testing.T) {
	facts := loadFacts(t, handDB(t))
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	check := func(page Page, lang string, want []string) {
		t.Helper()
		got := r.Write(page, facts, lang)
		var texts []string
		for _, s := range got {
			texts = append(texts, s.Rule+": "+strings.ReplaceAll(s.Text, "\u00a0", " "))
		}
		if strings.Join(texts, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s %s %s:\n%s\nwant\n%s", page.Kind, page.Unit, lang, strings.Join(texts, "\n"), strings.Join(want, "\n"))
		}
	}
	region := Page{Kind: PageRegion, Region: "14.72"}
	// the region's first six sentences in Indonesian
	regionID := []string{
		"nilai_tinggi_layanan_buruk: Disdukcapil Dumai: 90 % dari 20 pegawai dinilai Sangat Baik (IK 95 % 70–97 %), tetapi IKM-nya 60,50 (mutu D), terendah dari 2 unit yang dibandingkan; berdasarkan 40 responden, di bawah sampel minimum 300.",
		"berakhlak_di_bawah: Disdukcapil Dumai: 40 % pegawai (8 dari 20) dinilai di bawah ekspektasi pada nilai Berorientasi Pelayanan (IK 95 % 22–61 %).",
		"penilai_lunak: Disdukcapil Dumai: 1 dari 2 penilai menilai lunak; 92 % dari 12 pegawai yang mereka nilai mendapat hasil kerja di atas ekspektasi.",
		"kurang_20_jp: 30,0 % pegawai (60 dari 200) belum mencapai 20 JP pengembangan kompetensi pada 2025, naik 25,0 poin dari 2024; terbanyak di antara 3 wilayah yang dibandingkan.",
		"layanan_lebih_cepat: Median waktu layanan KTP-el 3,00 jam, 25 % lebih cepat dari triwulan sebelumnya (2025-Q3); turun 3 triwulan berturut-turut; 90 % tepat waktu.",
		"layanan_melambat: Akta kelahiran melambat: median 12,00 jam, 20 % lebih lambat dari triwulan sebelumnya (2025-Q3); 57 % tepat waktu.",
	}
	check(region, kit.LangID, regionID)
	check(region, kit.LangEN, []string{
		"nilai_tinggi_layanan_buruk: Disdukcapil Dumai: 90 % of 20 staff rated Outstanding (Sangat Baik), 95 % CI 70–97 %, yet its IKM is 60.50 (grade D), the lowest of the 2 units compared; based on 40 respondents, below the minimum sample of 300.",
		"berakhlak_di_bawah: Disdukcapil Dumai: 40 % of staff (8 of 20) rated below expectations on the BerAKHLAK value Service-oriented (95 % CI 22–61 %).",
		"penilai_lunak: Disdukcapil Dumai: lenient raters 1 of 2; they rated 92 % of the 12 staff they appraised above expectations on work results.",
		"kurang_20_jp: 30.0 % of staff (60 of 200) did not reach the 20 lesson hours (JP) of competency development in 2025, up 25.0 points from 2024; the highest share of the 3 regions compared.",
		"layanan_lebih_cepat: Median e-ID card (KTP-el) turnaround 3.00 hours, 25 % faster than the previous quarter (2025-Q3); down 3 quarters in a row; 90 % on time.",
		"layanan_melambat: Birth certificate slowed down: median 12.00 hours, 20 % slower than the previous quarter (2025-Q3); 57 % on time.",
	})
	// Past the sixth: the rules below it, as they would read.
	r.Max = 20
	check(region, kit.LangID, append(slices.Clone(regionID),
		"sektor_memburuk: Puskesmas Purnama: waktu tunggu pasien memburuk 3 triwulan berturut-turut (50 menit; target 30).",
		"keberatan: 7 pegawai (17,5 % dari 40) mengajukan keberatan atas penilaian 2025-Q4.",
		"korelasi_ikm_terlalu_sedikit: Apakah unit yang pegawainya dinilai tinggi juga ber-IKM tinggi belum dapat dibaca: terlalu sedikit unit (2 unit; perlu minimal 8).",
		"korelasi_sektor_terlalu_sedikit: Hubungan nilai pegawai dengan capaian indikator kesehatan dan pendidikan belum dapat dibaca: terlalu sedikit unit (1 unit; perlu minimal 8).",
		"ikm: IKM 78,20 (mutu B) pada 2025-Q4, naik 3,20 dari 2025-Q3; IKM 1 dari 2 unit berdasarkan responden di bawah sampel minimum.",
	))
	r.Max = 6
	check(Page{Kind: PageUnit, Region: "14.72", Unit: "14.72.01"}, kit.LangID, []string{
		"nilai_tinggi_layanan_buruk: 90 % dari 20 pegawai dinilai Sangat Baik (IK 95 % 70–97 %), tetapi IKM-nya 60,50 (mutu D), terendah dari 2 unit yang dibandingkan; berdasarkan 40 responden, di bawah sampel minimum 300.",
		"berakhlak_di_bawah: 40 % pegawai (8 dari 20) dinilai di bawah ekspektasi pada nilai Berorientasi Pelayanan (IK 95 % 22–61 %).",
		"penilai_lunak: 1 dari 2 penilai menilai lunak; 92 % dari 12 pegawai yang mereka nilai mendapat hasil kerja di atas ekspektasi.",
		"selisih_diri_atasan: Penilaian diri rata-rata 0,60 poin lebih tinggi dari penilaian atasan (skala 1–3; 20 pegawai).",
		"ikm: IKM 60,50 (mutu D) pada 2025-Q4; berdasarkan 40 responden, di bawah sampel minimum 300, jadi masih indikatif.",
		"ikm_unsur_terlemah: Unsur IKM terlemah: Waktu Penyelesaian (rata-rata 2,10 dari 4).",
	})
	// The small unit: its 1 of 3 Sangat Baik and 2 of 3 below expectation
	// are never said; with nothing else, its summary is empty.
	check(Page{Kind: PageUnit, Region: "14.72", Unit: "14.72.03"}, kit.LangID, nil)
}

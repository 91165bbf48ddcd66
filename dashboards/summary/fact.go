package summary

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
)

// Fact is one row of mart.summary_facts: a candidate fact of a region's or
// a unit's summary with the numbers its sentence says (marts/sql/
// 99_summary_facts.sql documents what each column holds for each fakta).
// It is compact (a national site holds a quarter of a million): numbers are
// float64 with NaN for NULL, NULL texts, counts and flags are bits of
// nulls, and the texts are interned by the Scanner that read them.
type Fact struct {
	Tingkat, KodeWilayah, NamaWilayah, KodeUnit, NamaUnit  string
	Fakta, Subjek, NamaSubjek, Satuan                      string
	Periode, JenisPeriode, PeriodeMulai, PeriodeSebelumnya string
	Label, Mutu                                            string

	Nilai, NilaiSebelumnya, Perubahan, PerubahanPersen, Target float64
	Persen, PersenSebelumnya, Bawah, Atas, Skor                float64

	Jumlah, Dasar, Dari, Peringkat, Beruntun, Responden, SampelMinimum int64

	Terkini, SampelCukup, TerlaluSedikitUnit bool

	nulls uint32 // a bit per nullable text, count or flag (nullBit)
}

// The nullable columns that are not numbers of float64 (those are NaN).
const (
	nullNamaWilayah = 1 << iota
	nullKodeUnit
	nullNamaUnit
	nullSubjek
	nullNamaSubjek
	nullSatuan
	nullPeriodeMulai
	nullPeriodeSebelumnya
	nullLabel
	nullMutu
	nullJumlah
	nullDasar
	nullDari
	nullPeringkat
	nullBeruntun
	nullResponden
	nullSampelMinimum
	nullTerkini
	nullSampelCukup
	nullTerlaluSedikitUnit
)

func (f *Fact) isNull(bit uint32) bool { return f.nulls&bit != 0 }

// row is one row of mart.summary_facts as database/sql scans it.
type row struct {
	Tingkat, KodeWilayah, Fakta, Periode, JenisPeriode string
	NamaWilayah, KodeUnit, NamaUnit                    sql.NullString
	Subjek, NamaSubjek, Satuan                         sql.NullString
	PeriodeMulai, PeriodeSebelumnya, Label, Mutu       sql.NullString
	TanggalMulai                                       sql.NullTime
	Nilai, NilaiSebelumnya, Perubahan, PerubahanPersen sql.NullFloat64
	Target, Persen, PersenSebelumnya, Bawah, Atas      sql.NullFloat64
	Skor                                               sql.NullFloat64
	Jumlah, Dasar, Dari, Peringkat, Beruntun           sql.NullInt64
	Responden, SampelMinimum                           sql.NullInt64
	Terkini, SampelCukup, TerlaluSedikitUnit           sql.NullBool
}

// Scanner reads rows of mart.summary_facts into Facts: Dests gives the
// destination of every column (bound by name, never by position), Fact
// the row just scanned.
type Scanner struct {
	r      row
	intern map[string]string
}

func NewScanner() *Scanner { return &Scanner{intern: map[string]string{}} }

// Dests maps every column of mart.summary_facts to where it is scanned.
func (s *Scanner) Dests() map[string]any {
	r := &s.r
	return map[string]any{
		"tingkat": &r.Tingkat, "kode_wilayah": &r.KodeWilayah, "nama_wilayah": &r.NamaWilayah,
		"kode_unit": &r.KodeUnit, "nama_unit": &r.NamaUnit, "fakta": &r.Fakta,
		"subjek": &r.Subjek, "nama_subjek": &r.NamaSubjek, "satuan": &r.Satuan,
		"periode": &r.Periode, "jenis_periode": &r.JenisPeriode, "tanggal_mulai": &r.TanggalMulai,
		"periode_mulai": &r.PeriodeMulai, "periode_sebelumnya": &r.PeriodeSebelumnya, "terkini": &r.Terkini,
		"nilai": &r.Nilai, "nilai_sebelumnya": &r.NilaiSebelumnya, "perubahan": &r.Perubahan,
		"perubahan_persen": &r.PerubahanPersen, "target": &r.Target, "persen": &r.Persen,
		"persen_sebelumnya": &r.PersenSebelumnya, "bawah": &r.Bawah, "atas": &r.Atas,
		"jumlah": &r.Jumlah, "dasar": &r.Dasar, "dari": &r.Dari, "peringkat": &r.Peringkat,
		"beruntun": &r.Beruntun, "label": &r.Label, "mutu": &r.Mutu, "responden": &r.Responden,
		"sampel_minimum": &r.SampelMinimum, "sampel_cukup": &r.SampelCukup,
		"terlalu_sedikit_unit": &r.TerlaluSedikitUnit, "skor": &r.Skor,
	}
}

// Fact is the row just scanned.
func (s *Scanner) Fact() Fact { return s.r.fact(s.intern) }

// Read runs query (rows of mart.summary_facts) and returns its facts,
// binding every column by its name once: a column that nothing reads, or
// a column the Fact needs that the query lacks, is an error.
func Read(ctx context.Context, db *sql.DB, query string) ([]Fact, error) {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("summary facts: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, fmt.Errorf("summary facts: %w", err)
	}
	s := NewScanner()
	dests := s.Dests()
	if len(cols) != len(dests) {
		return nil, fmt.Errorf("summary facts: the query has columns %v, a fact reads %d", cols, len(dests))
	}
	ptrs := make([]any, len(cols))
	for i, c := range cols {
		p, ok := dests[c]
		if !ok {
			return nil, fmt.Errorf("summary facts: column %s is read by nothing", c)
		}
		ptrs[i] = p
	}
	var out []Fact
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("summary facts: %w", err)
		}
		out = append(out, s.Fact())
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("summary facts: %w", err)
	}
	return out, nil
}

func (r *row) fact(intern map[string]string) Fact {
	in := func(v string) string {
		if w, ok := intern[v]; ok {
			return w
		}
		intern[v] = v
		return v
	}
	f := Fact{Tingkat: in(r.Tingkat), KodeWilayah: in(r.KodeWilayah), Fakta: in(r.Fakta), Periode: in(r.Periode), JenisPeriode: in(r.JenisPeriode)}
	// keep: whether a nullable column holds a value; if not, its bit is set.
	keep := func(valid bool, bit uint32) bool {
		if !valid {
			f.nulls |= bit
		}
		return valid
	}
	str := func(dst *string, v sql.NullString, bit uint32) {
		if keep(v.Valid, bit) {
			*dst = in(v.String)
		}
	}
	str(&f.NamaWilayah, r.NamaWilayah, nullNamaWilayah)
	str(&f.KodeUnit, r.KodeUnit, nullKodeUnit)
	str(&f.NamaUnit, r.NamaUnit, nullNamaUnit)
	str(&f.Subjek, r.Subjek, nullSubjek)
	str(&f.NamaSubjek, r.NamaSubjek, nullNamaSubjek)
	str(&f.Satuan, r.Satuan, nullSatuan)
	str(&f.PeriodeMulai, r.PeriodeMulai, nullPeriodeMulai)
	str(&f.PeriodeSebelumnya, r.PeriodeSebelumnya, nullPeriodeSebelumnya)
	str(&f.Label, r.Label, nullLabel)
	str(&f.Mutu, r.Mutu, nullMutu)
	num := func(v sql.NullFloat64) float64 {
		if v.Valid {
			return v.Float64
		}
		return math.NaN()
	}
	f.Nilai, f.NilaiSebelumnya, f.Perubahan, f.PerubahanPersen = num(r.Nilai), num(r.NilaiSebelumnya), num(r.Perubahan), num(r.PerubahanPersen)
	f.Target, f.Persen, f.PersenSebelumnya = num(r.Target), num(r.Persen), num(r.PersenSebelumnya)
	f.Bawah, f.Atas, f.Skor = num(r.Bawah), num(r.Atas), num(r.Skor)
	count := func(dst *int64, v sql.NullInt64, bit uint32) {
		if keep(v.Valid, bit) {
			*dst = v.Int64
		}
	}
	count(&f.Jumlah, r.Jumlah, nullJumlah)
	count(&f.Dasar, r.Dasar, nullDasar)
	count(&f.Dari, r.Dari, nullDari)
	count(&f.Peringkat, r.Peringkat, nullPeringkat)
	count(&f.Beruntun, r.Beruntun, nullBeruntun)
	count(&f.Responden, r.Responden, nullResponden)
	count(&f.SampelMinimum, r.SampelMinimum, nullSampelMinimum)
	flag := func(dst *bool, v sql.NullBool, bit uint32) {
		if keep(v.Valid, bit) {
			*dst = v.Bool
		}
	}
	flag(&f.Terkini, r.Terkini, nullTerkini)
	flag(&f.SampelCukup, r.SampelCukup, nullSampelCukup)
	flag(&f.TerlaluSedikitUnit, r.TerlaluSedikitUnit, nullTerlaluSedikitUnit)
	return f
}

// value is a fact's column (or a page's built-in) as rules see it.
type value struct {
	kind  byte // 0 NULL, 'n' number, 's' text, 'b' boolean
	num   float64
	str   string
	b     bool
	isInt bool // an integer column: formatted without decimals by default
}

func text(s string) value { return value{kind: 's', str: s} }

func textOr(f *Fact, s string, bit uint32) value {
	if f.isNull(bit) {
		return value{}
	}
	return text(s)
}

func number(v float64) value {
	if math.IsNaN(v) {
		return value{}
	}
	return value{kind: 'n', num: v}
}

func integer(f *Fact, v int64, bit uint32) value {
	if f.isNull(bit) {
		return value{}
	}
	return value{kind: 'n', num: float64(v), isInt: true}
}

func flag(f *Fact, v bool, bit uint32) value {
	if f.isNull(bit) {
		return value{}
	}
	return value{kind: 'b', b: v}
}

// columns are the names a rule may use: the mart's columns and the page's
// built-in halaman (wilayah or unit: the kind of page the sentence is for).
var columns = map[string]func(f *Fact, page string) value{
	"halaman":              func(f *Fact, page string) value { return text(page) },
	"tingkat":              func(f *Fact, _ string) value { return text(f.Tingkat) },
	"kode_wilayah":         func(f *Fact, _ string) value { return text(f.KodeWilayah) },
	"nama_wilayah":         func(f *Fact, _ string) value { return textOr(f, f.NamaWilayah, nullNamaWilayah) },
	"kode_unit":            func(f *Fact, _ string) value { return textOr(f, f.KodeUnit, nullKodeUnit) },
	"nama_unit":            func(f *Fact, _ string) value { return textOr(f, f.NamaUnit, nullNamaUnit) },
	"fakta":                func(f *Fact, _ string) value { return text(f.Fakta) },
	"subjek":               func(f *Fact, _ string) value { return textOr(f, f.Subjek, nullSubjek) },
	"nama_subjek":          func(f *Fact, _ string) value { return textOr(f, f.NamaSubjek, nullNamaSubjek) },
	"satuan":               func(f *Fact, _ string) value { return textOr(f, f.Satuan, nullSatuan) },
	"periode":              func(f *Fact, _ string) value { return text(f.Periode) },
	"jenis_periode":        func(f *Fact, _ string) value { return text(f.JenisPeriode) },
	"periode_mulai":        func(f *Fact, _ string) value { return textOr(f, f.PeriodeMulai, nullPeriodeMulai) },
	"periode_sebelumnya":   func(f *Fact, _ string) value { return textOr(f, f.PeriodeSebelumnya, nullPeriodeSebelumnya) },
	"terkini":              func(f *Fact, _ string) value { return flag(f, f.Terkini, nullTerkini) },
	"nilai":                func(f *Fact, _ string) value { return number(f.Nilai) },
	"nilai_sebelumnya":     func(f *Fact, _ string) value { return number(f.NilaiSebelumnya) },
	"perubahan":            func(f *Fact, _ string) value { return number(f.Perubahan) },
	"perubahan_persen":     func(f *Fact, _ string) value { return number(f.PerubahanPersen) },
	"target":               func(f *Fact, _ string) value { return number(f.Target) },
	"persen":               func(f *Fact, _ string) value { return number(f.Persen) },
	"persen_sebelumnya":    func(f *Fact, _ string) value { return number(f.PersenSebelumnya) },
	"bawah":                func(f *Fact, _ string) value { return number(f.Bawah) },
	"atas":                 func(f *Fact, _ string) value { return number(f.Atas) },
	"jumlah":               func(f *Fact, _ string) value { return integer(f, f.Jumlah, nullJumlah) },
	"dasar":                func(f *Fact, _ string) value { return integer(f, f.Dasar, nullDasar) },
	"dari":                 func(f *Fact, _ string) value { return integer(f, f.Dari, nullDari) },
	"peringkat":            func(f *Fact, _ string) value { return integer(f, f.Peringkat, nullPeringkat) },
	"beruntun":             func(f *Fact, _ string) value { return integer(f, f.Beruntun, nullBeruntun) },
	"label":                func(f *Fact, _ string) value { return textOr(f, f.Label, nullLabel) },
	"mutu":                 func(f *Fact, _ string) value { return textOr(f, f.Mutu, nullMutu) },
	"responden":            func(f *Fact, _ string) value { return integer(f, f.Responden, nullResponden) },
	"sampel_minimum":       func(f *Fact, _ string) value { return integer(f, f.SampelMinimum, nullSampelMinimum) },
	"sampel_cukup":         func(f *Fact, _ string) value { return flag(f, f.SampelCukup, nullSampelCukup) },
	"terlalu_sedikit_unit": func(f *Fact, _ string) value { return flag(f, f.TerlaluSedikitUnit, nullTerlaluSedikitUnit) },
	"skor":                 func(f *Fact, _ string) value { return number(f.Skor) },
}

// Columns lists the names rules may use, sorted.
func Columns() []string {
	out := make([]string, 0, len(columns))
	for k := range columns {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func column(name string) (func(f *Fact, page string) value, error) {
	c, ok := columns[name]
	if !ok {
		return nil, fmt.Errorf("unknown column %q", name)
	}
	return c, nil
}

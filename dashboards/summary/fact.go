package summary

import (
	"database/sql"
	"fmt"
	"sort"
)

// Fact is one row of mart.summary_facts: a candidate fact of a region's or
// a unit's summary with the numbers its sentence says (marts/sql/
// 99_summary_facts.sql documents what each column holds for each fakta).
type Fact struct {
	Tingkat, KodeWilayah               string
	NamaWilayah, KodeUnit, NamaUnit    sql.NullString
	Fakta                              string
	Subjek, NamaSubjek, Satuan         sql.NullString
	Periode, JenisPeriode              string
	PeriodeMulai, PeriodeSebelumnya    sql.NullString
	Terkini                            sql.NullBool
	Nilai, NilaiSebelumnya             sql.NullFloat64
	Perubahan, PerubahanPersen, Target sql.NullFloat64
	Persen, PersenSebelumnya           sql.NullFloat64
	Bawah, Atas                        sql.NullFloat64
	Jumlah, Dasar                      sql.NullInt64
	Dari, Peringkat, Beruntun          sql.NullInt64
	Label, Mutu                        sql.NullString
	Responden, SampelMinimum           sql.NullInt64
	SampelCukup, TerlaluSedikitUnit    sql.NullBool
	Skor                               sql.NullFloat64
	TanggalMulai                       sql.NullTime
}

// Dests maps every column of mart.summary_facts to the field it is
// scanned into (columns are bound by name, never by position).
func (f *Fact) Dests() map[string]any {
	return map[string]any{
		"tingkat": &f.Tingkat, "kode_wilayah": &f.KodeWilayah, "nama_wilayah": &f.NamaWilayah,
		"kode_unit": &f.KodeUnit, "nama_unit": &f.NamaUnit, "fakta": &f.Fakta,
		"subjek": &f.Subjek, "nama_subjek": &f.NamaSubjek, "satuan": &f.Satuan,
		"periode": &f.Periode, "jenis_periode": &f.JenisPeriode, "tanggal_mulai": &f.TanggalMulai,
		"periode_mulai": &f.PeriodeMulai, "periode_sebelumnya": &f.PeriodeSebelumnya, "terkini": &f.Terkini,
		"nilai": &f.Nilai, "nilai_sebelumnya": &f.NilaiSebelumnya, "perubahan": &f.Perubahan,
		"perubahan_persen": &f.PerubahanPersen, "target": &f.Target, "persen": &f.Persen,
		"persen_sebelumnya": &f.PersenSebelumnya, "bawah": &f.Bawah, "atas": &f.Atas,
		"jumlah": &f.Jumlah, "dasar": &f.Dasar, "dari": &f.Dari, "peringkat": &f.Peringkat,
		"beruntun": &f.Beruntun, "label": &f.Label, "mutu": &f.Mutu, "responden": &f.Responden,
		"sampel_minimum": &f.SampelMinimum, "sampel_cukup": &f.SampelCukup,
		"terlalu_sedikit_unit": &f.TerlaluSedikitUnit, "skor": &f.Skor,
	}
}

// value is a fact's column (or a page's built-in) as rules see it.
type value struct {
	kind  byte // 0 NULL, 'n' number, 's' text, 'b' boolean
	num   float64
	str   string
	b     bool
	isInt bool // an integer column: formatted without decimals by default
}

func nstr(s sql.NullString) value {
	if !s.Valid {
		return value{}
	}
	return value{kind: 's', str: s.String}
}
func text(s string) value { return value{kind: 's', str: s} }
func nnum(v sql.NullFloat64) value {
	if !v.Valid {
		return value{}
	}
	return value{kind: 'n', num: v.Float64}
}
func nint(v sql.NullInt64) value {
	if !v.Valid {
		return value{}
	}
	return value{kind: 'n', num: float64(v.Int64), isInt: true}
}
func nbool(v sql.NullBool) value {
	if !v.Valid {
		return value{}
	}
	return value{kind: 'b', b: v.Bool}
}

// columns are the names a rule may use: the mart's columns and the page's
// built-in halaman (wilayah or unit: the kind of page the sentence is for).
var columns = map[string]func(f *Fact, page string) value{
	"halaman":              func(f *Fact, page string) value { return text(page) },
	"tingkat":              func(f *Fact, _ string) value { return text(f.Tingkat) },
	"kode_wilayah":         func(f *Fact, _ string) value { return text(f.KodeWilayah) },
	"nama_wilayah":         func(f *Fact, _ string) value { return nstr(f.NamaWilayah) },
	"kode_unit":            func(f *Fact, _ string) value { return nstr(f.KodeUnit) },
	"nama_unit":            func(f *Fact, _ string) value { return nstr(f.NamaUnit) },
	"fakta":                func(f *Fact, _ string) value { return text(f.Fakta) },
	"subjek":               func(f *Fact, _ string) value { return nstr(f.Subjek) },
	"nama_subjek":          func(f *Fact, _ string) value { return nstr(f.NamaSubjek) },
	"satuan":               func(f *Fact, _ string) value { return nstr(f.Satuan) },
	"periode":              func(f *Fact, _ string) value { return text(f.Periode) },
	"jenis_periode":        func(f *Fact, _ string) value { return text(f.JenisPeriode) },
	"periode_mulai":        func(f *Fact, _ string) value { return nstr(f.PeriodeMulai) },
	"periode_sebelumnya":   func(f *Fact, _ string) value { return nstr(f.PeriodeSebelumnya) },
	"terkini":              func(f *Fact, _ string) value { return nbool(f.Terkini) },
	"nilai":                func(f *Fact, _ string) value { return nnum(f.Nilai) },
	"nilai_sebelumnya":     func(f *Fact, _ string) value { return nnum(f.NilaiSebelumnya) },
	"perubahan":            func(f *Fact, _ string) value { return nnum(f.Perubahan) },
	"perubahan_persen":     func(f *Fact, _ string) value { return nnum(f.PerubahanPersen) },
	"target":               func(f *Fact, _ string) value { return nnum(f.Target) },
	"persen":               func(f *Fact, _ string) value { return nnum(f.Persen) },
	"persen_sebelumnya":    func(f *Fact, _ string) value { return nnum(f.PersenSebelumnya) },
	"bawah":                func(f *Fact, _ string) value { return nnum(f.Bawah) },
	"atas":                 func(f *Fact, _ string) value { return nnum(f.Atas) },
	"jumlah":               func(f *Fact, _ string) value { return nint(f.Jumlah) },
	"dasar":                func(f *Fact, _ string) value { return nint(f.Dasar) },
	"dari":                 func(f *Fact, _ string) value { return nint(f.Dari) },
	"peringkat":            func(f *Fact, _ string) value { return nint(f.Peringkat) },
	"beruntun":             func(f *Fact, _ string) value { return nint(f.Beruntun) },
	"label":                func(f *Fact, _ string) value { return nstr(f.Label) },
	"mutu":                 func(f *Fact, _ string) value { return nstr(f.Mutu) },
	"responden":            func(f *Fact, _ string) value { return nint(f.Responden) },
	"sampel_minimum":       func(f *Fact, _ string) value { return nint(f.SampelMinimum) },
	"sampel_cukup":         func(f *Fact, _ string) value { return nbool(f.SampelCukup) },
	"terlalu_sedikit_unit": func(f *Fact, _ string) value { return nbool(f.TerlaluSedikitUnit) },
	"skor":                 func(f *Fact, _ string) value { return nnum(f.Skor) },
}

// Columns lists the names rules may use, sorted (for tests).
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

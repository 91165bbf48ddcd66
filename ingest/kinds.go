package ingest

import (
	"fmt"
	"sort"
	"strings"
)

// FieldType says how a source value is read; each maps to a kn_* macro in
// sql/macros.sql.
type FieldType string

// The field types of the input contract.
const (
	Text       FieldType = "text"
	Code       FieldType = "code" // open vocabulary folded to a lower-case key
	NIP        FieldType = "nip"
	Date       FieldType = "date"
	Timestamp  FieldType = "ts"
	Decimal    FieldType = "decimal"
	Integer    FieldType = "int"
	Period     FieldType = "period"
	Region     FieldType = "region"
	Score      FieldType = "score"
	Rating     FieldType = "rating"
	Predikat   FieldType = "predikat"
	RatingOrg  FieldType = "rating_org"
	Sumber     FieldType = "sumber"
	JenisASN   FieldType = "jenis_asn"
	JenisJab   FieldType = "jenis_jabatan"
	Tingkat    FieldType = "tingkat"
	Layanan    FieldType = "layanan"
	Kanal      FieldType = "kanal"
	Status     FieldType = "status"
	JenisKomp  FieldType = "jenis_kompetensi"
	Potensi    FieldType = "potensi"
	Arah       FieldType = "arah"
	Tanggapan  FieldType = "tanggapan"       // the employee's response: setuju | keberatan
	HasilKbrt  FieldType = "hasil_keberatan" // how an objection ended: diterima | ditolak | proses
	Identifier FieldType = "id"              // trimmed text, kept case-sensitive
)

// Field is one canonical column of a source kind.
type Field struct {
	Name     string
	Type     FieldType
	Required bool
}

// Kind is a source kind of CONTRACT.md.
type Kind struct {
	Name   string
	Fields []Field
	// OneOf lists fields of which at least one must be present (indicators:
	// kode_unit or kode_wilayah).
	OneOf []string
	// FileKey identifies a record: a later row of the same file with the key
	// of an earlier one is quarantined (fileDuplicates), never loaded twice.
	FileKey []string
}

// Field returns the field with that canonical name.
func (k Kind) Field(name string) (Field, bool) {
	for _, f := range k.Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

func f(name string, t FieldType) Field  { return Field{Name: name, Type: t} }
func rq(name string, t FieldType) Field { return Field{Name: name, Type: t, Required: true} }

// BerAKHLAK lists the seven core values in the order of the contract's columns.
var BerAKHLAK = []string{"berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"}

// Kinds are the source kinds, by name.
var Kinds = map[string]Kind{
	"regions": {Name: "regions", Fields: []Field{
		rq("kode_wilayah", Region), rq("nama", Text), f("tingkat", Tingkat), f("kode_induk", Region),
		f("penduduk_total", Integer), f("berlaku_mulai", Date), f("berlaku_sampai", Date), f("kode_lama", Region),
	}},
	"units": {Name: "units", Fields: []Field{
		rq("kode_unit", Identifier), rq("nama_unit", Text), rq("kode_wilayah", Region),
		f("kode_unit_induk", Identifier), f("sektor", Code),
	}},
	"employees": {Name: "employees", Fields: []Field{
		rq("nip", NIP), rq("nama", Text), f("jenis_asn", JenisASN), f("jabatan", Text),
		f("jenis_jabatan", JenisJab), f("golongan", Text), rq("kode_unit", Identifier), rq("berlaku_mulai", Date),
	}},
	"appraisals": {Name: "appraisals", Fields: append([]Field{
		rq("nip", NIP), rq("periode", Period), f("sumber", Sumber), f("nip_penilai", NIP),
		rq("hasil_kerja", Rating), rq("perilaku_kerja", Rating), f("predikat", Predikat),
		f("capaian_iki", Decimal), f("rating_organisasi", RatingOrg), f("kode_unit", Identifier),
	}, append(berakhlakFields(),
		// the employee's response (issue 13); optional: files without them load as before
		f("tanggapan", Tanggapan), f("hasil_keberatan", HasilKbrt))...)},
	"service_requests": {Name: "service_requests", FileKey: []string{"id_permohonan"}, Fields: []Field{
		rq("id_permohonan", Identifier), rq("kode_unit", Identifier), rq("layanan", Layanan), f("kanal", Kanal),
		rq("diajukan", Timestamp), f("selesai", Timestamp), f("status", Status), f("nip_petugas", NIP),
	}},
	"service_standards": {Name: "service_standards", Fields: []Field{
		f("kode_wilayah", Region), rq("layanan", Layanan), rq("batas_jam", Decimal), f("berlaku_mulai", Date),
	}},
	"indicators": {Name: "indicators", OneOf: []string{"kode_unit", "kode_wilayah"}, Fields: []Field{
		f("kode_unit", Identifier), f("kode_wilayah", Region), rq("periode", Period), rq("indikator", Code),
		rq("nilai", Decimal), f("target", Decimal), f("satuan", Code), f("arah", Arah),
		f("kategori", Text), // the breakdown the value belongs to; empty = the total (opendata.go)
	}},
	"survey_responses": {Name: "survey_responses", FileKey: []string{"kode_unit", "id_responden"}, Fields: []Field{
		rq("id_responden", Identifier), rq("kode_unit", Identifier), rq("tanggal", Date), f("layanan", Layanan),
		f("u_persyaratan", Score), f("u_prosedur", Score), f("u_waktu", Score), f("u_biaya", Score),
		f("u_produk", Score), f("u_kompetensi", Score), f("u_perilaku", Score), f("u_pengaduan", Score),
		f("u_sarana", Score),
	}},
	"trainings": {Name: "trainings", Fields: []Field{
		rq("nip", NIP), rq("kegiatan", Text), f("jenis_kompetensi", JenisKomp), f("kompetensi", Text),
		rq("jp", Decimal), rq("tanggal_mulai", Date), f("tanggal_selesai", Date),
	}},
	"potentials": {Name: "potentials", Fields: []Field{
		rq("nip", NIP), rq("tahun", Integer), rq("potensi", Potensi),
	}},
}

func berakhlakFields() []Field {
	out := make([]Field, len(BerAKHLAK))
	for i, v := range BerAKHLAK {
		out[i] = f("perilaku_"+v, Rating)
	}
	return out
}

// KindNames returns the kind names, sorted.
func KindNames() []string {
	names := make([]string, 0, len(Kinds))
	for n := range Kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// LookupKind returns the named kind or an error listing the valid ones.
func LookupKind(name string) (Kind, error) {
	k, ok := Kinds[name]
	if !ok {
		return Kind{}, fmt.Errorf("unknown kind %q (kinds: %s)", name, strings.Join(KindNames(), ", "))
	}
	return k, nil
}

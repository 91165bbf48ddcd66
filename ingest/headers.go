package ingest

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

// FoldHeader folds a header as the contract says: case-insensitive, trimmed,
// runs of spaces and punctuation become one '_'.
func FoldHeader(h string) string {
	h = strings.TrimPrefix(h, "\ufeff")
	return strings.Trim(nonAlnum.ReplaceAllString(strings.ToLower(strings.TrimSpace(h)), "_"), "_")
}

// headerAliases are the common Indonesian headers known without configuration
// (folded form -> canonical field).
var headerAliases = map[string]string{
	"nip_baru":                "nip",
	"nip_pegawai":             "nip",
	"nama_pegawai":            "nama",
	"nama_lengkap":            "nama",
	"unit_kerja":              "kode_unit",
	"unor":                    "kode_unit",
	"kode_unor":               "kode_unit",
	"predikat_kinerja":        "predikat",
	"rating_hasil_kerja":      "hasil_kerja",
	"rating_perilaku_kerja":   "perilaku_kerja",
	"nip_atasan":              "nip_penilai",
	"nip_penilai_kinerja":     "nip_penilai",
	"jenis_pegawai":           "jenis_asn",
	"status_pegawai":          "jenis_asn",
	"tmt_jabatan":             "berlaku_mulai",
	"pangkat_golongan":        "golongan",
	"gol_ruang":               "golongan",
	"kode_kabupaten_kota":     "kode_wilayah",
	"kode_kab_kota":           "kode_wilayah",
	"kode_wilayah_kemendagri": "kode_wilayah",
	"jumlah_jp":               "jp",
	"jam_pelajaran":           "jp",
}

// headerMap decides, for the headers of one source, which canonical field each
// feeds. mapping (from the pipeline config: source header -> field) wins over
// the built-in folding. It returns field -> source header, and the headers
// that feed no field.
func headerMap(k Kind, headers []string, mapping map[string]string) (map[string]string, []string, error) {
	byField := map[string]string{}
	var extra []string
	explicit := map[string]string{}
	for src, dst := range mapping {
		if _, ok := k.Field(dst); !ok {
			return nil, nil, fmt.Errorf("mapping %q -> %q: %s has no field %q", src, dst, k.Name, dst)
		}
		explicit[FoldHeader(src)] = dst
	}
	for _, h := range headers {
		fh := FoldHeader(h)
		field, ok := explicit[fh]
		if !ok {
			if _, isField := k.Field(fh); isField {
				field, ok = fh, true
			} else if a, isAlias := headerAliases[fh]; isAlias {
				if _, isField := k.Field(a); isField {
					field, ok = a, true
				}
			}
		}
		if !ok {
			extra = append(extra, h)
			continue
		}
		if prev, dup := byField[field]; dup {
			return nil, nil, fmt.Errorf("columns %q and %q both map to field %s", prev, h, field)
		}
		byField[field] = h
	}
	return byField, extra, nil
}

// missingRequired lists required fields with no column (and no fixed value).
func missingRequired(k Kind, present map[string]bool) []string {
	var miss []string
	for _, fd := range k.Fields {
		if fd.Required && !present[fd.Name] {
			miss = append(miss, fd.Name)
		}
	}
	if len(k.OneOf) > 0 {
		any := false
		for _, n := range k.OneOf {
			any = any || present[n]
		}
		if !any {
			miss = append(miss, strings.Join(k.OneOf, " or "))
		}
	}
	sort.Strings(miss)
	return miss
}

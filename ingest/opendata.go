package ingest

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"strings"
	"text/template"

	"kinerja/warehouse"
)

// Open-data portal exports (Satu Data Indonesia, Open Data Jabar) come in one
// shape: [id,] kode_provinsi, nama_provinsi, [kode_kabupaten_kota,
// nama_kabupaten_kota,] [dimension columns...,] <measure>, satuan, tahun. An
// indicators source with that header and no column mapping is read as:
//
//	kode_wilayah = kode_kabupaten_kota when given, else kode_provinsi
//	               (4-digit BPS codes such as 3201 become 32.01)
//	periode      = tahun
//	indikator    = the measure column's name (jumlah_penduduk)
//	kategori     = the category (dimension) columns, each as
//	               <folded column name>=<value as written, trimmed>, joined
//	               by "; " in the file's column order: jenis_kelamin=LAKI-LAKI,
//	               or for two columns jenis_rs=RSUD; jenis_kunjungan=Rawat Jalan.
//	               A blank cell leaves its pair out, and a row whose every
//	               category cell is blank is the total: kategori NULL in raw,
//	               '' in staging and core (issue 11, point 13). A value
//	               such as JUMLAH is kept as written, not read as the total.
//	nilai        = the measure; satuan = satuan
//
// The measure is the column right before satuan. The category columns are
// every other column the portal shape does not name (id, kode_provinsi,
// nama_provinsi, kode_kabupaten_kota, nama_kabupaten_kota, satuan, tahun).
// A value is never folded into the indicator's name: a region's total and
// its breakdown are the same indikator, told apart by kategori.
//
// Zero: the portals write 0 where a region did not report (Kabupaten
// Pangandaran's population in 2013, the year after it was formed; stunting
// prevalence 0.00 for Sumedang in 2014). A 0 in an open-data export is
// therefore read as "no data": the row is quarantined with field nilai and the
// reason openDataZeroReason, not loaded as a value. A source whose measure can
// truly be 0 sets zero_is_value: true in kinerja.yaml.
type openData struct {
	prov, kab, tahun, satuan, measure string
	dims                              []string
}

const openDataZeroReason = "0 in an open-data export means no data reported; not loaded as a value (set zero_is_value: true for a measure that can be 0)"

var openDataKnown = map[string]bool{"id": true, "kode_provinsi": true, "nama_provinsi": true,
	"kode_kabupaten_kota": true, "nama_kabupaten_kota": true, "satuan": true, "tahun": true}

// detectOpenData recognises the portal shape in an indicators source without
// a mapping.
func detectOpenData(k Kind, headers []string, mapping map[string]string) (openData, bool) {
	if k.Name != "indicators" || len(mapping) > 0 {
		return openData{}, false
	}
	by := map[string]string{}
	for _, h := range headers {
		by[FoldHeader(h)] = h
	}
	if by["kode_provinsi"] == "" || by["tahun"] == "" || by["satuan"] == "" || by["indikator"] != "" || by["nilai"] != "" {
		return openData{}, false
	}
	od := openData{prov: by["kode_provinsi"], kab: by["kode_kabupaten_kota"], tahun: by["tahun"], satuan: by["satuan"]}
	for i, h := range headers {
		if FoldHeader(h) == "satuan" && i > 0 && !openDataKnown[FoldHeader(headers[i-1])] {
			od.measure = headers[i-1]
		}
	}
	if od.measure == "" {
		return openData{}, false
	}
	for _, h := range headers {
		if fh := FoldHeader(h); !openDataKnown[fh] && h != od.measure {
			od.dims = append(od.dims, h)
		}
	}
	return od, true
}

var openDataTmpl = template.Must(template.New("opendata.sql.tmpl").ParseFS(sqlFiles, "sql/opendata.sql.tmpl"))

func openDataView(ctx context.Context, conn *sql.Conn, k Kind, src Source, table, lineExpr string, od openData) (landed, error) {
	q := warehouse.QuoteIdent
	wilayah := "CAST(" + q(od.prov) + " AS VARCHAR)"
	if od.kab != "" {
		wilayah = fmt.Sprintf("coalesce(kn_text(CAST(%s AS VARCHAR)), %s)", q(od.kab), wilayah)
	}
	indikator := warehouse.QuoteString(FoldHeader(od.measure))
	present := map[string]bool{"kode_wilayah": true, "periode": true, "indikator": true, "nilai": true, "satuan": true}
	var kategori string
	if len(od.dims) > 0 {
		pairs := make([]string, len(od.dims))
		for i, d := range od.dims {
			pairs[i] = fmt.Sprintf("%s || kn_text(CAST(%s AS VARCHAR))", warehouse.QuoteString(FoldHeader(d)+"="), q(d))
		}
		// concat_ws skips the NULL pairs (blank cells); no pair at all is the total.
		kategori = "nullif(concat_ws('; ', " + strings.Join(pairs, ", ") + "), '')"
		present["kategori"] = true
	}
	var fixed []string
	for _, fd := range k.Fields {
		if v, ok := src.Fixed[fd.Name]; ok && !present[fd.Name] {
			fixed = append(fixed, fmt.Sprintf("%s AS %s", warehouse.QuoteString(v), q("in_"+fd.Name)))
			present[fd.Name] = true
		}
	}
	var buf bytes.Buffer
	err := openDataTmpl.Execute(&buf, map[string]any{
		"Line": lineExpr, "Wilayah": wilayah, "Tahun": q(od.tahun), "Indikator": indikator, "Kategori": kategori,
		"Measure": q(od.measure), "Satuan": q(od.satuan), "Fixed": strings.Join(fixed, ", "),
		"ZeroIsValue": src.ZeroIsValue, "ZeroReason": strings.ReplaceAll(openDataZeroReason, "'", "''"), "Table": table,
	})
	if err != nil {
		return landed{}, err
	}
	if _, err := conn.ExecContext(ctx, buf.String()); err != nil {
		return landed{}, fmt.Errorf("%s: open-data export: %w", src.Path, err)
	}
	var n int64
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		return landed{}, err
	}
	says := od.measure
	if len(od.dims) > 0 {
		says += " (kategori from " + strings.Join(od.dims, ", ") + ")"
	}
	return landed{rows: n, present: present, pre: true, opendata: says}, nil
}

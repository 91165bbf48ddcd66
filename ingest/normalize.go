package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"text/template"

	"kinerja/warehouse"
)

//go:embed sql/*.sql sql/*.tmpl sql/rules/*.sql
var sqlFiles embed.FS

var normalizeTmpl = template.Must(template.New("normalize.sql.tmpl").
	Funcs(template.FuncMap{"join": strings.Join}).
	ParseFS(sqlFiles, "sql/normalize.sql.tmpl"))

// mustSQL returns an embedded SQL file of sql/.
func mustSQL(name string) string {
	b, err := sqlFiles.ReadFile("sql/" + name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func macrosSQL() string {
	macros.once.Do(func() {
		text := mustSQL("macros.sql") + "\n" + mustSQL("canonical.sql")
		sum := sha256.Sum256([]byte(text))
		macros.marker = hex.EncodeToString(sum[:8])
		macros.text = text
	})
	return macros.text
}

// macros holds macrosSQL's text and a name made of a hash of it.
var macros struct {
	once         sync.Once
	text, marker string
}

// installMacros defines the kn_* macros on conn unless they are there
// already. DuckDB keeps TEMP macros per connection, and the pool hands the
// same connection to batch after batch: defining the 86 macros again took
// 77 ms a batch, most of the time of a small file. After defining them the
// connection's variable kn_macros (variables are per connection too) holds
// the text's hash; ingest defines them outside any transaction, so a
// rollback cannot take the macros away and leave the variable.
func installMacros(ctx context.Context, conn *sql.Conn) error {
	text := macrosSQL()
	var have sql.NullString
	if err := conn.QueryRowContext(ctx, `SELECT getvariable('kn_macros')`).Scan(&have); err == nil && have.String == macros.marker {
		return nil
	}
	if _, err := conn.ExecContext(ctx, text); err != nil {
		return err
	}
	_, err := conn.ExecContext(ctx, `SET VARIABLE kn_macros = '`+macros.marker+`'`)
	return err
}

// macroFor names the kn_* macro that reads a field type.
var macroFor = map[FieldType]string{
	Text: "kn_text", Code: "kn_code", NIP: "kn_nip", Date: "kn_date", Timestamp: "kn_ts",
	Decimal: "kn_decimal", Integer: "kn_int", Period: "kn_period", Region: "kn_region",
	Score: "kn_score", Rating: "kn_rating", Predikat: "kn_predikat", RatingOrg: "kn_rating_org",
	Sumber: "kn_sumber", JenisASN: "kn_jenis_asn", JenisJab: "kn_jenis_jabatan", Tingkat: "kn_tingkat",
	Layanan: "kn_layanan", Kanal: "kn_kanal", Status: "kn_status", JenisKomp: "kn_jenis_kompetensi",
	Potensi: "kn_potensi", Arah: "kn_arah", Identifier: "kn_text",
	Tanggapan: "kn_tanggapan", HasilKbrt: "kn_hasil_keberatan",
}

// what each type expects, for the quarantine reason.
var expected = map[FieldType]string{
	Date:      "a date (2025-03-31, 31/03/2025, 31 Maret 2025)",
	Timestamp: "a timestamp (2025-03-31 09:15[:00], 31/03/2025 09:15 or 31 Maret 2025 09:15; zone WIB, WITA, WIT or +07:00)",
	Decimal:   "a number (85.5 or 85,5)", Integer: "a whole number",
	Period: "a period (2025, 2025-S1, 2025-Q3, 2025-TW3, 2025-07)",
	Region: "a kode wilayah (14, 14.72 or 1472)", Score: "an answer 1-4 or a-d",
	Rating:    "di_atas, sesuai or di_bawah (ekspektasi)",
	Predikat:  "sangat_baik, baik, butuh_perbaikan, kurang or sangat_kurang",
	RatingOrg: "istimewa, baik, butuh_perbaikan, kurang or sangat_kurang",
	Sumber:    "atasan, diri, rekan or bawahan", JenisASN: "PNS or PPPK",
	JenisJab: "struktural, fungsional or pelaksana (JPT, JF, JA)", Tingkat: "provinsi or kabkota",
	Kanal: "loket, online or jemput_bola", Status: "selesai, proses or ditolak",
	JenisKomp: "teknis, manajerial or sosial_kultural", Potensi: "rendah, menengah or tinggi",
	Arah:      "naik or turun",
	Tanggapan: "setuju or keberatan", HasilKbrt: "diterima, ditolak or proses",
}

// fastFor gives, per field type, the kn_canon_* check and the kn_fast_*
// reader of values already in canonical form (sql/canonical.sql).
var fastFor = map[FieldType][2]string{
	Text: {"kn_canon_text", "kn_fast_label"}, Identifier: {"kn_canon_text", "kn_fast_label"},
	Code: {"kn_canon_code", "kn_fast_label"}, NIP: {"kn_canon_nip", ""},
	Date: {"kn_canon_date", "kn_fast_date"}, Timestamp: {"kn_canon_ts", "kn_fast_ts"},
	Decimal: {"kn_canon_decimal", "kn_fast_decimal"}, Integer: {"kn_canon_int", "kn_fast_int"},
	Period: {"kn_canon_period", "kn_fast_label"}, Region: {"kn_canon_region", "kn_fast_label"},
	Score: {"kn_canon_score", "kn_fast_score"}, Rating: {"kn_canon_rating", "kn_fast_label"},
	Predikat: {"kn_canon_predikat", "kn_fast_label"}, RatingOrg: {"kn_canon_rating_org", "kn_fast_label"},
	Sumber: {"kn_canon_sumber", "kn_fast_label"}, JenisASN: {"kn_canon_jenis_asn", "kn_fast_label"},
	JenisJab: {"kn_canon_jenis_jabatan", "kn_fast_label"}, Tingkat: {"kn_canon_tingkat", "kn_fast_label"},
	Layanan: {"kn_canon_layanan", "kn_fast_label"}, Kanal: {"kn_canon_kanal", "kn_fast_label"},
	Status: {"kn_canon_status", "kn_fast_label"}, JenisKomp: {"kn_canon_jenis_kompetensi", "kn_fast_label"},
	Potensi: {"kn_canon_potensi", "kn_fast_label"}, Arah: {"kn_canon_arah", "kn_fast_label"},
	Tanggapan: {"kn_canon_tanggapan", "kn_fast_label"}, HasilKbrt: {"kn_canon_hasil_keberatan", "kn_fast_label"},
}

// canonicalSQL renders the one scan that says, for each landed field with a
// fast path, whether every value of the batch is canonical (or NULL); the
// columns of the result are the field names.
func canonicalSQL(k Kind, present map[string]bool) (string, []string) {
	var cols, names []string
	for _, fd := range k.Fields {
		f, ok := fastFor[fd.Type]
		if !ok || !present[fd.Name] {
			continue
		}
		in := warehouse.QuoteIdent("in_" + fd.Name)
		cols = append(cols, fmt.Sprintf("coalesce(bool_and(%s IS NULL OR %s(%s)), true)", in, f[0], in))
		names = append(names, fd.Name)
	}
	if len(cols) == 0 {
		return "", nil
	}
	return "SELECT " + strings.Join(cols, ", ") + " FROM kn_landing", names
}

type tmplField struct {
	Name, In, Macro, Problem string
	Canon                    string // the kn_canon_* check of the field's type
	Index                    int
	Required, Map, NIP, Fast bool
}

// unmapped are the types read row by row: free text and identifiers (cheap)
// and timestamps (nearly every value distinct).
var unmapped = map[FieldType]bool{Text: true, Identifier: true, Timestamp: true}

// readPlan says how normalisation reads a batch's landed columns.
type readPlan struct {
	present map[string]bool   // the in_<field> columns kn_landing has
	fast    map[string]bool   // fields whose values are all canonical: read with kn_fast_* (canonicalSQL)
	orders  map[string]string // day/month order of date and timestamp fields that are not day first (dateOrders)
	pre     bool              // kn_landing has _pre, a problem found while landing (open data)
	dup     bool              // kn_dup lists later rows with an earlier row's key (fileDuplicates)
	onePass bool              // every present field fast, kn_norm only the canonical clean rows, no kn_bad (onepass.go)
}

// normalizeSQL renders the statements that turn kn_landing into kn_norm for a
// kind as the plan says. Month-first date columns are read with
// kn_date_md/kn_ts_md, undecidable ones with kn_date_mixed/kn_ts_mixed, whose
// ambiguous values get their own reason.
func normalizeSQL(k Kind, p readPlan) (string, error) {
	present, fast, orders := p.present, p.fast, p.orders
	var fields []tmplField
	for i, fd := range k.Fields {
		in := "CAST(NULL AS VARCHAR)"
		if present[fd.Name] {
			in = fmt.Sprintf(`l."in_%s"`, fd.Name)
		}
		macro, ok := macroFor[fd.Type]
		if !ok {
			return "", fmt.Errorf("kind %s: field %s has no reader for type %s", k.Name, fd.Name, fd.Type)
		}
		var problem string
		switch {
		case fd.Type == NIP:
			problem = fmt.Sprintf(`"p_%s"`, fd.Name)
		case expected[fd.Type] != "":
			problem = fmt.Sprintf(`'not %s: ''' || "in_%s" || ''''`, strings.ReplaceAll(expected[fd.Type], "'", "''"), fd.Name)
		default:
			problem = fmt.Sprintf(`'cannot read ''' || "in_%s" || ''''`, fd.Name)
		}
		switch orders[fd.Name] {
		case orderMonthFirst:
			macro += "_md"
		case orderMixed:
			macro += "_mixed"
			problem = fmt.Sprintf(`CASE WHEN kn_dm_ambiguous("in_%s") THEN 'ambiguous day/month order: ''' || "in_%s" || ''' reads as two dates, and this column holds both day-first (31/12/2025) and month-first (12/31/2025) dates' ELSE %s END`,
				fd.Name, fd.Name, problem)
		}
		tf := tmplField{Name: fd.Name, In: in, Macro: macro, Problem: problem, Index: i,
			Required: fd.Required, Map: present[fd.Name] && !unmapped[fd.Type], NIP: fd.Type == NIP}
		if (fast[fd.Name] || p.onePass) && present[fd.Name] {
			tf.Fast, tf.Map, tf.Macro = true, false, fastFor[fd.Type][1]
		}
		if present[fd.Name] {
			tf.Canon = fastFor[fd.Type][0]
		}
		fields = append(fields, tf)
	}
	rules, _ := sqlFiles.ReadFile("sql/rules/" + k.Name + ".sql")
	var ruleLines []string
	for _, line := range strings.Split(string(rules), "\n") {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "--") {
			ruleLines = append(ruleLines, line)
		}
	}
	rulesText := ""
	if len(ruleLines) > 0 {
		rulesText = "\n" + strings.Join(ruleLines, "\n")
	}
	var buf bytes.Buffer
	err := normalizeTmpl.Execute(&buf, map[string]any{"Fields": fields, "OneOf": k.OneOf, "Rules": rulesText, "Pre": p.pre, "Dup": p.dup, "OnePass": p.onePass})
	return buf.String(), err
}

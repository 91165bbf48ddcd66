package ingest

import (
	"context"
	"database/sql"
	"sort"
	"testing"
)

// canonEquivalent checks, for every field type with a fast path, that
// kn_fast_<type>(s) equals the full macro's result whenever kn_canon_<type>(s)
// holds (and, for NIPs, the problem text too). It returns the types for which
// s counted as canonical.
func canonEquivalent(t *testing.T, s string) []string {
	t.Helper()
	conn := fuzzConn(t)
	ctx := context.Background()
	var canon []string
	types := make([]string, 0, len(fastFor))
	for ft := range fastFor {
		types = append(types, string(ft))
	}
	sort.Strings(types)
	for _, name := range types {
		ft := FieldType(name)
		f := fastFor[ft]
		var is sql.NullBool
		if err := conn.QueryRowContext(ctx, "SELECT "+f[0]+"(?::VARCHAR)", s).Scan(&is); err != nil {
			t.Fatalf("%s(%q): %v", f[0], s, err)
		}
		if !is.Valid || !is.Bool {
			continue
		}
		canon = append(canon, name)
		slow := macroFor[ft]
		var fast, full sql.NullString
		var q string
		if ft == NIP {
			q = "SELECT CAST(CASE WHEN kn_fast_nip_problem(x) IS NULL THEN x END AS VARCHAR), CAST(kn_nip(x) AS VARCHAR) FROM (SELECT ?::VARCHAR AS x)"
			var pf, ps sql.NullString
			if err := conn.QueryRowContext(ctx, "SELECT kn_fast_nip_problem(?::VARCHAR), kn_nip_problem(?::VARCHAR)", s, s).Scan(&pf, &ps); err != nil {
				t.Fatal(err)
			}
			if pf != ps {
				t.Fatalf("NIP %q: fast problem %v, full problem %v", s, pf, ps)
			}
		} else {
			q = "SELECT CAST(" + f[1] + "(x) AS VARCHAR), CAST(" + slow + "(x) AS VARCHAR) FROM (SELECT ?::VARCHAR AS x)"
			var ftyp, styp string
			if err := conn.QueryRowContext(ctx, "SELECT typeof("+f[1]+"(x)), typeof("+slow+"(x)) FROM (SELECT ?::VARCHAR AS x)", s).Scan(&ftyp, &styp); err != nil {
				t.Fatal(err)
			}
			if ftyp != styp {
				t.Fatalf("%s: fast path type %s, macro type %s", name, ftyp, styp)
			}
		}
		if err := conn.QueryRowContext(ctx, q, s).Scan(&fast, &full); err != nil {
			t.Fatalf("%s(%q): %v", name, s, err)
		}
		if fast != full {
			t.Fatalf("%s(%q): fast path %v, full macro %v", name, s, fast, full)
		}
	}
	return canon
}

// The fast paths give exactly what the full macros give, and they are taken
// for the canonical forms the generator and well-kept exports write.
func TestCanonicalFastPaths(t *testing.T) {
	cases := map[string][]string{
		// value: the types it must count as canonical for ("" = none of the listed)
		"198503122010011003":   {"nip", "int", "code", "text", "id"},
		"199912312025212001":   {"nip"}, // PPPK
		"198502302010011003":   {"nip"}, // birth date 30 Feb: canonical shape, invalid NIP
		"198503122010131003":   {"nip"}, // appointment month 13
		"198503122010011000":   {"nip"}, // sequence 000
		"2025-03-31":           {"date"},
		"2025-02-30":           {"date"}, // canonical shape, not a date: NULL both ways
		"2025-03-03 13:54:00":  {"ts"},
		"2025-03-03 13:54":     {"ts"},
		"2025-03-03 24:00:00":  {"ts"},
		"2025-Q3":              {"period"},
		"2025-S1":              {"period"},
		"2025-07":              {"period"},
		"2025":                 {"period", "int", "decimal"},
		"14.72":                {"region", "decimal"},
		"14":                   {"region", "int", "decimal"},
		"103.8":                {"decimal"},
		"di_atas":              {"rating", "code"},
		"sangat_baik":          {"predikat", "code"},
		"butuh_perbaikan":      {"predikat", "rating_org", "code"},
		"PNS":                  {"jenis_asn"},
		"KTP_EL":               {"layanan"},
		"jemput_bola":          {"kanal", "code"},
		"keberatan":            {"tanggapan", "code"},
		"diterima":             {"hasil_keberatan", "code"},
		"3":                    {"score", "int", "decimal"},
		"Teuku Azhari, S.Sos.": {"text", "id"},
	}
	// Near misses: not canonical for the type named, so the full macro reads them.
	notCanon := map[string][]string{
		" 198503122010011003":  {"nip", "text"},
		"1.98503122010011E+17": {"nip"},
		"31/03/2025":           {"date"},
		"2025-03-03T13:54:00":  {"ts"},
		"2025-03-03 13:54 WIT": {"ts"},
		"2025-TW3":             {"period"},
		"2025-Q5":              {"period"},
		"3201":                 {"region"},
		"85,5":                 {"decimal"},
		"Di Atas Ekspektasi":   {"rating"},
		"KTP":                  {"layanan"},
		"Keberatan":            {"tanggapan"},
		"DITOLAK":              {"hasil_keberatan"},
		"a":                    {"score"},
		"a  b":                 {"text"},
		"na":                   {"text", "code"},
		"-":                    {"text"},
	}
	for s, want := range cases {
		got := canonEquivalent(t, s)
		for _, w := range want {
			if !contains(got, w) {
				t.Errorf("%q: not canonical for %s (canonical for %v)", s, w, got)
			}
		}
	}
	for s, types := range notCanon {
		got := canonEquivalent(t, s)
		for _, w := range types {
			if contains(got, w) {
				t.Errorf("%q: counted canonical for %s", s, w)
			}
		}
	}
	// Every fuzz seed of the parsers goes through the equivalence too.
	for _, s := range []string{"", " ", "0", "-0", "00", "-1", "1e3", "0.5", ".5", "5.", "2025-00-10",
		"1939-01-01", "2099-12-31 23:59:59", "2025-02-29", "2024-02-29", "19990101", "KK", "kia", "Null", "NULL",
		"null", "NA", "ab\u00a0cd", "\u3000x", "x\v", "x\ty", "2025-Q0", "1989", "1990-12", "2100", "99.99", "11.00"} {
		canonEquivalent(t, s)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// FuzzCanonical: for any text, a fast path that takes it gives what the full
// macro gives.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{"198503122010011003", "2025-03-31", "2025-03-03 13:54:00", "2025-Q3", "14.72",
		"103.8", "di_atas", "KTP_EL", "3", "Teuku Azhari"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		textInput(t, s)
		canonEquivalent(t, s)
	})
}

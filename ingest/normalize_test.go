package ingest

import (
	"context"
	"database/sql"
	"testing"

	"kinerja/warehouse"
)

// macroConn opens an in-memory warehouse with the normalisation macros loaded.
func macroConn(t *testing.T) *sql.Conn {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: ":memory:"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if _, err := conn.ExecContext(ctx, macrosSQL()); err != nil {
		t.Fatal(err)
	}
	return conn
}

// eval returns CAST(macro(in) AS VARCHAR), "" standing for NULL.
func eval(t *testing.T, conn *sql.Conn, macro, in string) string {
	t.Helper()
	var out sql.NullString
	if err := conn.QueryRowContext(context.Background(), "SELECT CAST("+macro+"(?) AS VARCHAR)", in).Scan(&out); err != nil {
		t.Fatalf("%s(%q): %v", macro, in, err)
	}
	return out.String
}

func TestNormaliseNIP(t *testing.T) {
	conn := macroConn(t)
	cases := []struct{ in, want, asn string }{
		{"198503122010011003", "198503122010011003", "PNS"},
		{"19850312 201001 1 003", "198503122010011003", "PNS"},
		{"'198503122010011003", "198503122010011003", "PNS"},
		{"198503122010011003.0", "198503122010011003", "PNS"},
		{"199001012019221005", "199001012019221005", "PPPK"},     // PPPK: 2019, digit 2, contract 2, gender 1
		{"1.98503122010011E+17", "", ""},                         // Excel rounded the digits away
		{"1.98503122010011003E+17", "198503122010011003", "PNS"}, // all 18 digits: unambiguous
		{"198503122010011000", "", ""},                           // sequence 000: rounded away
		{"19850312201001100", "", ""},                            // 17 digits
		{"198513122010011003", "", ""},                           // month 13 in the birth date
		{"198503122010131003", "", ""},                           // TMT month 13, not PPPK either
		{"198503122000011003", "", ""},                           // appointed at 14
		{"198503122010013003", "", ""},                           // gender 3
		{"199001012099011001", "", ""},                           // appointed in the future
		{"abc", "", ""},
	}
	for _, c := range cases {
		if got := eval(t, conn, "kn_nip", c.in); got != c.want {
			t.Errorf("kn_nip(%q) = %q, want %q", c.in, got, c.want)
		}
		if c.want == "" {
			if p := eval(t, conn, "kn_nip_problem", c.in); p == "" {
				t.Errorf("kn_nip_problem(%q) gave no reason", c.in)
			}
		} else if got := eval(t, conn, "kn_jenis_asn_from_nip", c.want); got != c.asn {
			t.Errorf("jenis_asn of %s = %q, want %s", c.want, got, c.asn)
		}
	}
	if p := eval(t, conn, "kn_nip_problem", "1.98503122010011E+17"); p != "NIP in scientific notation: Excel rounded its digits away" {
		t.Errorf("reason for rounded NIP = %q", p)
	}
}

func TestNormalisePeriod(t *testing.T) {
	conn := macroConn(t)
	cases := map[string]string{
		"2025": "2025", " 2025 ": "2025", "2025-Q3": "2025-Q3", "2025-TW3": "2025-Q3", "2025 TW III": "2025-Q3",
		"Triwulan IV 2024": "2024-Q4", "tw1-2025": "2025-Q1", "2025-S1": "2025-S1", "Semester II 2025": "2025-S2",
		"2025-07": "2025-07", "2025-7": "2025-07", "2025-13": "", "2025-Q5": "", "triwulan": "", "1899": "",
	}
	for in, want := range cases {
		if got := eval(t, conn, "kn_period", in); got != want {
			t.Errorf("kn_period(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormaliseLabels(t *testing.T) {
	conn := macroConn(t)
	cases := []struct{ macro, in, want string }{
		{"kn_rating", "Di Atas Ekspektasi", "di_atas"},
		{"kn_rating", "di_atas", "di_atas"},
		{"kn_rating", "SESUAI EKSPEKTASI", "sesuai"},
		{"kn_rating", "di bawah ekspektasi", "di_bawah"},
		{"kn_rating", "luar biasa", ""},
		{"kn_predikat", "SANGAT BAIK", "sangat_baik"},
		{"kn_predikat", "Kurang/Misconduct", "kurang"},
		{"kn_predikat", "Butuh Perbaikan", "butuh_perbaikan"},
		{"kn_predikat", "sangat_kurang", "sangat_kurang"},
		{"kn_rating_org", "Cukup", "butuh_perbaikan"},
		{"kn_sumber", "Atasan Langsung", "atasan"},
		{"kn_jenis_jabatan", "JF", "fungsional"},
		{"kn_layanan", "KTP-el", "KTP_EL"},
		{"kn_layanan", "Akta Kelahiran", "AKTA_LAHIR"},
		{"kn_status", "Selesai", "selesai"},
		{"kn_score", "c", "3"},
		{"kn_score", "4", "4"},
		{"kn_score", "5", ""},
		{"kn_region", "3201", "32.01"},
		{"kn_region", "32.01", "32.01"},
		{"kn_region", "14", "14"},
		{"kn_region", "9271", "92.71"},
		{"kn_region", "10.01", ""},
		{"kn_region", "32.00", ""},
		{"kn_decimal", "85,5", "85.5"},
		{"kn_decimal", "85.5", "85.5"},
		{"kn_decimal", "1.234,5", "1234.5"},
		{"kn_decimal", "97,5%", "97.5"},
		{"kn_decimal", "delapan", ""},
		{"kn_int", "1.234", "1234"},
		{"kn_int", "12", "12"},
		{"kn_int", "12,5", ""},
		{"kn_date", "2025-03-31", "2025-03-31"},
		{"kn_date", "31/03/2025", "2025-03-31"},
		{"kn_date", "31-03-2025", "2025-03-31"},
		{"kn_date", "31 Maret 2025", "2025-03-31"},
		{"kn_date", "1 Agustus 2024", "2024-08-01"},
		{"kn_date", "45747", "2025-03-31"},
		{"kn_date", "31/02/2025", ""},
		{"kn_date", "kemarin", ""},
		{"kn_ts", "2025-03-31 09:15:00", "2025-03-31 09:15:00"},
		{"kn_ts", "2025-03-31 09:15", "2025-03-31 09:15:00"},
		{"kn_ts", "2025-03-31 09:15:00+09:00", "2025-03-31 07:15:00"},
		{"kn_ts", "2025-03-31 09:15 WIT", "2025-03-31 07:15:00"},
		{"kn_ts", "2025-03-31T09:15:00+08:00", "2025-03-31 08:15:00"},
		{"kn_ts", "31/03/2025 09:15 WITA", "2025-03-31 08:15:00"},
		{"kn_ts", "2025-03-31 01:00 WIT", "2025-03-30 23:00:00"},
		{"kn_ts", "2025-03-31T02:00:00Z", "2025-03-31 09:00:00"},
		{"kn_ts", "2025-03-31", "2025-03-31 00:00:00"},
		// Every date form of the contract also with a time (issue 11.6).
		{"kn_ts", "31 Maret 2025 08:15", "2025-03-31 08:15:00"},
		{"kn_ts", "31 Maret 2025, 08.15", "2025-03-31 08:15:00"},
		{"kn_ts", "1 Agustus 2024 pukul 14:05:09", "2024-08-01 14:05:09"},
		{"kn_ts", "31 Mar 2025 08:15:30 WITA", "2025-03-31 07:15:30"},
		{"kn_ts", "31-03-2025 08:15", "2025-03-31 08:15:00"},
		{"kn_ts", "31 Maret 2025 24:00", ""},
		{"kn_ts", "31 Maret 2025 08:61", ""},
		{"kn_ts", "31 Maretan 2025 08:15", ""},
		{"kn_ts", "2025-03-31 25:00", ""},
		{"kn_ts", "2025-03-31 09:15 CET", ""},
		{"kn_ts", "kemarin", ""},
	}
	for _, c := range cases {
		if got := eval(t, conn, c.macro, c.in); got != c.want {
			t.Errorf("%s(%q) = %q, want %q", c.macro, c.in, got, c.want)
		}
	}
}

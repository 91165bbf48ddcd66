package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadText writes body to a file named name in a temp dir and loads it as kind.
func loadText(t *testing.T, kind, name, body string) (Result, func(q string) []string) {
	t.Helper()
	db, _ := openTestWarehouse(t)
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Load(context.Background(), db, Source{Kind: kind, Path: p})
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	assertAccounting(t, db)
	return res, func(q string) []string {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		return out
	}
}

// Issue 11.3: a US-locale export writes month first. 12/31/2025 can only be
// month first, so the column is, and 10/01/2025 is 1 October, not 10 January.
func TestMonthFirstColumnIsReadMonthFirst(t *testing.T) {
	t.Parallel()
	res, q := loadText(t, "trainings", "pelatihan_us.csv",
		"nip,kegiatan,jp,tanggal_mulai\n"+
			"198503122010011003,Bimtek A,8,12/31/2025\n"+
			"198503122010011003,Bimtek B,8,10/01/2025\n"+
			"198503122010011003,Bimtek C,8,2/3/2025\n")
	if res.Loaded != 3 || res.Quarantined != 0 {
		t.Fatalf("loaded %d, quarantined %d: %+v", res.Loaded, res.Quarantined, res.Reasons)
	}
	got := strings.Join(q("SELECT CAST(tanggal_mulai AS VARCHAR) FROM raw.trainings ORDER BY _line"), " ")
	if want := "2025-12-31 2025-10-01 2025-02-03"; got != want {
		t.Errorf("tanggal_mulai = %s, want %s", got, want)
	}
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "tanggal_mulai: read month first") {
		t.Errorf("notes = %q", res.Notes)
	}
}

// A column that holds both orders cannot be decided: values that read both
// ways are quarantined with that reason; values that read one way only load.
// Timestamps follow the same rule.
func TestMixedDayMonthColumnQuarantinesAmbiguousValues(t *testing.T) {
	t.Parallel()
	res, q := loadText(t, "service_requests", "dukcapil_campur.csv",
		"id_permohonan,kode_unit,layanan,diajukan\n"+
			"P1,A,KTP-el,31/12/2025 08:00\n"+
			"P2,A,KTP-el,12/31/2025 09:00\n"+
			"P3,A,KTP-el,03/04/2025 10:00\n"+
			"P4,A,KTP-el,04/04/2025 11:00\n")
	if res.Read != 4 || res.Loaded != 3 || res.Quarantined != 1 {
		t.Fatalf("read %d, loaded %d, quarantined %d", res.Read, res.Loaded, res.Quarantined)
	}
	got := strings.Join(q("SELECT id_permohonan || '=' || CAST(diajukan AS VARCHAR) FROM raw.service_requests ORDER BY _line"), " ")
	if want := "P1=2025-12-31 08:00:00 P2=2025-12-31 09:00:00 P4=2025-04-04 11:00:00"; got != want {
		t.Errorf("loaded %s, want %s", got, want)
	}
	reason := strings.Join(q("SELECT location || ' ' || field || ': ' || reason FROM meta.quarantine"), "")
	if !strings.HasPrefix(reason, "line 4 diajukan: ambiguous day/month order: '03/04/2025 10:00' reads as two dates") {
		t.Errorf("quarantine reason = %q", reason)
	}
}

// The contract's own order is untouched: with no month-first value, 03/04/2025
// is 3 April.
func TestDayFirstColumnStaysDayFirst(t *testing.T) {
	t.Parallel()
	res, q := loadText(t, "trainings", "pelatihan.csv",
		"nip,kegiatan,jp,tanggal_mulai\n198503122010011003,Bimtek A,8,03/04/2025\n198503122010011003,Bimtek B,8,31/03/2025\n")
	if res.Loaded != 2 || len(res.Notes) != 0 {
		t.Fatalf("%+v", res)
	}
	if got := strings.Join(q("SELECT CAST(tanggal_mulai AS VARCHAR) FROM raw.trainings ORDER BY _line"), " "); got != "2025-04-03 2025-03-31" {
		t.Errorf("tanggal_mulai = %s", got)
	}
}

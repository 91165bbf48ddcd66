package ingest

// Fuzz targets for the normalisation macros (ingest/sql/macros.sql) and the
// CSV and JSON readers. Seed corpora are in testdata/fuzz/<FuzzName>/; plain
// `go test` runs them, `make fuzz` fuzzes each for a while
// (docs/ROBUSTNESS.md). Every input must give a value or NULL (macros), or a
// loaded batch that accounts for every row or an error (readers): never a
// panic, never an SQL error from a macro.

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"kinerja/warehouse"
)

var fuzzMacros struct {
	sync.Mutex
	conn *sql.Conn
}

// fuzzConn is one in-memory DuckDB with the macros, per fuzz worker process.
func fuzzConn(t *testing.T) *sql.Conn {
	fuzzMacros.Lock()
	defer fuzzMacros.Unlock()
	if fuzzMacros.conn != nil {
		return fuzzMacros.conn
	}
	ctx := context.Background()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: ":memory:", Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, macrosSQL()); err != nil {
		t.Fatal(err)
	}
	fuzzMacros.conn = conn
	return conn
}

// textInput skips what no reader can hand a macro: the CSV scan transcodes
// invalid UTF-8 and DuckDB strings stop at NUL.
func textInput(t *testing.T, s string) {
	if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
		t.Skip("not text a reader produces")
	}
}

// macro evaluates CAST(name(in) AS VARCHAR); ok=false for NULL. An SQL error
// fails the test: a macro must turn any text into a value or NULL.
func macro(t *testing.T, name, in string) (string, bool) {
	t.Helper()
	var out sql.NullString
	if err := fuzzConn(t).QueryRowContext(context.Background(), "SELECT CAST("+name+"(?::VARCHAR) AS VARCHAR)", in).Scan(&out); err != nil {
		t.Fatalf("%s(%q): %v", name, in, err)
	}
	return out.String, out.Valid
}

// idempotent checks name(name(in)) = name(in) for a non-NULL result.
func idempotent(t *testing.T, name, in string) (string, bool) {
	t.Helper()
	out, ok := macro(t, name, in)
	if !ok {
		return "", false
	}
	again, ok2 := macro(t, name, out)
	if !ok2 || again != out {
		t.Fatalf("%s not idempotent: %q -> %q -> %q (valid %v)", name, in, out, again, ok2)
	}
	return out, true
}

var (
	nipRE    = regexp.MustCompile(`^\d{18}$`)
	regionRE = regexp.MustCompile(`^\d\d(\.\d\d)?$`)
	periodRE = regexp.MustCompile(`^(199\d|20\d\d)(-Q[1-4]|-S[12]|-(0[1-9]|1[0-2]))?$`)
	dateRE   = regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)
)

func FuzzNIP(f *testing.F) {
	f.Add("198503122010011003")
	f.Fuzz(func(t *testing.T, s string) {
		textInput(t, s)
		if out, ok := idempotent(t, "kn_nip", s); ok && !nipRE.MatchString(out) {
			t.Fatalf("kn_nip(%q) = %q, not 18 digits", s, out)
		}
		macro(t, "kn_nip_problem", s)
	})
}

func FuzzDate(f *testing.F) {
	f.Add("31 Maret 2025")
	f.Fuzz(func(t *testing.T, s string) {
		textInput(t, s)
		if out, ok := idempotent(t, "kn_date", s); ok && !dateRE.MatchString(out) {
			t.Fatalf("kn_date(%q) = %q", s, out)
		}
		macro(t, "kn_ts", s)
		for _, m := range []string{"kn_date_md", "kn_date_mixed", "kn_ts_md", "kn_ts_mixed"} {
			macro(t, m, s)
		}
	})
}

func FuzzNumber(f *testing.F) {
	f.Add("1.234,56")
	f.Fuzz(func(t *testing.T, s string) {
		textInput(t, s)
		macro(t, "kn_decimal", s)
		idempotent(t, "kn_int", s)
	})
}

var labelMacros = []string{"kn_rating", "kn_predikat", "kn_rating_org", "kn_sumber", "kn_jenis_asn",
	"kn_jenis_jabatan", "kn_tingkat", "kn_layanan", "kn_kanal", "kn_status", "kn_jenis_kompetensi",
	"kn_potensi", "kn_arah", "kn_tanggapan", "kn_hasil_keberatan", "kn_code", "kn_score"}

func FuzzLabel(f *testing.F) {
	f.Add("Di Atas Ekspektasi")
	f.Fuzz(func(t *testing.T, s string) {
		textInput(t, s)
		for _, m := range labelMacros {
			if out, ok := idempotent(t, m, s); ok && (out == "" || strings.ContainsAny(out, " \t\n")) && m != "kn_score" {
				t.Fatalf("%s(%q) = %q: not a canonical label", m, s, out)
			}
		}
		macro(t, "kn_text", s)
	})
}

func FuzzPeriod(f *testing.F) {
	f.Add("Triwulan III 2025")
	f.Fuzz(func(t *testing.T, s string) {
		textInput(t, s)
		if out, ok := idempotent(t, "kn_period", s); ok && !periodRE.MatchString(out) {
			t.Fatalf("kn_period(%q) = %q, not a canonical period", s, out)
		}
	})
}

func FuzzRegion(f *testing.F) {
	f.Add("3201")
	f.Fuzz(func(t *testing.T, s string) {
		textInput(t, s)
		if out, ok := idempotent(t, "kn_region", s); ok && !regionRE.MatchString(out) {
			t.Fatalf("kn_region(%q) = %q", s, out)
		}
	})
}

var fuzzWarehouse struct {
	sync.Mutex
	db, general *warehouse.DB
	dir         string
	n           int
	lastErr     error // the first load's error
}

// fuzzLoad loads data as an employees file with the given extension into one
// in-memory warehouse per worker, and checks the batch accounts for every row
// or fails leaving the warehouse as it was. The same file is also loaded the
// general way only (no one pass) into a second warehouse that sees the same
// files in the same order: both must give the same outcome, the same counts
// and the same raw and quarantined rows (the one pass keeps a batch only when
// the general load would load it the same).
func fuzzLoad(t *testing.T, data []byte, ext string) {
	fuzzWarehouse.Lock()
	defer fuzzWarehouse.Unlock()
	ctx := context.Background()
	if fuzzWarehouse.db == nil {
		open := func() *warehouse.DB {
			db, err := warehouse.Open(ctx, warehouse.Options{Path: ":memory:", Threads: 1})
			if err != nil {
				t.Fatal(err)
			}
			if err := Prepare(ctx, db); err != nil {
				t.Fatal(err)
			}
			return db
		}
		dir, err := os.MkdirTemp("", "kinerja-fuzz-")
		if err != nil {
			t.Fatal(err)
		}
		fuzzWarehouse.db, fuzzWarehouse.general, fuzzWarehouse.dir = open(), open(), dir
	}
	db := fuzzWarehouse.db
	fuzzWarehouse.n++
	p := filepath.Join(fuzzWarehouse.dir, fmt.Sprintf("in%d%s", fuzzWarehouse.n%4, ext))
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	defer fuzzSameAsGeneral(t, data, p)
	count := func() (batches, raw, quarantine int64) {
		db.QueryRow(`select count(*) from meta.batches`).Scan(&batches)
		db.QueryRow(`select count(*) from raw.employees`).Scan(&raw)
		db.QueryRow(`select count(*) from meta.quarantine`).Scan(&quarantine)
		return
	}
	b0, r0, q0 := count()
	res, err := Load(ctx, db, Source{Name: "fuzz", Kind: "employees", Path: p})
	fuzzWarehouse.lastErr = err
	b1, r1, q1 := count()
	if err != nil {
		if b1 != b0 || q1 != q0 || r1 > r0 {
			t.Fatalf("failed load changed the warehouse: batches %d->%d raw %d->%d quarantine %d->%d: %v", b0, b1, r0, r1, q0, q1, err)
		}
		return
	}
	if res.Unchanged {
		return
	}
	if res.Read != res.Loaded+res.Quarantined {
		t.Fatalf("read %d != loaded %d + quarantined %d", res.Read, res.Loaded, res.Quarantined)
	}
	var read, loaded, quar int64
	if err := db.QueryRow(`select rows_read, rows_loaded, rows_quarantined from meta.batches where batch_id = ?`, res.BatchID).Scan(&read, &loaded, &quar); err != nil {
		t.Fatal(err)
	}
	if read != res.Read || loaded != res.Loaded || quar != res.Quarantined {
		t.Fatalf("meta.batches %d/%d/%d, result %d/%d/%d", read, loaded, quar, res.Read, res.Loaded, res.Quarantined)
	}
	var inRaw, inQuar int64
	db.QueryRow(`select count(*) from raw.employees where _batch = ?`, res.BatchID).Scan(&inRaw)
	db.QueryRow(`select count(*) from meta.quarantine where batch_id = ?`, res.BatchID).Scan(&inQuar)
	if inRaw != loaded {
		t.Fatalf("raw.employees has %d rows of batch %d, meta says %d loaded", inRaw, res.BatchID, loaded)
	}
	if inQuar < quar {
		t.Fatalf("meta.quarantine has %d rows of batch %d, meta says %d quarantined", inQuar, res.BatchID, quar)
	}
}

// fuzzSameAsGeneral loads the file fuzzLoad just loaded (path p) into the
// general-load warehouse and compares the outcome with the first load's.
func fuzzSameAsGeneral(t *testing.T, data []byte, p string) {
	if t.Failed() {
		return
	}
	ctx := context.Background()
	gres, gerr := Load(ctx, fuzzWarehouse.general, Source{Name: "fuzz", Kind: "employees", Path: p, noOnePass: true})
	state := func(db *warehouse.DB) string {
		var s string
		if err := db.QueryRow(`SELECT
			(SELECT count(*) || ':' || coalesce(bit_xor(hash(_batch, _line, ` + fieldList(Kinds["employees"]) + `)), 0) FROM raw.employees) || '/' ||
			(SELECT count(*) || ':' || coalesce(bit_xor(hash(batch_id, line, field, reason, raw)), 0) FROM meta.quarantine) || '/' ||
			(SELECT count(*) || ':' || coalesce(bit_xor(hash(batch_id, rows_read, rows_loaded, rows_quarantined, sha256)), 0) FROM meta.batches)`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	one, gen := state(fuzzWarehouse.db), state(fuzzWarehouse.general)
	if (gerr == nil) != (fuzzWarehouse.lastErr == nil) || one != gen {
		t.Fatalf("the one pass and the general load differ on %q:\n one pass: %v, %s\n general:  %v, %+v, %s",
			data, fuzzWarehouse.lastErr, one, gerr, gres, gen)
	}
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("nip,nama,kode_unit,berlaku_mulai\n198503122010011003,Siti,14.72.01,2024-01-01\n"))
	// canonical, but a NIP birth month 13 and a day that does not exist
	f.Add([]byte("nip,nama,kode_unit,berlaku_mulai\n198503122010011003,Siti,14.72.01,2024-01-01\n198513122010011003,Budi,14.72.01,2024-01-01\n"))
	f.Add([]byte("nip,nama,kode_unit,berlaku_mulai\n198503122010011003,Siti,14.72.01,2024-02-30\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzLoad(t, data, ".csv") })
}

func FuzzJSON(f *testing.F) {
	f.Add([]byte(`[{"nip":"198503122010011003","nama":"Siti","kode_unit":"14.72.01","berlaku_mulai":"2024-01-01"}]`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzLoad(t, data, ".json") })
}

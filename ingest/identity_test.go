package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/warehouse"
)

// apprRows returns an appraisals CSV with n rows of distinct NIPs.
func apprRows(n int, mark string) string {
	var b strings.Builder
	b.WriteString(apprHeader)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "19850312201001%04d,2025,%s,sesuai\n", 1001+i, mark)
	}
	return b.String()
}

func countRows(t *testing.T, db *warehouse.DB, q string) int64 {
	t.Helper()
	var n int64
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Issue 11.1: a stray quote on line 10 of a 200-row file used to load 9 rows
// and replace the good batch. Now the batch fails with the line and the
// cause, and the warehouse keeps the good batch.
func TestStrayQuoteFailsTheBatchAndKeepsTheWarehouse(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	p := filepath.Join(t.TempDir(), "penilaian.csv")
	good := apprRows(199, "di_atas")
	os.WriteFile(p, []byte(good), 0o644)
	first, err := Load(ctx, db, Source{Kind: "appraisals", Path: p})
	if err != nil || first.Loaded != 199 {
		t.Fatalf("good file: %+v %v", first, err)
	}
	lines := strings.Split(good, "\n")
	lines[9] = strings.Replace(lines[9], ",di_atas", `,"di_atas`, 1) // line 10
	os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644)
	for _, dry := range []bool{true, false} {
		load := Load
		if dry {
			load = DryRun
		}
		_, err = load(ctx, db, Source{Kind: "appraisals", Path: p})
		if err == nil || !strings.Contains(err.Error(), "line 10: a quote (\") opens a value that is never closed") ||
			!strings.Contains(err.Error(), "(191 lines)") {
			t.Fatalf("dry=%v: err = %v", dry, err)
		}
	}
	if n := countRows(t, db, "SELECT count(*) FROM raw.appraisals"); n != 199 {
		t.Errorf("raw.appraisals has %d rows after the failed batch, want the good batch's 199", n)
	}
	if n := countRows(t, db, "SELECT count(*) FROM meta.batches"); n != 1 {
		t.Errorf("%d batches, want 1", n)
	}
	// A quoted value spanning over 20 lines (two stray quotes) fails too.
	lines[9] = strings.Replace(strings.Split(good, "\n")[9], ",di_atas", `,"di_atas`, 1)
	lines[40] = strings.Replace(lines[40], ",di_atas", `,di_atas"`, 1)
	os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644)
	if _, err := Load(ctx, db, Source{Kind: "appraisals", Path: p}); err == nil || !strings.Contains(err.Error(), "line 10: a quoted value runs over 32 lines (to line 41)") {
		t.Fatalf("span: err = %v", err)
	}
}

// Issue 11.1: a new batch with under half the rows of the batch it would
// replace is refused with both counts; --force replaces it.
func TestMuchSmallerReplacementIsRefusedUnlessForced(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	p := filepath.Join(t.TempDir(), "penilaian.csv")
	os.WriteFile(p, []byte(apprRows(100, "di_atas")), 0o644)
	if _, err := Load(ctx, db, Source{Kind: "appraisals", Path: p}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(p, []byte(apprRows(40, "sesuai")), 0o644)
	for _, load := range []func(context.Context, *warehouse.DB, Source) (Result, error){DryRun, Load} {
		_, err := load(ctx, db, Source{Kind: "appraisals", Path: p})
		if err == nil || !strings.Contains(err.Error(), "this file has 40 rows, under half of the 100 rows of batch [1]") ||
			!strings.Contains(err.Error(), "--force") {
			t.Fatalf("err = %v", err)
		}
	}
	if n := countRows(t, db, "SELECT count(*) FROM raw.appraisals WHERE hasil_kerja = 'di_atas'"); n != 100 {
		t.Fatalf("the refused batch changed raw: %d di_atas rows", n)
	}
	res, err := Load(ctx, db, Source{Kind: "appraisals", Path: p, Force: true})
	if err != nil || res.Loaded != 40 || len(res.Replaced) != 1 {
		t.Fatalf("forced: %+v %v", res, err)
	}
	// Half or more replaces without asking.
	os.WriteFile(p, []byte(apprRows(20, "di_bawah")), 0o644)
	if res, err := Load(ctx, db, Source{Kind: "appraisals", Path: p}); err != nil || res.Loaded != 20 {
		t.Fatalf("20 of 40: %+v %v", res, err)
	}
	assertAccounting(t, db)
}

// Issue 11.2: identity = content + kind + sheet + every reading option. A
// second sheet of one workbook is its own batch (and source), the same file
// with another option loads again, --force reloads, and validate says what
// ingest does.
func TestBatchIdentityIncludesHowTheFileWasRead(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	dir := t.TempDir()
	x := filepath.Join(dir, "pegawai.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Pegawai_A")
	f.NewSheet("Pegawai_B")
	for sheet, nip := range map[string]string{"Pegawai_A": "198503122010011003", "Pegawai_B": "199001012019221005"} {
		f.SetSheetRow(sheet, "A1", &[]any{"nip", "nama", "kode_unit", "berlaku_mulai"})
		f.SetSheetRow(sheet, "A2", &[]any{nip, "Nama " + sheet, "U1", "2024-01-01"})
	}
	if err := f.SaveAs(x); err != nil {
		t.Fatal(err)
	}
	a, err := Load(ctx, db, Source{Kind: "employees", Path: x, Sheet: "Pegawai_A"})
	if err != nil || a.Loaded != 1 {
		t.Fatalf("sheet A: %+v %v", a, err)
	}
	b, err := Load(ctx, db, Source{Kind: "employees", Path: x, Sheet: "Pegawai_B"})
	if err != nil || b.Unchanged || b.Loaded != 1 || len(b.Replaced) != 0 || b.Source != "pegawai[Pegawai_B]" {
		t.Fatalf("sheet B: %+v %v", b, err)
	}
	if n := countRows(t, db, "SELECT count(*) FROM raw.employees"); n != 2 {
		t.Fatalf("raw.employees = %d rows, want both sheets", n)
	}
	again, err := Load(ctx, db, Source{Kind: "employees", Path: x, Sheet: "Pegawai_B"})
	if err != nil || !again.Unchanged || again.BatchID != b.BatchID {
		t.Fatalf("sheet B again: %+v %v", again, err)
	}
	forced, err := Load(ctx, db, Source{Kind: "employees", Path: x, Sheet: "Pegawai_B", Force: true})
	if err != nil || forced.Unchanged || len(forced.Replaced) != 1 || forced.Replaced[0] != b.BatchID {
		t.Fatalf("forced: %+v %v", forced, err)
	}

	// The same CSV read with another option (the one the quarantine
	// recommends for open-data zeros, or a mapping) is a new batch.
	c := filepath.Join(dir, "skp.csv")
	os.WriteFile(c, []byte("NIP Pegawai,periode,hasil_kerja,perilaku_kerja\n198503122010011003,2025,di_atas,sesuai\n"), 0o644)
	m1 := map[string]string{"NIP Pegawai": "nip"}
	if r, err := Load(ctx, db, Source{Kind: "appraisals", Path: c, Mapping: m1}); err != nil || r.Loaded != 1 {
		t.Fatalf("csv: %+v %v", r, err)
	}
	for _, src := range []Source{
		{Kind: "appraisals", Path: c, Mapping: m1, ZeroIsValue: true},
		{Kind: "appraisals", Path: c, Mapping: m1, Delimiter: ","},
		{Kind: "appraisals", Path: c, Mapping: m1, Encoding: "utf-8"},
	} {
		if r, err := Load(ctx, db, src); err != nil || r.Unchanged {
			t.Errorf("%s: %+v %v", readOptions(src, "csv"), r, err)
		}
	}
	if r, _ := Load(ctx, db, Source{Kind: "appraisals", Path: c, Mapping: m1, Encoding: "utf-8"}); !r.Unchanged {
		t.Errorf("same options again: %+v", r)
	}

	// validate, with this warehouse's ledger, says the same.
	cfgPath := filepath.Join(dir, "kinerja.yaml")
	os.WriteFile(cfgPath, []byte(`sources:
  - name: pegawai_b
    kind: employees
    path: pegawai.xlsx
    sheet: Pegawai_B
  - name: pegawai_a
    kind: employees
    path: pegawai.xlsx
    sheet: Pegawai_A
`), 0o644)
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	checks, err := Validate(ctx, cfg, db, nil)
	if err != nil || len(checks) != 2 {
		t.Fatalf("validate: %+v %v", checks, err)
	}
	// Both sheets' content is loaded the same way (under other source
	// names: identity is content + kind + options, not the name).
	for _, ch := range checks {
		if ch.Err != nil || !ch.Result.Unchanged {
			t.Errorf("validate %s: %+v %v", ch.Source, ch.Result, ch.Err)
		}
	}
}

package ingest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kinerja/warehouse"
)

const apprHeader = "nip,periode,hasil_kerja,perilaku_kerja\n"

func TestSameFileAgainIsANoOpAndACorrectedFileReplaces(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "penilaian.csv")
	os.WriteFile(p, []byte(apprHeader+"198503122010011003,2025,di_atas,sesuai\n199001012019221005,2025,bagus,sesuai\n"), 0o644)
	first, err := Load(ctx, db, Source{Kind: "appraisals", Path: p})
	if err != nil || first.Loaded != 1 || first.Quarantined != 1 {
		t.Fatalf("first load: %+v %v", first, err)
	}
	before := snapshot(t, db)
	again, err := Load(ctx, db, Source{Kind: "appraisals", Path: p})
	if err != nil || !again.Unchanged || again.BatchID != first.BatchID {
		t.Fatalf("same file again: %+v %v", again, err)
	}
	if after := snapshot(t, db); after != before {
		t.Errorf("the no-op changed the warehouse")
	}
	// The corrected file, same source name: replaces batch 1 and its quarantine stays with batch 1.
	os.WriteFile(p, []byte(apprHeader+"198503122010011003,2025,di_atas,sesuai\n199001012019221005,2025,sesuai,sesuai\n198001012005011001,2025,sesuai,sesuai\n"), 0o644)
	fixed, err := Load(ctx, db, Source{Kind: "appraisals", Path: p})
	if err != nil || fixed.Loaded != 3 || len(fixed.Replaced) != 1 || fixed.Replaced[0] != first.BatchID {
		t.Fatalf("corrected file: %+v %v", fixed, err)
	}
	var live, rows, replacedBy int64
	db.QueryRow("SELECT count(*) FROM meta.batches WHERE replaced_by IS NULL").Scan(&live)
	db.QueryRow("SELECT count(*) FROM raw.appraisals").Scan(&rows)
	db.QueryRow("SELECT replaced_by FROM meta.batches WHERE batch_id = ?", first.BatchID).Scan(&replacedBy)
	if live != 1 || rows != 3 || replacedBy != fixed.BatchID {
		t.Errorf("after replace: %d live batches, %d raw rows, batch %d replaced by %d", live, rows, first.BatchID, replacedBy)
	}
	// Another source name with other content adds a batch beside it.
	q := filepath.Join(dir, "penilaian_lain.csv")
	os.WriteFile(q, []byte(apprHeader+"198001012005011002,2025,sesuai,sesuai\n"), 0o644)
	if _, err := Load(ctx, db, Source{Kind: "appraisals", Path: q}); err != nil {
		t.Fatal(err)
	}
	db.QueryRow("SELECT count(*) FROM raw.appraisals").Scan(&rows)
	if rows != 4 {
		t.Errorf("two sources: %d raw rows, want 4", rows)
	}
	assertAccounting(t, db)
}

func TestOpenDataZeroIsValueKeepsZeros(t *testing.T) {
	ctx := context.Background()
	path := sharedOpenData("jabar_pns_jabatan_fungsional.csv")
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared is absent")
	}
	db, _ := openTestWarehouse(t)
	res, err := Load(ctx, db, Source{Kind: "indicators", Path: path, ZeroIsValue: true})
	if err != nil || res.Read != 143 || res.Loaded != 143 || res.Quarantined != 0 {
		t.Fatalf("zero_is_value: %+v %v", res, err)
	}
	var zeros int64
	db.QueryRow("SELECT count(*) FROM raw.indicators WHERE nilai = 0").Scan(&zeros)
	if zeros != 10 {
		t.Errorf("%d zero values loaded, want 10", zeros)
	}
}

func TestDryRunLeavesTheWarehouseAsItWas(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	before := snapshot(t, db)
	res, err := DryRun(ctx, db, Source{Kind: "appraisals", Path: "../testdata/ingest/appraisals/empty_required_field.csv"})
	if err != nil || res.Read != 3 || res.Loaded != 1 || res.Quarantined != 2 || !res.DryRun {
		t.Fatalf("dry run: %+v %v", res, err)
	}
	if len(res.Samples) != 2 || res.Samples[0].Location != "line 2" || res.Samples[0].Field != "periode" {
		t.Errorf("samples: %+v", res.Samples)
	}
	if after := snapshot(t, db); after != before {
		t.Errorf("dry run changed the warehouse:\n%s\n%s", before, after)
	}
}

// A process killed inside the batch transaction, just before it commits,
// leaves the warehouse as it was: the helper process loads a file and is
// SIGKILLed while the batch waits to commit; the warehouse, reopened, holds
// only what was there before.
func TestKilledMidLoadLeavesTheWarehouseAsItWas(t *testing.T) {
	if os.Getenv("KINERJA_KILL_HELPER") != "" {
		killHelper()
		return
	}
	ctx := context.Background()
	dir := t.TempDir()
	wpath := filepath.Join(dir, "w.duckdb")
	db, err := warehouse.Open(ctx, warehouse.Options{Path: wpath})
	if err != nil {
		t.Fatal(err)
	}
	if err := Prepare(ctx, db); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(ctx, db, Source{Kind: "appraisals", Path: "../testdata/ingest/appraisals/comma_clean.csv"}); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, db)
	db.Close()

	big := filepath.Join(dir, "besar.csv")
	var b strings.Builder
	b.WriteString(apprHeader)
	for i := 0; i < 50000; i++ {
		b.WriteString("198001012005011001,2025,sesuai,sesuai\n")
	}
	os.WriteFile(big, []byte(b.String()), 0o644)
	marker := filepath.Join(dir, "in-transaction")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledMidLoadLeavesTheWarehouseAsItWas$")
	cmd.Env = append(os.Environ(), "KINERJA_KILL_HELPER=1", "KINERJA_KILL_WAREHOUSE="+wpath, "KINERJA_KILL_FILE="+big, "KINERJA_KILL_MARKER="+marker)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, err := os.Stat(marker); err == nil {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the helper never reached the commit")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()

	db, err = warehouse.Open(ctx, warehouse.Options{Path: wpath})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer db.Close()
	if after := snapshot(t, db); after != before {
		t.Errorf("a killed load changed the warehouse:\n before %s\n after  %s", before, after)
	}
	// And the same file loads normally afterwards.
	res, err := Load(ctx, db, Source{Kind: "appraisals", Path: big})
	if err != nil || res.Loaded != 50000 {
		t.Errorf("load after the kill: %+v %v", res, err)
	}
}

func killHelper() {
	ctx := context.Background()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: os.Getenv("KINERJA_KILL_WAREHOUSE")})
	if err != nil {
		os.Exit(2)
	}
	testHookBeforeCommit = func() {
		os.WriteFile(os.Getenv("KINERJA_KILL_MARKER"), nil, 0o644)
		time.Sleep(time.Minute)
	}
	Load(ctx, db, Source{Kind: "appraisals", Path: os.Getenv("KINERJA_KILL_FILE")})
	os.Exit(3)
}

package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"kinerja/warehouse"
)

// writeRequests writes a canonical, clean Dukcapil requests file of n rows
// under titles title lines, whose id_permohonan names the row's physical
// line (PMH-<line>), and returns its path.
func writeRequests(t *testing.T, dir string, n, titles int) string {
	t.Helper()
	p := filepath.Join(dir, fmt.Sprintf("dukcapil_%d_%d.csv", n, titles))
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	line := 1
	for i := 0; i < titles; i++ {
		fmt.Fprintf(w, "REKAP PERMOHONAN %d\n", i+1)
		line++
	}
	fmt.Fprintln(w, "id_permohonan,kode_unit,layanan,kanal,diajukan,selesai,status,nip_petugas")
	line++
	layanan := []string{"KTP_EL", "KK", "AKTA_LAHIR", "PINDAH"}
	for i := 0; i < n; i++ {
		fmt.Fprintf(w, "PMH-%d,14.72.03,%s,loket,2025-03-%02d 08:15:00,2025-03-%02d 11:40:00,selesai,198503122010011003\n",
			line, layanan[i%len(layanan)], 1+i%28, 1+i%28)
		line++
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// The one pass loads a canonical, clean file exactly as the general load
// does: the same rows, values and lines (id_permohonan names each row's
// line, so a row numbered out of file order or off by one shows), the same
// counts; and the file is hashed beside the read. The file is large enough
// (without -short) for DuckDB to read it with several threads.
func TestOnePassLoadsAsTheGeneralLoad(t *testing.T) {
	n := 400_000
	if testing.Short() {
		n = 30_000
	}
	ctx := context.Background()
	dir := t.TempDir()
	for _, titles := range []int{0, 2} {
		p := writeRequests(t, dir, n, titles)
		one, _ := openTestWarehouse(t)
		res, err := Load(ctx, one, Source{Kind: "service_requests", Path: p})
		if err != nil {
			t.Fatal(err)
		}
		if !res.onePass || res.Read != int64(n) || res.Loaded != int64(n) || res.Quarantined != 0 || res.SHA256 == "" {
			t.Fatalf("titles %d: one pass %v, read %d, loaded %d, quarantined %d, sha %q; want the one pass, %d loaded",
				titles, res.onePass, res.Read, res.Loaded, res.Quarantined, res.SHA256, n)
		}
		var off int64
		if err := one.QueryRow(`SELECT count(*) FROM raw.service_requests
			WHERE _line <> CAST(substr(id_permohonan, 5) AS BIGINT)`).Scan(&off); err != nil || off != 0 {
			t.Fatalf("titles %d: %d rows carry another line than their own (%v)", titles, off, err)
		}
		gen, _ := openTestWarehouse(t)
		gres, err := Load(ctx, gen, Source{Kind: "service_requests", Path: p, noOnePass: true})
		if err != nil {
			t.Fatal(err)
		}
		if gres.onePass || gres.SHA256 != res.SHA256 || gres.Loaded != res.Loaded || gres.BatchID != res.BatchID ||
			fmt.Sprint(gres.Notes) != fmt.Sprint(res.Notes) {
			t.Fatalf("titles %d: general %+v\none pass %+v", titles, gres, res)
		}
		if a, b := rawDigest(t, one), rawDigest(t, gen); a != b {
			t.Errorf("titles %d: raw rows differ: one pass %s, general %s", titles, a, b)
		}
	}
}

// rawDigest sums up the raw rows of service requests, lines and values,
// whatever their batch id.
func rawDigest(t *testing.T, db *warehouse.DB) string {
	t.Helper()
	var d string
	if err := db.QueryRow(`SELECT count(*) || ':' || bit_xor(hash(_line, ` + fieldList(Kinds["service_requests"]) + `)) FROM raw.service_requests`).Scan(&d); err != nil {
		t.Fatal(err)
	}
	return d
}

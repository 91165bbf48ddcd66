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

// The one pass keeps a batch only when every row is canonical and has no
// problem. For each way a canonical row can still be broken (a NIP that is
// 18 digits but not a real one, a required field empty, a date that matches
// the pattern but does not exist, one of a pair missing, each kind's row
// rules), a file with one clean and one such row is taken back to the general
// load, which quarantines that row with its field; the clean row alone goes
// through the one pass (so the case cannot pass because the one pass never
// applied).
func TestOnePassLeavesEveryProblemToTheGeneralLoad(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	cases := []struct {
		name, kind, header, clean, broken, field string
	}{
		{"nip birth date", "appraisals", "nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja,capaian_iki",
			"198209082015041001,2025-Q1,atasan,197501012000031002,sesuai,di_atas,103.8",
			"198213082015041001,2025-Q1,atasan,197501012000031002,sesuai,di_atas,103.8", "nip"},
		{"rater nip gender digit", "appraisals", "nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja,capaian_iki",
			"198209082015041001,2025-Q1,atasan,197501012000031002,sesuai,di_atas,103.8",
			"198209082015041001,2025-Q2,atasan,197501012000033002,sesuai,di_atas,103.8", "nip_penilai"},
		{"required empty", "appraisals", "nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja,capaian_iki",
			"198209082015041001,2025-Q1,atasan,197501012000031002,sesuai,di_atas,103.8",
			"198209082015041001,2025-Q2,atasan,197501012000031002,,di_atas,103.8", "hasil_kerja"},
		{"capaian rule", "appraisals", "nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja,capaian_iki",
			"198209082015041001,2025-Q1,atasan,197501012000031002,sesuai,di_atas,103.8",
			"198209082015041001,2025-Q2,atasan,197501012000031002,sesuai,di_atas,2000", "capaian_iki"},
		{"objection rule", "appraisals", "nip,periode,hasil_kerja,perilaku_kerja,tanggapan,hasil_keberatan",
			"198209082015041001,2025,sesuai,di_atas,keberatan,diterima",
			"197501012000031002,2025,sesuai,di_atas,setuju,diterima", "hasil_keberatan"},
		{"date that does not exist", "trainings", "nip,kegiatan,jp,tanggal_mulai,tanggal_selesai",
			"198209082015041001,Diklat PIM IV,20,2025-02-03,2025-02-05",
			"198209082015041001,Diklat PIM III,20,2025-02-30,2025-03-02", "tanggal_mulai"},
		{"one of a pair", "indicators", "kode_unit,kode_wilayah,periode,indikator,nilai",
			",32.04,2025,ktp_el_selesai,95",
			",,2025,ktp_el_selesai,96", "kode_unit"},
		{"finished before submitted", "service_requests", "id_permohonan,kode_unit,layanan,diajukan,selesai,status",
			"PMH-1,14.72.03,KTP_EL,2025-03-01 08:15:00,2025-03-01 11:40:00,selesai",
			"PMH-2,14.72.03,KTP_EL,2025-03-01 08:15:00,2025-03-01 07:40:00,selesai", "selesai"},
		{"no element answered", "survey_responses", "id_responden,kode_unit,tanggal,u_waktu,u_biaya",
			"R-1,14.72.03,2025-03-01,3,4",
			"R-2,14.72.03,2025-03-01,,", "u_persyaratan"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			write := func(name string, rows ...string) string {
				p := filepath.Join(dir, name)
				body := c.header + "\n"
				for _, r := range rows {
					body += r + "\n"
				}
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			}
			db, _ := openTestWarehouse(t)
			res, err := Load(ctx, db, Source{Kind: c.kind, Path: write("clean.csv", c.clean)})
			if err != nil {
				t.Fatal(err)
			}
			if !res.onePass || res.Loaded != 1 {
				t.Fatalf("clean row: one pass %v, loaded %d; want the one pass to load it", res.onePass, res.Loaded)
			}
			res, err = Load(ctx, db, Source{Kind: c.kind, Path: write("broken.csv", c.clean, c.broken)})
			if err != nil {
				t.Fatal(err)
			}
			if res.onePass || res.Read != 2 || res.Loaded != 1 || res.Quarantined != 1 {
				t.Fatalf("one pass %v, read %d, loaded %d, quarantined %d; want the general load, 1 loaded, 1 quarantined",
					res.onePass, res.Read, res.Loaded, res.Quarantined)
			}
			var field, reason string
			var line int
			if err := db.QueryRow(`SELECT field, reason, line FROM meta.quarantine WHERE batch_id = ?`, res.BatchID).Scan(&field, &reason, &line); err != nil {
				t.Fatal(err)
			}
			if field != c.field || line != 3 {
				t.Errorf("quarantined line %d, field %s (%s); want line 3, field %s", line, field, reason, c.field)
			}
		})
	}
}

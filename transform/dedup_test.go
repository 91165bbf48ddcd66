package transform_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/ingest"
	"kinerja/marts"
	"kinerja/marts/martstest"
	"kinerja/transform"
)

// TestRepeatedKeysLatestWins: appraisals and Dukcapil requests sent again
// (staging de-duplicates only the keys whose hash repeats, every other row
// passes as it is). After a refresh and after a full rebuild, each repeated
// key has exactly one row, the one of the latest batch and within it of the
// latest line; an atasan appraisal is one key whatever its nip_penilai and
// with sumber left empty; a rekan appraisal of another rater is another key;
// keys with two and with three rows; no row without a repeated key is
// lost or doubled.
func TestRepeatedKeysLatestWins(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, _ := martstest.Demo(t, dir, demogen.Options{Seed: 5, Employees: 300})

	one := func(q string, args ...any) string {
		t.Helper()
		var s sql.NullString
		if err := db.QueryRow(q, args...).Scan(&s); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
		if !s.Valid {
			return "(none)"
		}
		return s.String
	}
	// an atasan appraisal with a rater, a rekan appraisal, a person who is
	// neither (the other rekan's rater), two finished 2025 requests
	atasan := strings.Split(one(`SELECT nip || ',' || periode || ',' || nip_penilai FROM raw.appraisals
		WHERE sumber = 'atasan' AND nip_penilai IS NOT NULL AND periode = '2025-Q2' ORDER BY nip LIMIT 1`), ",")
	rekan := strings.Split(one(`SELECT nip || ',' || periode || ',' || nip_penilai FROM raw.appraisals
		WHERE sumber = 'rekan' AND periode = '2025-Q3' ORDER BY nip LIMIT 1`), ",")
	diri := one(`SELECT nip FROM raw.appraisals WHERE sumber = 'diri' AND periode = '2025-Q4' ORDER BY nip LIMIT 1`)
	other := one(`SELECT nip FROM raw.appraisals WHERE nip NOT IN (?, ?, ?) ORDER BY nip LIMIT 1`, rekan[0], rekan[2], atasan[0])
	reqs := strings.Split(one(`SELECT string_agg(id_permohonan, ',' ORDER BY id_permohonan) FROM (
		SELECT id_permohonan FROM raw.service_requests WHERE status = 'selesai' AND year(diajukan) = 2025
		ORDER BY id_permohonan LIMIT 2)`), ",")
	var apprBefore, reqBefore int64
	db.QueryRow(`SELECT count(*) FROM core.fact_appraisal`).Scan(&apprBefore)
	db.QueryRow(`SELECT count(*) FROM core.fact_service_request`).Scan(&reqBefore)

	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	load := func(kind, path string) {
		t.Helper()
		res, err := ingest.Load(ctx, db, ingest.Source{Kind: kind, Path: path})
		if err != nil {
			t.Fatal(err)
		}
		if res.Quarantined != 0 {
			t.Fatalf("%s: %d rows quarantined", path, res.Quarantined)
		}
	}
	head := "nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja,capaian_iki\n"
	// batch 1: the atasan appraisal by another rater, then again further
	// down with sumber empty (that line wins); the rekan appraisal changed;
	// the same person rated as rekan by someone else: a new key
	load("appraisals", write("ulang_1.csv", head+
		atasan[0]+",2025-Q2,atasan,"+other+",sesuai,sesuai,11.1\n"+
		rekan[0]+",2025-Q3,rekan,"+rekan[2]+",di_bawah,sesuai,22.2\n"+
		rekan[0]+",2025-Q3,rekan,"+other+",sesuai,sesuai,33.3\n"+
		atasan[0]+",2025-Q2,,,di_atas,di_atas,44.4\n"))
	// batch 2: the rekan appraisal once more (this batch wins, on its line 2
	// against line 3 of the batch before); a diri appraisal sent a second
	// time (a key with exactly two rows)
	load("appraisals", write("ulang_2.csv", head+rekan[0]+",2025-Q3,rekan,"+rekan[2]+",di_atas,sesuai,55.5\n"+
		diri+",2025-Q4,diri,"+diri+",di_bawah,di_bawah,66.6\n"))
	// requests: the first rejected in one batch and finished again in a
	// later one; the second sent again with the status left to derive
	rh := "id_permohonan,kode_unit,layanan,diajukan,selesai,status\n"
	row := func(id, selesai, status string) string {
		return one(`SELECT id_permohonan || ',' || kode_unit || ',' || layanan || ',' || strftime(diajukan, '%Y-%m-%d %H:%M')
			FROM raw.service_requests WHERE id_permohonan = ?`, id) + "," + selesai + "," + status + "\n"
	}
	sel := func(id string, hours int) string {
		return one(`SELECT strftime(selesai + to_hours(CAST(? AS BIGINT)), '%Y-%m-%d %H:%M') FROM raw.service_requests WHERE id_permohonan = ?`, hours, id)
	}
	load("service_requests", write("permohonan_ulang_1.csv", rh+row(reqs[0], sel(reqs[0], 0), "ditolak")+row(reqs[1], sel(reqs[1], 7), "")))
	load("service_requests", write("permohonan_ulang_2.csv", rh+row(reqs[0], sel(reqs[0], 3), "selesai")))
	selesai0 := sel(reqs[0], 3)

	check := func(run string) {
		t.Helper()
		type apprCase struct{ key, sumber, got string }
		for _, c := range []apprCase{
			{atasan[0] + "|2025-Q2|atasan", "atasan", "44.4|di_atas|ulang_1.csv@5|"},
			{rekan[0] + "|2025-Q3|rekan|" + rekan[2], "rekan", "55.5|di_atas|ulang_2.csv@2|" + rekan[2]},
			{rekan[0] + "|2025-Q3|rekan|" + other, "rekan", "33.3|sesuai|ulang_1.csv@4|" + other},
			{diri + "|2025-Q4|diri|" + diri, "diri", "66.6|di_bawah|ulang_2.csv@3|" + diri},
		} {
			k := strings.Split(c.key, "|")
			q := `SELECT string_agg(f.capaian_iki || '|' || f.hasil_kerja || '|' || regexp_extract(b.path, '[^/]+$') || '@' || s._line || '|' || coalesce(f.nip_penilai, ''), ' ; ')
				FROM core.fact_appraisal f
				JOIN meta.batches b ON b.batch_id = f._batch
				JOIN stg.appraisals s ON s.nip = f.nip AND s.periode = f.periode AND s.sumber = f.sumber
				     AND coalesce(s.nip_penilai, '') = coalesce(f.nip_penilai, '')
				WHERE f.nip = ? AND f.periode = ? AND f.sumber = ?`
			args := []any{k[0], k[1], k[2]}
			if c.sumber != "atasan" {
				q += ` AND f.nip_penilai = ?`
				args = append(args, k[3])
			}
			if got := one(q, args...); got != c.got {
				t.Errorf("%s: appraisal %s: %s, want %s", run, c.key, got, c.got)
			}
		}
		if got := one(`SELECT string_agg(id_permohonan || '|' || status || '|' || strftime(selesai, '%Y-%m-%d %H:%M') || '|' || regexp_extract(b.path, '[^/]+$'), ' ; ' ORDER BY id_permohonan)
			FROM core.fact_service_request f JOIN meta.batches b ON b.batch_id = f._batch
			WHERE id_permohonan IN (?, ?)`, reqs[0], reqs[1]); got != reqs[0]+"|selesai|"+selesai0+"|permohonan_ulang_2.csv ; "+reqs[1]+"|selesai|"+sel(reqs[1], 7)+"|permohonan_ulang_1.csv" {
			t.Errorf("%s: requests: %s", run, got)
		}
		// one row per key, and every key: the old rows plus the one new rekan key
		var appr, distinct, req int64
		db.QueryRow(`SELECT count(*), count(DISTINCT (nip, periode, sumber, CASE WHEN sumber = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END))
			FROM core.fact_appraisal`).Scan(&appr, &distinct)
		db.QueryRow(`SELECT count(*) FROM core.fact_service_request`).Scan(&req)
		if appr != apprBefore+1 || distinct != appr || req != reqBefore {
			t.Errorf("%s: %d appraisals (%d keys), want %d; %d requests, want %d", run, appr, distinct, apprBefore+1, req, reqBefore)
		}
	}
	st, err := transform.Run(ctx, db, marts.Models()...)
	if err != nil {
		t.Fatal(err)
	}
	if st.Plan.Full || st.Plan.Year != 2025 {
		t.Fatalf("plan %v, want a refresh from 2025", st.Plan)
	}
	check("refresh")
	if _, err := transform.RunWith(ctx, db, transform.Options{Full: true}, marts.Models()...); err != nil {
		t.Fatal(err)
	}
	check("full rebuild")
}

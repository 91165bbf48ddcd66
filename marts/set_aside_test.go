package marts_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"kinerja/marts"
	"kinerja/transform"
)

// The person who joins unit B on 2026-02-01: placed from 2026-Q1 on, not
// before.
const lateNIP = "199501012020011001"

// nineAppraisals: the nine people of unit A, one 2025 appraisal each.
func nineAppraisals() string {
	var b strings.Builder
	b.WriteString("nip,periode,sumber,nip_penilai,hasil_kerja,perilaku_kerja\n")
	for _, n := range nips {
		b.WriteString(n + ",2025,atasan,,sesuai,sesuai\n")
	}
	return b.String()
}

// Issue 11.7: an appraisal whose NIP no employees file knows, and one whose
// person's assignment starts after the period, no longer block the
// transform: they are kept out of core.fact_appraisal and the unit marts,
// listed with their reason in core.appraisal_set_aside, the reconciliation
// still balances, the data test warns, and the summary says so.
func TestOrphanAppraisalsSetAside(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"e.csv": {"employees", employees() + lateNIP + ",Baru,B,2026-02-01,Analis\n"},
	})
	load(t, db, "penilaian.csv", "appraisals", nineAppraisals()+
		"198501012010011999,2025,atasan,,sesuai,sesuai\n"+ // line 11: in no employees file
		lateNIP+",2025,atasan,,di_atas,di_atas\n"+ // line 12: assigned only from 2026-02-01
		lateNIP+",2026-Q1,atasan,,sesuai,sesuai\n") // line 13: placed in B
	st, err := transform.Run(ctx, db, marts.Models()...)
	if err != nil {
		t.Fatal(err)
	}

	if got := one[int](t, db, `SELECT count(*) FROM core.fact_appraisal`); got != 10 {
		t.Errorf("core.fact_appraisal: %d rows, want 10 (9 in A for 2025, the newcomer's 2026-Q1 in B)", got)
	}
	if got := one[int](t, db, `SELECT count(*) FROM core.fact_appraisal WHERE periode = '2025' AND nip IN ('198501012010011999', ?)`, lateNIP); got != 0 {
		t.Errorf("%d set-aside appraisals in core.fact_appraisal", got)
	}
	if got := one[string](t, db, `SELECT kode_unit FROM core.fact_appraisal WHERE nip = ? AND periode = '2026-Q1'`, lateNIP); got != "B" {
		t.Errorf("the newcomer's 2026-Q1 appraisal is in unit %s, want B", got)
	}
	if got := one[string](t, db, `SELECT string_agg(kode_unit || ' ' || periode || ' ' || pegawai_dinilai, ', ' ORDER BY kode_unit, periode)
		FROM mart.unit_performance`); got != "A 2025 9, B 2026-Q1 1" {
		t.Errorf("unit_performance: %s", got)
	}

	rows, err := db.Query(`SELECT nip, periode, sumber, alasan, keterangan, keterangan_en, coalesce(kode_wilayah, '-'),
		coalesce(CAST(penugasan_pertama AS VARCHAR), '-'), _line, b.path LIKE '%penilaian.csv'
		FROM core.appraisal_set_aside x JOIN meta.batches b ON b.batch_id = x._batch ORDER BY _line`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var nip, periode, sumber, alasan, ket, ketEN, wil, mulai string
		var line int
		var fromFile bool
		if err := rows.Scan(&nip, &periode, &sumber, &alasan, &ket, &ketEN, &wil, &mulai, &line, &fromFile); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s %s %s %s | %s | %s | %s %s line %d %v", nip, periode, sumber, alasan, ket, ketEN, wil, mulai, line, fromFile))
	}
	rows.Close()
	want := []string{
		"198501012010011999 2025 atasan nip_tidak_dikenal | NIP tidak ada di berkas pegawai mana pun | NIP not in any employees file | - - line 11 true",
		lateNIP + " 2025 atasan penugasan_setelah_periode | penugasan pegawai baru dimulai setelah periode berakhir | assignment starts after the period | 14.72 2026-02-01 line 12 true",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("core.appraisal_set_aside:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	if s, w := transform.SetAsideSummary(st.SetAside), "2 appraisal rows set aside: 1 NIP not in any employees file, 1 assignment starts after the period (kinerja quarantine --set-aside)"; s != w {
		t.Errorf("summary %q, want %q", s, w)
	}
	if st.Tests.Failed() != 0 || st.Tests.Warned() != 1 {
		t.Errorf("data tests: %d failed, %d warned; want 0, 1", st.Tests.Failed(), st.Tests.Warned())
	}
	for _, r := range st.Tests.Results {
		if r.Failing > 0 && (r.Name != "test/relasi_appraisal_penugasan" || r.Failing != 2 || r.Blocking) {
			t.Errorf("%s: %d offending rows, blocking %v", r.Name, r.Failing, r.Blocking)
		}
	}

	groups, list, ok, err := transform.SetAside(ctx, db, 0, 10)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if len(groups) != 2 || groups[0].Rows != 1 || !strings.HasSuffix(groups[0].Path, "penilaian.csv") || groups[0].Alasan != "nip_tidak_dikenal" ||
		groups[1].Alasan != "penugasan_setelah_periode" {
		t.Errorf("groups %+v", groups)
	}
	if len(list) != 2 || list[0].Location != "line 11" || list[1].Location != "line 12" || list[1].PenugasanPertama != "2026-02-01" ||
		list[0].Reason != "NIP not in any employees file" {
		t.Errorf("rows %+v", list)
	}
}

// Issue 11.7: many set-aside appraisals (the files do not belong together)
// still block: above 10 rows and 0.5% of the staged appraisals the
// transform fails naming the test and the count, and nothing is published.
func TestSetAsideAboveThresholdBlocks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := build(t, map[string][2]string{
		"r.csv": {"regions", regionsCSV}, "u.csv": {"units", unitsCSV},
		"e.csv": {"employees", employees()}, "a.csv": {"appraisals", nineAppraisals()},
	})
	var b strings.Builder
	b.WriteString("nip,periode,hasil_kerja,perilaku_kerja\n")
	for i := 0; i < 11; i++ {
		fmt.Fprintf(&b, "198501012010011%03d,2025,sesuai,sesuai\n", i+1)
	}
	load(t, db, "lain.csv", "appraisals", b.String())
	_, err := transform.Run(ctx, db, marts.Models()...)
	var tf *transform.TestFailure
	if !errors.As(err, &tf) {
		t.Fatalf("err = %v, want a *transform.TestFailure", err)
	}
	if msg, w := err.Error(), "FAIL  test/relasi_appraisal_penugasan: 11 offending row(s) (55% of 20 rows of stg.appraisals_since('{{year}}'); error above 10 rows and 0.5%)"; !strings.Contains(msg, w) || tf.Report.Failed() != 1 {
		t.Errorf("report:\n%s\nwant it to hold %q as its only failure", msg, w)
	}
	if got := one[int](t, db, `SELECT count(*) FROM core.fact_appraisal`); got != 9 {
		t.Errorf("core.fact_appraisal has %d rows after the failed run, want the previous 9", got)
	}
	if got := one[int](t, db, `SELECT count(*) FROM core.appraisal_set_aside`); got != 0 {
		t.Errorf("core.appraisal_set_aside has %d rows after the failed run, want the previous 0", got)
	}
}

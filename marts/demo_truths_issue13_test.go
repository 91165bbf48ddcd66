package marts_test

import (
	"sort"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// TestDemoTruthsInIssue13Marts: the demo's planted truths as the team, merit
// and 360 marts show them (on the shared demo warehouse).
func TestDemoTruthsInIssue13Marts(t *testing.T) {
	s := martstest.Shared(t, demogen.Options{Seed: 1})
	db := s.Open(t)
	tr := s.Summary.Truths

	// (d) Manokwari's lenient head of Dinas Sosial: his unit counts one
	// lenient rater in every period; the only other units with lenient raters
	// are the inflated unit of truth (b) and the puskesmas of truth (f), whose
	// head rates every member of staff Sangat Baik.
	unit := one[string](t, db, `SELECT any_value(kode_unit) FROM mart.rater_calibration WHERE nip_penilai = ?`, tr.LenientRater)
	if got := one[int](t, db, `SELECT count(*) FROM mart.unit_360 WHERE kode_unit = ? AND penilai_lunak < 1`, unit); got != 0 {
		t.Errorf("%s: %d periods without a lenient rater", unit, got)
	}
	if got := one[int](t, db, `SELECT count(*) FROM mart.unit_360 WHERE kode_unit = ?`, unit); got < 8 {
		t.Errorf("%s: only %d periods in unit_360", unit, got)
	}
	if got := one[string](t, db, `SELECT string_agg(DISTINCT kode_unit, ' ' ORDER BY kode_unit) FROM mart.unit_360 WHERE penilai_lunak > 0`); got != strings.Join(sortedStrings(tr.InflatedUnit, tr.WaitingUnit, unit), " ") {
		t.Errorf("units with lenient raters: %s, want %s %s %s", got, tr.InflatedUnit, tr.WaitingUnit, unit)
	}
	// Palu's nepotism check: every promotion of mart.promotion_merit counts once
	// per kind of period, and the flagged ones are the outside ones.
	for _, jenis := range []string{"tahun", "semester", "triwulan"} {
		if got := one[string](t, db, `SELECT (SELECT sum(kenaikan) || '/' || sum(di_luar_kelompok_promosi) FROM mart.promotion_merit_region WHERE jenis_periode = ?)
			|| ' ' || (SELECT count(*) || '/' || count(*) FILTER (WHERE ditandai) FROM mart.promotion_merit)`, jenis); got[:len(got)/2] != got[len(got)/2+1:] {
			t.Errorf("%s: region sums vs promotion_merit %s", jenis, got)
		}
	}
	// Teams: Dinas Kesehatan Kota Palu (truth (c)) has its three puskesmas as sub-units.
	if got := one[string](t, db, `SELECT string_agg(DISTINCT peran || ':' || unit_anggota, ' ' ORDER BY peran || ':' || unit_anggota) FROM mart.unit_team
		WHERE kode_unit_induk = ? AND periode = '2025-Q4'`, tr.PalayananUnit); got != "induk:1 sub_unit:1 tim:4" {
		t.Errorf("team of %s: %s", tr.PalayananUnit, got)
	}
}

// sortedStrings is its arguments in sorted order.
func sortedStrings(v ...string) []string {
	sort.Strings(v)
	return v
}

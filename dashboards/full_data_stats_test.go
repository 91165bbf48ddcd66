package dashboards_test

import (
	"math"
	"testing"
)

// TestSpreadIsOverAllUnits: the comparison page's spread of the units' %
// Sangat Baik per region is computed over every appraised unit of the
// region, small ones included (issue 12: only units whose figure was not
// masked counted, 2 of 15 in Subulussalam, whose median unit showed 60.5 %
// instead of 16.7 %).
func TestSpreadIsOverAllUnits(t *testing.T) {
	d := sharedDemo(t)
	m := d.res.Compare
	if m.SpreadPeriod == nil || len(m.Spread) == 0 {
		t.Fatal("no spread on the comparison page")
	}
	for _, r := range m.Spread {
		var n int
		var med float64
		if err := d.db.QueryRow(`SELECT count(*), quantile_cont(persen_sangat_baik, 0.5) FROM mart.unit_performance
			WHERE kode_wilayah = ? AND periode = ? AND pegawai_dinilai > 0`, r.Kode, m.SpreadPeriod.Periode).Scan(&n, &med); err != nil {
			t.Fatal(err)
		}
		if r.Units != n {
			t.Errorf("%s %s: spread over %d units, the region has %d appraised", r.Kode, m.SpreadPeriod.Periode, r.Units, n)
		}
		if math.Abs(r.Q[2]-med) > 0.051 {
			t.Errorf("%s %s: median unit %.1f %%, over all units %.1f %%", r.Kode, m.SpreadPeriod.Periode, r.Q[2], med)
		}
	}
}

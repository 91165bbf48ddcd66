package dashboards

import (
	"context"
	"database/sql"

	"kinerja/dashboards/kit"
)

// spreadRow is one region and period of mart.region_unit_spread.
type spreadRow struct {
	Kode string
	kit.Period
	Units                    int64
	P10, Q1, Median, Q3, P90 sql.NullFloat64
}

func loadSpread(ctx context.Context, db *sql.DB, w *warehouse) error {
	var x spreadRow
	return scanNamed(ctx, db, "region_unit_spread", func() map[string]any {
		x = spreadRow{}
		return map[string]any{
			"kode_wilayah": &x.Kode, "periode": &x.Periode, "jenis_periode": &x.Jenis, "tanggal_mulai": &x.Mulai,
			"unit_dinilai": &x.Units, "p10_persen_sangat_baik": &x.P10, "q1_persen_sangat_baik": &x.Q1,
			"median_persen_sangat_baik": &x.Median, "q3_persen_sangat_baik": &x.Q3, "p90_persen_sangat_baik": &x.P90,
		}
	}, func() { w.Spread = append(w.Spread, x) })
}

// spreadLatest is every region's spread in the latest period of the mart
// (of the preferred kind), as the mart computed it on all the units.
func (s *site) spreadLatest() (*kit.Period, []SpreadRow) {
	rows, lp := kit.LatestOf(s.w.Spread, func(r spreadRow) kit.Period { return r.Period })
	by := map[string]spreadRow{}
	for _, r := range rows {
		by[r.Kode] = r
	}
	var out []SpreadRow
	for _, reg := range s.w.Regions {
		r, ok := by[reg.Kode]
		if !ok || !r.Median.Valid {
			continue
		}
		out = append(out, SpreadRow{Kode: reg.Kode, Nama: reg.Nama, Units: int(r.Units),
			Q: [5]float64{kit.Round(r.P10.Float64, 1), kit.Round(r.Q1.Float64, 1), kit.Round(r.Median.Float64, 1), kit.Round(r.Q3.Float64, 1), kit.Round(r.P90.Float64, 1)}})
	}
	return lp, out
}

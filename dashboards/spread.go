package dashboards

import (
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

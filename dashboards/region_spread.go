package dashboards

import (
	"database/sql"

	"kinerja/dashboards/kit"
)

// regionSpreadRow is one period of mart.region_spread: the quartiles across
// every region of % Sangat Baik and of IKM, computed in the mart on full
// data.
type regionSpreadRow struct {
	kit.Period
	SB, IKM [3]sql.NullFloat64 // q1, median, q3
}

// regionQuartiles is, per period code of xs (quarters), the quartiles across
// regions of the measure (persen_sangat_baik or ikm) as mart.region_spread
// has them; a period the mart lacks is empty.
func (s *site) regionQuartiles(xs []string, measure string) (q1, med, q3 []kit.Stat) {
	by := map[string][3]sql.NullFloat64{}
	for _, r := range s.w.RegionSpread {
		if r.Jenis != "triwulan" {
			continue
		}
		if measure == "ikm" {
			by[r.Periode] = r.IKM
		} else {
			by[r.Periode] = r.SB
		}
	}
	for _, x := range xs {
		q := by[x]
		q1, med, q3 = append(q1, kit.Num(q[0])), append(med, kit.Num(q[1])), append(q3, kit.Num(q[2]))
	}
	return q1, med, q3
}

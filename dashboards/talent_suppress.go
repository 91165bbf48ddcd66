package dashboards

import (
	"sort"

	"kinerja/dashboards/kit"
)

// poolBoxes are the boxes of the promotion pool, a sum every 9-box row
// shows beside its boxes and its total.
var poolBoxes = []int{7, 8, 9}

// talentModelSuppressed is talentModel with secondary suppression: on
// talenta.html each region's row shows its boxes, its pool and its total,
// and the national grid and headline are the columns' totals, so a box of
// 1–4 people must have a second masked figure beside it in each of them
// (Dumai, kotak 6 = 319 − 316 = 3, before).
func (s *site) talentModelSuppressed() TalentModel {
	m := s.talentModel()
	counts := map[string]*[10]int64{}
	for _, r := range s.w.Talent {
		if r.Kotak < 0 || r.Kotak > 9 {
			continue
		}
		k := r.Wilayah + "|" + kit.FmtInt64(r.Tahun)
		if counts[k] == nil {
			counts[k] = &[10]int64{}
		}
		counts[k][r.Kotak] += r.Pegawai
	}
	for _, y := range m.Years {
		rows := m.Regions[y]
		cells := make([][]int64, len(rows))
		for i, nb := range rows {
			cells[i] = counts[nb.Kode+"|"+kit.FmtInt64(y)][:]
		}
		t := kit.NewCountTable(cells, true, true, poolBoxes)
		for i := range rows {
			maskNineBox(&rows[i], cells[i], t.Masked[i], t.PartMasked[i][0], t.RowTotalMasked[i])
		}
		if len(rows) > 0 {
			g := m.Grid[y]
			maskNineBox(&g, t.ColTotal, t.ColTotalMasked, t.PartTotalMasked[0], t.GrandMasked)
			m.Grid[y] = g
		}
	}
	return m
}

// talentUnitsSuppressed is talentUnitsByYear with secondary suppression
// over each year's table of units (boxes, pool and total per unit).
func (s *site) talentUnitsSuppressed(region string) map[int64][]NineBox {
	by := s.talentUnitsByYear(region)
	counts := map[string]*[10]int64{}
	for _, r := range s.talentByRegion[region] {
		if r.Kotak < 0 || r.Kotak > 9 {
			continue
		}
		k := r.Unit + "|" + kit.FmtInt64(r.Tahun)
		if counts[k] == nil {
			counts[k] = &[10]int64{}
		}
		counts[k][r.Kotak] += r.Pegawai
	}
	years := make([]int64, 0, len(by))
	for y := range by {
		years = append(years, y)
	}
	sort.Slice(years, func(i, j int) bool { return years[i] < years[j] })
	for _, y := range years {
		rows := by[y]
		cells := make([][]int64, len(rows))
		for i, nb := range rows {
			cells[i] = counts[nb.Kode+"|"+kit.FmtInt64(y)][:]
		}
		t := kit.NewCountTable(cells, true, false, poolBoxes)
		for i := range rows {
			maskNineBox(&rows[i], cells[i], t.Masked[i], t.PartMasked[i][0], t.RowTotalMasked[i])
		}
	}
	return by
}

// maskNineBox sets nb's figures from the counts c (boxes 0–9) and the
// masks of a countTable.
func maskNineBox(nb *NineBox, c []int64, masked []bool, poolMasked, totalMasked bool) {
	var tot, pool int64
	for b := 0; b <= 9; b++ {
		nb.Boxes[b] = kit.MaskedCount(c[b], masked[b])
		tot += c[b]
	}
	for _, b := range poolBoxes {
		pool += c[b]
	}
	nb.Pool, nb.Total = kit.MaskedCount(pool, poolMasked), kit.MaskedCount(tot, totalMasked)
}

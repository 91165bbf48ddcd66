package dashboards

import (
	"sort"

	"kinerja/dashboards/kit"
)

// poolBoxes are the boxes of the promotion pool, a sum every 9-box row
// shows beside its boxes and its total.
var poolBoxes = []int{7, 8, 9}

// restBoxes are kotak 1-6, the rest of the people with a box, which the
// region pages' units chart shows beside the pool.
var restBoxes = []int{1, 2, 3, 4, 5, 6}

// talentModelSuppressed is talenta.html's model, mart.talent_grid's wilayah
// and semua rows with secondary suppression: each region's row shows its
// boxes, its pool and its total, and the national grid and headline are
// the columns' totals (the semua row), so a box of 1–4 people must have a
// second masked figure beside it in each of them (Dumai, kotak 6 = 319 −
// 316 = 3, before).
func (s *site) talentModelSuppressed() TalentModel {
	m := TalentModel{Grid: map[int64]NineBox{}, Regions: map[int64][]NineBox{}}
	semua := map[int64]talentGridRow{}
	for _, r := range s.w.TalentGrid {
		if r.Tingkat == "semua" {
			semua[r.Tahun] = r
			m.Years = append(m.Years, r.Tahun)
		}
	}
	sort.Slice(m.Years, func(i, j int) bool { return m.Years[i] > m.Years[j] })
	for _, y := range m.Years {
		regs := s.talentRegions(y)
		cells := make([][]int64, len(regs))
		for i := range regs {
			cells[i] = regs[i].Boxes[:]
		}
		t := kit.NewCountTable(cells, true, true, poolBoxes)
		for i, r := range regs {
			nama := s.regionNames[r.Wilayah]
			if nama == "" {
				nama = kit.OrDash(r.NamaWilayah)
			}
			m.Regions[y] = append(m.Regions[y], maskNineBox(r.Wilayah, nama, r, t.Masked[i], t.PartMasked[i][0], false, t.RowTotalMasked[i]))
		}
		if len(regs) > 0 {
			m.Grid[y] = maskNineBox("", "", semua[y], t.ColTotalMasked, t.PartTotalMasked[0], false, t.GrandMasked)
		} else {
			m.Grid[y] = maskNineBox("", "", semua[y], make([]bool, 10), false, false, false)
		}
	}
	return m
}

// talentUnitsSuppressed is the 9-box per unit of a region per year
// (mart.talent_grid's unit rows), with secondary suppression over each
// year's table of units (boxes, pool and total per unit) and the units
// chart's kotak 1–6.
func (s *site) talentUnitsSuppressed(region string) map[int64][]NineBox {
	by := map[int64][]NineBox{}
	for y, rows := range s.talentUnitRows(region) {
		cells := make([][]int64, len(rows))
		for i := range rows {
			cells[i] = rows[i].Boxes[:]
		}
		t := kit.NewCountTable(cells, true, false, poolBoxes, restBoxes)
		for i, r := range rows {
			by[y] = append(by[y], maskNineBox(r.Unit, s.unitName(r.Unit), r, t.Masked[i], t.PartMasked[i][0], t.PartMasked[i][1], t.RowTotalMasked[i]))
		}
	}
	return by
}

// maskNineBox is the 9-box row r of mart.talent_grid as a page shows it,
// with the masks of a countTable: the boxes, and the pool, kotak 1–6 and
// total the mart computed. Kotak 1–6 is withheld when any of its boxes is.
func maskNineBox(kode, nama string, r talentGridRow, masked []bool, poolMasked, restMasked, totalMasked bool) NineBox {
	nb := NineBox{Kode: kode, Nama: nama}
	for b := 0; b <= 9; b++ {
		nb.Boxes[b] = kit.MaskedCount(r.Boxes[b], masked[b])
	}
	for _, b := range restBoxes {
		restMasked = restMasked || masked[b]
	}
	nb.Pool, nb.Rest, nb.Total = kit.MaskedCount(r.Pool, poolMasked), kit.MaskedCount(r.Rest, restMasked), kit.MaskedCount(r.Total, totalMasked)
	return nb
}

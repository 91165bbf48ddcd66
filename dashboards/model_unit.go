package dashboards

import (
	"database/sql"
	"sort"

	"kinerja/dashboards/kit"
)

func (s *site) unitModel(u unitRow) UnitModel {
	m := UnitModel{Kode: u.Kode, Nama: u.Nama, Sektor: u.Sektor, Wilayah: u.Wilayah, NamaWilayah: u.NamaWilayah}
	if n, ok := s.regionNames[u.Wilayah]; ok {
		m.NamaWilayah = n
	}
	perf := kit.Preferred(s.perfByUnit[u.Kode], func(r perfRow) kit.Period { return r.Period })
	for _, r := range perf {
		m.Predikat = append(m.Predikat, predikatPoint(r.Period, r.Pegawai, [5]sql.NullInt64{r.SB, r.B, r.BP, r.K, r.SK}))
	}
	// Trend: union of the rating periods and the IKM periods.
	ikm := kit.Preferred(s.ikmByUnit[u.Kode], func(r ikmRow) kit.Period { return r.Period })
	var ps []kit.Period
	for _, r := range perf {
		ps = append(ps, r.Period)
	}
	for _, r := range ikm {
		ps = append(ps, r.Period)
	}
	for _, p := range kit.PeriodsOf(ps, func(p kit.Period) kit.Period { return p }) {
		tp := TrendPoint{Period: p}
		for _, r := range perf {
			if r.Periode == p.Periode && r.Jenis == p.Jenis {
				tp.PersenSB = kit.Pct(r.PersenSB, r.Pegawai)
			}
		}
		for _, r := range ikm {
			if r.Periode == p.Periode && r.Jenis == p.Jenis {
				tp.IKM = kit.Num(r.IKM)
			}
		}
		m.Trend = append(m.Trend, tp)
	}
	svc := kit.Preferred(s.svcByUnit[u.Kode], func(r serviceRow) kit.Period { return r.Period })
	for _, lay := range layananOrder(svc, func(r serviceRow) string { return r.Layanan }) {
		ser := ServiceSeries{Layanan: lay}
		for _, r := range svc {
			if r.Layanan == lay {
				ser.Points = append(ser.Points, ServicePoint{Period: r.Period, Permohonan: kit.NumInt(r.Permohonan), Median: kit.Num(r.Median),
					P90: kit.Num(r.P90), Batas: kit.Num(r.Batas), TepatWaktu: kit.Num(r.TepatWaktu), Backlog: kit.NumInt(r.Backlog), BacklogPrev: kit.NumInt(r.BacklogPrev)})
			}
		}
		m.Services = append(m.Services, ser)
	}
	for _, r := range kit.Preferred(s.berByUnit[u.Kode], func(r berakhlakRow) kit.Period { return r.Period }) {
		m.Berakhlak = append(m.Berakhlak, berCell(s, r))
	}
	sortCells(m.Berakhlak)
	for _, r := range s.trainByUnit[u.Kode] {
		m.JP = append(m.JP, jpYear(u.Kode, u.Nama, r))
	}
	m.NeedsValues = map[int64][]kit.Stat{}
	for _, r := range s.needsByUnit[u.Kode] {
		m.Needs = append(m.Needs, needsUnit(s, r))
		vals := make([]int64, len(kit.BerakhlakOrder))
		for _, v := range s.valuesByUnit[u.Kode] {
			if i := valueIndex(v.Key); i >= 0 && v.Tahun == r.Tahun {
				vals[i] += v.Pegawai
			}
		}
		for _, v := range vals {
			m.NeedsValues[r.Tahun] = append(m.NeedsValues[r.Tahun], kit.People(sql.NullInt64{Int64: v, Valid: true}))
		}
	}
	sort.SliceStable(m.Needs, func(i, j int) bool { return m.Needs[i].Tahun < m.Needs[j].Tahun })

	// The period selector.
	perfBy, perfPs := byPeriod(perf, func(r perfRow) kit.Period { return r.Period })
	ikmBy, ikmPs := byPeriod(ikm, func(r ikmRow) kit.Period { return r.Period })
	svcBy, svcPs := byPeriod(svc, func(r serviceRow) kit.Period { return r.Period })
	var all []kit.Period
	for _, ps := range [][]kit.Period{perfPs, ikmPs, svcPs} {
		all = append(all, ps...)
	}
	m.Periods = selectorPeriods(nil, all)
	layanan := layananOrder(svc, func(r serviceRow) string { return r.Layanan })
	m.ByPeriod = make(map[string]UnitPeriod, len(m.Periods))
	for _, p := range m.Periods {
		up := UnitPeriod{Period: p, NeedsYear: latestYear(m.NeedsValues, p.Mulai.Year())}
		if pp := pickPeriod(perfPs, p); pp != nil {
			up.PredikatPeriod = pp
			for _, r := range perfBy[pp.Periode] {
				up.Pegawai, up.PersenSB = kit.People(r.Pegawai), kit.Pct(r.PersenSB, r.Pegawai)
			}
			if prev := before(perfPs, pp); prev != nil {
				up.PrevPeriod = prev
				for _, r := range perfBy[prev.Periode] {
					up.PrevPegawai, up.PrevSB = kit.People(r.Pegawai), kit.Pct(r.PersenSB, r.Pegawai)
				}
			}
		}
		if ip := pickPeriod(ikmPs, p); ip != nil {
			up.IKMPeriod = ip
			for _, r := range ikmBy[ip.Periode] {
				up.Responden, up.IKM, up.Mutu = kit.NumInt(r.Responden), kit.Num(r.IKM), str(r.Mutu)
			}
			if prev := before(ikmPs, ip); prev != nil {
				up.PrevIKMPeriod = prev
				for _, r := range ikmBy[prev.Periode] {
					up.PrevIKM = kit.Num(r.IKM)
				}
			}
		}
		if sp := pickPeriod(svcPs, p); sp != nil {
			up.ServicePeriod = sp
			for _, lay := range layanan {
				for _, r := range svcBy[sp.Periode] {
					if r.Layanan == lay {
						up.Services = append(up.Services, ServiceNow{Layanan: lay, ServicePoint: ServicePoint{Period: r.Period, Permohonan: kit.NumInt(r.Permohonan),
							Median: kit.Num(r.Median), P90: kit.Num(r.P90), Batas: kit.Num(r.Batas), TepatWaktu: kit.Num(r.TepatWaktu), Backlog: kit.NumInt(r.Backlog),
							BacklogPrev: kit.NumInt(r.BacklogPrev)}})
					}
				}
			}
		}
		m.ByPeriod[p.Periode] = up
	}
	if len(m.Periods) > 0 {
		m.Default = m.Periods[0].Periode
	}
	return m
}

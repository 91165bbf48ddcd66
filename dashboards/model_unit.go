package dashboards

import (
	"database/sql"
	"sort"
)

func (s *site) unitModel(u unitRow) UnitModel {
	m := UnitModel{Kode: u.Kode, Nama: u.Nama, Sektor: u.Sektor, Wilayah: u.Wilayah, NamaWilayah: u.NamaWilayah}
	if n, ok := s.regionNames[u.Wilayah]; ok {
		m.NamaWilayah = n
	}
	perf := preferred(s.perfByUnit[u.Kode], func(r perfRow) Period { return r.Period })
	for _, r := range perf {
		m.Predikat = append(m.Predikat, predikatPoint(r.Period, r.Pegawai, [5]sql.NullInt64{r.SB, r.B, r.BP, r.K, r.SK}))
	}
	// Trend: union of the rating periods and the IKM periods.
	ikm := preferred(s.ikmByUnit[u.Kode], func(r ikmRow) Period { return r.Period })
	var ps []Period
	for _, r := range perf {
		ps = append(ps, r.Period)
	}
	for _, r := range ikm {
		ps = append(ps, r.Period)
	}
	for _, p := range periodsOf(ps, func(p Period) Period { return p }) {
		tp := TrendPoint{Period: p}
		for _, r := range perf {
			if r.Periode == p.Periode && r.Jenis == p.Jenis {
				tp.PersenSB = pct(r.PersenSB, r.Pegawai)
			}
		}
		for _, r := range ikm {
			if r.Periode == p.Periode && r.Jenis == p.Jenis {
				tp.IKM = num(r.IKM)
			}
		}
		m.Trend = append(m.Trend, tp)
	}
	svc := preferred(s.svcByUnit[u.Kode], func(r serviceRow) Period { return r.Period })
	for _, lay := range layananOrder(svc, func(r serviceRow) string { return r.Layanan }) {
		ser := ServiceSeries{Layanan: lay}
		for _, r := range svc {
			if r.Layanan == lay {
				ser.Points = append(ser.Points, ServicePoint{Period: r.Period, Permohonan: numI(r.Permohonan), Median: num(r.Median),
					P90: num(r.P90), Batas: num(r.Batas), TepatWaktu: num(r.TepatWaktu), Backlog: numI(r.Backlog), BacklogPrev: numI(r.BacklogPrev)})
			}
		}
		m.Services = append(m.Services, ser)
	}
	for _, r := range preferred(s.berByUnit[u.Kode], func(r berakhlakRow) Period { return r.Period }) {
		m.Berakhlak = append(m.Berakhlak, berCell(s, r))
	}
	sortCells(m.Berakhlak)
	for _, r := range s.trainByUnit[u.Kode] {
		m.JP = append(m.JP, jpYear(u.Kode, u.Nama, r))
	}
	m.NeedsValues = map[int64][]Stat{}
	for _, r := range s.needsByUnit[u.Kode] {
		m.Needs = append(m.Needs, needsUnit(s, r))
		vals := make([]int64, len(berakhlakOrder))
		for _, v := range s.valuesByUnit[u.Kode] {
			if i := valueIndex(v.Key); i >= 0 && v.Tahun == r.Tahun {
				vals[i] += v.Pegawai
			}
		}
		for _, v := range vals {
			m.NeedsValues[r.Tahun] = append(m.NeedsValues[r.Tahun], people(sql.NullInt64{Int64: v, Valid: true}))
		}
	}
	sort.SliceStable(m.Needs, func(i, j int) bool { return m.Needs[i].Tahun < m.Needs[j].Tahun })

	// The period selector.
	perfBy, perfPs := byPeriod(perf, func(r perfRow) Period { return r.Period })
	ikmBy, ikmPs := byPeriod(ikm, func(r ikmRow) Period { return r.Period })
	svcBy, svcPs := byPeriod(svc, func(r serviceRow) Period { return r.Period })
	var all []Period
	for _, ps := range [][]Period{perfPs, ikmPs, svcPs} {
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
				up.Pegawai, up.PersenSB = people(r.Pegawai), pct(r.PersenSB, r.Pegawai)
			}
			if prev := before(perfPs, pp); prev != nil {
				up.PrevPeriod = prev
				for _, r := range perfBy[prev.Periode] {
					up.PrevPegawai, up.PrevSB = people(r.Pegawai), pct(r.PersenSB, r.Pegawai)
				}
			}
		}
		if ip := pickPeriod(ikmPs, p); ip != nil {
			up.IKMPeriod = ip
			for _, r := range ikmBy[ip.Periode] {
				up.Responden, up.IKM, up.Mutu = numI(r.Responden), num(r.IKM), str(r.Mutu)
			}
			if prev := before(ikmPs, ip); prev != nil {
				up.PrevIKMPeriod = prev
				for _, r := range ikmBy[prev.Periode] {
					up.PrevIKM = num(r.IKM)
				}
			}
		}
		if sp := pickPeriod(svcPs, p); sp != nil {
			up.ServicePeriod = sp
			for _, lay := range layanan {
				for _, r := range svcBy[sp.Periode] {
					if r.Layanan == lay {
						up.Services = append(up.Services, ServiceNow{Layanan: lay, ServicePoint: ServicePoint{Period: r.Period, Permohonan: numI(r.Permohonan),
							Median: num(r.Median), P90: num(r.P90), Batas: num(r.Batas), TepatWaktu: num(r.TepatWaktu), Backlog: numI(r.Backlog),
							BacklogPrev: numI(r.BacklogPrev)}})
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

package dashboards

import (
	"slices"
	"strings"

	"kinerja/dashboards/kit"
)

// Sector outcomes (issue 13, point 1): the health and education indicators
// of puskesmas, schools, Dinkes and Dindik (mart.sector_outcomes) with their
// target, attainment and trend, beside how each unit rates its people
// (mart.performance_service_link).

// SectorIndicator is one indicator of a unit in one period. The values are
// the sector's (patients, minutes, percent), not figures about the unit's
// people: they are not masked.
type SectorIndicator struct {
	Kode, Nama               string // the unit
	Indikator, NamaIndikator string
	Satuan, Arah             string
	Period                   kit.Period
	Nilai, Target, Capaian   kit.Stat
	Memenuhi                 string // "true", "false" or "" (no target)
	Sebelumnya, Perubahan    kit.Stat
	Tren                     string // membaik | memburuk | tetap | ""
	Beruntun                 kit.Stat
	Decimals                 int // of Nilai and Target, by satuan
}

// SectorUnit is a unit of the health or education sector in one period: its
// % Sangat Baik and its sector outcomes (mart.performance_service_link).
type SectorUnit struct {
	Kode, Nama, Sektor           string
	Pegawai, PersenSB            kit.Stat
	Indikator, Capaian, Memenuhi kit.Stat
	Memburuk, Beruntun           kit.Stat
	IndikatorBeruntun, Label     string
}

// Correlation is a region's rank correlation between the units' % Sangat
// Baik and one outcome in one period: rho, its 95 % interval, the units it
// stands on, and whether they are too few to read it (fewer than 8, the
// mart's terlalu_sedikit_unit).
type Correlation struct {
	Rho, Lo, Hi, N kit.Stat
	TooFew         bool
}

// SectorPeriod is what a region page shows of the sector for one period of
// its selector: the mart's period, the units and their indicators, and the
// correlations of % Sangat Baik with IKM and with the sector outcomes.
type SectorPeriod struct {
	Period      *kit.Period
	Units       []SectorUnit
	Indicators  []SectorIndicator
	IKM, Sektor Correlation
}

// indicatorDecimals: counts of people without decimals, the rest with one.
func indicatorDecimals(satuan string) int {
	switch satuan {
	case "orang", "jiwa", "pasien", "kunjungan", "siswa", "guru":
		return 0
	}
	return 1
}

func sectorIndicator(s *site, r sectorRow) SectorIndicator {
	x := SectorIndicator{Kode: r.Unit, Nama: s.unitName(r.Unit), Indikator: r.Indikator, NamaIndikator: r.Nama, Satuan: r.Satuan, Arah: r.Arah,
		Period: r.Period, Nilai: kit.Num(r.Nilai), Target: kit.Num(r.Target), Capaian: kit.Num(r.Capaian),
		Sebelumnya: kit.Num(r.Sebelumnya), Perubahan: kit.Num(r.Perubahan), Tren: r.Tren.String, Beruntun: kit.NumInt(r.Beruntun),
		Decimals: indicatorDecimals(r.Satuan)}
	if r.Memenuhi.Valid {
		x.Memenuhi = "false"
		if r.Memenuhi.Bool {
			x.Memenuhi = "true"
		}
	}
	return x
}

// isSectorUnit: a unit of the health or education sector, or one with
// sector indicators of its own.
func isSectorUnit(r sectorLinkRow) bool {
	return r.Sektor == "kesehatan" || r.Sektor == "pendidikan" || r.Indikator.Valid && r.Indikator.Int64 > 0
}

// regionSector is the sector view of a region for every period of its
// selector (the periods of m.Periods).
func (s *site) regionSector(kode string, periods []kit.Period) map[string]SectorPeriod {
	links, linkPs := byPeriod(s.out.sectorLinkByRegion[kode], func(r sectorLinkRow) kit.Period { return r.Period })
	inds, indPs := byPeriod(s.out.sectorByRegion[kode], func(r sectorRow) kit.Period { return r.Period })
	out := make(map[string]SectorPeriod, len(periods))
	for _, p := range periods {
		var sp SectorPeriod
		if lp := pickPeriod(linkPs, p); lp != nil {
			sp.Period = lp
			for i, r := range links[lp.Periode] {
				if i == 0 {
					sp.IKM = Correlation{Rho: kit.Num(r.RhoIKM), Lo: kit.Num(r.RhoLo), Hi: kit.Num(r.RhoHi), N: kit.NumInt(r.N), TooFew: r.TooFew.Bool}
					sp.Sektor = Correlation{Rho: kit.Num(r.RhoSektor), Lo: kit.Num(r.RhoSektorLo), Hi: kit.Num(r.RhoSektorHi), N: kit.NumInt(r.NSektor),
						TooFew: r.TooFewSektor.Bool}
				}
				if !isSectorUnit(r) {
					continue
				}
				u := SectorUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Sektor: r.Sektor, Pegawai: r.MaskPegawai.Apply(kit.NumInt(r.Pegawai)),
					PersenSB: r.MaskSB.Apply(kit.Num(r.PersenSB)), Indikator: kit.NumInt(r.Indikator), Capaian: kit.Num(r.Capaian),
					Memenuhi: kit.NumInt(r.Memenuhi), Memburuk: kit.NumInt(r.Memburuk), Beruntun: kit.NumInt(r.Beruntun),
					IndikatorBeruntun: r.IndikatorBeruntun.String, Label: r.Label.String}
				sp.Units = append(sp.Units, u)
			}
			slices.SortStableFunc(sp.Units, func(a, b SectorUnit) int {
				if c := strings.Compare(a.Sektor, b.Sektor); c != 0 {
					return c
				}
				return strings.Compare(a.Kode, b.Kode)
			})
		}
		if ip := pickPeriod(indPs, p); ip != nil {
			for _, r := range inds[ip.Periode] {
				sp.Indicators = append(sp.Indicators, sectorIndicator(s, r))
			}
			if sp.Period == nil {
				sp.Period = ip
			}
		}
		out[p.Periode] = sp
	}
	return out
}

// UnitSector is a unit's sector indicators over time, one series each.
type UnitSector struct {
	Series [][]SectorIndicator // per indicator, oldest first
}

// unitSector: the unit's indicators over periods of the preferred kind.
func (s *site) unitSector(kode string) UnitSector {
	var u UnitSector
	rows := kit.Preferred(s.out.sectorByUnit[kode], func(r sectorRow) kit.Period { return r.Period })
	idx := map[string]int{}
	for _, r := range rows {
		i, ok := idx[r.Indikator]
		if !ok {
			i = len(u.Series)
			idx[r.Indikator] = i
			u.Series = append(u.Series, nil)
		}
		u.Series[i] = append(u.Series[i], sectorIndicator(s, r))
	}
	for _, ser := range u.Series {
		slices.SortStableFunc(ser, func(a, b SectorIndicator) int { return a.Period.Mulai.Compare(b.Period.Mulai) })
	}
	return u
}

// sectorAt is the sector view of selector value k (the default's for a
// value not in the selector, "" without one).
func (m RegionModel) sectorAt(k string) SectorPeriod {
	if sp, ok := m.Sector[k]; ok {
		return sp
	}
	return m.Sector[m.Default]
}

// SectorUnitPeriod is a unit's ratings beside its sector outcomes in one
// period (mart.performance_service_link).
type SectorUnitPeriod struct {
	Period kit.Period
	SectorUnit
}

// unitSectorLink: the unit's periods with sector indicators, oldest first.
func (s *site) unitSectorLink(kode string) []SectorUnitPeriod {
	var out []SectorUnitPeriod
	for _, r := range kit.Preferred(s.out.sectorLinkByUnit[kode], func(r sectorLinkRow) kit.Period { return r.Period }) {
		if !r.Indikator.Valid || r.Indikator.Int64 == 0 {
			continue
		}
		out = append(out, SectorUnitPeriod{Period: r.Period, SectorUnit: SectorUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Sektor: r.Sektor,
			Pegawai: r.MaskPegawai.Apply(kit.NumInt(r.Pegawai)), PersenSB: r.MaskSB.Apply(kit.Num(r.PersenSB)), Indikator: kit.NumInt(r.Indikator), Capaian: kit.Num(r.Capaian),
			Memenuhi: kit.NumInt(r.Memenuhi), Memburuk: kit.NumInt(r.Memburuk), Beruntun: kit.NumInt(r.Beruntun),
			IndikatorBeruntun: r.IndikatorBeruntun.String, Label: r.Label.String}})
	}
	slices.SortStableFunc(out, func(a, b SectorUnitPeriod) int { return a.Period.Mulai.Compare(b.Period.Mulai) })
	return out
}

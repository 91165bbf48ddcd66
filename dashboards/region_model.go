package dashboards

import (
	"database/sql"
	"slices"
	"sort"

	"kinerja/dashboards/kit"
)

func (s *site) regionModel(reg regionRow) RegionModel {
	m := RegionModel{Kode: reg.Kode, Nama: reg.Nama, Provinsi: reg.Provinsi, UnitList: s.unitsByRegion[reg.Kode]}
	kode := reg.Kode
	m.KurvaPeriods, m.Kurva = s.kurvaByPeriod(kode)

	// Each section's rows, of the kinds of period a selector offers (years,
	// semesters, quarters; kit.Selectable).
	sum := slices.Clone(kit.Selectable(s.summaryByRegion[kode], func(r regionSummaryRow) kit.Period { return r.Period }))
	sort.SliceStable(sum, func(i, j int) bool { return sum[i].Mulai.Before(sum[j].Mulai) })
	links, linkPs := byPeriod(s.linkByRegion[kode], func(r linkRow) kit.Period { return r.Period })
	ikms, ikmPs := byPeriod(s.ikmByRegion[kode], func(r ikmRow) kit.Period { return r.Period })
	rsvc, rsvcPs := byPeriod(s.regionSvcByRegion[kode], func(r regionServiceRow) kit.Period { return r.Period })
	bers, berPs := byPeriod(s.berByRegion[kode], func(r berakhlakRow) kit.Period { return r.Period })
	lunaks, lunakPs := byPeriod(s.lunakByRegion[kode], func(r raterRow) kit.Period { return r.Period })
	svcs, svcPs := byPeriod(s.svcByRegion[kode], func(r serviceRow) kit.Period { return r.Period })
	_, predPs := byPeriod(s.predByRegion[kode], func(r regionPredikatRow) kit.Period { return r.Period })
	layanan := layananOrder(kit.Preferred(s.regionSvcByRegion[kode], func(r regionServiceRow) kit.Period { return r.Period }),
		func(r regionServiceRow) string { return r.Layanan })

	// The selector: the years, semesters and quarters with data anywhere;
	// the default is the newest of the headline's kind (quarters).
	var all []kit.Period
	for _, r := range sum {
		all = append(all, r.Period)
	}
	for _, ps := range [][]kit.Period{linkPs, ikmPs, rsvcPs, berPs, m.KurvaPeriods, lunakPs, svcPs} {
		all = append(all, ps...)
	}
	m.Periods, m.Default = selectorPeriods(sum, all)

	// Yearly data.
	yearRows := map[int64]regionSummaryRow{}
	for _, r := range s.summaryByRegion[kode] {
		if r.Jenis == "tahun" && r.Tahun.Valid {
			yearRows[r.Tahun.Int64] = r
		}
	}
	jpByYear := kit.GroupBy(s.trainByRegion[kode], func(r trainingRow) int64 { return r.Tahun })
	needsByYear := map[int64][]NeedsUnit{}
	for _, r := range s.needsByRegion[kode] {
		needsByYear[r.Tahun] = append(needsByYear[r.Tahun], needsUnit(s, r))
	}
	for _, n := range needsByYear {
		sort.SliceStable(n, func(i, j int) bool { return n[i].UrutanWilayah < n[j].UrutanWilayah })
	}
	talentByYear := s.talentUnitsSuppressed(kode)

	m.ByPeriod = make(map[string]RegionPeriod, len(m.Periods))
	for _, p := range m.Periods {
		// NoSKP: the region's appraisals (mart.region_performance) have no
		// period of this kind (SKP is rated per quarter and year: no
		// semester), so every appraisal figure of the period says so.
		rp := RegionPeriod{Period: p, NoSKP: lacksKind(predPs, p.Jenis)}
		// Headline against the period of the same kind before.
		var now, prev *regionSummaryRow
		for i := range sum {
			if sum[i].Jenis != p.Jenis {
				continue
			}
			if sum[i].Periode == p.Periode {
				now = &sum[i]
				break
			}
			if sum[i].Mulai.Before(p.Mulai) {
				prev = &sum[i]
			}
		}
		if now != nil {
			rp.Now = figures(now)
		} else {
			pp := p
			rp.Now.Period = &pp
		}
		if prev != nil {
			rp.Prev = figures(prev)
		}
		if rp.NoSKP {
			// mart.region_summary counts 0 people appraised in such a
			// period: no appraisal took place in it, not "nobody".
			for _, f := range []*RegionFigures{&rp.Now, &rp.Prev} {
				f.UnitDinilai, f.PegawaiDinilai, f.PersenSB = kit.Stat{}, kit.Stat{}, kit.Stat{}
			}
		}
		if y := latestYear(yearRows, p.Mulai.Year()); y != 0 {
			r := yearRows[y]
			rp.Kurang20Year, rp.Now.Kurang20 = y, kit.Num(r.Kurang20)
		}
		if c, ok := s.benchIdx[kode+"|"+p.Periode]; ok && p.Jenis == c.Period.Jenis {
			rp.YoYPeriod, rp.YoYSB, rp.YoYIKM, rp.YoYKTP, rp.YoYOnTime = c.PeriodeLalu, c.SBChange, c.IKMChange, c.KTPChange, c.OnTimeChange
		}

		// Units: ratings against service.
		if lp := pickPeriod(linkPs, p); lp != nil {
			rp.UnitsPeriod = lp
			for _, r := range s.summaryByRegion[kode] {
				if r.Periode == lp.Periode {
					rp.UnitsRegion = figures(&r)
				}
			}
			for _, r := range links[lp.Periode] {
				u := UnitLatest{
					Kode: r.Unit, Nama: s.unitName(r.Unit), Sektor: s.units[r.Unit].Sektor,
					Pegawai: r.MaskPegawai.Apply(kit.NumInt(r.Pegawai)), PersenSB: r.MaskSB.Apply(kit.Num(r.PersenSB)), IKM: kit.Num(r.IKM),
					Mutu: str(r.Mutu), Label: str(r.Label),
					RankNilai: kit.NumInt(r.RankNilai), RankLayanan: kit.NumInt(r.RankLayanan), Compared: kit.NumInt(r.Compared),
				}
				if u.PersenSB.Small && u.RankNilai.Valid {
					u.RankNilai = u.PersenSB // a rank would order the withheld figure
				}
				u.SBInterval = s.sbInterval(r.Unit, r.Period, u.PersenSB)
				rp.Units = append(rp.Units, u)
				if u.Label == "nilai_tinggi_layanan_buruk" {
					rp.Alerts.Mismatch = append(rp.Alerts.Mismatch, u)
				}
			}
		}
		if ip := pickPeriod(ikmPs, p); ip != nil {
			rp.IKMPeriod = ip
			for _, r := range ikms[ip.Periode] {
				rp.IKMUnits = append(rp.IKMUnits, IKMUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Responden: kit.NumInt(r.Responden), IKM: kit.Num(r.IKM), Mutu: str(r.Mutu)})
			}
		}
		if sp := pickPeriod(rsvcPs, p); sp != nil {
			rp.ServicePeriod = sp
			rp.Services = servicesNow(layanan, rsvc[sp.Periode])
		}
		if bp := pickPeriod(berPs, p); bp != nil {
			rp.BerakhlakPeriod = bp
			for _, r := range bers[bp.Periode] {
				rp.Berakhlak = append(rp.Berakhlak, berCell(s, r))
			}
			sortCells(rp.Berakhlak)
			for _, c := range rp.Berakhlak {
				if c.PersenDiBawah.Shown() && c.PersenDiBawah.Value >= kit.AlertBerakhlakPct {
					rp.Alerts.Berakhlak = append(rp.Alerts.Berakhlak, c)
				}
			}
		}
		if kp := pickPeriod(m.KurvaPeriods, p); kp != nil {
			rp.KurvaPeriod, rp.Kurva = kp, m.Kurva[kp.Periode]
		}
		if y := latestYear(jpByYear, p.Mulai.Year()); y != 0 {
			rp.JPYear = y
			for _, r := range jpByYear[y] {
				j := jpYear(r.Unit, s.unitName(r.Unit), r)
				rp.JPUnits = append(rp.JPUnits, j)
				if j.Persen.Shown() && j.Persen.Value >= kit.AlertJPPct {
					rp.Alerts.JP = append(rp.Alerts.JP, j)
				}
			}
		}
		if y := latestYear(needsByYear, p.Mulai.Year()); y != 0 {
			rp.NeedsYear, rp.Needs = y, needsByYear[y]
		}
		if y := latestYear(talentByYear, p.Mulai.Year()); y != 0 {
			rp.TalentYear, rp.Talent = y, talentByYear[y]
		}
		// Lenient raters and late or piling-up services of the period.
		if lp := pickPeriod(lunakPs, p); lp != nil {
			for _, r := range lunaks[lp.Periode] {
				rp.Alerts.Lunak = append(rp.Alerts.Lunak, LunakAlert{IDPenilai: r.IDPenilai, Jabatan: r.Jabatan, Kode: r.Unit, Nama: s.unitName(r.Unit),
					Period: r.Period, Dinilai: kit.People(r.Dinilai), PersenDiAtas: kit.Pct(r.PersenDiAtas, r.Dinilai)})
			}
			for _, r := range s.lunakUnitsByRegion[kode] {
				if r.Periode == lp.Periode {
					rp.Alerts.LunakUnits = append(rp.Alerts.LunakUnits, LunakUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Period: r.Period, Penilai: r.Penilai})
				}
			}
		}
		if sp := pickPeriod(svcPs, p); sp != nil {
			for _, r := range svcs[sp.Periode] {
				a := ServiceAlert{Kode: r.Unit, Nama: s.unitName(r.Unit), Layanan: r.Layanan, Period: r.Period,
					TepatWaktu: kit.Num(r.TepatWaktu), Backlog: kit.NumInt(r.Backlog), Previous: kit.NumInt(r.BacklogPrev), Growing: r.BacklogAlert, Falling: r.OnTimeAlert}
				a.LowOnTime = a.TepatWaktu.Valid && a.TepatWaktu.Value < kit.AlertOnTimePct
				if a.LowOnTime || a.Growing || a.Falling {
					rp.Alerts.Service = append(rp.Alerts.Service, a)
				}
			}
		}
		m.ByPeriod[p.Periode] = rp
	}
	m.Sector = s.regionSector(kode, m.Periods)
	d := m.ByPeriod[m.Default]
	if m.Default == "" {
		// No period at all: the yearly sections still show their latest year.
		d.JPYear, d.NeedsYear, d.TalentYear = latestYear(jpByYear, 1<<30), latestYear(needsByYear, 1<<30), latestYear(talentByYear, 1<<30)
		d.Needs, d.Talent = needsByYear[d.NeedsYear], talentByYear[d.TalentYear]
		for _, r := range jpByYear[d.JPYear] {
			d.JPUnits = append(d.JPUnits, jpYear(r.Unit, s.unitName(r.Unit), r))
		}
	}
	m.Now, m.Prev = d.Now, d.Prev
	m.YoYPeriod, m.YoYSB, m.YoYIKM, m.YoYKTP, m.YoYOnTime = d.YoYPeriod, d.YoYSB, d.YoYIKM, d.YoYKTP, d.YoYOnTime
	m.UnitsPeriod, m.Units, m.UnitsRegion, m.IKMPeriod, m.IKMUnits = d.UnitsPeriod, d.Units, d.UnitsRegion, d.IKMPeriod, d.IKMUnits
	m.BerakhlakPeriod, m.Berakhlak, m.JPUnits, m.Alerts = d.BerakhlakPeriod, d.Berakhlak, d.JPUnits, d.Alerts
	m.NeedsYear, m.Needs, m.TalentYear, m.Talent = d.NeedsYear, d.Needs, d.TalentYear, d.Talent

	// Time series: predikat distribution (region totals), services per
	// layanan, 20 JP per year.
	for _, r := range kit.Preferred(s.predByRegion[kode], func(r regionPredikatRow) kit.Period { return r.Period }) {
		m.Predikat = append(m.Predikat, predikatPoint(r.Period, r.Pegawai, r.Predikat))
	}
	m.Services = serviceSeries(layanan, kit.Preferred(s.regionSvcByRegion[kode], func(r regionServiceRow) kit.Period { return r.Period }))
	for _, r := range s.regionTrainByRegion[kode] {
		m.JP = append(m.JP, jpYear(kode, reg.Nama, r))
	}
	return m
}

// RegionPeriod is what wilayah/<kode>.html shows for one period of its
// selector (a year, a semester or a quarter). Every section takes the rows
// of its mart for that period (pickPeriod): the same periode when the mart
// has periods of its kind; a quarter of a mart without quarters takes the
// mart's latest period starting on or before it; a year or a semester of
// a mart without that kind takes nothing (the section says so); yearly marts (20 JP, training needs, 9-box) take
// the latest year up to the period's year. A nil period or a zero year: no
// data for that period.
type RegionPeriod struct {
	Period kit.Period
	// NoSKP: the region's appraisals have no period of Period's kind (a
	// semester: SKP is rated per quarter and year); the appraisal sections
	// say so instead of showing a figure.
	NoSKP     bool
	Now, Prev RegionFigures // Prev: the period before, for the change
	// Change on the same period a year earlier (mart.region_benchmark).
	YoYPeriod                        string
	YoYSB, YoYIKM, YoYKTP, YoYOnTime kit.Stat
	Kurang20Year                     int64 // the year of Now.Kurang20
	UnitsPeriod                      *kit.Period
	Units                            []UnitLatest // performance_service_link
	// UnitsRegion are the region's figures of UnitsPeriod (mart.region_summary,
	// over all its people and respondents): the units quadrant's guide lines.
	UnitsRegion     RegionFigures
	IKMPeriod       *kit.Period
	IKMUnits        []IKMUnit
	ServicePeriod   *kit.Period
	Services        []ServiceNow // the region view of each layanan
	BerakhlakPeriod *kit.Period
	Berakhlak       []BerakhlakCell
	KurvaPeriod     *kit.Period
	Kurva           []KurvaUnit
	JPYear          int64
	JPUnits         []JPYear
	NeedsYear       int64
	Needs           []NeedsUnit
	TalentYear      int64
	Talent          []NineBox
	Alerts          Alerts
}

// RegionModel is everything wilayah/<kode>.html shows.
type RegionModel struct {
	// The period selector, newest first (the default); every period with
	// data in any section. ByPeriod holds what each shows; the fields
	// below them that are not a time series are the default period's.
	Periods  []kit.Period
	Default  string
	ByPeriod map[string]RegionPeriod

	Kode, Nama, Provinsi string
	Now, Prev            RegionFigures
	Predikat             []PredikatPoint
	UnitsPeriod          *kit.Period
	Units                []UnitLatest
	UnitsRegion          RegionFigures // the quadrant's guide lines (RegionPeriod)
	IKMPeriod            *kit.Period
	IKMUnits             []IKMUnit
	Services             []ServiceSeries
	BerakhlakPeriod      *kit.Period
	Berakhlak            []BerakhlakCell
	JP                   []JPYear
	JPUnits              []JPYear
	Alerts               Alerts
	UnitList             []unitRow
	// Change on the same period a year earlier (mart.region_benchmark).
	YoYPeriod                        string
	YoYSB, YoYIKM, YoYKTP, YoYOnTime kit.Stat
	KurvaPeriods                     []kit.Period
	Kurva                            map[string][]KurvaUnit // by periode
	NeedsYear                        int64
	Needs                            []NeedsUnit // by urutan_prioritas_wilayah
	TalentYear                       int64
	Talent                           []NineBox               // per unit
	Sector                           map[string]SectorPeriod // by selector period (sector_model.go)
}

// sbInterval is the Wilson 95 % interval of unit's % Sangat Baik share in
// period per (mart.unit_performance), shown only when share is.
func (s *site) sbInterval(unit string, per kit.Period, share kit.Stat) kit.Interval {
	for _, r := range s.perfByUnit[unit] {
		if r.Periode == per.Periode && r.Jenis == per.Jenis {
			return kit.IntervalOf(share, r.SBBawah, r.SBAtas)
		}
	}
	return kit.IntervalOf(kit.Stat{}, sql.NullFloat64{}, sql.NullFloat64{})
}

package dashboards

import (
	"database/sql"
	"slices"
	"sort"
	"strings"
)

// site indexes the warehouse rows by region and unit.
type site struct {
	w                   *warehouse
	title               string
	units               map[string]unitRow
	unitsByRegion       map[string][]unitRow
	regionNames         map[string]string
	summaryByRegion     map[string][]regionSummaryRow
	perfByUnit          map[string][]perfRow
	predByRegion        map[string][]regionPredikatRow
	svcByUnit           map[string][]serviceRow
	svcByRegion         map[string][]serviceRow
	regionSvcByRegion   map[string][]regionServiceRow
	ikmByUnit           map[string][]ikmRow
	ikmByRegion         map[string][]ikmRow
	linkByRegion        map[string][]linkRow
	berByUnit           map[string][]berakhlakRow
	berByRegion         map[string][]berakhlakRow
	lunakByRegion       map[string][]raterRow
	trainByUnit         map[string][]trainingRow
	trainByRegion       map[string][]trainingRow
	regionTrainByRegion map[string][]trainingRow
	kurvaByRegion       map[string][]kurvaRow
	needsByUnit         map[string][]needsUnitRow
	needsByRegion       map[string][]needsUnitRow
	valuesByUnit        map[string][]countRow
	talentByRegion      map[string][]talentRow
	showNames           bool
	cmp                 *CompareModel
	benchIdx            map[string]CompareRow // by kode_wilayah|periode
}

// compareOnce builds the comparison model once per site.
func (s *site) compareOnce() *CompareModel {
	if s.cmp == nil {
		m := s.compareModel()
		s.cmp = &m
		s.benchIdx = map[string]CompareRow{}
		for k, rows := range m.ByPeriod {
			for _, r := range rows {
				s.benchIdx[r.Kode+"|"+k] = r
			}
		}
	}
	return s.cmp
}

func newSite(w *warehouse, title string) *site {
	s := &site{w: w, title: title, units: map[string]unitRow{}, regionNames: map[string]string{}}
	for _, u := range w.Units {
		s.units[u.Kode] = u
	}
	for _, r := range w.Regions {
		s.regionNames[r.Kode] = r.Nama
	}
	s.unitsByRegion = groupRuns(w.Units, func(r *unitRow) string { return r.Wilayah })
	s.summaryByRegion = groupRuns(w.Summary, func(r *regionSummaryRow) string { return r.Kode })
	s.perfByUnit = groupRuns(w.Perf, func(r *perfRow) string { return r.Unit })
	s.predByRegion = groupRuns(w.RegionPredikat, func(r *regionPredikatRow) string { return r.Wilayah })
	s.svcByUnit = groupRuns(w.Service, func(r *serviceRow) string { return r.Unit })
	s.svcByRegion = groupRuns(w.Service, func(r *serviceRow) string { return r.Wilayah })
	s.regionSvcByRegion = groupRuns(w.RegionService, func(r *regionServiceRow) string { return r.Wilayah })
	s.ikmByUnit = groupRuns(w.IKM, func(r *ikmRow) string { return r.Unit })
	s.ikmByRegion = groupRuns(w.IKM, func(r *ikmRow) string { return r.Wilayah })
	s.linkByRegion = groupRuns(w.Link, func(r *linkRow) string { return r.Wilayah })
	// mart.berakhlak_unit is read unsorted (it is the largest mart).
	w.Berakhlak = cluster(w.Berakhlak, func(r *berakhlakRow) string { return r.Wilayah }, func(r *berakhlakRow) string { return r.Unit })
	s.berByUnit = groupRuns(w.Berakhlak, func(r *berakhlakRow) string { return r.Unit })
	s.berByRegion = groupRuns(w.Berakhlak, func(r *berakhlakRow) string { return r.Wilayah })
	s.lunakByRegion = groupRuns(w.Lunak, func(r *raterRow) string { return r.Wilayah })
	s.trainByUnit = groupRuns(w.Training, func(r *trainingRow) string { return r.Unit })
	s.trainByRegion = groupRuns(w.Training, func(r *trainingRow) string { return r.Wilayah })
	s.regionTrainByRegion = groupRuns(w.RegionTraining, func(r *trainingRow) string { return r.Wilayah })
	s.kurvaByRegion = groupRuns(w.Kurva, func(r *kurvaRow) string { return r.Wilayah })
	s.needsByUnit = groupBy(w.NeedsUnit, func(r needsUnitRow) string { return r.Unit })
	s.needsByRegion = groupBy(w.NeedsUnit, func(r needsUnitRow) string { return r.Wilayah })
	s.valuesByUnit = groupRuns(w.NeedsValues, func(r *countRow) string { return r.Unit })
	s.talentByRegion = groupRuns(w.Talent, func(r *talentRow) string { return r.Wilayah })
	s.compareOnce()
	return s
}

func (s *site) unitName(kode string) string {
	if u, ok := s.units[kode]; ok {
		return u.Nama
	}
	return kode
}

func str(v sql.NullString) string { return v.String }

// ---- typed page models (what each page shows) ----

// RegionFigures are the headline figures of a region for one period.
type RegionFigures struct {
	Period                      *Period
	UnitDinilai, PegawaiDinilai Stat
	PersenSB, IKM               Stat
	Mutu                        string
	MedianKTP, TepatWaktu       Stat
	Permohonan, Backlog         Stat
	Kurang20                    Stat
}

// PredikatPoint is the predikat distribution of one period; Shares are in
// percent of Pegawai, in the order Sangat Baik, Baik, Butuh Perbaikan,
// Kurang/Misconduct, Sangat Kurang.
type PredikatPoint struct {
	Period  Period
	Pegawai Stat
	Counts  [5]Stat
	Shares  [5]Stat
}

var predikatKeys = [5]string{"pred_sangat_baik", "pred_baik", "pred_butuh_perbaikan", "pred_kurang", "pred_sangat_kurang"}

func predikatPoint(p Period, total sql.NullInt64, c [5]sql.NullInt64) PredikatPoint {
	pt := PredikatPoint{Period: p, Pegawai: people(total)}
	for i := range c {
		pt.Counts[i] = people(c[i])
		pt.Shares[i] = share(c[i], total)
	}
	return pt
}

// UnitLatest is one unit in the region's latest period.
type UnitLatest struct {
	Kode, Nama, Sektor     string
	Pegawai, PersenSB, IKM Stat
	Mutu, Label            string
	RankNilai, RankLayanan Stat
	Compared               Stat
}

// IKMUnit is a unit's IKM in one period.
type IKMUnit struct {
	Kode, Nama     string
	Responden, IKM Stat
	Mutu           string
}

// ServicePoint is one layanan in one period.
type ServicePoint struct {
	Period                                     Period
	Permohonan, Median, P90, Batas, TepatWaktu Stat
	Backlog, BacklogPrev                       Stat
}

// ServiceSeries is one layanan over periods.
type ServiceSeries struct {
	Layanan string
	Points  []ServicePoint
}

// BerakhlakCell is one unit × value × period.
type BerakhlakCell struct {
	Kode, Nama, Nilai, NamaNilai string
	Period                       Period
	Dinilai, PersenDiBawah       Stat
}

// JPYear is 20 JP compliance of a unit or region in a year.
type JPYear struct {
	Kode, Nama              string
	Tahun                   int64
	Pegawai, Kurang, Persen Stat
	RataJP                  Stat
}

// LunakAlert is a lenient rater, by pseudonym.
type LunakAlert struct {
	IDPenilai, Jabatan, Kode, Nama string
	Period                         Period
	Dinilai, PersenDiAtas          Stat
}

// ServiceAlert is a layanan of a unit that is late or piling up.
type ServiceAlert struct {
	Kode, Nama, Layanan           string
	Period                        Period
	TepatWaktu, Backlog, Previous Stat
	LowOnTime, Growing, Falling   bool // < 50 % on time; backlog up, on time down by mart.service_alert's rule
}

// Alerts are the region's "Peringatan".
type Alerts struct {
	Mismatch  []UnitLatest
	Lunak     []LunakAlert
	Berakhlak []BerakhlakCell
	JP        []JPYear
	Service   []ServiceAlert
}

// Count is the number of alert rows.
func (a Alerts) Count() int {
	return len(a.Mismatch) + len(a.Lunak) + len(a.Berakhlak) + len(a.JP) + len(a.Service)
}

// ServiceNow is one layanan of a region or unit in one period.
type ServiceNow struct {
	Layanan string
	ServicePoint
}

// RegionPeriod is what wilayah/<kode>.html shows for one period of its
// selector. Every section takes the rows of its mart for that period: the
// same periode when the mart has periods of the selector's kind, else the
// mart's latest period starting on or before it (a yearly mart under a
// quarterly selector); yearly marts (20 JP, training needs, 9-box) take
// the latest year up to the period's year. A nil period or a zero year: no
// data for that period.
type RegionPeriod struct {
	Period    Period
	Now, Prev RegionFigures // Prev: the period before, for the change
	// Change on the same period a year earlier (mart.region_benchmark).
	YoYPeriod                        string
	YoYSB, YoYIKM, YoYKTP, YoYOnTime Stat
	Kurang20Year                     int64 // the year of Now.Kurang20
	UnitsPeriod                      *Period
	Units                            []UnitLatest // performance_service_link
	IKMPeriod                        *Period
	IKMUnits                         []IKMUnit
	ServicePeriod                    *Period
	Services                         []ServiceNow // the region view of each layanan
	BerakhlakPeriod                  *Period
	Berakhlak                        []BerakhlakCell
	KurvaPeriod                      *Period
	Kurva                            []KurvaUnit
	JPYear                           int64
	JPUnits                          []JPYear
	NeedsYear                        int64
	Needs                            []NeedsUnit
	TalentYear                       int64
	Talent                           []NineBox
	Alerts                           Alerts
}

// RegionModel is everything wilayah/<kode>.html shows.
type RegionModel struct {
	// The period selector, newest first (the default); every period with
	// data in any section. ByPeriod holds what each shows; the fields
	// below them that are not a time series are the default period's.
	Periods  []Period
	Default  string
	ByPeriod map[string]RegionPeriod

	Kode, Nama, Provinsi string
	Now, Prev            RegionFigures
	Predikat             []PredikatPoint
	UnitsPeriod          *Period
	Units                []UnitLatest
	IKMPeriod            *Period
	IKMUnits             []IKMUnit
	Services             []ServiceSeries
	BerakhlakPeriod      *Period
	Berakhlak            []BerakhlakCell
	JP                   []JPYear
	JPUnits              []JPYear
	Alerts               Alerts
	UnitList             []unitRow
	// Change on the same period a year earlier (mart.region_benchmark).
	YoYPeriod                        string
	YoYSB, YoYIKM, YoYKTP, YoYOnTime Stat
	KurvaPeriods                     []Period
	Kurva                            map[string][]KurvaUnit // by periode
	NeedsYear                        int64
	Needs                            []NeedsUnit // by urutan_prioritas_wilayah
	TalentYear                       int64
	Talent                           []NineBox // per unit
}

// TrendPoint is a unit's % Sangat Baik and IKM in one period.
type TrendPoint struct {
	Period        Period
	PersenSB, IKM Stat
}

// UnitPeriod is what unit/<kode>.html shows for one period of its
// selector (each mart's period picked as on the region page).
type UnitPeriod struct {
	Period                     Period
	PredikatPeriod, PrevPeriod *Period // appraisals in the period and the one before
	Pegawai, PersenSB          Stat
	PrevPegawai, PrevSB        Stat
	IKMPeriod, PrevIKMPeriod   *Period
	Responden, IKM, PrevIKM    Stat
	Mutu                       string
	ServicePeriod              *Period
	Services                   []ServiceNow
	NeedsYear                  int64 // of NeedsValues
}

// UnitModel is everything unit/<kode>.html shows.
type UnitModel struct {
	// The period selector, newest first (the default), and what each
	// period shows; the rest are time series.
	Periods                                  []Period
	Default                                  string
	ByPeriod                                 map[string]UnitPeriod
	Kode, Nama, Sektor, Wilayah, NamaWilayah string
	Predikat                                 []PredikatPoint
	Trend                                    []TrendPoint
	Services                                 []ServiceSeries
	Berakhlak                                []BerakhlakCell
	JP                                       []JPYear
	Needs                                    []NeedsUnit      // per year
	NeedsValues                              map[int64][]Stat // people di_bawah per value (berakhlakOrder) per year
}

// IndexRow is one kab/kota on the home page.
type IndexRow struct {
	Kode, Nama, Provinsi                     string
	Pegawai, PersenSB, IKM                   Stat
	Mutu                                     string
	MedianKTP, TepatWaktu, Backlog, Kurang20 Stat
}

// IndexModel is everything index.html shows.
type IndexModel struct {
	Quarter  *Period
	Year     int64
	Rows     []IndexRow
	Quarters []Period
	TrendSB  map[string][]Stat // per region, aligned with Quarters
	TrendIKM map[string][]Stat
	ByPeriod map[string][]IndexRow // every region's figures per quarter (the period selector)
	// KurangYear is the year of the % < 20 JP column per quarter: the
	// quarter's, or the latest year before it with data.
	KurangYear map[string]int64
}

func figures(r *regionSummaryRow) RegionFigures {
	if r == nil {
		return RegionFigures{}
	}
	p := r.Period
	return RegionFigures{
		Period:         &p,
		UnitDinilai:    numI(r.UnitDinilai),
		PegawaiDinilai: people(r.PegawaiDinilai),
		PersenSB:       pct(r.PersenSB, r.PegawaiDinilai),
		IKM:            num(r.IKM),
		Mutu:           str(r.Mutu),
		MedianKTP:      num(r.MedianKTP),
		TepatWaktu:     num(r.TepatWaktu),
		Permohonan:     numI(r.Permohonan),
		Backlog:        numI(r.Backlog),
	}
}

func (s *site) indexModel() IndexModel {
	m := IndexModel{TrendSB: map[string][]Stat{}, TrendIKM: map[string][]Stat{}, ByPeriod: map[string][]IndexRow{}, KurangYear: map[string]int64{}}
	if s.w.LatestQuarter.Valid {
		m.Quarter = &Period{Jenis: "triwulan", Mulai: s.w.LatestQuarter.Time}
	}
	m.Year = s.w.LatestYear.Int64
	var quarters []regionSummaryRow
	for _, r := range s.w.Summary {
		if r.Jenis == "triwulan" {
			quarters = append(quarters, r)
		}
	}
	m.Quarters = periodsOf(quarters, func(r regionSummaryRow) Period { return r.Period })
	qi := map[string]int{}
	for i, q := range m.Quarters {
		qi[q.Periode] = i
	}
	// % < 20 JP per region and year.
	years := map[int64]bool{}
	kurang := map[string]Stat{}
	for _, r := range s.w.Summary {
		if r.Jenis == "tahun" && r.Tahun.Valid {
			years[r.Tahun.Int64] = true
			v := pct(r.Kurang20, r.PegawaiDinilai)
			if !r.PegawaiDinilai.Valid {
				v = num(r.Kurang20)
			}
			kurang[r.Kode+"|"+fmtInt64(r.Tahun.Int64)] = v
		}
	}
	for _, reg := range s.w.Regions {
		row := IndexRow{Kode: reg.Kode, Nama: reg.Nama, Provinsi: reg.Provinsi}
		sb := make([]Stat, len(m.Quarters))
		ikm := make([]Stat, len(m.Quarters))
		for _, r := range s.summaryByRegion[reg.Kode] {
			switch {
			case r.Jenis == "triwulan":
				f := figures(&r)
				if i, ok := qi[r.Periode]; ok {
					sb[i], ikm[i] = f.PersenSB, f.IKM
				}
				if m.Quarter != nil && r.Mulai.Equal(m.Quarter.Mulai) {
					m.Quarter.Periode = r.Periode
					row.Pegawai, row.PersenSB, row.IKM, row.Mutu = f.PegawaiDinilai, f.PersenSB, f.IKM, f.Mutu
					row.MedianKTP, row.TepatWaktu, row.Backlog = f.MedianKTP, f.TepatWaktu, f.Backlog
				}
			case r.Jenis == "tahun" && r.Tahun.Valid && r.Tahun.Int64 == m.Year:
				row.Kurang20 = pct(r.Kurang20, r.PegawaiDinilai)
				if !r.PegawaiDinilai.Valid {
					row.Kurang20 = num(r.Kurang20)
				}
			}
		}
		m.TrendSB[reg.Kode], m.TrendIKM[reg.Kode] = sb, ikm
		m.Rows = append(m.Rows, row)
		for _, r := range s.summaryByRegion[reg.Kode] {
			if r.Jenis != "triwulan" {
				continue
			}
			f := figures(&r)
			pr := IndexRow{Kode: reg.Kode, Nama: reg.Nama, Provinsi: reg.Provinsi, Pegawai: f.PegawaiDinilai, PersenSB: f.PersenSB, IKM: f.IKM,
				Mutu: f.Mutu, MedianKTP: f.MedianKTP, TepatWaktu: f.TepatWaktu, Backlog: f.Backlog}
			// 20 JP: the quarter's year, or the latest year before it.
			if y := latestYear(years, r.Mulai.Year()); y != 0 {
				pr.Kurang20 = kurang[reg.Kode+"|"+fmtInt64(y)]
			}
			m.ByPeriod[r.Periode] = append(m.ByPeriod[r.Periode], pr)
		}
	}
	for _, q := range m.Quarters {
		m.KurangYear[q.Periode] = latestYear(years, q.Mulai.Year())
	}
	return m
}

func (s *site) regionModel(reg regionRow) RegionModel {
	m := RegionModel{Kode: reg.Kode, Nama: reg.Nama, Provinsi: reg.Provinsi, UnitList: s.unitsByRegion[reg.Kode]}
	kode := reg.Kode
	m.KurvaPeriods, m.Kurva = s.kurvaByPeriod(kode)

	// Each section's rows, of its mart's preferred kind of period.
	sum := slices.Clone(preferred(s.summaryByRegion[kode], func(r regionSummaryRow) Period { return r.Period }))
	sort.SliceStable(sum, func(i, j int) bool { return sum[i].Mulai.Before(sum[j].Mulai) })
	links, linkPs := byPeriod(s.linkByRegion[kode], func(r linkRow) Period { return r.Period })
	ikms, ikmPs := byPeriod(s.ikmByRegion[kode], func(r ikmRow) Period { return r.Period })
	rsvc, rsvcPs := byPeriod(s.regionSvcByRegion[kode], func(r regionServiceRow) Period { return r.Period })
	bers, berPs := byPeriod(s.berByRegion[kode], func(r berakhlakRow) Period { return r.Period })
	lunaks, lunakPs := byPeriod(s.lunakByRegion[kode], func(r raterRow) Period { return r.Period })
	svcs, svcPs := byPeriod(s.svcByRegion[kode], func(r serviceRow) Period { return r.Period })
	layanan := layananOrder(preferred(s.regionSvcByRegion[kode], func(r regionServiceRow) Period { return r.Period }),
		func(r regionServiceRow) string { return r.Layanan })

	// The selector: the periods of the headline's kind with data anywhere.
	var all []Period
	for _, r := range sum {
		all = append(all, r.Period)
	}
	for _, ps := range [][]Period{linkPs, ikmPs, rsvcPs, berPs, m.KurvaPeriods, lunakPs, svcPs} {
		all = append(all, ps...)
	}
	m.Periods = selectorPeriods(sum, all)

	// Yearly data.
	yearRows := map[int64]regionSummaryRow{}
	for _, r := range s.summaryByRegion[kode] {
		if r.Jenis == "tahun" && r.Tahun.Valid {
			yearRows[r.Tahun.Int64] = r
		}
	}
	jpByYear := groupBy(s.trainByRegion[kode], func(r trainingRow) int64 { return r.Tahun })
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
		rp := RegionPeriod{Period: p}
		// Headline against the period before.
		i := sort.Search(len(sum), func(i int) bool { return !sum[i].Mulai.Before(p.Mulai) })
		if i < len(sum) && sum[i].Periode == p.Periode {
			rp.Now = figures(&sum[i])
		} else {
			pp := p
			rp.Now.Period = &pp
		}
		if i > 0 {
			rp.Prev = figures(&sum[i-1])
		}
		if y := latestYear(yearRows, p.Mulai.Year()); y != 0 {
			r := yearRows[y]
			rp.Kurang20Year, rp.Now.Kurang20 = y, num(r.Kurang20)
		}
		if c, ok := s.benchIdx[kode+"|"+p.Periode]; ok && p.Jenis == c.Period.Jenis {
			rp.YoYPeriod, rp.YoYSB, rp.YoYIKM, rp.YoYKTP, rp.YoYOnTime = c.PeriodeLalu, c.SBChange, c.IKMChange, c.KTPChange, c.OnTimeChange
		}

		// Units: ratings against service.
		if lp := pickPeriod(linkPs, p); lp != nil {
			rp.UnitsPeriod = lp
			for _, r := range links[lp.Periode] {
				u := UnitLatest{
					Kode: r.Unit, Nama: s.unitName(r.Unit), Sektor: s.units[r.Unit].Sektor,
					Pegawai: people(r.Pegawai), PersenSB: pct(r.PersenSB, r.Pegawai), IKM: num(r.IKM),
					Mutu: str(r.Mutu), Label: str(r.Label),
					RankNilai: numI(r.RankNilai), RankLayanan: numI(r.RankLayanan), Compared: numI(r.Compared),
				}
				if u.PersenSB.Small {
					u.RankNilai = Stat{Small: true}
				}
				rp.Units = append(rp.Units, u)
				if u.Label == "nilai_tinggi_layanan_buruk" {
					rp.Alerts.Mismatch = append(rp.Alerts.Mismatch, u)
				}
			}
		}
		if ip := pickPeriod(ikmPs, p); ip != nil {
			rp.IKMPeriod = ip
			for _, r := range ikms[ip.Periode] {
				rp.IKMUnits = append(rp.IKMUnits, IKMUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Responden: numI(r.Responden), IKM: num(r.IKM), Mutu: str(r.Mutu)})
			}
		}
		if sp := pickPeriod(rsvcPs, p); sp != nil {
			rp.ServicePeriod = sp
			for _, lay := range layanan {
				for _, r := range rsvc[sp.Periode] {
					if r.Layanan == lay {
						rp.Services = append(rp.Services, ServiceNow{Layanan: lay, ServicePoint: ServicePoint{Period: r.Period, Permohonan: numI(r.Permohonan),
							Median: num(r.Median), P90: num(r.P90), Batas: num(r.Batas), TepatWaktu: num(r.TepatWaktu), Backlog: numI(r.Backlog)}})
					}
				}
			}
		}
		if bp := pickPeriod(berPs, p); bp != nil {
			rp.BerakhlakPeriod = bp
			for _, r := range bers[bp.Periode] {
				rp.Berakhlak = append(rp.Berakhlak, berCell(s, r))
			}
			sortCells(rp.Berakhlak)
			for _, c := range rp.Berakhlak {
				if c.PersenDiBawah.Shown() && c.PersenDiBawah.Value >= AlertBerakhlakPct {
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
				if j.Persen.Shown() && j.Persen.Value >= AlertJPPct {
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
					Period: r.Period, Dinilai: people(r.Dinilai), PersenDiAtas: pct(r.PersenDiAtas, r.Dinilai)})
			}
		}
		if sp := pickPeriod(svcPs, p); sp != nil {
			for _, r := range svcs[sp.Periode] {
				a := ServiceAlert{Kode: r.Unit, Nama: s.unitName(r.Unit), Layanan: r.Layanan, Period: r.Period,
					TepatWaktu: num(r.TepatWaktu), Backlog: numI(r.Backlog), Previous: numI(r.BacklogPrev), Growing: r.BacklogAlert, Falling: r.OnTimeAlert}
				a.LowOnTime = a.TepatWaktu.Valid && a.TepatWaktu.Value < AlertOnTimePct
				if a.LowOnTime || a.Growing || a.Falling {
					rp.Alerts.Service = append(rp.Alerts.Service, a)
				}
			}
		}
		m.ByPeriod[p.Periode] = rp
	}
	if len(m.Periods) > 0 {
		m.Default = m.Periods[0].Periode
	}
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
	m.UnitsPeriod, m.Units, m.IKMPeriod, m.IKMUnits = d.UnitsPeriod, d.Units, d.IKMPeriod, d.IKMUnits
	m.BerakhlakPeriod, m.Berakhlak, m.JPUnits, m.Alerts = d.BerakhlakPeriod, d.Berakhlak, d.JPUnits, d.Alerts
	m.NeedsYear, m.Needs, m.TalentYear, m.Talent = d.NeedsYear, d.Needs, d.TalentYear, d.Talent

	// Time series: predikat distribution (region totals), services per
	// layanan, 20 JP per year.
	for _, r := range preferred(s.predByRegion[kode], func(r regionPredikatRow) Period { return r.Period }) {
		m.Predikat = append(m.Predikat, predikatPoint(r.Period, r.Pegawai, [5]sql.NullInt64{r.SB, r.B, r.BP, r.K, r.SK}))
	}
	rs := preferred(s.regionSvcByRegion[kode], func(r regionServiceRow) Period { return r.Period })
	for _, lay := range layanan {
		ser := ServiceSeries{Layanan: lay}
		for _, r := range rs {
			if r.Layanan == lay {
				ser.Points = append(ser.Points, ServicePoint{Period: r.Period, Permohonan: numI(r.Permohonan), Median: num(r.Median),
					P90: num(r.P90), Batas: num(r.Batas), TepatWaktu: num(r.TepatWaktu), Backlog: numI(r.Backlog)})
			}
		}
		m.Services = append(m.Services, ser)
	}
	for _, r := range s.regionTrainByRegion[kode] {
		m.JP = append(m.JP, jpYear(kode, reg.Nama, r))
	}
	return m
}

// byPeriod groups rows of the preferred kind of period by periode; the
// periods come oldest first.
func byPeriod[T any](rows []T, per func(T) Period) (map[string][]T, []Period) {
	rows = preferred(rows, per)
	return groupBy(rows, func(r T) string { return per(r).Periode }), periodsOf(rows, per)
}

// selectorKind is the kind of period of a page's selector: the headline
// rows' (quarters when there are any), else the preferred kind of all.
func selectorKind(head []regionSummaryRow, all []Period) string {
	if len(head) > 0 {
		return head[0].Jenis
	}
	if p := preferred(all, func(p Period) Period { return p }); len(p) > 0 {
		return p[0].Jenis
	}
	return ""
}

// selectorPeriods lists the selector's periods, newest first: the distinct
// periods of all that are of the selector's kind (selectorKind).
func selectorPeriods(head []regionSummaryRow, all []Period) []Period {
	kind := selectorKind(head, all)
	if kind == "" {
		return nil
	}
	var same []Period
	for _, p := range all {
		if p.Jenis == kind {
			same = append(same, p)
		}
	}
	out := periodsOf(same, func(p Period) Period { return p })
	slices.Reverse(out)
	return out
}

// pickPeriod is the period of a section (its periods oldest first) that
// the selector's period p shows: the same periode when the kinds match,
// else the latest one starting on or before p.
func pickPeriod(ps []Period, p Period) *Period {
	if len(ps) == 0 {
		return nil
	}
	if ps[0].Jenis == p.Jenis {
		for i := range ps {
			if ps[i].Periode == p.Periode {
				return &ps[i]
			}
		}
		return nil
	}
	for i := len(ps) - 1; i >= 0; i-- {
		if !ps[i].Mulai.After(p.Mulai) {
			return &ps[i]
		}
	}
	return nil
}

// latestYear is the latest year of by up to y, or 0.
func latestYear[T any](by map[int64]T, y int) int64 {
	var best int64
	for k := range by {
		if k <= int64(y) && k > best {
			best = k
		}
	}
	return best
}

func berCell(s *site, r berakhlakRow) BerakhlakCell {
	nama := s.w.ValueNames[r.Nilai]
	if nama == "" {
		nama = r.Nilai
	}
	return BerakhlakCell{Kode: r.Unit, Nama: s.unitName(r.Unit), Nilai: r.Nilai, NamaNilai: nama, Period: r.Period,
		Dinilai: people(r.Dinilai), PersenDiBawah: pct(r.PersenDiBawah, r.Dinilai)}
}

// sortCells orders BerAKHLAK cells by unit, period and value (the official
// order, then any other): the mart is read unsorted.
func sortCells(cells []BerakhlakCell) {
	rank := func(v string) int {
		if i := valueIndex(v); i >= 0 {
			return i
		}
		return len(berakhlakOrder)
	}
	slices.SortStableFunc(cells, func(a, b BerakhlakCell) int {
		if c := strings.Compare(a.Kode, b.Kode); c != 0 {
			return c
		}
		if c := a.Period.Mulai.Compare(b.Period.Mulai); c != 0 {
			return c
		}
		if c := rank(a.Nilai) - rank(b.Nilai); c != 0 {
			return c
		}
		return strings.Compare(a.Nilai, b.Nilai)
	})
}

func jpYear(kode, nama string, r trainingRow) JPYear {
	return JPYear{Kode: kode, Nama: nama, Tahun: r.Tahun, Pegawai: people(r.Pegawai), Kurang: people(r.Kurang20),
		Persen: pct(r.PersenKurang, r.Pegawai), RataJP: over(r.RataJP, r.Pegawai)}
}

var layananRank = map[string]int{"KTP_EL": 0, "KK": 1, "AKTA_LAHIR": 2, "AKTA_MATI": 3, "AKTA_KAWIN": 4, "PINDAH": 5, "KIA": 6}

func layananOrder[T any](rows []T, key func(T) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rows {
		if k := key(r); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, oki := layananRank[out[i]]
		rj, okj := layananRank[out[j]]
		if oki != okj {
			return oki
		}
		if ri != rj {
			return ri < rj
		}
		return out[i] < out[j]
	})
	return out
}

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

// before is the period of ps (oldest first) just before p.
func before(ps []Period, p *Period) *Period {
	for i := range ps {
		if ps[i].Periode == p.Periode && i > 0 {
			return &ps[i-1]
		}
	}
	return nil
}

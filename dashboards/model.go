package dashboards

import (
	"database/sql"
	"sort"
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
	linkByUnit          map[string][]linkRow
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
}

// compareOnce builds the comparison model once per site.
func (s *site) compareOnce() *CompareModel {
	if s.cmp == nil {
		m := s.compareModel()
		s.cmp = &m
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
	s.unitsByRegion = groupBy(w.Units, func(r unitRow) string { return r.Wilayah })
	s.summaryByRegion = groupBy(w.Summary, func(r regionSummaryRow) string { return r.Kode })
	s.perfByUnit = groupBy(w.Perf, func(r perfRow) string { return r.Unit })
	s.predByRegion = groupBy(w.RegionPredikat, func(r regionPredikatRow) string { return r.Wilayah })
	s.svcByUnit = groupBy(w.Service, func(r serviceRow) string { return r.Unit })
	s.svcByRegion = groupBy(w.Service, func(r serviceRow) string { return r.Wilayah })
	s.regionSvcByRegion = groupBy(w.RegionService, func(r regionServiceRow) string { return r.Wilayah })
	s.ikmByUnit = groupBy(w.IKM, func(r ikmRow) string { return r.Unit })
	s.ikmByRegion = groupBy(w.IKM, func(r ikmRow) string { return r.Wilayah })
	s.linkByUnit = groupBy(w.Link, func(r linkRow) string { return r.Unit })
	s.linkByRegion = groupBy(w.Link, func(r linkRow) string { return r.Wilayah })
	s.berByUnit = groupBy(w.Berakhlak, func(r berakhlakRow) string { return r.Unit })
	s.berByRegion = groupBy(w.Berakhlak, func(r berakhlakRow) string { return r.Wilayah })
	s.lunakByRegion = groupBy(w.Lunak, func(r raterRow) string { return r.Wilayah })
	s.trainByUnit = groupBy(w.Training, func(r trainingRow) string { return r.Unit })
	s.trainByRegion = groupBy(w.Training, func(r trainingRow) string { return r.Wilayah })
	s.regionTrainByRegion = groupBy(w.RegionTraining, func(r trainingRow) string { return r.Wilayah })
	s.kurvaByRegion = groupBy(w.Kurva, func(r kurvaRow) string { return r.Wilayah })
	s.needsByUnit = groupBy(w.NeedsUnit, func(r needsUnitRow) string { return r.Unit })
	s.needsByRegion = groupBy(w.NeedsUnit, func(r needsUnitRow) string { return r.Wilayah })
	s.valuesByUnit = groupBy(w.NeedsValues, func(r countRow) string { return r.Unit })
	s.talentByRegion = groupBy(w.Talent, func(r talentRow) string { return r.Wilayah })
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
	LowOnTime, Growing            bool
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

// RegionModel is everything wilayah/<kode>.html shows.
type RegionModel struct {
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

// UnitModel is everything unit/<kode>.html shows.
type UnitModel struct {
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
	m := IndexModel{TrendSB: map[string][]Stat{}, TrendIKM: map[string][]Stat{}, ByPeriod: map[string][]IndexRow{}}
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
				Mutu: f.Mutu, MedianKTP: f.MedianKTP, TepatWaktu: f.TepatWaktu, Backlog: f.Backlog, Kurang20: row.Kurang20}
			m.ByPeriod[r.Periode] = append(m.ByPeriod[r.Periode], pr)
		}
	}
	return m
}

func (s *site) regionModel(reg regionRow) RegionModel {
	m := RegionModel{Kode: reg.Kode, Nama: reg.Nama, Provinsi: reg.Provinsi, UnitList: s.unitsByRegion[reg.Kode]}

	// Headline: latest quarter against the one before.
	var q []regionSummaryRow
	for _, r := range s.summaryByRegion[reg.Kode] {
		if r.Jenis == "triwulan" {
			q = append(q, r)
		}
	}
	if len(q) == 0 {
		q = preferred(s.summaryByRegion[reg.Kode], func(r regionSummaryRow) Period { return r.Period })
	}
	sort.SliceStable(q, func(i, j int) bool { return q[i].Mulai.Before(q[j].Mulai) })
	if n := len(q); n > 0 {
		m.Now = figures(&q[n-1])
		if n > 1 {
			m.Prev = figures(&q[n-2])
		}
	}
	for _, r := range s.summaryByRegion[reg.Kode] {
		if r.Jenis == "tahun" && r.Tahun.Valid && r.Tahun.Int64 == s.w.LatestYear.Int64 {
			m.Now.Kurang20 = num(r.Kurang20)
		}
	}

	// Year-on-year change of the headline period.
	if m.Now.Period != nil {
		cm := s.compareOnce()
		for _, r := range cm.ByPeriod[m.Now.Period.Periode] {
			if r.Kode == reg.Kode {
				m.YoYPeriod, m.YoYSB, m.YoYIKM, m.YoYKTP, m.YoYOnTime = r.PeriodeLalu, r.SBChange, r.IKMChange, r.KTPChange, r.OnTimeChange
			}
		}
	}
	m.KurvaPeriods, m.Kurva = s.kurvaByPeriod(reg.Kode)
	for _, r := range s.needsByRegion[reg.Kode] {
		m.NeedsYear = max(m.NeedsYear, r.Tahun)
	}
	for _, r := range s.needsByRegion[reg.Kode] {
		if r.Tahun == m.NeedsYear {
			m.Needs = append(m.Needs, needsUnit(s, r))
		}
	}
	sort.SliceStable(m.Needs, func(i, j int) bool { return m.Needs[i].UrutanWilayah < m.Needs[j].UrutanWilayah })
	m.TalentYear, m.Talent = s.talentUnits(reg.Kode)

	// Predikat distribution, region totals.
	for _, r := range preferred(s.predByRegion[reg.Kode], func(r regionPredikatRow) Period { return r.Period }) {
		m.Predikat = append(m.Predikat, predikatPoint(r.Period, r.Pegawai, [5]sql.NullInt64{r.SB, r.B, r.BP, r.K, r.SK}))
	}

	// Units in the latest period of the ratings-vs-service link.
	links, lp := latestOf(s.linkByRegion[reg.Kode], func(r linkRow) Period { return r.Period })
	m.UnitsPeriod = lp
	for _, r := range links {
		u := UnitLatest{
			Kode: r.Unit, Nama: s.unitName(r.Unit), Sektor: s.units[r.Unit].Sektor,
			Pegawai: people(r.Pegawai), PersenSB: pct(r.PersenSB, r.Pegawai), IKM: num(r.IKM),
			Mutu: str(r.Mutu), Label: str(r.Label),
			RankNilai: numI(r.RankNilai), RankLayanan: numI(r.RankLayanan), Compared: numI(r.Compared),
		}
		if u.PersenSB.Small {
			u.RankNilai = Stat{Small: true}
		}
		m.Units = append(m.Units, u)
		if u.Label == "nilai_tinggi_layanan_buruk" {
			m.Alerts.Mismatch = append(m.Alerts.Mismatch, u)
		}
	}

	ikms, ip := latestOf(s.ikmByRegion[reg.Kode], func(r ikmRow) Period { return r.Period })
	m.IKMPeriod = ip
	for _, r := range ikms {
		m.IKMUnits = append(m.IKMUnits, IKMUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Responden: numI(r.Responden), IKM: num(r.IKM), Mutu: str(r.Mutu)})
	}

	// Services per layanan, region view.
	rs := preferred(s.regionSvcByRegion[reg.Kode], func(r regionServiceRow) Period { return r.Period })
	for _, lay := range layananOrder(rs, func(r regionServiceRow) string { return r.Layanan }) {
		ser := ServiceSeries{Layanan: lay}
		for _, r := range rs {
			if r.Layanan == lay {
				ser.Points = append(ser.Points, ServicePoint{Period: r.Period, Permohonan: numI(r.Permohonan), Median: num(r.Median),
					P90: num(r.P90), Batas: num(r.Batas), TepatWaktu: num(r.TepatWaktu), Backlog: numI(r.Backlog)})
			}
		}
		m.Services = append(m.Services, ser)
	}

	// BerAKHLAK, latest period.
	ber, bp := latestOf(s.berByRegion[reg.Kode], func(r berakhlakRow) Period { return r.Period })
	m.BerakhlakPeriod = bp
	for _, r := range ber {
		c := berCell(s, r)
		m.Berakhlak = append(m.Berakhlak, c)
		if c.PersenDiBawah.Shown() && c.PersenDiBawah.Value >= AlertBerakhlakPct {
			m.Alerts.Berakhlak = append(m.Alerts.Berakhlak, c)
		}
	}

	// 20 JP: region per year, units in the latest year.
	for _, r := range s.regionTrainByRegion[reg.Kode] {
		m.JP = append(m.JP, jpYear(reg.Kode, reg.Nama, r))
	}
	var lastYear int64
	for _, r := range s.trainByRegion[reg.Kode] {
		lastYear = max(lastYear, r.Tahun)
	}
	for _, r := range s.trainByRegion[reg.Kode] {
		if r.Tahun == lastYear {
			j := jpYear(r.Unit, s.unitName(r.Unit), r)
			m.JPUnits = append(m.JPUnits, j)
			if j.Persen.Shown() && j.Persen.Value >= AlertJPPct {
				m.Alerts.JP = append(m.Alerts.JP, j)
			}
		}
	}

	// Lenient raters in the latest period they were labelled.
	lunak, _ := latestOf(s.lunakByRegion[reg.Kode], func(r raterRow) Period { return r.Period })
	for _, r := range lunak {
		m.Alerts.Lunak = append(m.Alerts.Lunak, LunakAlert{IDPenilai: r.IDPenilai, Jabatan: r.Jabatan, Kode: r.Unit, Nama: s.unitName(r.Unit),
			Period: r.Period, Dinilai: people(r.Dinilai), PersenDiAtas: pct(r.PersenDiAtas, r.Dinilai)})
	}

	// Services late or piling up, latest period per unit and layanan.
	svc, _ := latestOf(s.svcByRegion[reg.Kode], func(r serviceRow) Period { return r.Period })
	for _, r := range svc {
		a := ServiceAlert{Kode: r.Unit, Nama: s.unitName(r.Unit), Layanan: r.Layanan, Period: r.Period,
			TepatWaktu: num(r.TepatWaktu), Backlog: numI(r.Backlog), Previous: numI(r.BacklogPrev)}
		a.LowOnTime = a.TepatWaktu.Valid && a.TepatWaktu.Value < AlertOnTimePct
		a.Growing = a.Backlog.Valid && a.Previous.Valid && a.Backlog.Value > a.Previous.Value
		if a.LowOnTime || a.Growing {
			m.Alerts.Service = append(m.Alerts.Service, a)
		}
	}
	return m
}

func berCell(s *site, r berakhlakRow) BerakhlakCell {
	return BerakhlakCell{Kode: r.Unit, Nama: s.unitName(r.Unit), Nilai: r.Nilai, NamaNilai: r.NamaNilai, Period: r.Period,
		Dinilai: people(r.Dinilai), PersenDiBawah: pct(r.PersenDiBawah, r.Dinilai)}
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
	return m
}

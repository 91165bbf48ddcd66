package dashboards

import (
	"database/sql"

	"kinerja/dashboards/kit"
)

// ---- typed page models (what each page shows) ----

// RegionFigures are the headline figures of a region for one period.
type RegionFigures struct {
	Period                      *kit.Period
	UnitDinilai, PegawaiDinilai kit.Stat
	PersenSB, IKM               kit.Stat
	Mutu                        string
	MedianKTP, TepatWaktu       kit.Stat
	Permohonan, Backlog         kit.Stat
	Kurang20                    kit.Stat
}

// PredikatPoint is the predikat distribution of one period; Shares are in
// percent of Pegawai, in the order Sangat Baik, Baik, Butuh Perbaikan,
// Kurang/Misconduct, Sangat Kurang.
type PredikatPoint struct {
	Period  kit.Period
	Pegawai kit.Stat
	Counts  [5]kit.Stat
	Shares  [5]kit.Stat
}

var predikatKeys = [5]string{"pred_sangat_baik", "pred_baik", "pred_butuh_perbaikan", "pred_kurang", "pred_sangat_kurang"}

func predikatPoint(p kit.Period, total sql.NullInt64, c [5]sql.NullInt64) PredikatPoint {
	pt := PredikatPoint{Period: p, Pegawai: kit.People(total)}
	for i := range c {
		pt.Counts[i] = kit.People(c[i])
		pt.Shares[i] = kit.Share(c[i], total)
	}
	return pt
}

// UnitLatest is one unit in the region's latest period.
type UnitLatest struct {
	Kode, Nama, Sektor     string
	Pegawai, PersenSB, IKM kit.Stat
	Mutu, Label            string
	RankNilai, RankLayanan kit.Stat
	Compared               kit.Stat
}

// IKMUnit is a unit's IKM in one period.
type IKMUnit struct {
	Kode, Nama     string
	Responden, IKM kit.Stat
	Mutu           string
}

// ServicePoint is one layanan in one period.
type ServicePoint struct {
	Period                                     kit.Period
	Permohonan, Median, P90, Batas, TepatWaktu kit.Stat
	Backlog, BacklogPrev                       kit.Stat
}

// ServiceSeries is one layanan over periods.
type ServiceSeries struct {
	Layanan string
	Points  []ServicePoint
}

// BerakhlakCell is one unit × value × period.
type BerakhlakCell struct {
	Kode, Nama, Nilai, NamaNilai string
	Period                       kit.Period
	Dinilai, PersenDiBawah       kit.Stat
}

// JPYear is 20 JP compliance of a unit or region in a year.
type JPYear struct {
	Kode, Nama              string
	Tahun                   int64
	Pegawai, Kurang, Persen kit.Stat
	RataJP                  kit.Stat
}

// LunakAlert is a lenient rater, by pseudonym.
type LunakAlert struct {
	IDPenilai, Jabatan, Kode, Nama string
	Period                         kit.Period
	Dinilai, PersenDiAtas          kit.Stat
}

// ServiceAlert is a layanan of a unit that is late or piling up.
type ServiceAlert struct {
	Kode, Nama, Layanan           string
	Period                        kit.Period
	TepatWaktu, Backlog, Previous kit.Stat
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
	Period    kit.Period
	Now, Prev RegionFigures // Prev: the period before, for the change
	// Change on the same period a year earlier (mart.region_benchmark).
	YoYPeriod                        string
	YoYSB, YoYIKM, YoYKTP, YoYOnTime kit.Stat
	Kurang20Year                     int64 // the year of Now.Kurang20
	UnitsPeriod                      *kit.Period
	Units                            []UnitLatest // performance_service_link
	IKMPeriod                        *kit.Period
	IKMUnits                         []IKMUnit
	ServicePeriod                    *kit.Period
	Services                         []ServiceNow // the region view of each layanan
	BerakhlakPeriod                  *kit.Period
	Berakhlak                        []BerakhlakCell
	KurvaPeriod                      *kit.Period
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
	Periods  []kit.Period
	Default  string
	ByPeriod map[string]RegionPeriod

	Kode, Nama, Provinsi string
	Now, Prev            RegionFigures
	Predikat             []PredikatPoint
	UnitsPeriod          *kit.Period
	Units                []UnitLatest
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
	Talent                           []NineBox // per unit
}

// TrendPoint is a unit's % Sangat Baik and IKM in one period.
type TrendPoint struct {
	Period        kit.Period
	PersenSB, IKM kit.Stat
}

// UnitPeriod is what unit/<kode>.html shows for one period of its
// selector (each mart's period picked as on the region page).
type UnitPeriod struct {
	Period                     kit.Period
	PredikatPeriod, PrevPeriod *kit.Period // appraisals in the period and the one before
	Pegawai, PersenSB          kit.Stat
	PrevPegawai, PrevSB        kit.Stat
	IKMPeriod, PrevIKMPeriod   *kit.Period
	Responden, IKM, PrevIKM    kit.Stat
	Mutu                       string
	ServicePeriod              *kit.Period
	Services                   []ServiceNow
	NeedsYear                  int64 // of NeedsValues
}

// UnitModel is everything unit/<kode>.html shows.
type UnitModel struct {
	// The period selector, newest first (the default), and what each
	// period shows; the rest are time series.
	Periods                                  []kit.Period
	Default                                  string
	ByPeriod                                 map[string]UnitPeriod
	Kode, Nama, Sektor, Wilayah, NamaWilayah string
	Predikat                                 []PredikatPoint
	Trend                                    []TrendPoint
	Services                                 []ServiceSeries
	Berakhlak                                []BerakhlakCell
	JP                                       []JPYear
	Needs                                    []NeedsUnit          // per year
	NeedsValues                              map[int64][]kit.Stat // people di_bawah per value (berakhlakOrder) per year
}

// IndexRow is one kab/kota on the home page.
type IndexRow struct {
	Kode, Nama, Provinsi                     string
	Pegawai, PersenSB, IKM                   kit.Stat
	Mutu                                     string
	MedianKTP, TepatWaktu, Backlog, Kurang20 kit.Stat
}

// IndexModel is everything index.html shows.
type IndexModel struct {
	Quarter  *kit.Period
	Year     int64
	Rows     []IndexRow
	Quarters []kit.Period
	TrendSB  map[string][]kit.Stat // per region, aligned with Quarters
	TrendIKM map[string][]kit.Stat
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
		UnitDinilai:    kit.NumInt(r.UnitDinilai),
		PegawaiDinilai: kit.People(r.PegawaiDinilai),
		PersenSB:       kit.Pct(r.PersenSB, r.PegawaiDinilai),
		IKM:            kit.Num(r.IKM),
		Mutu:           str(r.Mutu),
		MedianKTP:      kit.Num(r.MedianKTP),
		TepatWaktu:     kit.Num(r.TepatWaktu),
		Permohonan:     kit.NumInt(r.Permohonan),
		Backlog:        kit.NumInt(r.Backlog),
	}
}

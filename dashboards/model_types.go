package dashboards

import (
	"database/sql"
	"strings"

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
// Kurang/Misconduct, Sangat Kurang, as the mart computed them (persen_*).
type PredikatPoint struct {
	Period  kit.Period
	Pegawai kit.Stat
	Counts  [5]kit.Stat
	Shares  [5]kit.Stat
}

var predikatKeys = [5]string{"pred_sangat_baik", "pred_baik", "pred_butuh_perbaikan", "pred_kurang", "pred_sangat_kurang"}

// predikatCounts are a mart row's predikat counts (jumlah_*) and shares
// (persen_*), in predikatKeys' order, and what the marts withhold of them
// (mart.suppression): Mask[0] pegawai_dinilai, Mask[1+i] predikat i.
type predikatCounts struct {
	N    [5]sql.NullInt64
	Pct  [5]sql.NullFloat64
	Mask [6]kit.Mask
}

// cols binds jumlah_*, persen_* and *_alasan_ditahan of a predikat mart row.
func (c *predikatCounts) cols() kit.Cols {
	out := kit.Cols{"pegawai_dinilai_alasan_ditahan": &c.Mask[0]}
	for i, k := range predikatKeys {
		k = strings.TrimPrefix(k, "pred_")
		out["jumlah_"+k], out["persen_"+k], out[k+"_alasan_ditahan"] = &c.N[i], &c.Pct[i], &c.Mask[1+i]
	}
	return out
}

// predikatPoint is a row's distribution as a page shows it: each figure
// the marts withhold masked ("<5", or linked for a pelindung).
func predikatPoint(p kit.Period, total sql.NullInt64, c predikatCounts) PredikatPoint {
	pt := PredikatPoint{Period: p, Pegawai: c.Mask[0].Apply(kit.NumInt(total))}
	for i := range c.N {
		pt.Counts[i] = c.Mask[1+i].Apply(kit.NumInt(c.N[i]))
		pt.Shares[i] = c.Mask[1+i].Apply(kit.Num(c.Pct[i]))
	}
	return pt
}

// UnitLatest is one unit in the region's latest period.
type UnitLatest struct {
	Kode, Nama, Sektor     string
	Pegawai, PersenSB, IKM kit.Stat
	SBInterval             kit.Interval // of PersenSB (mart.unit_performance)
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

// LunakUnit is a unit's number of lenient raters in a period.
type LunakUnit struct {
	Kode, Nama string
	Period     kit.Period
	Penilai    int64
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
	Mismatch []UnitLatest
	Lunak    []LunakAlert
	// LunakUnits: how many lenient raters each unit has (mart.unit_360),
	// what the page shows without Options.ShowNames.
	LunakUnits []LunakUnit
	Berakhlak  []BerakhlakCell
	JP         []JPYear
	Service    []ServiceAlert
}

// Count is the number of alert rows.
func (a Alerts) Count() int {
	return len(a.Mismatch) + len(a.Lunak) + len(a.Berakhlak) + len(a.JP) + len(a.Service)
}

// serviceMartRow is a row of a service mart (mart.service_outcomes of a
// unit, mart.region_service of a region): one layanan in one period.
type serviceMartRow interface {
	layanan() string
	point() ServicePoint
}

func (r serviceRow) layanan() string { return r.Layanan }

func (r serviceRow) point() ServicePoint {
	return ServicePoint{Period: r.Period, Permohonan: kit.NumInt(r.Permohonan), Median: kit.Num(r.Median), P90: kit.Num(r.P90),
		Batas: kit.Num(r.Batas), TepatWaktu: kit.Num(r.TepatWaktu), Backlog: kit.NumInt(r.Backlog), BacklogPrev: kit.NumInt(r.BacklogPrev)}
}

func (r regionServiceRow) layanan() string { return r.Layanan }

func (r regionServiceRow) point() ServicePoint {
	return ServicePoint{Period: r.Period, Permohonan: kit.NumInt(r.Permohonan), Median: kit.Num(r.Median), P90: kit.Num(r.P90),
		Batas: kit.Num(r.Batas), TepatWaktu: kit.Num(r.TepatWaktu), Backlog: kit.NumInt(r.Backlog)}
}

// servicesNow are the rows of one period, in the order of layanan.
func servicesNow[T serviceMartRow](layanan []string, rows []T) []ServiceNow {
	var out []ServiceNow
	for _, lay := range layanan {
		for _, r := range rows {
			if r.layanan() == lay {
				out = append(out, ServiceNow{Layanan: lay, ServicePoint: r.point()})
			}
		}
	}
	return out
}

// serviceSeries are the rows over periods, one series per layanan.
func serviceSeries[T serviceMartRow](layanan []string, rows []T) []ServiceSeries {
	var out []ServiceSeries
	for _, lay := range layanan {
		ser := ServiceSeries{Layanan: lay}
		for _, r := range rows {
			if r.layanan() == lay {
				ser.Points = append(ser.Points, r.point())
			}
		}
		out = append(out, ser)
	}
	return out
}

// ServiceNow is one layanan of a region or unit in one period.
type ServiceNow struct {
	Layanan string
	ServicePoint
}

func figures(r *regionSummaryRow) RegionFigures {
	if r == nil {
		return RegionFigures{}
	}
	p := r.Period
	return RegionFigures{
		Period:         &p,
		UnitDinilai:    kit.NumInt(r.UnitDinilai),
		PegawaiDinilai: r.MaskPegawai.Apply(kit.NumInt(r.PegawaiDinilai)),
		PersenSB:       r.MaskSB.Apply(kit.Num(r.PersenSB)),
		IKM:            kit.Num(r.IKM),
		Mutu:           str(r.Mutu),
		MedianKTP:      kit.Num(r.MedianKTP),
		TepatWaktu:     kit.Num(r.TepatWaktu),
		Permohonan:     kit.NumInt(r.Permohonan),
		Backlog:        kit.NumInt(r.Backlog),
	}
}

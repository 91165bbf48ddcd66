package dashboards

import (
	"database/sql"
	"slices"
	"strings"

	"kinerja/dashboards/kit"
)

// The marts of what the five regions asked for (issue 13): sector
// outcomes, teams, promotions, the 360 view, IKM per element and the
// employees' responses. Each query is read binding its columns by name
// (bindStep).

// outcomeMarts are their rows, read once.
type outcomeMarts struct {
	Sector     []sectorRow     // mart.sector_outcomes
	SectorLink []sectorLinkRow // mart.performance_service_link: the sector columns and the correlations
	Promo      []promoRow      // mart.promotion_merit_region, years
	PromoTotal []promoRow      // mart.promotion_merit_total: every region per year, every year together
	Unsur      []unsurRow      // mart.ikm_unsur
	Sample     []ikmSampleRow  // mart.ikm: sample size and the weakest element
	View360    []unit360Row    // mart.unit_360
}

// unsurRow is one IKM element of a unit in one period (mart.ikm_unsur).
type unsurRow struct {
	Unit, Wilayah string
	kit.Period
	Unsur, Nama       string
	Urutan, Responden int64
	NRR, IKM          sql.NullFloat64
	Mutu              string
	Terendah          bool
}

// ikmSampleRow is whether a unit's IKM of a period stands on the minimum
// sample, and its weakest element (mart.ikm).
type ikmSampleRow struct {
	Unit, Wilayah string
	kit.Period
	Responden, Populasi, Minimum sql.NullInt64
	SumberPopulasi               string
	Cukup                        sql.NullBool
	UnsurTerendah, NamaTerendah  string
	NRRTerendah                  sql.NullFloat64
}

// sectorRow is one indicator of a unit in one period (mart.sector_outcomes).
type sectorRow struct {
	Unit, Wilayah string
	kit.Period
	Indikator, Nama, Satuan, Arah string
	Nilai, Target, Capaian        sql.NullFloat64
	Memenuhi                      sql.NullBool
	Sebelumnya, Perubahan         sql.NullFloat64
	Tren                          sql.NullString
	Beruntun                      sql.NullInt64
}

// sectorLinkRow is a unit's % Sangat Baik beside its sector outcomes in one
// period, and its region's rank correlations (mart.performance_service_link).
type sectorLinkRow struct {
	Unit, Wilayah, Sektor string
	kit.Period
	Pegawai                                 sql.NullInt64
	PersenSB                                sql.NullFloat64
	Indikator, Memenuhi, Memburuk, Beruntun sql.NullInt64
	Capaian, CapaianPrev                    sql.NullFloat64
	IndikatorBeruntun, Label                sql.NullString
	NSektor                                 sql.NullInt64
	RhoSektor, RhoSektorLo, RhoSektorHi     sql.NullFloat64
	TooFewSektor                            sql.NullBool
	RhoIKM, RhoLo, RhoHi                    sql.NullFloat64
	N                                       sql.NullInt64
	TooFew                                  sql.NullBool
	// What the marts withhold of pegawai_dinilai and persen_sangat_baik.
	MaskPegawai, MaskSB kit.Mask
}

// outcomeSteps read the marts of issue 13's pages.
func outcomeSteps(w *warehouse) []loadStep {
	o := &w.Outcomes
	return []loadStep{
		bindStep("sector_outcomes", func(x *sectorRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah,
				"indikator": &x.Indikator, "nama_indikator": &x.Nama, "satuan": &x.Satuan, "arah": &x.Arah,
				"nilai": &x.Nilai, "target": &x.Target, "capaian_persen": &x.Capaian, "memenuhi_target": &x.Memenuhi,
				"nilai_sebelumnya": &x.Sebelumnya, "perubahan": &x.Perubahan, "tren": &x.Tren, "memburuk_beruntun": &x.Beruntun})
		}, func(x *sectorRow) { o.Sector = append(o.Sector, *x) }),
		bindStep("sector_link", func(x *sectorLinkRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "sektor": &x.Sektor,
				"pegawai_dinilai": &x.Pegawai, "persen_sangat_baik": &x.PersenSB,
				"indikator_sektor": &x.Indikator, "capaian_sektor": &x.Capaian, "indikator_memenuhi_target": &x.Memenuhi,
				"indikator_memburuk": &x.Memburuk, "memburuk_beruntun_maks": &x.Beruntun, "indikator_memburuk_beruntun": &x.IndikatorBeruntun,
				"capaian_sektor_sebelumnya": &x.CapaianPrev, "label_sektor": &x.Label,
				"unit_dibandingkan_sektor": &x.NSektor, "spearman_nilai_sektor": &x.RhoSektor,
				"spearman_sektor_bawah": &x.RhoSektorLo, "spearman_sektor_atas": &x.RhoSektorHi, "terlalu_sedikit_unit_sektor": &x.TooFewSektor,
				"spearman_nilai_ikm": &x.RhoIKM, "spearman_bawah": &x.RhoLo, "spearman_atas": &x.RhoHi, "spearman_n": &x.N,
				"terlalu_sedikit_unit":           &x.TooFew,
				"pegawai_dinilai_alasan_ditahan": &x.MaskPegawai, "sangat_baik_alasan_ditahan": &x.MaskSB})
		}, func(x *sectorLinkRow) { o.SectorLink = append(o.SectorLink, *x) }),
		bindStep("promotion_merit_region", (*promoRow).cols, func(x *promoRow) {
			x.Cakupan = "wilayah"
			o.Promo = append(o.Promo, *x)
		}),
		bindStep("promotion_merit_total", func(x *promoRow) kit.Cols {
			return x.cols().Add(kit.Cols{"cakupan": &x.Cakupan, "periode_awal": &x.Awal, "periode_akhir": &x.Akhir})
		}, func(x *promoRow) { o.PromoTotal = append(o.PromoTotal, *x) }),
		bindStep("ikm_unsur", func(x *unsurRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "unsur": &x.Unsur, "nama_unsur": &x.Nama,
				"urutan": &x.Urutan, "responden": &x.Responden, "nrr": &x.NRR, "ikm_unsur": &x.IKM, "mutu_unsur": &x.Mutu, "terendah": &x.Terendah})
		}, func(x *unsurRow) { o.Unsur = append(o.Unsur, *x) }),
		bindStep("ikm_sample", func(x *ikmSampleRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "responden": &x.Responden,
				"populasi": &x.Populasi, "sumber_populasi": &x.SumberPopulasi, "sampel_minimum": &x.Minimum, "sampel_cukup": &x.Cukup,
				"unsur_terendah": &x.UnsurTerendah, "nama_unsur_terendah": &x.NamaTerendah, "nrr_terendah": &x.NRRTerendah})
		}, func(x *ikmSampleRow) { o.Sample = append(o.Sample, *x) }),
		bindStep("unit_360", (*unit360Row).cols, func(x *unit360Row) { o.View360 = append(o.View360, *x) }),
	}
}

// outcomeIndex holds the rows of outcomeMarts by region and unit.
type outcomeIndex struct {
	sectorByUnit       map[string][]sectorRow
	sectorByRegion     map[string][]sectorRow
	sectorLinkByRegion map[string][]sectorLinkRow
	sectorLinkByUnit   map[string][]sectorLinkRow
	promo, promoTotal  []promoRow
	unsurByUnit        map[string][]unsurRow
	sample             map[string]ikmSampleRow // by kode_unit|periode
	view360ByUnit      map[string][]unit360Row
}

func newOutcomeIndex(o *outcomeMarts) *outcomeIndex {
	x := &outcomeIndex{}
	x.sectorByUnit = kit.GroupRuns(o.Sector, func(r *sectorRow) string { return r.Unit })
	x.sectorByRegion = kit.GroupRuns(o.Sector, func(r *sectorRow) string { return r.Wilayah })
	x.sectorLinkByRegion = kit.GroupRuns(o.SectorLink, func(r *sectorLinkRow) string { return r.Wilayah })
	x.sectorLinkByUnit = kit.GroupBy(o.SectorLink, func(r sectorLinkRow) string { return r.Unit })
	x.promo, x.promoTotal = o.Promo, o.PromoTotal
	x.unsurByUnit = kit.GroupRuns(o.Unsur, func(r *unsurRow) string { return r.Unit })
	x.view360ByUnit = kit.GroupRuns(o.View360, func(r *unit360Row) string { return r.Unit })
	x.sample = make(map[string]ikmSampleRow, len(o.Sample))
	for _, r := range o.Sample {
		x.sample[r.Unit+"|"+r.Periode] = r
	}
	return x
}

// sortedBy sorts rows in place by key (stable) and returns them.
func sortedBy[T any](rows []T, key func(T) string) []T {
	slices.SortStableFunc(rows, func(a, b T) int { return strings.Compare(key(a), key(b)) })
	return rows
}

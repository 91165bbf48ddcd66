package dashboards

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"

	"kinerja/dashboards/kit"
	"kinerja/dashboards/summary"
)

//go:embed sql/*.sql
var sqlFS embed.FS

// sqlText is one of the site's queries (sql/<name>.sql), embedded.
var sqlText = kit.Queries(sqlFS, "dashboards")

// latestRow is the latest quarter and year of mart.region_summary.
type latestRow struct {
	Quarter sql.NullTime
	Year    sql.NullInt64
}

type regionRow struct {
	Kode, Nama, Provinsi string
	Penduduk             sql.NullInt64
}

type regionSummaryRow struct {
	Kode string
	kit.Period
	Tahun                       sql.NullInt64
	UnitDinilai, PegawaiDinilai sql.NullInt64
	PersenSB, IKM               sql.NullFloat64
	Mutu                        sql.NullString
	MedianKTP, TepatWaktu       sql.NullFloat64
	Permohonan, Backlog         sql.NullInt64
	Kurang20                    sql.NullFloat64
	// What the marts withhold of pegawai_dinilai and persen_sangat_baik.
	MaskPegawai, MaskSB kit.Mask
}

type unitRow struct {
	Kode, Nama, Wilayah, NamaWilayah, Sektor string
}

type perfRow struct {
	Unit, Wilayah string
	kit.Period
	Pegawai     sql.NullInt64
	Predikat    predikatCounts
	Kontradiksi int64
	// the Wilson 95 % interval of % Sangat Baik
	SBBawah, SBAtas sql.NullFloat64
}

type serviceRow struct {
	Unit, Wilayah string
	kit.Period
	Layanan                        string
	Permohonan, Selesai, Ditolak   sql.NullInt64
	Median, P90, Batas, TepatWaktu sql.NullFloat64
	Backlog, BacklogPrev           sql.NullInt64
	// mart.service_alert: the change on the previous period is an alert.
	BacklogAlert, OnTimeAlert bool
}

type ikmRow struct {
	Unit, Wilayah string
	kit.Period
	Responden sql.NullInt64
	IKM       sql.NullFloat64
	Mutu      sql.NullString
	// the minimum sample (PermenPANRB 14/2017) and whether it is reached
	SampelMinimum sql.NullInt64
	SampelCukup   sql.NullBool
}

type linkRow struct {
	Unit, Wilayah string
	kit.Period
	Pegawai                          sql.NullInt64
	PersenSB, IKM                    sql.NullFloat64
	Mutu                             sql.NullString
	Median, TepatWaktu               sql.NullFloat64
	Permohonan                       sql.NullInt64
	RankNilai, RankLayanan, Compared sql.NullInt64
	Label                            sql.NullString
	PersenSBPrev, IKMPrev            sql.NullFloat64
	// What the marts withhold of pegawai_dinilai and persen_sangat_baik.
	MaskPegawai, MaskSB kit.Mask
}

type berakhlakRow struct {
	Unit, Wilayah string
	kit.Period
	Nilai         string
	Dinilai       sql.NullInt64
	PersenDiBawah sql.NullFloat64
}

type raterRow struct {
	IDPenilai, Jabatan, Unit, Wilayah string
	kit.Period
	Dinilai      sql.NullInt64
	PersenDiAtas sql.NullFloat64
	Selisih      sql.NullFloat64
}

// lunakUnitRow is a unit's number of lenient raters in a period (mart.unit_360).
type lunakUnitRow struct {
	Unit, Wilayah string
	kit.Period
	Penilai int64
}

type trainingRow struct {
	Unit, Wilayah string
	Tahun         int64
	Pegawai       sql.NullInt64
	TotalJP       sql.NullFloat64
	RataJP        sql.NullFloat64
	Kurang20      sql.NullInt64
	PersenKurang  sql.NullFloat64
	// mart.region_training only: the region's training needs.
	KekuranganJP sql.NullFloat64
	Tinggi       sql.NullInt64
}

type regionPredikatRow struct {
	Wilayah string
	kit.Period
	Pegawai  sql.NullInt64
	Predikat predikatCounts
}

type regionServiceRow struct {
	Wilayah, Layanan string
	kit.Period
	Permohonan                     sql.NullInt64
	Median, P90, Batas, TepatWaktu sql.NullFloat64
	Backlog                        sql.NullInt64
}

// warehouse is everything the site shows, read once.
type warehouse struct {
	DataPer        string
	Batches        int64
	SourceKinds    []string // kinds of source in force (kit.Meta), named in the printed footer
	LatestQuarter  sql.NullTime
	LatestYear     sql.NullInt64
	Regions        []regionRow
	Summary        []regionSummaryRow
	Units          []unitRow
	Perf           []perfRow
	RegionPredikat []regionPredikatRow
	Service        []serviceRow
	RegionService  []regionServiceRow
	IKM            []ikmRow
	Link           []linkRow
	Berakhlak      []berakhlakRow
	RegionBer      []berakhlakRow    // mart.region_berakhlak (Unit empty)
	ValueNames     map[string]string // BerAKHLAK value -> its name
	Lunak          []raterRow
	LunakUnits     []lunakUnitRow // mart.unit_360
	Training       []trainingRow
	RegionTraining []trainingRow
	Benchmark      []benchmarkRow
	Kurva          []kurvaRow
	TalentGrid     []talentGridRow
	NeedsUnit      []needsUnitRow
	NeedsValues    []countRow
	RegionNeeds    []regionNeedRow // mart.region_training_need_count
	DQBatches      []batchRow
	DQSummary      dqSummary // mart.data_quality_summary
	Coverage       []coverageRow
	Quarantine     []quarantineRow
	SetAside       []setAsideRow
	Conflicts      []indicatorConflictRow
	PoolNames      []personRow       // only with ShowNames
	NeedsNames     []personRow       // only with ShowNames
	Spread         []spreadRow       // mart.region_unit_spread
	RegionSpread   []regionSpreadRow // mart.region_spread
	Team           teamMarts         // teams and responses (load_team.go)

	// The written summaries: mart.summary_facts by region, and the rules.
	SummaryFacts map[string][]summary.Fact
	SummaryRules *summary.Rules
	Outcomes     outcomeMarts // the marts of issue 13's pages (load_outcomes.go)
}

func loadWarehouse(ctx context.Context, db *sql.DB) (*warehouse, error) {
	return loadWarehouseWith(ctx, db, sqlText)
}

// loadWarehouseWith is loadWarehouse reading each query's text from text
// (the embedded sql/<name>.sql in loadWarehouse; a test rewrites it).
func loadWarehouseWith(ctx context.Context, db *sql.DB, text func(string) string) (*warehouse, error) {
	w := &warehouse{ValueNames: map[string]string{}}
	meta, err := kit.LoadMetaFrom(ctx, db, text("meta"))
	if err != nil {
		return nil, fmt.Errorf("dashboards: %w", err)
	}
	w.DataPer, w.Batches, w.SourceKinds = meta.DataPer, meta.Batches, meta.Kinds
	steps := []loadStep{
		bindStep("latest", func(x *latestRow) kit.Cols {
			return kit.Cols{"triwulan_terakhir": &x.Quarter, "tahun_terakhir": &x.Year}
		}, func(x *latestRow) { w.LatestQuarter, w.LatestYear = x.Quarter, x.Year }),
		bindStep("regions", func(x *regionRow) kit.Cols {
			return kit.Cols{"kode_wilayah": &x.Kode, "nama_wilayah": &x.Nama, "nama_provinsi": &x.Provinsi, "penduduk_total": &x.Penduduk}
		}, func(x *regionRow) { w.Regions = append(w.Regions, *x) }),
		bindStep("region_summary", func(x *regionSummaryRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_wilayah": &x.Kode, "tahun": &x.Tahun, "unit_dinilai": &x.UnitDinilai,
				"pegawai_dinilai": &x.PegawaiDinilai, "persen_sangat_baik": &x.PersenSB, "ikm": &x.IKM, "mutu": &x.Mutu,
				"median_jam_ktp_el": &x.MedianKTP, "persen_tepat_waktu": &x.TepatWaktu, "permohonan": &x.Permohonan,
				"backlog": &x.Backlog, "persen_kurang_20_jp": &x.Kurang20,
				"pegawai_dinilai_alasan_ditahan": &x.MaskPegawai, "sangat_baik_alasan_ditahan": &x.MaskSB})
		}, func(x *regionSummaryRow) { w.Summary = append(w.Summary, *x) }),
		bindStep("units", func(x *unitRow) kit.Cols {
			return kit.Cols{"kode_unit": &x.Kode, "nama_unit": &x.Nama, "kode_wilayah": &x.Wilayah, "nama_wilayah": &x.NamaWilayah, "sektor": &x.Sektor}
		}, func(x *unitRow) { w.Units = append(w.Units, *x) }),
		bindStep("region_predikat", func(x *regionPredikatRow) kit.Cols {
			return x.Period.Cols().Add(x.Predikat.cols()).Add(kit.Cols{"kode_wilayah": &x.Wilayah, "pegawai_dinilai": &x.Pegawai})
		}, func(x *regionPredikatRow) { w.RegionPredikat = append(w.RegionPredikat, *x) }),
		bindStep("region_service", func(x *regionServiceRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_wilayah": &x.Wilayah, "layanan": &x.Layanan, "permohonan": &x.Permohonan,
				"median_jam": &x.Median, "p90_jam": &x.P90, "batas_jam": &x.Batas, "persen_tepat_waktu": &x.TepatWaktu, "backlog": &x.Backlog})
		}, func(x *regionServiceRow) { w.RegionService = append(w.RegionService, *x) }),
		bindStep("berakhlak_names", func(x *[2]string) kit.Cols {
			return kit.Cols{"nilai_berakhlak": &x[0], "nama_nilai": &x[1]}
		}, func(x *[2]string) { w.ValueNames[x[0]] = x[1] }),
		bindStep("rater_lunak", func(x *raterRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"id_penilai": &x.IDPenilai, "jabatan_penilai": &x.Jabatan, "kode_unit": &x.Unit,
				"kode_wilayah": &x.Wilayah, "dinilai": &x.Dinilai, "persen_di_atas": &x.PersenDiAtas, "selisih": &x.Selisih})
		}, func(x *raterRow) { w.Lunak = append(w.Lunak, *x) }),
		bindStep("unit_lenient_raters", func(x *lunakUnitRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "penilai_lunak": &x.Penilai})
		}, func(x *lunakUnitRow) { w.LunakUnits = append(w.LunakUnits, *x) }),
		bindStep("region_training", func(x *trainingRow) kit.Cols {
			return kit.Cols{"kode_wilayah": &x.Wilayah, "tahun": &x.Tahun, "pegawai": &x.Pegawai,
				"pegawai_kurang_20_jp": &x.Kurang20, "persen_kurang_20_jp": &x.PersenKurang,
				"total_kekurangan_jp": &x.KekuranganJP, "pegawai_prioritas_tinggi": &x.Tinggi}
		}, func(x *trainingRow) { w.RegionTraining = append(w.RegionTraining, *x) }),
		bindStep("region_berakhlak", func(x *berakhlakRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_wilayah": &x.Wilayah, "nilai_berakhlak": &x.Nilai,
				"dinilai": &x.Dinilai, "persen_di_bawah": &x.PersenDiBawah})
		}, func(x *berakhlakRow) { w.RegionBer = append(w.RegionBer, *x) }),
		bindStep("region_unit_spread", func(x *spreadRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_wilayah": &x.Kode, "unit_dinilai": &x.Units,
				"p10_persen_sangat_baik": &x.P10, "q1_persen_sangat_baik": &x.Q1, "median_persen_sangat_baik": &x.Median,
				"q3_persen_sangat_baik": &x.Q3, "p90_persen_sangat_baik": &x.P90})
		}, func(x *spreadRow) { w.Spread = append(w.Spread, *x) }),
		bindStep("region_spread", func(x *regionSpreadRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{
				"q1_persen_sangat_baik": &x.SB[0], "median_persen_sangat_baik": &x.SB[1], "q3_persen_sangat_baik": &x.SB[2],
				"q1_ikm": &x.IKM[0], "median_ikm": &x.IKM[1], "q3_ikm": &x.IKM[2]})
		}, func(x *regionSpreadRow) { w.RegionSpread = append(w.RegionSpread, *x) }),
	}
	steps = append(steps, extraSteps(w)...)
	steps = append(steps, arrowSteps(w)...)
	steps = append(steps, setAsideSteps(w)...)
	steps = append(steps, outcomeSteps(w)...)
	steps = append(steps, teamSteps(w)...)
	// The large marts: their slices are made to size first (growing them
	// row by row copied hundreds of megabytes on a national warehouse).
	sized := map[string]func(n int){
		"berakhlak_unit":           func(n int) { w.Berakhlak = make([]berakhlakRow, 0, n) },
		"unit_performance":         func(n int) { w.Perf = make([]perfRow, 0, n) },
		"performance_service_link": func(n int) { w.Link = make([]linkRow, 0, n) },
		"ikm":                      func(n int) { w.IKM = make([]ikmRow, 0, n) },
		"service_outcomes":         func(n int) { w.Service = make([]serviceRow, 0, n) },
		"distribution_compliance":  func(n int) { w.Kurva = make([]kurvaRow, 0, n) },
	}
	for i := range steps {
		steps[i].size = sized[steps[i].name]
	}
	if err := runSteps(ctx, db, text, steps); err != nil {
		return nil, err
	}
	if err := loadSummaryFacts(ctx, db, text, w); err != nil {
		return nil, err
	}
	return w, nil
}

// loadStep is one query of the site and how its rows are read: bind gives
// the columns of the current row (kit.Cols, by name) and what to do with
// each row; arrow reads it through DuckDB's Arrow interface (the large
// marts, load_arrow.go), else through database/sql. size, when set, is
// told the number of rows of mart.<name> first.
type loadStep struct {
	name  string
	bind  func() (kit.Cols, func())
	arrow bool
	size  func(n int)
}

// bindStep is the loadStep of query name read into rows of type T: cols
// binds the columns to the fields of the current row x, add takes x after
// each row (x is reused: add copies what it keeps).
func bindStep[T any](name string, cols func(x *T) kit.Cols, add func(x *T)) loadStep {
	return loadStep{name: name, bind: func() (kit.Cols, func()) {
		var x T
		return cols(&x), func() { add(&x) }
	}}
}

// arrowStep is bindStep read through Arrow.
func arrowStep[T any](name string, cols func(x *T) kit.Cols, add func(x *T)) loadStep {
	s := bindStep(name, cols, add)
	s.arrow = true
	return s
}

// arrowSteps read the large marts (see load_arrow.go).
func arrowSteps(w *warehouse) []loadStep {
	return []loadStep{
		arrowStep("berakhlak_unit", func(x *berakhlakRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "nilai_berakhlak": &x.Nilai,
				"dinilai": &x.Dinilai, "persen_di_bawah": &x.PersenDiBawah})
		}, func(x *berakhlakRow) { w.Berakhlak = append(w.Berakhlak, *x) }),
		arrowStep("unit_performance", func(x *perfRow) kit.Cols {
			return x.Period.Cols().Add(x.Predikat.cols()).Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah,
				"pegawai_dinilai": &x.Pegawai, "predikat_kontradiksi": &x.Kontradiksi,
				"persen_sangat_baik_bawah": &x.SBBawah, "persen_sangat_baik_atas": &x.SBAtas})
		}, func(x *perfRow) { w.Perf = append(w.Perf, *x) }),
		arrowStep("performance_service_link", func(x *linkRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "pegawai_dinilai": &x.Pegawai,
				"persen_sangat_baik": &x.PersenSB, "ikm": &x.IKM, "mutu": &x.Mutu, "median_jam": &x.Median,
				"persen_tepat_waktu": &x.TepatWaktu, "permohonan": &x.Permohonan, "peringkat_nilai": &x.RankNilai,
				"peringkat_layanan": &x.RankLayanan, "unit_dibandingkan": &x.Compared, "label_keselarasan": &x.Label,
				"persen_sangat_baik_sebelumnya": &x.PersenSBPrev, "ikm_sebelumnya": &x.IKMPrev,
				"pegawai_dinilai_alasan_ditahan": &x.MaskPegawai, "sangat_baik_alasan_ditahan": &x.MaskSB})
		}, func(x *linkRow) { w.Link = append(w.Link, *x) }),
		arrowStep("distribution_compliance", func(x *kurvaRow) kit.Cols {
			return x.Period.Cols().Add(x.Predikat.cols()).Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah,
				"rating_organisasi": &x.Rating, "pegawai_dinilai": &x.Pegawai, "aturan": &x.Aturan, "sesuai": &x.Sesuai, "alasan": &x.Alasan})
		}, func(x *kurvaRow) { w.Kurva = append(w.Kurva, *x) }),
		arrowStep("ikm", func(x *ikmRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "responden": &x.Responden,
				"ikm": &x.IKM, "mutu": &x.Mutu, "sampel_minimum": &x.SampelMinimum, "sampel_cukup": &x.SampelCukup})
		}, func(x *ikmRow) { w.IKM = append(w.IKM, *x) }),
		arrowStep("service_outcomes", func(x *serviceRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "layanan": &x.Layanan,
				"permohonan": &x.Permohonan, "selesai": &x.Selesai, "ditolak": &x.Ditolak, "median_jam": &x.Median, "p90_jam": &x.P90,
				"batas_jam": &x.Batas, "persen_tepat_waktu": &x.TepatWaktu, "backlog": &x.Backlog, "backlog_sebelumnya": &x.BacklogPrev,
				"peringatan_backlog": &x.BacklogAlert, "peringatan_tepat_waktu": &x.OnTimeAlert})
		}, func(x *serviceRow) { w.Service = append(w.Service, *x) }),
		arrowStep("training_compliance", func(x *trainingRow) kit.Cols {
			return kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "tahun": &x.Tahun, "pegawai": &x.Pegawai,
				"total_jp": &x.TotalJP, "rata_jp": &x.RataJP, "pegawai_kurang_20_jp": &x.Kurang20, "persen_kurang_20_jp": &x.PersenKurang}
		}, func(x *trainingRow) { w.Training = append(w.Training, *x) }),
		arrowStep("talent_grid", (*talentGridRow).cols, func(x *talentGridRow) { w.TalentGrid = append(w.TalentGrid, *x) }),
		arrowStep("training_values", func(x *countRow) kit.Cols {
			return kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "tahun": &x.Tahun, "nilai": &x.Key, "pegawai": &x.Pegawai}
		}, func(x *countRow) { w.NeedsValues = append(w.NeedsValues, *x) }),
		bindStep("region_training_need_count", func(x *regionNeedRow) kit.Cols {
			return kit.Cols{"tingkat": &x.Tingkat, "kode_wilayah": &x.Wilayah, "tahun": &x.Tahun, "aspek": &x.Aspek, "kunci": &x.Kunci,
				"jenis_kompetensi": &x.Jenis, "pegawai": &x.Pegawai}
		}, func(x *regionNeedRow) { w.RegionNeeds = append(w.RegionNeeds, *x) }),
	}
}

// runSteps runs the queries on a few connections at once (each step
// fills its own slice of the warehouse): scanning rows is Go work, and
// DuckDB runs the next query meanwhile.
func runSteps(ctx context.Context, db *sql.DB, text func(string) string, steps []loadStep) error {
	// The large marts first, so that no worker is left with one at the end.
	first := map[string]int{"berakhlak_unit": 1, "unit_performance": 2, "performance_service_link": 3, "distribution_compliance": 4, "ikm": 5}
	steps = slices.Clone(steps)
	sort.SliceStable(steps, func(i, j int) bool {
		a, b := first[steps[i].name], first[steps[j].name]
		return a != 0 && (b == 0 || a < b)
	})
	next := make(chan loadStep)
	workers := min(max(2, runtime.GOMAXPROCS(0)), 4, len(steps))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range next {
				if errs[i] != nil {
					continue
				}
				if err := ctx.Err(); err != nil {
					errs[i] = err
					continue
				}
				if s.size != nil {
					var n int
					if err := db.QueryRowContext(ctx, "SELECT count(*) FROM mart."+s.name).Scan(&n); err != nil {
						errs[i] = fmt.Errorf("dashboards: count %s: %w", s.name, err)
						continue
					}
					s.size(n)
				}
				cols, each := s.bind()
				if s.arrow {
					errs[i] = arrowScan(ctx, db, s.name, text(s.name), cols, each)
				} else {
					errs[i] = scanNamed(ctx, db, s.name, text(s.name), cols, each)
				}
			}
		}()
	}
	for _, s := range steps {
		next <- s
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

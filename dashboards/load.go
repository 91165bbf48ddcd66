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
)

//go:embed sql/*.sql
var sqlFS embed.FS

func sqlText(name string) string {
	b, err := sqlFS.ReadFile("sql/" + name + ".sql")
	if err != nil {
		panic("dashboards: missing embedded query " + name)
	}
	return string(b)
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
}

type unitRow struct {
	Kode, Nama, Wilayah, NamaWilayah, Sektor string
}

type perfRow struct {
	Unit, Wilayah string
	kit.Period
	Pegawai          sql.NullInt64
	SB, B, BP, K, SK sql.NullInt64
	PersenSB         sql.NullFloat64
	Kontradiksi      int64
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

type trainingRow struct {
	Unit, Wilayah string
	Tahun         int64
	Pegawai       sql.NullInt64
	TotalJP       sql.NullFloat64
	RataJP        sql.NullFloat64
	Kurang20      sql.NullInt64
	PersenKurang  sql.NullFloat64
}

type regionPredikatRow struct {
	Wilayah string
	kit.Period
	Pegawai, SB, B, BP, K, SK sql.NullInt64
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
	ValueNames     map[string]string // BerAKHLAK value -> its name
	Lunak          []raterRow
	Training       []trainingRow
	RegionTraining []trainingRow
	Benchmark      []benchmarkRow
	Kurva          []kurvaRow
	Talent         []talentRow
	NeedsUnit      []needsUnitRow
	NeedsValues    []countRow
	NeedsFocus     []countRow
	DQBatches      []batchRow
	Coverage       []coverageRow
	Quarantine     []quarantineRow
	SetAside       []setAsideRow
	Conflicts      []indicatorConflictRow
	PoolNames      []personRow       // only with ShowNames
	NeedsNames     []personRow       // only with ShowNames
	Spread         []spreadRow       // mart.region_unit_spread
	RegionSpread   []regionSpreadRow // mart.region_spread
}

func scanAll(ctx context.Context, db *sql.DB, name string, scan func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, sqlText(name))
	if err != nil {
		return fmt.Errorf("dashboards: query %s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("dashboards: scan %s: %w", name, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("dashboards: read %s: %w", name, err)
	}
	return nil
}

func loadWarehouse(ctx context.Context, db *sql.DB) (*warehouse, error) {
	w := &warehouse{ValueNames: map[string]string{}}
	meta, err := kit.LoadMeta(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("dashboards: %w", err)
	}
	w.DataPer, w.Batches, w.SourceKinds = meta.DataPer, meta.Batches, meta.Kinds
	if err := db.QueryRowContext(ctx, sqlText("latest")).Scan(&w.LatestQuarter, &w.LatestYear); err != nil {
		return nil, fmt.Errorf("dashboards: query latest: %w", err)
	}
	steps := []struct {
		name string
		scan func(*sql.Rows) error
	}{
		{"regions", func(r *sql.Rows) error {
			var x regionRow
			var nama, prov sql.NullString
			if err := r.Scan(&x.Kode, &nama, &prov, &x.Penduduk); err != nil {
				return err
			}
			x.Nama, x.Provinsi = nama.String, prov.String
			if x.Nama == "" {
				x.Nama = x.Kode
			}
			w.Regions = append(w.Regions, x)
			return nil
		}},
		{"region_summary", func(r *sql.Rows) error {
			var x regionSummaryRow
			if err := r.Scan(kit.Cat([]any{&x.Kode}, kit.Cat(x.Dests(), &x.Tahun, &x.UnitDinilai, &x.PegawaiDinilai, &x.PersenSB, &x.IKM, &x.Mutu,
				&x.MedianKTP, &x.TepatWaktu, &x.Permohonan, &x.Backlog, &x.Kurang20)...)...); err != nil {
				return err
			}
			w.Summary = append(w.Summary, x)
			return nil
		}},
		{"units", func(r *sql.Rows) error {
			var x unitRow
			var nama, wil sql.NullString
			if err := r.Scan(&x.Kode, &nama, &wil, &x.NamaWilayah, &x.Sektor); err != nil {
				return err
			}
			x.Nama, x.Wilayah = nama.String, wil.String
			if x.Nama == "" {
				x.Nama = x.Kode
			}
			w.Units = append(w.Units, x)
			return nil
		}},
		{"region_predikat", func(r *sql.Rows) error {
			var x regionPredikatRow
			if err := r.Scan(kit.Cat([]any{&x.Wilayah}, kit.Cat(x.Dests(), &x.Pegawai, &x.SB, &x.B, &x.BP, &x.K, &x.SK)...)...); err != nil {
				return err
			}
			w.RegionPredikat = append(w.RegionPredikat, x)
			return nil
		}},
		{"region_service", func(r *sql.Rows) error {
			var x regionServiceRow
			if err := r.Scan(kit.Cat([]any{&x.Wilayah, &x.Layanan}, kit.Cat(x.Dests(), &x.Permohonan, &x.Median, &x.P90, &x.Batas, &x.TepatWaktu, &x.Backlog)...)...); err != nil {
				return err
			}
			w.RegionService = append(w.RegionService, x)
			return nil
		}},
		{"berakhlak_names", func(r *sql.Rows) error {
			var k, n string
			if err := r.Scan(&k, &n); err != nil {
				return err
			}
			w.ValueNames[k] = n
			return nil
		}},
		{"rater_lunak", func(r *sql.Rows) error {
			var x raterRow
			if err := r.Scan(kit.Cat([]any{&x.IDPenilai, &x.Jabatan, &x.Unit, &x.Wilayah}, kit.Cat(x.Dests(), &x.Dinilai, &x.PersenDiAtas, &x.Selisih)...)...); err != nil {
				return err
			}
			w.Lunak = append(w.Lunak, x)
			return nil
		}},
		{"region_training", func(r *sql.Rows) error {
			var x trainingRow
			if err := r.Scan(&x.Wilayah, &x.Tahun, &x.Pegawai, &x.Kurang20, &x.PersenKurang); err != nil {
				return err
			}
			w.RegionTraining = append(w.RegionTraining, x)
			return nil
		}},
	}
	extra := append(append(extraSteps(w), arrowSteps(w)...), setAsideSteps(w)...)
	all := make([]loadStep, 0, len(steps)+len(extra))
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
	for _, s := range steps {
		all = append(all, loadStep{name: s.name, scan: s.scan, size: sized[s.name]})
	}
	for i := range extra {
		extra[i].size = sized[extra[i].name]
	}
	if err := runSteps(ctx, db, append(all, extra...)); err != nil {
		return nil, err
	}
	if err := loadSpread(ctx, db, w); err != nil {
		return nil, err
	}
	if err := loadRegionSpread(ctx, db, w); err != nil {
		return nil, err
	}
	return w, nil
}

// loadStep is one query and what to do with each of its rows (scan
// through database/sql, or row through Arrow); size, when set, is told the
// number of rows of mart.<name> first.
type loadStep struct {
	name string
	scan func(*sql.Rows) error
	row  func(*arow)
	size func(n int)
}

// arrowSteps read the large marts (see load_arrow.go).
func arrowSteps(w *warehouse) []loadStep {
	return []loadStep{
		{name: "berakhlak_unit", row: func(r *arow) {
			w.Berakhlak = append(w.Berakhlak, berakhlakRow{Unit: r.str(0), Wilayah: r.str(1), Period: r.period(2), Nilai: r.str(5),
				Dinilai: r.i64(6), PersenDiBawah: r.f64(7)})
		}},
		{name: "unit_performance", row: func(r *arow) {
			w.Perf = append(w.Perf, perfRow{Unit: r.str(0), Wilayah: r.str(1), Period: r.period(2), Pegawai: r.i64(5),
				SB: r.i64(6), B: r.i64(7), BP: r.i64(8), K: r.i64(9), SK: r.i64(10), PersenSB: r.f64(11), Kontradiksi: r.i64(12).Int64})
		}},
		{name: "performance_service_link", row: func(r *arow) {
			w.Link = append(w.Link, linkRow{Unit: r.str(0), Wilayah: r.str(1), Period: r.period(2), Pegawai: r.i64(5), PersenSB: r.f64(6),
				IKM: r.f64(7), Mutu: r.nstr(8), Median: r.f64(9), TepatWaktu: r.f64(10), Permohonan: r.i64(11), RankNilai: r.i64(12),
				RankLayanan: r.i64(13), Compared: r.i64(14), Label: r.nstr(15), PersenSBPrev: r.f64(16), IKMPrev: r.f64(17)})
		}},
		{name: "distribution_compliance", row: func(r *arow) {
			w.Kurva = append(w.Kurva, kurvaRow{Unit: r.str(0), Wilayah: r.str(1), Period: r.period(2), Rating: r.str(5), Pegawai: r.i64(6),
				SB: r.i64(7), B: r.i64(8), BP: r.i64(9), K: r.i64(10), SK: r.i64(11), Aturan: r.str(12), Sesuai: r.boolean(13), Alasan: r.str(14)})
		}},
		{name: "ikm", row: func(r *arow) {
			w.IKM = append(w.IKM, ikmRow{Unit: r.str(0), Wilayah: r.str(1), Period: r.period(2), Responden: r.i64(5), IKM: r.f64(6), Mutu: r.nstr(7)})
		}},
		{name: "service_outcomes", row: func(r *arow) {
			w.Service = append(w.Service, serviceRow{Unit: r.str(0), Wilayah: r.str(1), Period: r.period(2), Layanan: r.str(5),
				Permohonan: r.i64(6), Selesai: r.i64(7), Ditolak: r.i64(8), Median: r.f64(9), P90: r.f64(10), Batas: r.f64(11),
				TepatWaktu: r.f64(12), Backlog: r.i64(13), BacklogPrev: r.i64(14),
				BacklogAlert: r.boolean(15).Bool, OnTimeAlert: r.boolean(16).Bool})
		}},
		{name: "training_compliance", row: func(r *arow) {
			w.Training = append(w.Training, trainingRow{Unit: r.str(0), Wilayah: r.str(1), Tahun: r.i64(2).Int64, Pegawai: r.i64(3),
				TotalJP: r.f64(4), RataJP: r.f64(5), Kurang20: r.i64(6), PersenKurang: r.f64(7)})
		}},
		{name: "talent_counts", row: func(r *arow) {
			w.Talent = append(w.Talent, talentRow{Unit: r.str(0), Wilayah: r.str(1), Tahun: r.i64(2).Int64, Kotak: r.i64(3).Int64, Pegawai: r.i64(4).Int64})
		}},
		{name: "training_values", row: func(r *arow) {
			w.NeedsValues = append(w.NeedsValues, countRow{Unit: r.str(0), Wilayah: r.str(1), Tahun: r.i64(2).Int64, Key: r.str(3), Pegawai: r.i64(4).Int64})
		}},
		{name: "training_focus", row: func(r *arow) {
			w.NeedsFocus = append(w.NeedsFocus, countRow{Unit: r.str(0), Wilayah: r.str(1), Tahun: r.i64(2).Int64, Key: r.str(3), Kind: r.str(4),
				Pegawai: r.i64(5).Int64})
		}},
	}
}

// runSteps runs the queries on a few connections at once (each step
// fills its own slice of the warehouse): scanning rows is Go work, and
// DuckDB runs the next query meanwhile.
func runSteps(ctx context.Context, db *sql.DB, steps []loadStep) error {
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
				if s.row != nil {
					errs[i] = arrowScan(ctx, db, s.name, s.row)
				} else {
					errs[i] = scanAll(ctx, db, s.name, s.scan)
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

package dashboards

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"time"
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

// Period identifies one reporting period of a mart row.
type Period struct {
	Periode string
	Jenis   string
	Mulai   time.Time
}

type regionRow struct {
	Kode, Nama, Provinsi string
	Penduduk             sql.NullInt64
}

type regionSummaryRow struct {
	Kode string
	Period
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
	Period
	Pegawai          sql.NullInt64
	SB, B, BP, K, SK sql.NullInt64
	PersenSB         sql.NullFloat64
	Kontradiksi      int64
}

type serviceRow struct {
	Unit, Wilayah string
	Period
	Layanan                        string
	Permohonan, Selesai, Ditolak   sql.NullInt64
	Median, P90, Batas, TepatWaktu sql.NullFloat64
	Backlog, BacklogPrev           sql.NullInt64
}

type ikmRow struct {
	Unit, Wilayah string
	Period
	Responden sql.NullInt64
	IKM       sql.NullFloat64
	Mutu      sql.NullString
}

type linkRow struct {
	Unit, Wilayah string
	Period
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
	Period
	Nilai, NamaNilai string
	Dinilai, DiBawah sql.NullInt64
	PersenDiBawah    sql.NullFloat64
	DiAtas           sql.NullInt64
	PersenDiAtas     sql.NullFloat64
}

type raterRow struct {
	IDPenilai, Jabatan, Unit, Wilayah string
	Period
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
	Period
	Pegawai, SB, B, BP, K, SK sql.NullInt64
}

type regionServiceRow struct {
	Wilayah, Layanan string
	Period
	Permohonan                     sql.NullInt64
	Median, P90, Batas, TepatWaktu sql.NullFloat64
	Backlog                        sql.NullInt64
}

// warehouse is everything the site shows, read once.
type warehouse struct {
	DataPer        string
	Batches        int64
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
	PoolNames      []personRow // only with ShowNames
	NeedsNames     []personRow // only with ShowNames
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

func (p *Period) dests() []any { return []any{&p.Periode, &p.Jenis, &p.Mulai} }

func cat(a []any, b ...any) []any { return append(a, b...) }

func loadWarehouse(ctx context.Context, db *sql.DB) (*warehouse, error) {
	w := &warehouse{}
	var dataPer sql.NullString
	if err := db.QueryRowContext(ctx, sqlText("meta")).Scan(&dataPer, &w.Batches); err != nil {
		return nil, fmt.Errorf("dashboards: query meta: %w", err)
	}
	w.DataPer = dataPer.String
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
			if err := r.Scan(cat([]any{&x.Kode}, cat(x.dests(), &x.Tahun, &x.UnitDinilai, &x.PegawaiDinilai, &x.PersenSB, &x.IKM, &x.Mutu,
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
		{"unit_performance", func(r *sql.Rows) error {
			var x perfRow
			if err := r.Scan(cat([]any{&x.Unit, &x.Wilayah}, cat(x.dests(), &x.Pegawai, &x.SB, &x.B, &x.BP, &x.K, &x.SK, &x.PersenSB, &x.Kontradiksi)...)...); err != nil {
				return err
			}
			w.Perf = append(w.Perf, x)
			return nil
		}},
		{"region_predikat", func(r *sql.Rows) error {
			var x regionPredikatRow
			if err := r.Scan(cat([]any{&x.Wilayah}, cat(x.dests(), &x.Pegawai, &x.SB, &x.B, &x.BP, &x.K, &x.SK)...)...); err != nil {
				return err
			}
			w.RegionPredikat = append(w.RegionPredikat, x)
			return nil
		}},
		{"service_outcomes", func(r *sql.Rows) error {
			var x serviceRow
			if err := r.Scan(cat([]any{&x.Unit, &x.Wilayah}, cat(x.dests(), &x.Layanan, &x.Permohonan, &x.Selesai, &x.Ditolak,
				&x.Median, &x.P90, &x.Batas, &x.TepatWaktu, &x.Backlog, &x.BacklogPrev)...)...); err != nil {
				return err
			}
			w.Service = append(w.Service, x)
			return nil
		}},
		{"region_service", func(r *sql.Rows) error {
			var x regionServiceRow
			if err := r.Scan(cat([]any{&x.Wilayah, &x.Layanan}, cat(x.dests(), &x.Permohonan, &x.Median, &x.P90, &x.Batas, &x.TepatWaktu, &x.Backlog)...)...); err != nil {
				return err
			}
			w.RegionService = append(w.RegionService, x)
			return nil
		}},
		{"ikm", func(r *sql.Rows) error {
			var x ikmRow
			if err := r.Scan(cat([]any{&x.Unit, &x.Wilayah}, cat(x.dests(), &x.Responden, &x.IKM, &x.Mutu)...)...); err != nil {
				return err
			}
			w.IKM = append(w.IKM, x)
			return nil
		}},
		{"performance_service_link", func(r *sql.Rows) error {
			var x linkRow
			if err := r.Scan(cat([]any{&x.Unit, &x.Wilayah}, cat(x.dests(), &x.Pegawai, &x.PersenSB, &x.IKM, &x.Mutu, &x.Median, &x.TepatWaktu,
				&x.Permohonan, &x.RankNilai, &x.RankLayanan, &x.Compared, &x.Label, &x.PersenSBPrev, &x.IKMPrev)...)...); err != nil {
				return err
			}
			w.Link = append(w.Link, x)
			return nil
		}},
		{"berakhlak_unit", func(r *sql.Rows) error {
			var x berakhlakRow
			if err := r.Scan(cat([]any{&x.Unit, &x.Wilayah}, cat(x.dests(), &x.Nilai, &x.NamaNilai, &x.Dinilai, &x.DiBawah, &x.PersenDiBawah,
				&x.DiAtas, &x.PersenDiAtas)...)...); err != nil {
				return err
			}
			w.Berakhlak = append(w.Berakhlak, x)
			return nil
		}},
		{"rater_lunak", func(r *sql.Rows) error {
			var x raterRow
			if err := r.Scan(cat([]any{&x.IDPenilai, &x.Jabatan, &x.Unit, &x.Wilayah}, cat(x.dests(), &x.Dinilai, &x.PersenDiAtas, &x.Selisih)...)...); err != nil {
				return err
			}
			w.Lunak = append(w.Lunak, x)
			return nil
		}},
		{"training_compliance", func(r *sql.Rows) error {
			var x trainingRow
			if err := r.Scan(&x.Unit, &x.Wilayah, &x.Tahun, &x.Pegawai, &x.TotalJP, &x.RataJP, &x.Kurang20, &x.PersenKurang); err != nil {
				return err
			}
			w.Training = append(w.Training, x)
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
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := scanAll(ctx, db, s.name, s.scan); err != nil {
			return nil, err
		}
	}
	if err := loadExtra(ctx, db, w); err != nil {
		return nil, err
	}
	return w, nil
}

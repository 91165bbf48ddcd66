package dashboards

import (
	"context"
	"database/sql"

	"kinerja/dashboards/kit"
)

type benchmarkRow struct {
	Kode, Provinsi string
	kit.Period
	Pegawai                                     sql.NullInt64
	PersenSB, IKM                               sql.NullFloat64
	Mutu                                        sql.NullString
	MedianKTP, TepatWaktu                       sql.NullFloat64
	Permohonan                                  sql.NullInt64
	Kurang20                                    sql.NullFloat64
	Compared, RankIKM                           sql.NullInt64
	PeriodeLalu                                 string
	SBLalu, SBChange, IKMLalu, IKMChange        sql.NullFloat64
	KTPLalu, KTPChange, OnTimeLalu, OnTimeDelta sql.NullFloat64
}

type kurvaRow struct {
	Unit, Wilayah string
	kit.Period
	Rating                    string
	Pegawai, SB, B, BP, K, SK sql.NullInt64
	Aturan                    string
	Sesuai                    sql.NullBool
	Alasan                    string
}

type talentRow struct {
	Unit, Wilayah string
	Tahun, Kotak  int64
	Pegawai       int64
}

type needsUnitRow struct {
	Unit, Wilayah                string
	Tahun                        int64
	Pegawai, Gap                 sql.NullInt64
	PersenGap                    sql.NullFloat64
	Kurang20                     sql.NullInt64
	PersenKurang20, KekuranganJP sql.NullFloat64
	Tinggi                       sql.NullInt64
	Nilai                        string
	PegawaiNilai                 sql.NullInt64
	PersenNilai                  sql.NullFloat64
	Fokus, JenisFokus            string
	Skor                         sql.NullFloat64
	Urutan, UrutanWilayah        sql.NullInt64
}

type countRow struct {
	Unit, Wilayah string
	Tahun         int64
	Key, Kind     string
	Pegawai       int64
}

type batchRow struct {
	ID                           int64
	Source, Kind, Path, LoadedAt string
	ReplacedBy                   sql.NullInt64
	Read, Loaded, Quarantined    sql.NullInt64
	Reasons                      string
	Contradictions               int64
}

type coverageRow struct {
	kit.Period
	Pegawai, Dinilai sql.NullInt64
	Cakupan          sql.NullFloat64
}

type quarantineRow struct {
	Source, Field, Reason string
	Rows                  int64
}

// personRow is a named person: loaded only with Options.ShowNames.
type personRow struct {
	NIP, Nama, Jabatan, Unit, Wilayah string
	Tahun                             int64
	Kotak                             int64
	Fokus                             string
	Skor, Urutan                      int64
	KekuranganJP                      sql.NullFloat64
}

// extraSteps read the marts of the comparison, training, talent and data
// quality pages; no query here selects a name or a NIP.
func extraSteps(w *warehouse) []loadStep {
	return []loadStep{
		{name: "region_benchmark", scan: func(r *sql.Rows) error {
			var x benchmarkRow
			if err := r.Scan(kit.Cat([]any{&x.Kode, &x.Provinsi}, kit.Cat(x.Dests(), &x.Pegawai, &x.PersenSB, &x.IKM, &x.Mutu, &x.MedianKTP,
				&x.TepatWaktu, &x.Permohonan, &x.Kurang20, &x.Compared, &x.RankIKM, &x.PeriodeLalu, &x.SBLalu, &x.SBChange,
				&x.IKMLalu, &x.IKMChange, &x.KTPLalu, &x.KTPChange, &x.OnTimeLalu, &x.OnTimeDelta)...)...); err != nil {
				return err
			}
			w.Benchmark = append(w.Benchmark, x)
			return nil
		}},
		{name: "training_needs_unit", scan: func(r *sql.Rows) error {
			var x needsUnitRow
			if err := r.Scan(&x.Unit, &x.Wilayah, &x.Tahun, &x.Pegawai, &x.Gap, &x.PersenGap, &x.Kurang20, &x.PersenKurang20,
				&x.KekuranganJP, &x.Tinggi, &x.Nilai, &x.PegawaiNilai, &x.PersenNilai, &x.Fokus, &x.JenisFokus, &x.Skor,
				&x.Urutan, &x.UrutanWilayah); err != nil {
				return err
			}
			w.NeedsUnit = append(w.NeedsUnit, x)
			return nil
		}},
		{name: "data_batches", scan: func(r *sql.Rows) error {
			var x batchRow
			var loaded sql.NullString
			if err := r.Scan(&x.ID, &x.Source, &x.Kind, &x.Path, &loaded, &x.ReplacedBy, &x.Read, &x.Loaded, &x.Quarantined,
				&x.Reasons, &x.Contradictions); err != nil {
				return err
			}
			x.LoadedAt = loaded.String
			w.DQBatches = append(w.DQBatches, x)
			return nil
		}},
		{name: "data_coverage", scan: func(r *sql.Rows) error {
			var x coverageRow
			if err := r.Scan(kit.Cat(x.Dests(), &x.Pegawai, &x.Dinilai, &x.Cakupan)...); err != nil {
				return err
			}
			w.Coverage = append(w.Coverage, x)
			return nil
		}},
		indicatorConflictStep(w),
		{name: "quarantine", scan: func(r *sql.Rows) error {
			var x quarantineRow
			if err := r.Scan(&x.Source, &x.Field, &x.Reason, &x.Rows); err != nil {
				return err
			}
			w.Quarantine = append(w.Quarantine, x)
			return nil
		}},
	}
}

// loadNames reads the named lists; Build calls it only with ShowNames.
func loadNames(ctx context.Context, db *sql.DB, w *warehouse) error {
	if err := scanAll(ctx, db, "names_pool", func(r *sql.Rows) error {
		var x personRow
		if err := r.Scan(&x.NIP, &x.Nama, &x.Jabatan, &x.Unit, &x.Wilayah, &x.Tahun, &x.Kotak); err != nil {
			return err
		}
		w.PoolNames = append(w.PoolNames, x)
		return nil
	}); err != nil {
		return err
	}
	return scanAll(ctx, db, "names_needs", func(r *sql.Rows) error {
		var x personRow
		var skor, urutan sql.NullInt64
		if err := r.Scan(&x.NIP, &x.Nama, &x.Jabatan, &x.Unit, &x.Wilayah, &x.Tahun, &x.Fokus, &skor, &urutan, &x.KekuranganJP); err != nil {
			return err
		}
		x.Skor, x.Urutan = skor.Int64, urutan.Int64
		w.NeedsNames = append(w.NeedsNames, x)
		return nil
	})
}

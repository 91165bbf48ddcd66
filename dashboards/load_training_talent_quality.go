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
	Rating   string
	Pegawai  sql.NullInt64
	Predikat predikatCounts
	Aturan   string
	Sesuai   sql.NullBool
	Alasan   string
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

// regionNeedRow is one row of mart.region_training_need_count: the people
// of a region (Tingkat "wilayah") or of every region ("semua") with a
// BerAKHLAK value below expectation (Aspek "nilai_di_bawah") or a training
// focus ("fokus_pelatihan", Jenis its kind), Kunci the value or focus.
type regionNeedRow struct {
	Tingkat, Wilayah    string
	Tahun               int64
	Aspek, Kunci, Jenis string
	Pegawai             int64
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

// dqSummary is mart.data_quality_summary: the data-quality page's headline.
type dqSummary struct {
	Batches, Read, Quarantined, SetAside int64
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
		bindStep("region_benchmark", func(x *benchmarkRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_wilayah": &x.Kode, "kode_provinsi": &x.Provinsi, "pegawai_dinilai": &x.Pegawai,
				"persen_sangat_baik": &x.PersenSB, "ikm": &x.IKM, "mutu": &x.Mutu, "median_jam_ktp_el": &x.MedianKTP,
				"persen_tepat_waktu": &x.TepatWaktu, "permohonan": &x.Permohonan, "persen_kurang_20_jp": &x.Kurang20,
				"wilayah_dibandingkan": &x.Compared, "peringkat_ikm": &x.RankIKM, "periode_tahun_lalu": &x.PeriodeLalu,
				"persen_sangat_baik_tahun_lalu": &x.SBLalu, "perubahan_persen_sangat_baik": &x.SBChange,
				"ikm_tahun_lalu": &x.IKMLalu, "perubahan_ikm": &x.IKMChange,
				"median_jam_ktp_el_tahun_lalu": &x.KTPLalu, "perubahan_median_jam_ktp_el": &x.KTPChange,
				"persen_tepat_waktu_tahun_lalu": &x.OnTimeLalu, "perubahan_persen_tepat_waktu": &x.OnTimeDelta})
		}, func(x *benchmarkRow) { w.Benchmark = append(w.Benchmark, *x) }),
		bindStep("training_needs_unit", func(x *needsUnitRow) kit.Cols {
			return kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "tahun": &x.Tahun, "pegawai": &x.Pegawai,
				"pegawai_kesenjangan_kinerja": &x.Gap, "persen_kesenjangan_kinerja": &x.PersenGap,
				"pegawai_kurang_20_jp": &x.Kurang20, "persen_kurang_20_jp": &x.PersenKurang20, "total_kekurangan_jp": &x.KekuranganJP,
				"pegawai_prioritas_tinggi": &x.Tinggi, "nilai_terlemah": &x.Nilai, "pegawai_nilai_terlemah": &x.PegawaiNilai,
				"persen_nilai_terlemah": &x.PersenNilai, "fokus_pelatihan": &x.Fokus, "jenis_kompetensi_fokus": &x.JenisFokus,
				"skor_prioritas": &x.Skor, "urutan_prioritas": &x.Urutan, "urutan_prioritas_wilayah": &x.UrutanWilayah}
		}, func(x *needsUnitRow) { w.NeedsUnit = append(w.NeedsUnit, *x) }),
		bindStep("data_batches", func(x *batchRow) kit.Cols {
			return kit.Cols{"batch_id": &x.ID, "source": &x.Source, "kind": &x.Kind, "path": &x.Path, "dimuat_pada": &x.LoadedAt,
				"diganti_oleh": &x.ReplacedBy, "baris_dibaca": &x.Read, "baris_dimuat": &x.Loaded, "baris_karantina": &x.Quarantined,
				"alasan_karantina": &x.Reasons, "predikat_kontradiksi": &x.Contradictions}
		}, func(x *batchRow) { w.DQBatches = append(w.DQBatches, *x) }),
		bindStep("data_quality_summary", func(x *dqSummary) kit.Cols {
			return kit.Cols{"batch_berlaku": &x.Batches, "baris_dibaca": &x.Read, "baris_karantina": &x.Quarantined, "penilaian_disisihkan": &x.SetAside}
		}, func(x *dqSummary) { w.DQSummary = *x }),
		bindStep("data_coverage", func(x *coverageRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"pegawai": &x.Pegawai, "pegawai_dinilai": &x.Dinilai, "cakupan_persen": &x.Cakupan})
		}, func(x *coverageRow) { w.Coverage = append(w.Coverage, *x) }),
		indicatorConflictStep(w),
		bindStep("quarantine", func(x *quarantineRow) kit.Cols {
			return kit.Cols{"source": &x.Source, "field": &x.Field, "reason": &x.Reason, "baris": &x.Rows}
		}, func(x *quarantineRow) { w.Quarantine = append(w.Quarantine, *x) }),
	}
}

// loadNames reads the named lists; Build calls it only with ShowNames.
func loadNames(ctx context.Context, db *sql.DB, w *warehouse) error {
	return loadNamesWith(ctx, db, sqlText, w)
}

// loadNamesWith is loadNames reading each query's text from text.
func loadNamesWith(ctx context.Context, db *sql.DB, text func(string) string, w *warehouse) error {
	return runSteps(ctx, db, text, []loadStep{
		bindStep("names_pool", func(x *personRow) kit.Cols {
			return kit.Cols{"nip": &x.NIP, "nama": &x.Nama, "jabatan": &x.Jabatan, "kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah,
				"tahun": &x.Tahun, "kotak_9": &x.Kotak}
		}, func(x *personRow) { w.PoolNames = append(w.PoolNames, *x) }),
		bindStep("names_needs", func(x *personRow) kit.Cols {
			return kit.Cols{"nip": &x.NIP, "nama": &x.Nama, "jabatan": &x.Jabatan, "kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah,
				"tahun": &x.Tahun, "fokus_pelatihan": &x.Fokus, "skor_prioritas": &x.Skor, "urutan_prioritas": &x.Urutan,
				"kekurangan_jp": &x.KekuranganJP}
		}, func(x *personRow) { w.NeedsNames = append(w.NeedsNames, *x) }),
	})
}

package rapor

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strings"

	"kinerja/dashboards/kit"
)

// raporQuery runs the rapor's query name for one NIP and reads its rows
// binding columns by name (kit.Cols): cols binds the current row, each
// takes it.
func raporQuery(ctx context.Context, db *sql.DB, text func(string) string, name, nip string, cols kit.Cols, each func() error) error {
	rows, err := db.QueryContext(ctx, text(name), nip)
	if err != nil {
		return fmt.Errorf("rapor: query %s: %w", name, err)
	}
	defer rows.Close()
	if err := kit.ScanRows(name, rows, cols, each); err != nil {
		return fmt.Errorf("rapor: %w", err)
	}
	return nil
}

func loadRapor(ctx context.Context, db *sql.DB, nip string) (RaporModel, error) {
	return loadRaporWith(ctx, db, nip, sqlText)
}

// loadRaporWith is loadRapor reading each query's text from text (the
// embedded sql/<name>.sql in loadRapor; a test rewrites it).
func loadRaporWith(ctx context.Context, db *sql.DB, nip string, text func(string) string) (RaporModel, error) {
	m := RaporModel{NIP: nip}
	var a RaporAssignment
	err := raporQuery(ctx, db, text, "rapor_pegawai", nip, kit.Cols{
		"nama": &m.Nama, "jenis_asn": &a.JenisASN, "jabatan": &a.Jabatan, "jenis_jabatan": &a.JenisJabatan, "golongan": &a.Golongan,
		"kode_unit": &a.Unit, "nama_unit": &a.NamaUnit, "kode_wilayah": &a.Wilayah, "nama_wilayah": &a.NamaWilayah,
		"berlaku_mulai": &a.Mulai, "berlaku_sampai": &a.Sampai, "terkini": &a.Terkini,
	}, func() error {
		m.Assignments = append(m.Assignments, a)
		return nil
	})
	if err != nil {
		return m, err
	}
	if len(m.Assignments) == 0 {
		return m, fmt.Errorf("rapor: %w: NIP %s tidak ditemukan di core.dim_employee (no employee with this NIP in the warehouse)", ErrNIPNotFound, nip)
	}
	cur := m.Assignments[len(m.Assignments)-1]
	for _, a := range m.Assignments {
		if a.Terkini {
			cur = a
		}
	}
	m.JenisASN, m.Jabatan, m.Golongan = cur.JenisASN, cur.Jabatan, cur.Golongan
	m.Unit, m.NamaUnit, m.Wilayah, m.NamaWilayah = cur.Unit, cur.NamaUnit, cur.Wilayah, cur.NamaWilayah

	idx := map[string]int{}
	var p RaporPeriod
	var kontra bool
	var iki sql.NullFloat64
	var tertulis string
	cols := p.Period.Cols().Add(kit.Cols{
		"tanggal_selesai": &p.Selesai, "ada_atasan": &p.Atasan, "kode_unit": &p.Unit, "nama_unit": &p.NamaUnit,
		"hasil_kerja": &p.HasilKerja, "perilaku_kerja": &p.PerilakuKerja, "predikat": &p.Predikat,
		"predikat_sumber": &tertulis, "predikat_kontradiksi": &kontra, "capaian_iki": &iki, "rating_organisasi": &p.RatingOrganisasi,
		"tanggapan": &p.Tanggapan, "hasil_keberatan": &p.HasilKeberatan,
	})
	for i, v := range kit.BerakhlakOrder {
		cols["perilaku_"+v] = &p.Nilai[i]
	}
	err = raporQuery(ctx, db, text, "rapor_penilaian", nip, cols, func() error {
		q := p
		q.PredikatTertulis = ""
		if kontra {
			q.PredikatTertulis = tertulis
		}
		q.CapaianIKI = kit.Num(iki)
		idx[q.Periode] = len(m.Periods)
		m.Periods = append(m.Periods, q)
		return nil
	})
	if err != nil {
		return m, err
	}
	seen := map[string]bool{}
	var periode string
	var src RaporSource
	var sh, sp, sk sql.NullFloat64
	err = raporQuery(ctx, db, text, "rapor_sumber", nip, kit.Cols{
		"periode": &periode, "sumber": &src.Sumber, "penilai": &src.Penilai, "skor_hasil": &sh, "skor_perilaku": &sp, "skor": &sk,
		"hasil_kerja": &src.HasilKerja, "perilaku_kerja": &src.PerilakuKerja, "predikat": &src.Predikat,
	}, func() error {
		s := src
		s.SkorHasil, s.SkorPerilaku, s.SkorNilai = kit.Num(sh), kit.Num(sp), kit.Num(sk)
		if i, ok := idx[periode]; ok {
			m.Periods[i].Sources = append(m.Periods[i].Sources, s)
			seen[s.Sumber] = true
		}
		return nil
	})
	if err != nil {
		return m, err
	}
	for _, s := range raporSourceOrder {
		if seen[s] {
			m.Sources = append(m.Sources, s)
		}
	}
	var others []string
	for s := range seen {
		if raporSourceRank(s) == len(raporSourceOrder) {
			others = append(others, s)
		}
	}
	sort.Strings(others)
	m.Sources = append(m.Sources, others...)

	var y RaporJP
	err = raporQuery(ctx, db, text, "rapor_jp", nip, kit.Cols{"tahun": &y.Tahun, "jp": &y.JP, "pelatihan": &y.Pelatihan}, func() error {
		y.Kekurangan = math.Max(0, MinJPPerYear-y.JP)
		y.Kurang20 = y.JP < MinJPPerYear
		m.JP = append(m.JP, y)
		return nil
	})
	if err != nil {
		return m, err
	}
	var t RaporTraining
	err = raporQuery(ctx, db, text, "rapor_pelatihan", nip, kit.Cols{
		"tahun": &t.Tahun, "tanggal_mulai": &t.Mulai, "tanggal_selesai": &t.Selesai, "kegiatan": &t.Kegiatan,
		"jenis_kompetensi": &t.JenisKompetensi, "kompetensi": &t.Kompetensi, "jp": &t.JP,
	}, func() error {
		m.Trainings = append(m.Trainings, t)
		return nil
	})
	if err != nil {
		return m, err
	}
	var n RaporNeed
	var nilai string
	err = raporQuery(ctx, db, text, "rapor_kebutuhan", nip, kit.Cols{
		"tahun": &n.Tahun, "periode_acuan": &n.PeriodeAcuan, "predikat": &n.Predikat, "nilai_di_bawah": &nilai,
		"kesenjangan_kinerja": &n.Kesenjangan, "jp": &n.JP, "kekurangan_jp": &n.KekuranganJP, "memenuhi_20_jp": &n.Memenuhi20,
		"fokus_pelatihan": &n.Fokus, "jenis_kompetensi_fokus": &n.JenisFokus, "kategori_prioritas": &n.Kategori, "skor_prioritas": &n.Skor,
	}, func() error {
		x := n
		x.NilaiDiBawah = nil
		for _, v := range strings.Split(nilai, ",") {
			if v = strings.TrimSpace(v); v != "" {
				x.NilaiDiBawah = append(x.NilaiDiBawah, v)
			}
		}
		m.Needs = append(m.Needs, x)
		return nil
	})
	if err != nil {
		return m, err
	}
	var tl RaporTalent
	err = raporQuery(ctx, db, text, "rapor_talenta", nip, kit.Cols{
		"tahun": &tl.Tahun, "periode_acuan": &tl.PeriodeAcuan, "predikat": &tl.Predikat, "kinerja": &tl.Kinerja,
		"potensi": &tl.Potensi, "kotak_9": &tl.Kotak, "kelompok_promosi": &tl.KelompokPromosi,
	}, func() error {
		m.Talent = append(m.Talent, tl)
		return nil
	})
	if err != nil {
		return m, err
	}
	meta, err := kit.LoadMetaFrom(ctx, db, text("meta"))
	if err != nil {
		return m, fmt.Errorf("rapor: %w", err)
	}
	m.DataPer, m.Batches = meta.DataPer, meta.Batches
	return m, nil
}

var raporSourceOrder = []string{"atasan", "diri", "rekan", "bawahan"}

func raporSourceRank(s string) int {
	for i, x := range raporSourceOrder {
		if x == s {
			return i
		}
	}
	return len(raporSourceOrder)
}

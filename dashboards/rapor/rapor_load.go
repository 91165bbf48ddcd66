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

func raporQuery(ctx context.Context, db *sql.DB, name, nip string, scan func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, sqlText(name), nip)
	if err != nil {
		return fmt.Errorf("rapor: query %s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("rapor: scan %s: %w", name, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("rapor: read %s: %w", name, err)
	}
	return nil
}

func loadRapor(ctx context.Context, db *sql.DB, nip string) (RaporModel, error) {
	m := RaporModel{NIP: nip}
	err := raporQuery(ctx, db, "rapor_pegawai", nip, func(r *sql.Rows) error {
		var a RaporAssignment
		var n string
		var sampai sql.NullTime
		if err := r.Scan(&n, &m.Nama, &a.JenisASN, &a.Jabatan, &a.JenisJabatan, &a.Golongan, &a.Unit, &a.NamaUnit,
			&a.Wilayah, &a.NamaWilayah, &a.Mulai, &sampai, &a.Terkini); err != nil {
			return err
		}
		a.Sampai = sampai.Time
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
	err = raporQuery(ctx, db, "rapor_penilaian", nip, func(r *sql.Rows) error {
		var p RaporPeriod
		var kontra bool
		var iki sql.NullFloat64
		var tertulis string
		dest := kit.Cat(p.Period.Dests(), &p.Selesai, &p.Atasan, &p.Unit, &p.NamaUnit, &p.HasilKerja, &p.PerilakuKerja, &p.Predikat,
			&tertulis, &kontra, &iki, &p.RatingOrganisasi)
		for i := range p.Nilai {
			dest = append(dest, &p.Nilai[i])
		}
		if err := r.Scan(dest...); err != nil {
			return err
		}
		if kontra {
			p.PredikatTertulis = tertulis
		}
		p.CapaianIKI = kit.Num(iki)
		idx[p.Periode] = len(m.Periods)
		m.Periods = append(m.Periods, p)
		return nil
	})
	if err != nil {
		return m, err
	}
	seen := map[string]bool{}
	err = raporQuery(ctx, db, "rapor_sumber", nip, func(r *sql.Rows) error {
		var periode string
		var s RaporSource
		var sh, sp sql.NullFloat64
		if err := r.Scan(&periode, &s.Sumber, &s.Penilai, &sh, &sp, &s.HasilKerja, &s.PerilakuKerja, &s.Predikat); err != nil {
			return err
		}
		s.SkorHasil, s.SkorPerilaku = kit.Num(sh), kit.Num(sp)
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

	err = raporQuery(ctx, db, "rapor_jp", nip, func(r *sql.Rows) error {
		var y RaporJP
		if err := r.Scan(&y.Tahun, &y.JP, &y.Pelatihan); err != nil {
			return err
		}
		y.Kekurangan = math.Max(0, MinJPPerYear-y.JP)
		y.Kurang20 = y.JP < MinJPPerYear
		m.JP = append(m.JP, y)
		return nil
	})
	if err != nil {
		return m, err
	}
	err = raporQuery(ctx, db, "rapor_pelatihan", nip, func(r *sql.Rows) error {
		var t RaporTraining
		var selesai sql.NullTime
		if err := r.Scan(&t.Tahun, &t.Mulai, &selesai, &t.Kegiatan, &t.JenisKompetensi, &t.Kompetensi, &t.JP); err != nil {
			return err
		}
		t.Selesai = selesai.Time
		m.Trainings = append(m.Trainings, t)
		return nil
	})
	if err != nil {
		return m, err
	}
	err = raporQuery(ctx, db, "rapor_kebutuhan", nip, func(r *sql.Rows) error {
		var n RaporNeed
		var nilai string
		if err := r.Scan(&n.Tahun, &n.PeriodeAcuan, &n.Predikat, &nilai, &n.Kesenjangan, &n.JP, &n.KekuranganJP, &n.Memenuhi20,
			&n.Fokus, &n.JenisFokus, &n.Kategori, &n.Skor); err != nil {
			return err
		}
		for _, v := range strings.Split(nilai, ",") {
			if v = strings.TrimSpace(v); v != "" {
				n.NilaiDiBawah = append(n.NilaiDiBawah, v)
			}
		}
		m.Needs = append(m.Needs, n)
		return nil
	})
	if err != nil {
		return m, err
	}
	err = raporQuery(ctx, db, "rapor_talenta", nip, func(r *sql.Rows) error {
		var t RaporTalent
		if err := r.Scan(&t.Tahun, &t.PeriodeAcuan, &t.Predikat, &t.Kinerja, &t.Potensi, &t.Kotak, &t.KelompokPromosi); err != nil {
			return err
		}
		m.Talent = append(m.Talent, t)
		return nil
	})
	if err != nil {
		return m, err
	}
	meta, err := kit.LoadMeta(ctx, db)
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

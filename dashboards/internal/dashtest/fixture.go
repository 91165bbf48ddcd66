// Package dashtest builds a small warehouse for the dashboards tests: two
// regions, four units (one with fewer than 5 people, one with a hostile name).
package dashtest

import (
	"context"
	"database/sql"
	"fmt"

	_ "github.com/duckdb/duckdb-go/v2" // DuckDB driver
)

// Hostile is a unit name that must never reach a page unescaped.
const Hostile = `<script>alert(1)</script> & "Dinas"`

// NIPs that are in the fixture and must never be shown.
var NIPs = []string{"198503122010011003", "199001012015032001", "198707072012121002"}

// Unit codes of the fixture.
const (
	DukcapilDumai = "14.72.01"
	HostileUnit   = "14.72.02"
	DukcapilSubul = "11.75.01"
	TinyUnit      = "11.75.02"
)

// DDL is the exact warehouse layout the dashboards read.
const DDL = `
CREATE SCHEMA IF NOT EXISTS meta; CREATE SCHEMA IF NOT EXISTS core; CREATE SCHEMA IF NOT EXISTS mart;
CREATE TABLE meta.batches(batch_id BIGINT, source VARCHAR, kind VARCHAR, path VARCHAR, sha256 VARCHAR, rows_read BIGINT, rows_loaded BIGINT, rows_quarantined BIGINT, loaded_at TIMESTAMP, replaced_by BIGINT);
CREATE TABLE core.dim_region(kode_wilayah VARCHAR, nama VARCHAR, tingkat VARCHAR, kode_provinsi VARCHAR, nama_provinsi VARCHAR, penduduk_total BIGINT);
CREATE TABLE core.dim_unit(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, kode_unit_induk VARCHAR, sektor VARCHAR, kedalaman INTEGER);
CREATE TABLE mart.region_summary(kode_wilayah VARCHAR, nama_wilayah VARCHAR, kode_provinsi VARCHAR, nama_provinsi VARCHAR, penduduk_total BIGINT, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, tahun INTEGER, unit_dinilai INTEGER, pegawai_dinilai INTEGER, persen_sangat_baik DOUBLE, ikm DOUBLE, mutu VARCHAR, median_jam_ktp_el DOUBLE, persen_tepat_waktu DOUBLE, permohonan BIGINT, backlog BIGINT, persen_kurang_20_jp DOUBLE);
CREATE TABLE mart.unit_performance(kode_unit VARCHAR, nama_unit VARCHAR, sektor VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, pegawai_dinilai INTEGER, jumlah_sangat_baik INTEGER, jumlah_baik INTEGER, jumlah_butuh_perbaikan INTEGER, jumlah_kurang INTEGER, jumlah_sangat_kurang INTEGER, persen_sangat_baik DOUBLE, predikat_kontradiksi INTEGER, persen_baik DOUBLE, persen_butuh_perbaikan DOUBLE, persen_kurang DOUBLE, persen_sangat_kurang DOUBLE);
CREATE TABLE mart.service_outcomes(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, layanan VARCHAR, permohonan BIGINT, selesai BIGINT, ditolak BIGINT, median_jam DOUBLE, p90_jam DOUBLE, batas_jam DOUBLE, persen_tepat_waktu DOUBLE, backlog BIGINT);
CREATE TABLE mart.ikm(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, responden BIGINT, ikm DOUBLE, mutu VARCHAR, kinerja_pelayanan VARCHAR, nrr_persyaratan DOUBLE, nrr_prosedur DOUBLE, nrr_waktu DOUBLE, nrr_biaya DOUBLE, nrr_produk DOUBLE, nrr_kompetensi DOUBLE, nrr_perilaku DOUBLE, nrr_pengaduan DOUBLE, nrr_sarana DOUBLE);
CREATE TABLE mart.performance_service_link(kode_unit VARCHAR, nama_unit VARCHAR, sektor VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, pegawai_dinilai INTEGER, persen_sangat_baik DOUBLE, ikm DOUBLE, mutu VARCHAR, median_jam DOUBLE, persen_tepat_waktu DOUBLE, permohonan BIGINT, peringkat_nilai INTEGER, peringkat_layanan INTEGER, unit_dibandingkan INTEGER, label_keselarasan VARCHAR, persen_sangat_baik_sebelumnya DOUBLE, ikm_sebelumnya DOUBLE);
CREATE TABLE mart.berakhlak_unit(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, nilai_berakhlak VARCHAR, nama_nilai VARCHAR, dinilai INTEGER, di_bawah INTEGER, persen_di_bawah DOUBLE, di_atas INTEGER, persen_di_atas DOUBLE);
CREATE TABLE mart.rater_calibration(nip_penilai VARCHAR, id_penilai VARCHAR, jabatan_penilai VARCHAR, kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, dinilai INTEGER, persen_di_atas DOUBLE, persen_sangat_baik DOUBLE, rata_nilai DOUBLE, rata_nilai_unit DOUBLE, selisih DOUBLE, label VARCHAR);
CREATE TABLE mart.training_compliance(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, tahun INTEGER, pegawai INTEGER, total_jp DOUBLE, rata_jp DOUBLE, pegawai_kurang_20_jp INTEGER, persen_kurang_20_jp DOUBLE);
` + ExtraDDL + SetAsideDDL + ServiceAlertDDL + PageMartsDDL + TeamDDL + wilsonMacros + SummaryFactsDDL + OutcomesDDL

type unit struct{ kode, nama, wil, namaWil, sektor string }

var units = []unit{
	{DukcapilDumai, "Dinas Kependudukan dan Pencatatan Sipil Kota Dumai", "14.72", "Kota Dumai", "dukcapil"},
	{HostileUnit, Hostile, "14.72", "Kota Dumai", "kesehatan"},
	{DukcapilSubul, "Dinas Kependudukan dan Pencatatan Sipil Kota Subulussalam", "11.75", "Kota Subulussalam", "dukcapil"},
	{TinyUnit, "BKPSDM Kota Subulussalam", "11.75", "Kota Subulussalam", "kepegawaian"},
}

// Open creates the warehouse in a new DuckDB file at path and returns it open.
func Open(ctx context.Context, path string) (*sql.DB, error) {
	db, err := sql.Open("duckdb", path)
	if err != nil {
		return nil, err
	}
	if _, err := db.ExecContext(ctx, DDL); err != nil {
		db.Close()
		return nil, fmt.Errorf("ddl: %w", err)
	}
	for i, stmt := range inserts() {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("insert %d: %w\n%s", i, err, stmt)
		}
	}
	return db, nil
}

func q(s string) string {
	out := "'"
	for _, r := range s {
		if r == '\'' {
			out += "''"
		} else {
			out += string(r)
		}
	}
	return out + "'"
}

func inserts() []string {
	s := []string{
		`INSERT INTO meta.batches VALUES
		 (1,'ekinerja','appraisal','in/skp.csv','aa',100,98,2,TIMESTAMP '2025-10-01 07:00:00',NULL),
		 (2,'siak','dukcapil','in/ktp.csv','bb',50,50,0,TIMESTAMP '2025-10-03 09:15:00',NULL),
		 (3,'skm','ikm','in/skm.xlsx','cc',20,20,0,TIMESTAMP '2025-10-05 08:30:00',NULL),
		 (4,'skm','ikm','in/skm-old.xlsx','dd',20,20,0,TIMESTAMP '2025-10-04 08:30:00',3)`,
		`INSERT INTO core.dim_region VALUES
		 ('14','Riau','provinsi','14','Riau',6600000),
		 ('14.72','Kota Dumai','kabkota','14','Riau',320000),
		 ('11','Aceh','provinsi','11','Aceh',5400000),
		 ('11.75','Kota Subulussalam','kabkota','11','Aceh',95000)`,
		// Region summaries: two quarters and one year each.
		`INSERT INTO mart.region_summary VALUES
		 ('14.72','Kota Dumai','14','Riau',320000,'2025-Q2','triwulan',DATE '2025-04-01',2025,2,40,20.0,80.5,'B',1.8,62.0,900,40,NULL),
		 ('14.72','Kota Dumai','14','Riau',320000,'2025-Q3','triwulan',DATE '2025-07-01',2025,2,44,27.27,78.25,'B',2.25,55.5,1000,60,NULL),
		 ('14.72','Kota Dumai','14','Riau',320000,'2024','tahun',DATE '2024-01-01',2024,2,42,22.0,81.0,'B',1.9,70.0,3600,20,28.57),
		 ('11.75','Kota Subulussalam','11','Aceh',95000,'2025-Q2','triwulan',DATE '2025-04-01',2025,2,13,15.38,85.0,'B',0.9,91.0,300,5,NULL),
		 ('11.75','Kota Subulussalam','11','Aceh',95000,'2025-Q3','triwulan',DATE '2025-07-01',2025,2,15,20.0,90.1,'A',0.8,93.0,320,4,NULL),
		 ('11.75','Kota Subulussalam','11','Aceh',95000,'2024','tahun',DATE '2024-01-01',2024,2,14,18.0,86.0,'B',1.0,90.0,1200,3,14.29)`,
		// Dukcapil Dumai 20→24 people, hostile unit 20, Dukcapil Subulussalam 10→12, tiny unit 3.
		`INSERT INTO mart.unit_performance VALUES
		 ('14.72.01','x','dukcapil','14.72','Kota Dumai','2025-Q2','triwulan',DATE '2025-04-01',20,4,10,4,2,0,20.0,0,NULL,NULL,NULL,NULL),
		 ('14.72.01','x','dukcapil','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01',24,6,12,4,2,0,25.0,0,NULL,NULL,NULL,NULL),
		 ('14.72.02','x','kesehatan','14.72','Kota Dumai','2025-Q2','triwulan',DATE '2025-04-01',20,4,12,3,1,0,20.0,0,NULL,NULL,NULL,NULL),
		 ('14.72.02','x','kesehatan','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01',20,6,11,2,1,0,30.0,1,NULL,NULL,NULL,NULL),
		 ('11.75.01','x','dukcapil','11.75','Kota Subulussalam','2025-Q2','triwulan',DATE '2025-04-01',10,1,7,2,0,0,10.0,0,NULL,NULL,NULL,NULL),
		 ('11.75.01','x','dukcapil','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01',12,2,7,3,0,0,16.67,0,NULL,NULL,NULL,NULL),
		 ('11.75.02','x','kepegawaian','11.75','Kota Subulussalam','2025-Q2','triwulan',DATE '2025-04-01',3,1,2,0,0,0,33.33,0,NULL,NULL,NULL,NULL),
		 ('11.75.02','x','kepegawaian','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01',3,1,2,0,0,0,33.33,0,NULL,NULL,NULL,NULL)`,
		`UPDATE mart.unit_performance SET persen_baik = 100.0 * jumlah_baik / pegawai_dinilai,
		   persen_butuh_perbaikan = 100.0 * jumlah_butuh_perbaikan / pegawai_dinilai, persen_kurang = 100.0 * jumlah_kurang / pegawai_dinilai,
		   persen_sangat_kurang = 100.0 * jumlah_sangat_kurang / pegawai_dinilai`,
		`INSERT INTO mart.service_outcomes VALUES
		 ('14.72.01','x','14.72','Kota Dumai','2025-Q2','triwulan',DATE '2025-04-01','KTP_EL',600,560,10,1.8,4.0,1.0,62.0,30),
		 ('14.72.01','x','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01','KTP_EL',650,590,12,2.25,5.5,1.0,45.0,48),
		 ('14.72.01','x','14.72','Kota Dumai','2025-Q2','triwulan',DATE '2025-04-01','KK',300,290,5,3.0,8.0,24.0,88.0,10),
		 ('14.72.01','x','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01','KK',350,335,3,2.5,7.0,24.0,90.0,12),
		 ('11.75.01','x','11.75','Kota Subulussalam','2025-Q2','triwulan',DATE '2025-04-01','KTP_EL',300,295,0,0.9,1.5,1.0,91.0,5),
		 ('11.75.01','x','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01','KTP_EL',320,316,0,0.8,1.2,1.0,93.0,4)`,
		`INSERT INTO mart.ikm VALUES
		 ('14.72.01','x','14.72','Kota Dumai','2025-Q2','triwulan',DATE '2025-04-01',120,82.0,'B','Baik',3.2,3.3,3.1,3.9,3.3,3.3,3.4,3.0,3.2),
		 ('14.72.01','x','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01',130,79.5,'B','Baik',3.1,3.2,3.0,3.9,3.2,3.2,3.3,2.9,3.1),
		 ('14.72.02','x','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01',80,62.5,'D','Tidak Baik',2.5,2.4,2.3,3.0,2.6,2.5,2.4,2.2,2.6),
		 ('11.75.01','x','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01',60,90.1,'A','Sangat Baik',3.6,3.6,3.5,3.9,3.6,3.6,3.6,3.5,3.6),
		 ('11.75.02','x','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01',40,75.0,'C','Kurang Baik',3.0,3.0,3.0,3.0,3.0,3.0,3.0,3.0,3.0)`,
		`INSERT INTO mart.performance_service_link VALUES
		 ('14.72.01','x','dukcapil','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01',24,25.0,79.5,'B',2.25,45.0,1000,2,1,2,'selaras',20.0,82.0),
		 ('14.72.02','x','kesehatan','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01',20,30.0,62.5,'D',NULL,NULL,NULL,1,2,2,'nilai_tinggi_layanan_buruk',20.0,NULL),
		 ('11.75.01','x','dukcapil','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01',12,16.67,90.1,'A',0.8,93.0,320,2,1,2,'nilai_rendah_layanan_baik',10.0,NULL),
		 ('11.75.02','x','kepegawaian','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01',3,33.33,75.0,'C',NULL,NULL,NULL,1,2,2,NULL,33.33,NULL)`,
		`INSERT INTO mart.rater_calibration VALUES
		 ('198503122010011003','P-3F2A91','Kepala Bidang Pelayanan','14.72.01','x','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01',12,75.0,41.67,3.6,3.1,0.5,'lunak'),
		 ('199001012015032001','P-77B0C4','Kepala Seksi','14.72.02','x','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01',9,22.22,11.11,3.0,3.0,0.0,'wajar'),
		 ('198707072012121002','P-19AE55','Sekretaris','11.75.02','x','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01',3,66.67,33.33,3.7,3.2,0.5,'lunak')`,
		`INSERT INTO mart.training_compliance VALUES
		 ('14.72.01','x','14.72','Kota Dumai',2024,22,600.0,27.27,5,22.73),
		 ('14.72.02','x','14.72','Kota Dumai',2024,20,380.0,19.0,7,35.0),
		 ('11.75.01','x','11.75','Kota Subulussalam',2024,11,300.0,27.27,1,9.09),
		 ('11.75.02','x','11.75','Kota Subulussalam',2024,3,30.0,10.0,1,33.33)`,
	}
	s = append(s, extraInserts()...)
	s = append(s, setAsideInserts()...)
	s = append(s, serviceAlertInserts()...)
	s = append(s, pageMartsInserts()...)
	s = append(s, summaryFactsInserts()...)
	s = append(s, outcomesInserts()...)
	s = append(s, teamInserts()...)
	for _, u := range units {
		s = append(s, fmt.Sprintf(`INSERT INTO core.dim_unit VALUES (%s,%s,%s,NULL,%s,1)`, q(u.kode), q(u.nama), q(u.wil), q(u.sektor)))
	}
	s = append(s, suppressionInserts()...) // after core.dim_unit, which gives each unit its region
	// BerAKHLAK, latest quarter: Dukcapil Dumai is short on Akuntabel (35 %).
	vals := [][2]string{{"berorientasi_pelayanan", "Berorientasi Pelayanan"}, {"akuntabel", "Akuntabel"}, {"kompeten", "Kompeten"},
		{"harmonis", "Harmonis"}, {"loyal", "Loyal"}, {"adaptif", "Adaptif"}, {"kolaboratif", "Kolaboratif"}}
	for _, u := range units {
		n := map[string]int{DukcapilDumai: 20, HostileUnit: 20, DukcapilSubul: 10, TinyUnit: 3}[u.kode]
		for i, v := range vals {
			for _, per := range [][2]string{{"2025-Q2", "2025-04-01"}, {"2025-Q3", "2025-07-01"}} {
				below := (i % 3) + 1
				if u.kode == DukcapilDumai && v[0] == "akuntabel" && per[0] == "2025-Q3" {
					below = 7
				}
				if below > n {
					below = n - 1
				}
				above := 1
				s = append(s, fmt.Sprintf(`INSERT INTO mart.berakhlak_unit VALUES (%s,'x',%s,%s,%s,'triwulan',DATE %s,%s,%s,%d,%d,%.2f,%d,%.2f)`,
					q(u.kode), q(u.wil), q(u.namaWil), q(per[0]), q(per[1]), q(v[0]), q(v[1]), n, below, 100*float64(below)/float64(n), above, 100*float64(above)/float64(n)))
			}
		}
	}
	return append(s, regionFallbackInserts()...)
}

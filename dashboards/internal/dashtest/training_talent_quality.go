package dashtest

// ExtraDDL is the layout of the marts the comparison, training, talent, data
// quality pages and the rapor read (column lists as in docs/MARTS.md).
const ExtraDDL = `
CREATE TABLE meta.quarantine(batch_id BIGINT NOT NULL, source VARCHAR NOT NULL, path VARCHAR NOT NULL, line BIGINT, field VARCHAR, reason VARCHAR NOT NULL, raw VARCHAR, location VARCHAR);
CREATE TABLE mart.region_benchmark(kode_wilayah VARCHAR, nama_wilayah VARCHAR, tingkat VARCHAR, kode_provinsi VARCHAR, penduduk_total BIGINT, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, tahun BIGINT, pegawai_dinilai INTEGER, persen_sangat_baik DOUBLE, ikm DOUBLE, mutu VARCHAR, median_jam_ktp_el DOUBLE, persen_tepat_waktu DOUBLE, permohonan BIGINT, persen_kurang_20_jp DOUBLE, wilayah_dibandingkan INTEGER, peringkat_ikm INTEGER, persentil_ikm DOUBLE, peringkat_tepat_waktu INTEGER, persentil_tepat_waktu DOUBLE, peringkat_median_jam_ktp_el INTEGER, persentil_median_jam_ktp_el DOUBLE, peringkat_kurang_20_jp INTEGER, persentil_kurang_20_jp DOUBLE, periode_tahun_lalu VARCHAR, persen_sangat_baik_tahun_lalu DOUBLE, perubahan_persen_sangat_baik DOUBLE, ikm_tahun_lalu DOUBLE, perubahan_ikm DOUBLE, median_jam_ktp_el_tahun_lalu DOUBLE, perubahan_median_jam_ktp_el DOUBLE, persen_tepat_waktu_tahun_lalu DOUBLE, perubahan_persen_tepat_waktu DOUBLE, permohonan_tahun_lalu BIGINT, permohonan_per_1000_penduduk DOUBLE, pegawai_dinilai_per_100rb_penduduk DOUBLE);
CREATE TABLE mart.distribution_compliance(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, rating_organisasi VARCHAR, sumber_rating VARCHAR, pegawai_dinilai INTEGER, jumlah_sangat_baik INTEGER, jumlah_baik INTEGER, jumlah_butuh_perbaikan INTEGER, jumlah_kurang INTEGER, jumlah_sangat_kurang INTEGER, persen_sangat_baik DOUBLE, persen_baik DOUBLE, persen_butuh_perbaikan DOUBLE, persen_kurang DOUBLE, persen_sangat_kurang DOUBLE, aturan VARCHAR, sesuai BOOLEAN, alasan VARCHAR);
CREATE TABLE mart.talent_pool(nip VARCHAR, nama VARCHAR, jenis_asn VARCHAR, jabatan VARCHAR, golongan VARCHAR, tahun INTEGER, kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode_acuan VARCHAR, predikat VARCHAR, kinerja VARCHAR, potensi VARCHAR, kotak_9 INTEGER, kelompok_promosi BOOLEAN);
CREATE TABLE mart.training_needs(nip VARCHAR, nama VARCHAR, jenis_asn VARCHAR, jabatan VARCHAR, tahun INTEGER, kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode_acuan VARCHAR, hasil_kerja VARCHAR, perilaku_kerja VARCHAR, predikat VARCHAR, capaian_iki DOUBLE, nilai_di_bawah VARCHAR, jumlah_nilai_di_bawah INTEGER, kesenjangan_kinerja BOOLEAN, jp DOUBLE, kekurangan_jp DOUBLE, memenuhi_20_jp BOOLEAN, fokus_pelatihan VARCHAR, jenis_kompetensi_fokus VARCHAR, skor_prioritas INTEGER, kategori_prioritas VARCHAR, urutan_prioritas INTEGER);
CREATE TABLE mart.training_needs_unit(kode_unit VARCHAR, nama_unit VARCHAR, sektor VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, tahun INTEGER, pegawai INTEGER, pegawai_kesenjangan_kinerja INTEGER, persen_kesenjangan_kinerja DOUBLE, pegawai_kurang_20_jp INTEGER, persen_kurang_20_jp DOUBLE, total_kekurangan_jp DOUBLE, pegawai_prioritas_tinggi INTEGER, nilai_terlemah VARCHAR, nama_nilai_terlemah VARCHAR, pegawai_nilai_terlemah INTEGER, persen_nilai_terlemah DOUBLE, fokus_pelatihan VARCHAR, jenis_kompetensi_fokus VARCHAR, skor_prioritas DOUBLE, urutan_prioritas INTEGER, urutan_prioritas_wilayah INTEGER);
CREATE TABLE mart.region_service(kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, layanan VARCHAR, permohonan BIGINT, selesai BIGINT, median_jam DOUBLE, p90_jam DOUBLE, batas_jam DOUBLE, persen_tepat_waktu DOUBLE, backlog BIGINT);
CREATE TABLE core.indicator_conflict(indikator VARCHAR, kode_unit VARCHAR, kode_wilayah VARCHAR, periode VARCHAR, kategori VARCHAR, nilai DOUBLE, target DOUBLE, satuan VARCHAR, arah VARCHAR, nilai_berbeda BIGINT, batch_id BIGINT, source VARCHAR, path VARCHAR, baris BIGINT);
CREATE TABLE mart.region_unit_spread(kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, unit_dinilai INTEGER, p10_persen_sangat_baik DOUBLE, q1_persen_sangat_baik DOUBLE, median_persen_sangat_baik DOUBLE, q3_persen_sangat_baik DOUBLE, p90_persen_sangat_baik DOUBLE);
CREATE TABLE mart.data_quality(batch_id BIGINT, source VARCHAR, kind VARCHAR, path VARCHAR, loaded_at TIMESTAMP, diganti_oleh BIGINT, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, baris_dibaca BIGINT, baris_dimuat BIGINT, baris_karantina BIGINT, alasan_karantina VARCHAR, predikat_kontradiksi BIGINT, pegawai BIGINT, pegawai_dinilai BIGINT, cakupan_persen DOUBLE);
`

// Names of people in the person-level marts (talent_pool, training_needs):
// they may appear only with ShowNames.
var Names = []string{"Siti Rahmawati", "Budi Santoso"}

// PoolNIP is Siti Rahmawati's NIP (in the promotion pool).
const PoolNIP = "199001012015032001"

func extraInserts() []string {
	return []string{
		`INSERT INTO meta.quarantine VALUES
		 (1,'ekinerja','in/skp.csv',12,'nip','NIP birth date 19871305 is not a real date','198713052010011003,Siti',NULL),
		 (1,'ekinerja','in/skp.csv',40,'hasil_kerja','not di_atas, sesuai or di_bawah (ekspektasi): ''Siti luar biasa''','x',NULL)`,
		`INSERT INTO mart.data_quality VALUES
		 (1,'ekinerja','appraisal','/srv/in/skp.csv',TIMESTAMP '2025-10-01 07:00:00',NULL,'semua',NULL,NULL,100,98,2,'nip: NIP birth date 19871305 is not a real date (1); hasil_kerja: not di_atas: ''Siti luar biasa'' (1)',1,NULL,NULL,NULL),
		 (1,'ekinerja','appraisal','/srv/in/skp.csv',TIMESTAMP '2025-10-01 07:00:00',NULL,'2025-Q3','triwulan',DATE '2025-07-01',NULL,98,NULL,NULL,1,80,72,90.0),
		 (2,'siak','dukcapil','/srv/in/ktp.csv',TIMESTAMP '2025-10-03 09:15:00',NULL,'semua',NULL,NULL,50,50,0,NULL,0,NULL,NULL,NULL)`,
		// Benchmark: Dumai's IKM fell 3.5 points on 2024-Q3, Subulussalam's rose 2.1.
		`INSERT INTO mart.region_benchmark (kode_wilayah, nama_wilayah, tingkat, kode_provinsi, periode, jenis_periode, tanggal_mulai, tahun,
		   pegawai_dinilai, persen_sangat_baik, ikm, mutu, median_jam_ktp_el, persen_tepat_waktu, permohonan, persen_kurang_20_jp,
		   wilayah_dibandingkan, peringkat_ikm, periode_tahun_lalu, persen_sangat_baik_tahun_lalu, perubahan_persen_sangat_baik,
		   ikm_tahun_lalu, perubahan_ikm, median_jam_ktp_el_tahun_lalu, perubahan_median_jam_ktp_el, persen_tepat_waktu_tahun_lalu, perubahan_persen_tepat_waktu) VALUES
		 ('14.72','Kota Dumai','kabkota','14','2025-Q3','triwulan',DATE '2025-07-01',2025,44,27.27,78.25,'B',2.25,55.5,1000,NULL,2,2,'2024-Q3',25.0,2.27,81.75,-3.5,2.0,0.25,60.0,-4.5),
		 ('11.75','Kota Subulussalam','kabkota','11','2025-Q3','triwulan',DATE '2025-07-01',2025,15,20.0,90.1,'A',0.8,93.0,320,NULL,2,1,'2024-Q3',10.0,10.0,88.0,2.1,0.9,-0.1,92.0,1.0),
		 ('14','Riau','provinsi','14','2025-Q3','triwulan',DATE '2025-07-01',2025,44,27.27,78.25,'B',2.25,55.5,1000,NULL,2,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL)`,
		// Kurva: the shares and counts in the reasons that are 1-4 people must be withheld.
		`INSERT INTO mart.distribution_compliance VALUES
		 ('14.72.01','x','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01','butuh_perbaikan','periode',24,6,12,4,2,0,25.0,50.0,16.67,8.33,0.0,'at least 60 % Butuh Perbaikan; Sangat Baik at most 10 %',false,'sangat_baik 25.0 % > 10 %; butuh_perbaikan 16.7 % < 60 %'),
		 ('14.72.02','x','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01','istimewa','periode',20,6,11,2,1,0,30.0,55.0,10.0,5.0,0.0,'Sangat Baik is the largest group, at most 70 %',false,'sangat_baik (6) is not the largest group'),
		 ('14.72.02','x','14.72','Kota Dumai','2025-Q2','triwulan',DATE '2025-04-01','baik','periode',20,4,12,3,1,0,20.0,60.0,15.0,5.0,0.0,'Baik at most 70 %; some Butuh Perbaikan and/or Kurang must exist',true,NULL),
		 ('11.75.02','x','11.75','Kota Subulussalam','2025-Q3','triwulan',DATE '2025-07-01','baik','periode',3,1,2,0,0,0,33.33,66.67,0,0,0,'Baik at most 70 %; some Butuh Perbaikan and/or Kurang must exist',false,'sangat_baik (1) is not the largest group')`,
		// Talent 2025: Dukcapil Dumai 6 in box 9, 3 in box 7, 11 in box 5; the tiny unit 3 in box 8.
		`INSERT INTO mart.talent_pool (nip, nama, jabatan, tahun, kode_unit, kode_wilayah, kotak_9, kelompok_promosi)
		 SELECT '1990010120150320' || lpad(i::VARCHAR, 2, '0'), CASE WHEN i = 1 THEN 'Siti Rahmawati' ELSE 'Pegawai ' || i END, 'Analis', 2025, '14.72.01', '14.72',
		        CASE WHEN i <= 6 THEN 9 WHEN i <= 9 THEN 7 ELSE 5 END, i <= 9
		 FROM range(1, 21) t(i)`,
		`INSERT INTO mart.talent_pool (nip, nama, jabatan, tahun, kode_unit, kode_wilayah, kotak_9, kelompok_promosi)
		 SELECT '1985031220100110' || lpad(i::VARCHAR, 2, '0'), 'Budi ' || i, 'Analis', 2025, '11.75.02', '11.75', 8, true FROM range(1, 4) t(i)`,
		// Training needs 2025 in Dukcapil Dumai: 7 below on akuntabel, 9 on loyal; 6 of high priority.
		`INSERT INTO mart.training_needs (nip, nama, jabatan, tahun, kode_unit, kode_wilayah, nilai_di_bawah, jumlah_nilai_di_bawah, jp, kekurangan_jp, fokus_pelatihan, jenis_kompetensi_fokus, skor_prioritas, kategori_prioritas, urutan_prioritas)
		 SELECT '1990010120150320' || lpad(i::VARCHAR, 2, '0'), CASE WHEN i = 2 THEN 'Budi Santoso' ELSE 'Pegawai ' || i END, 'Analis', 2025, '14.72.01', '14.72',
		        CASE WHEN i <= 7 THEN 'akuntabel, loyal' WHEN i <= 9 THEN 'loyal' END, CASE WHEN i <= 7 THEN 2 WHEN i <= 9 THEN 1 ELSE 0 END,
		        CASE WHEN i <= 6 THEN 8 ELSE 24 END, CASE WHEN i <= 6 THEN 12 ELSE 0 END,
		        CASE WHEN i <= 9 THEN 'Integritas' END, CASE WHEN i <= 9 THEN 'manajerial' END, CASE WHEN i <= 6 THEN 5 ELSE 1 END,
		        CASE WHEN i <= 6 THEN 'tinggi' ELSE 'sedang' END, i
		 FROM range(1, 21) t(i)`,
		// The region view of each service: one Dukcapil per region, so its figures.
		`INSERT INTO mart.region_service SELECT kode_wilayah, nama_wilayah, periode, jenis_periode, tanggal_mulai, layanan,
		   permohonan, selesai, median_jam, p90_jam, batas_jam, persen_tepat_waktu, backlog FROM mart.service_outcomes`,
		`INSERT INTO mart.region_unit_spread SELECT kode_wilayah, any_value(nama_wilayah), periode, jenis_periode, tanggal_mulai, count(*),
		   quantile_cont(persen_sangat_baik, 0.1), quantile_cont(persen_sangat_baik, 0.25), quantile_cont(persen_sangat_baik, 0.5),
		   quantile_cont(persen_sangat_baik, 0.75), quantile_cont(persen_sangat_baik, 0.9)
		 FROM mart.unit_performance WHERE pegawai_dinilai > 0 GROUP BY kode_wilayah, periode, jenis_periode, tanggal_mulai`,
		`INSERT INTO mart.training_needs_unit VALUES
		 ('14.72.01','x','dukcapil','14.72','Kota Dumai',2025,20,0,0.0,6,30.0,72.0,6,'loyal','Loyal',9,45.0,'Integritas','manajerial',75.0,1,1),
		 ('11.75.02','x','kepegawaian','11.75','Kota Subulussalam',2025,3,1,33.33,1,33.33,10.0,1,'akuntabel','Akuntabel',1,33.33,'Pemenuhan 20 JP','teknis',99.99,2,1)`,
	}
}

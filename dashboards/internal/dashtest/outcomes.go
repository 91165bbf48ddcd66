package dashtest

// OutcomesDDL: the marts of what the five regions asked for (issue 13):
// sector outcomes, promotions, the 360 view, IKM per element (the team and
// the employees' responses: team.go).
const OutcomesDDL = `
CREATE TABLE mart.promotion_merit_region(kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, kenaikan INTEGER, kenaikan_jabatan INTEGER, dalam_kelompok_promosi INTEGER, di_luar_kelompok_promosi INTEGER, data_tidak_lengkap INTEGER, persen_di_luar DOUBLE, persen_di_luar_bawah DOUBLE, persen_di_luar_atas DOUBLE, di_luar_sebelumnya INTEGER, persen_di_luar_sebelumnya DOUBLE);
CREATE TABLE mart.promotion_merit_total(cakupan VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, periode_awal VARCHAR, periode_akhir VARCHAR, kenaikan INTEGER, kenaikan_jabatan INTEGER, dalam_kelompok_promosi INTEGER, di_luar_kelompok_promosi INTEGER, data_tidak_lengkap INTEGER, persen_di_luar DOUBLE, persen_di_luar_bawah DOUBLE, persen_di_luar_atas DOUBLE, di_luar_sebelumnya INTEGER, persen_di_luar_sebelumnya DOUBLE);
CREATE TABLE mart.ikm_unsur(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, unsur VARCHAR, nama_unsur VARCHAR, urutan INTEGER, responden INTEGER, nrr DOUBLE, nrr_tertimbang DOUBLE, ikm_unsur DOUBLE, mutu_unsur VARCHAR, kinerja_pelayanan_unsur VARCHAR, terendah BOOLEAN);
CREATE TABLE mart.sector_outcomes(kode_unit VARCHAR, nama_unit VARCHAR, sektor VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, indikator VARCHAR, nama_indikator VARCHAR, satuan VARCHAR, arah VARCHAR, nilai DOUBLE, target DOUBLE, capaian_persen DOUBLE, memenuhi_target BOOLEAN, periode_sebelumnya VARCHAR, nilai_sebelumnya DOUBLE, perubahan DOUBLE, tren VARCHAR, memburuk_beruntun INTEGER, asal_nilai VARCHAR);
`

// outcomesInserts fill them, and add the columns of mart.performance_service_link
// the sector pages read (after the rows the older tests insert by position).
func outcomesInserts() []string {
	return []string{
		// The hostile unit (kesehatan): its patients wait longer, the second quarter in a row.
		`INSERT INTO mart.sector_outcomes VALUES
		 ('14.72.02','x','kesehatan','14.72','Kota Dumai','2025-Q2','triwulan',DATE '2025-04-01','waktu_tunggu_menit','Waktu tunggu (menit)','menit','turun',40.0,30.0,75.0,false,'2025-Q1',35.0,5.0,'memburuk',1,'sumber'),
		 ('14.72.02','x','kesehatan','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01','waktu_tunggu_menit','Waktu tunggu (menit)','menit','turun',48.0,30.0,62.5,false,'2025-Q2',40.0,8.0,'memburuk',2,'sumber'),
		 ('14.72.02','x','kesehatan','14.72','Kota Dumai','2025-Q2','triwulan',DATE '2025-04-01','pasien_dilayani','Pasien dilayani','orang','naik',3900,3800,102.63,true,NULL,NULL,NULL,NULL,0,'sumber'),
		 ('14.72.02','x','kesehatan','14.72','Kota Dumai','2025-Q3','triwulan',DATE '2025-07-01','pasien_dilayani','Pasien dilayani','orang','naik',3700,3800,97.37,false,'2025-Q2',3900,-200,'memburuk',1,'sumber')`,
		// Promotions: Dumai 12 in 2024 (7 from outside), Subulussalam 3 (1 outside).
		`INSERT INTO mart.promotion_merit_region VALUES
		 ('14.72','Kota Dumai','2024','tahun',DATE '2024-01-01',12,10,5,7,0,58.33,31.95,80.67,NULL,NULL),
		 ('11.75','Kota Subulussalam','2024','tahun',DATE '2024-01-01',3,3,2,1,0,33.33,6.15,79.23,NULL,NULL)`,
		`INSERT INTO mart.promotion_merit_total VALUES
		 ('nasional',NULL,NULL,'2024','tahun',DATE '2024-01-01','2024','2024',15,13,7,8,0,53.33,30.12,75.19,NULL,NULL),
		 ('nasional',NULL,NULL,'semua','semua',DATE '2024-01-01','2024','2024',15,13,7,8,0,53.33,30.12,75.19,NULL,NULL),
		 ('wilayah','14.72','Kota Dumai','semua','semua',DATE '2024-01-01','2024','2024',12,10,5,7,0,58.33,31.95,80.67,NULL,NULL),
		 ('wilayah','11.75','Kota Subulussalam','semua','semua',DATE '2024-01-01','2024','2024',3,3,2,1,0,33.33,6.15,79.23,NULL,NULL)`,
		// mart.ikm's sample (PermenPANRB 14/2017 minimum for the unit's
		// population) and weakest element: 14.72.02 stands on too few.
		`ALTER TABLE mart.ikm ADD COLUMN populasi BIGINT`,
		`ALTER TABLE mart.ikm ADD COLUMN sumber_populasi VARCHAR`,
		`ALTER TABLE mart.ikm ADD COLUMN sampel_minimum INTEGER`,
		`ALTER TABLE mart.ikm ADD COLUMN sampel_cukup BOOLEAN`,
		`ALTER TABLE mart.ikm ADD COLUMN unsur_terendah VARCHAR`,
		`ALTER TABLE mart.ikm ADD COLUMN nama_unsur_terendah VARCHAR`,
		`ALTER TABLE mart.ikm ADD COLUMN nrr_terendah DOUBLE`,
		`UPDATE mart.ikm SET populasi = 1000, sumber_populasi = 'permohonan', sampel_minimum = 278, sampel_cukup = responden >= 278,
		 unsur_terendah = 'pengaduan', nama_unsur_terendah = 'Penanganan pengaduan, saran dan masukan',
		 nrr_terendah = least(nrr_persyaratan, nrr_prosedur, nrr_waktu, nrr_biaya, nrr_produk, nrr_kompetensi, nrr_perilaku, nrr_pengaduan, nrr_sarana)`,
		`UPDATE mart.ikm SET populasi = 60, sumber_populasi = 'indikator:pasien_dilayani', sampel_minimum = 52, sampel_cukup = true
		 WHERE kode_unit = '11.75.01'`,
		// The nine elements of each unit and period, from mart.ikm's nrr.
		`INSERT INTO mart.ikm_unsur
		 SELECT i.kode_unit, i.nama_unit, i.kode_wilayah, i.nama_wilayah, i.periode, i.jenis_periode, i.tanggal_mulai, u.unsur, u.nama, u.urutan,
		        CAST(i.responden AS INTEGER), u.nrr, u.nrr / 9, 25 * u.nrr,
		        CASE WHEN 25 * u.nrr >= 88.31 THEN 'A' WHEN 25 * u.nrr >= 76.61 THEN 'B' WHEN 25 * u.nrr >= 65 THEN 'C' ELSE 'D' END, '',
		        u.nrr = least(nrr_persyaratan, nrr_prosedur, nrr_waktu, nrr_biaya, nrr_produk, nrr_kompetensi, nrr_perilaku, nrr_pengaduan, nrr_sarana)
		 FROM mart.ikm i, (VALUES
		   ('persyaratan', 'Persyaratan', 1), ('prosedur', 'Sistem, mekanisme, dan prosedur', 2), ('waktu', 'Waktu penyelesaian', 3),
		   ('biaya', 'Biaya/tarif', 4), ('produk', 'Produk spesifikasi jenis pelayanan', 5), ('kompetensi', 'Kompetensi pelaksana', 6),
		   ('perilaku', 'Perilaku pelaksana', 7), ('pengaduan', 'Penanganan pengaduan, saran dan masukan', 8), ('sarana', 'Sarana dan prasarana', 9)
		 ) AS v(unsur, nama, urutan), LATERAL (SELECT v.unsur, v.nama, v.urutan, CASE v.unsur WHEN 'persyaratan' THEN nrr_persyaratan
		   WHEN 'prosedur' THEN nrr_prosedur WHEN 'waktu' THEN nrr_waktu WHEN 'biaya' THEN nrr_biaya WHEN 'produk' THEN nrr_produk
		   WHEN 'kompetensi' THEN nrr_kompetensi WHEN 'perilaku' THEN nrr_perilaku WHEN 'pengaduan' THEN nrr_pengaduan ELSE nrr_sarana END AS nrr) AS u`,
		// mart.unit_360's gaps and raters by label: Dukcapil Dumai's people
		// rate themselves 0.40 above their supervisor; only 4 people of
		// 14.72.02 rated themselves (its diri gap is withheld).
		`ALTER TABLE mart.unit_360 ADD COLUMN pegawai_atasan INTEGER`,
		`ALTER TABLE mart.unit_360 ADD COLUMN pegawai_diri INTEGER`,
		`ALTER TABLE mart.unit_360 ADD COLUMN pegawai_rekan INTEGER`,
		`ALTER TABLE mart.unit_360 ADD COLUMN rata_atasan DOUBLE`,
		`ALTER TABLE mart.unit_360 ADD COLUMN rata_diri DOUBLE`,
		`ALTER TABLE mart.unit_360 ADD COLUMN rata_rekan DOUBLE`,
		`ALTER TABLE mart.unit_360 ADD COLUMN selisih_diri_atasan DOUBLE`,
		`ALTER TABLE mart.unit_360 ADD COLUMN selisih_rekan_atasan DOUBLE`,
		`ALTER TABLE mart.unit_360 ADD COLUMN selisih_diri_rekan DOUBLE`,
		`ALTER TABLE mart.unit_360 ADD COLUMN penilai_dinilai_cukup INTEGER`,
		`ALTER TABLE mart.unit_360 ADD COLUMN penilai_ketat INTEGER`,
		`ALTER TABLE mart.unit_360 ADD COLUMN penilai_wajar INTEGER`,
		`UPDATE mart.unit_360 SET pegawai_atasan = 24, pegawai_diri = 20, pegawai_rekan = 18, rata_atasan = 2.2, rata_diri = 2.6, rata_rekan = 2.4,
		 selisih_diri_atasan = 0.4, selisih_rekan_atasan = 0.2, selisih_diri_rekan = 0.2, penilai_dinilai_cukup = 1, penilai_ketat = 0, penilai_wajar = 0
		 WHERE kode_unit = '14.72.01'`,
		`UPDATE mart.unit_360 SET pegawai_atasan = 20, pegawai_diri = 4, pegawai_rekan = 15, rata_atasan = 2.0, rata_diri = 2.5, rata_rekan = 1.9,
		 selisih_diri_atasan = 0.5, selisih_rekan_atasan = -0.1, selisih_diri_rekan = 0.6, penilai_dinilai_cukup = 1, penilai_ketat = 0, penilai_wajar = 1
		 WHERE kode_unit = '14.72.02'`,
		`UPDATE mart.unit_360 SET pegawai_atasan = 3, pegawai_diri = 3, pegawai_rekan = 0, rata_atasan = 2.3, rata_diri = 2.7, rata_rekan = NULL,
		 selisih_diri_atasan = 0.33, selisih_rekan_atasan = NULL, selisih_diri_rekan = NULL, penilai_dinilai_cukup = 1, penilai_ketat = 0, penilai_wajar = 0
		 WHERE kode_unit = '11.75.02'`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN spearman_n INTEGER`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN spearman_bawah DOUBLE`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN spearman_atas DOUBLE`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN terlalu_sedikit_unit BOOLEAN`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN spearman_nilai_ikm DOUBLE`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN indikator_sektor INTEGER`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN capaian_sektor DOUBLE`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN indikator_memenuhi_target INTEGER`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN indikator_memburuk INTEGER`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN memburuk_beruntun_maks INTEGER`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN indikator_memburuk_beruntun VARCHAR`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN capaian_sektor_sebelumnya DOUBLE`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN unit_dibandingkan_sektor INTEGER`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN label_sektor VARCHAR`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN spearman_nilai_sektor DOUBLE`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN spearman_sektor_bawah DOUBLE`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN spearman_sektor_atas DOUBLE`,
		`ALTER TABLE mart.performance_service_link ADD COLUMN terlalu_sedikit_unit_sektor BOOLEAN`,
		// Two units per region: too few for a correlation.
		`UPDATE mart.performance_service_link SET spearman_n = 2, terlalu_sedikit_unit = true, unit_dibandingkan_sektor = 1,
		 terlalu_sedikit_unit_sektor = true`,
		`UPDATE mart.performance_service_link SET indikator_sektor = 2, capaian_sektor = 79.94, indikator_memenuhi_target = 0,
		 indikator_memburuk = 2, memburuk_beruntun_maks = 2, indikator_memburuk_beruntun = 'waktu_tunggu_menit', capaian_sektor_sebelumnya = 88.82,
		 label_sektor = 'selaras' WHERE kode_unit = '14.72.02'`,
	}
}

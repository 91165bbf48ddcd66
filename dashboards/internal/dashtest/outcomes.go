package dashtest

// OutcomesDDL: the marts of what the five regions asked for (issue 13):
// sector outcomes, teams, promotions, the 360 view, IKM per element, the
// employees' responses.
const OutcomesDDL = `
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

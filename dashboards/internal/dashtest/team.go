package dashtest

import "fmt"

// TeamDDL: the marts of the unit page's team and response sections (issue
// 13) and the interval and sample columns the pages read.
const TeamDDL = `
CREATE TABLE mart.unit_team(kode_unit_induk VARCHAR, kode_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, peran VARCHAR, kode_unit VARCHAR, nama_unit VARCHAR, jarak INTEGER, unit_anggota INTEGER, pegawai_dinilai INTEGER, jumlah_sangat_baik INTEGER, persen_sangat_baik DOUBLE, persen_sangat_baik_bawah DOUBLE, persen_sangat_baik_atas DOUBLE, selesai_berbatas BIGINT, tepat_waktu BIGINT, persen_tepat_waktu DOUBLE, persen_tepat_waktu_bawah DOUBLE, persen_tepat_waktu_atas DOUBLE, responden BIGINT, ikm DOUBLE, mutu VARCHAR);
CREATE TABLE mart.appraisal_response_unit(kode_unit VARCHAR, kode_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, pegawai_dinilai INTEGER, ditanggapi INTEGER, setuju INTEGER, keberatan INTEGER, persen_keberatan DOUBLE, persen_keberatan_bawah DOUBLE, persen_keberatan_atas DOUBLE, keberatan_diterima INTEGER, keberatan_ditolak INTEGER, keberatan_proses INTEGER, keberatan_tanpa_hasil INTEGER, persen_keberatan_diterima DOUBLE);
`

// teamInserts: Dukcapil Dumai is a team with the hostile unit under it in
// 2025-Q3 (24 + 20 people); its people answered their appraisals in
// 2025-Q2 and Q3 (Q3: 6 of 24 objected, 2 granted, 3 rejected, 1 being
// decided); the tiny unit's 3 people all objected.
func teamInserts() []string {
	return []string{
		// after the positional inserts of fixture.go
		`ALTER TABLE mart.unit_performance ADD COLUMN persen_sangat_baik_bawah DOUBLE`,
		`ALTER TABLE mart.unit_performance ADD COLUMN persen_sangat_baik_atas DOUBLE`,
		`UPDATE mart.unit_performance SET persen_sangat_baik_bawah = core_wilson_bawah(jumlah_sangat_baik, pegawai_dinilai),
		   persen_sangat_baik_atas = core_wilson_atas(jumlah_sangat_baik, pegawai_dinilai)`,
		// mart.ikm's sample columns come from outcomes.go; here every unit
		// but Subulussalam's serves a population of 120 (Krejcie-Morgan
		// minimum 92), so the hostile unit's 80 respondents are too few.
		`UPDATE mart.ikm SET populasi = 120, sampel_minimum = 92, sampel_cukup = responden >= 92 WHERE kode_unit <> '11.75.01'`,
		fmt.Sprintf(`INSERT INTO mart.unit_team VALUES
		 ('14.72.01','14.72','2025-Q3','triwulan',DATE '2025-07-01','tim','14.72.01','Dinas Kependudukan dan Pencatatan Sipil Kota Dumai',0,2,44,12,27.27,NULL,NULL,590,266,45.08,NULL,NULL,210,72.0,'C'),
		 ('14.72.01','14.72','2025-Q3','triwulan',DATE '2025-07-01','induk','14.72.01','Dinas Kependudukan dan Pencatatan Sipil Kota Dumai',0,1,24,6,25.0,NULL,NULL,590,266,45.08,NULL,NULL,130,79.5,'B'),
		 ('14.72.01','14.72','2025-Q3','triwulan',DATE '2025-07-01','sub_unit','14.72.02',%s,1,1,20,6,30.0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,80,62.5,'D')`, q(Hostile)),
		`UPDATE mart.unit_team SET persen_sangat_baik_bawah = core_wilson_bawah(jumlah_sangat_baik, pegawai_dinilai),
		   persen_sangat_baik_atas = core_wilson_atas(jumlah_sangat_baik, pegawai_dinilai),
		   persen_tepat_waktu_bawah = core_wilson_bawah(tepat_waktu, selesai_berbatas), persen_tepat_waktu_atas = core_wilson_atas(tepat_waktu, selesai_berbatas)`,
		`INSERT INTO mart.appraisal_response_unit VALUES
		 ('14.72.01','14.72','2025-Q2','triwulan',DATE '2025-04-01',20,18,18,0,0.0,NULL,NULL,0,0,0,0,NULL),
		 ('14.72.01','14.72','2025-Q3','triwulan',DATE '2025-07-01',24,20,14,6,25.0,NULL,NULL,2,3,1,0,40.0),
		 ('11.75.02','11.75','2025-Q3','triwulan',DATE '2025-07-01',3,3,0,3,100.0,NULL,NULL,0,3,0,0,0.0)`,
		`UPDATE mart.appraisal_response_unit SET persen_keberatan_bawah = core_wilson_bawah(keberatan, pegawai_dinilai),
		   persen_keberatan_atas = core_wilson_atas(keberatan, pegawai_dinilai)`,
	}
}

// wilsonMacros: the marts' Wilson interval (transform/sql/ref/90_statistik.sql).
const wilsonMacros = `
CREATE OR REPLACE MACRO core_wilson_bawah(k, n) AS
    CASE WHEN n > 0 THEN greatest(0.0, 100.0 * ((k / n + 1.959963984540054 ^ 2 / (2.0 * n))
        - 1.959963984540054 * sqrt((k / n) * (1 - k / n) / n + 1.959963984540054 ^ 2 / (4.0 * n * n))) / (1 + 1.959963984540054 ^ 2 / n)) END;
CREATE OR REPLACE MACRO core_wilson_atas(k, n) AS
    CASE WHEN n > 0 THEN least(100.0, 100.0 * ((k / n + 1.959963984540054 ^ 2 / (2.0 * n))
        + 1.959963984540054 * sqrt((k / n) * (1 - k / n) / n + 1.959963984540054 ^ 2 / (4.0 * n * n))) / (1 + 1.959963984540054 ^ 2 / n)) END;
`

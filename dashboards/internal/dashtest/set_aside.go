package dashtest

// SetAsideDDL: the appraisals the transform set aside (core.appraisal_set_aside,
// transform/sql/core/55_appraisal_set_aside.sql) and their reasons.
const SetAsideDDL = `
CREATE TABLE core.ref_alasan_sisih(alasan VARCHAR, urutan INTEGER, keterangan VARCHAR, keterangan_en VARCHAR);
CREATE TABLE core.appraisal_set_aside(nip VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tahun INTEGER, tanggal_mulai DATE, tanggal_selesai DATE, sumber VARCHAR, nip_penilai VARCHAR, kode_unit VARCHAR, alasan VARCHAR, keterangan VARCHAR, keterangan_en VARCHAR, kode_wilayah VARCHAR, penugasan_pertama DATE, _batch BIGINT, _line BIGINT);
`

// SetAsideNIP is the NIP of a set-aside appraisal: it must never reach a page.
const SetAsideNIP = "198501012010011999"

// Three appraisals set aside: two NIPs in no employees file (region
// unknown), one person assigned in Kota Dumai only after the period.
func setAsideInserts() []string {
	return []string{
		`INSERT INTO core.ref_alasan_sisih VALUES
		 ('nip_tidak_dikenal', 1, 'NIP tidak ada di berkas pegawai mana pun', 'NIP not in any employees file'),
		 ('penugasan_setelah_periode', 2, 'penugasan pegawai baru dimulai setelah periode berakhir', 'assignment starts after the period'),
		 ('unit_tidak_dikenal', 3, 'kode_unit tidak ada di berkas unit mana pun', 'kode_unit not in any units file')`,
		`INSERT INTO core.appraisal_set_aside
		 SELECT nip, '2025', 'tahun', 2025, DATE '2025-01-01', DATE '2025-12-31', 'atasan', NULL, NULL, r.alasan, r.keterangan, r.keterangan_en,
		        wil, mulai, 1, line
		 FROM (VALUES ('` + SetAsideNIP + `', 'nip_tidak_dikenal', NULL, NULL, 7),
		              ('198501012010011998', 'nip_tidak_dikenal', NULL, NULL, 8),
		              ('199501012020011001', 'penugasan_setelah_periode', '14.72', DATE '2026-02-01', 9)) v(nip, alasan, wil, mulai, line)
		 JOIN core.ref_alasan_sisih r USING (alasan)`,
	}
}

-- Why an appraisal is set aside (core.appraisal_set_aside) instead of
-- counted in core.fact_appraisal and the unit marts: it cannot be placed in
-- a known unit. One row per reason code, with what kinerja tells the user in
-- Indonesian (keterangan) and in English (keterangan_en).
CREATE OR REPLACE TABLE core.ref_alasan_sisih AS
SELECT * FROM (VALUES
    ('nip_tidak_dikenal', 1,
     'NIP tidak ada di berkas pegawai mana pun',
     'NIP not in any employees file'),
    ('penugasan_setelah_periode', 2,
     'penugasan pegawai baru dimulai setelah periode berakhir',
     'assignment starts after the period'),
    ('unit_tidak_dikenal', 3,
     'kode_unit tidak ada di berkas unit mana pun',
     'kode_unit not in any units file')
) AS t(alasan, urutan, keterangan, keterangan_en);

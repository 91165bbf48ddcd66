-- Sector outcome indicators the source documents name (DOMAIN.md, "Other
-- sectors report indicators per unit and period"): health (patients served,
-- waiting time, patient satisfaction) and education (teachers' attendance,
-- learning results), keyed by the indikator code as ingest folds it, with the
-- sector, a display name and the direction that is good when a source leaves
-- arah empty (naik = higher is better, turun = lower is better). A source's
-- own arah always wins. mart.sector_outcomes takes these and any other unit
-- indicator whose source gives an arah; add a code here to name it or to
-- give it a direction.
CREATE OR REPLACE TABLE core.ref_indikator_sektor AS
SELECT * FROM (VALUES
    ('pasien_dilayani',     'kesehatan',  'Pasien dilayani',          'naik'),
    ('kunjungan_pasien',    'kesehatan',  'Kunjungan pasien',         'naik'),
    ('kepuasan_pasien',     'kesehatan',  'Kepuasan pasien',          'naik'),
    ('waktu_tunggu',        'kesehatan',  'Waktu tunggu',             'turun'),
    ('waktu_tunggu_menit',  'kesehatan',  'Waktu tunggu (menit)',     'turun'),
    ('kehadiran_guru',      'pendidikan', 'Kehadiran guru',           'naik'),
    ('hasil_belajar',       'pendidikan', 'Hasil belajar',            'naik'),
    ('nilai_rata_rata',     'pendidikan', 'Nilai rata-rata (hasil belajar)', 'naik'),
    ('metode_mengajar',     'pendidikan', 'Metode mengajar',          'naik')
) AS t(indikator, sektor, nama_indikator, arah_baku);

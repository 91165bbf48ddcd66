-- Units of count (satuan, as ingest folds it: lower case, '_' for anything
-- else): an indicator in one of these units is a number of people, things or
-- events, so the values of a complete breakdown add up to its total
-- (laki-laki + perempuan = the population). Indicators in any other unit
-- (persen, rasio, indeks, hari, menit, a mean, no unit at all) do not add up,
-- and mart.indicator_value never sums their breakdown. A count unit missing
-- here only means a region without a total row shows no single value.
CREATE OR REPLACE TABLE core.ref_satuan_jumlah AS
SELECT * FROM (VALUES
    ('jiwa'), ('orang'), ('penduduk'), ('pegawai'), ('pns'), ('asn'), ('pasien'), ('kunjungan'),
    ('kasus'), ('siswa'), ('murid'), ('guru'), ('sekolah'), ('unit'), ('buah'), ('rumah_tangga'),
    ('keluarga'), ('kk'), ('dokumen'), ('berkas'), ('permohonan'), ('kegiatan'), ('bayi'),
    ('balita'), ('kelahiran'), ('kematian'), ('rupiah'), ('rp')
) AS t(satuan);

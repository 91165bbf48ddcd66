-- mart.appraisal_response_unit
-- Grain: one unit x appraisal period (as recorded), every unit and period of
-- mart.unit_performance (units with official appraisals): how the people
-- answered their official (atasan) appraisals (CONTRACT.md tanggapan,
-- hasil_keberatan).
--   pegawai_dinilai: people with an atasan appraisal; ditanggapi: of them,
--     those who responded (setuju or keberatan), persen_ditanggapi the share;
--   setuju, keberatan: who agreed, who objected; persen_keberatan =
--     100 x keberatan / pegawai_dinilai (the share of appraisals objected to;
--     an appraisal without a response counts as not objected to), with
--     its Wilson 95 % interval (persen_keberatan_bawah, _atas: the error
--     bar the unit page draws; core.wilson_bawah);
--   keberatan_diterima, keberatan_ditolak, keberatan_proses: how the
--     objections ended (granted, rejected, being decided), and
--     keberatan_tanpa_hasil: objections with no outcome recorded; the four
--     add up to keberatan;
--   persen_keberatan_diterima = 100 x diterima / (diterima + ditolak): of
--     the decided objections, the share granted (NULL when none decided).
-- A page masks what it shows of a group under 5 people.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.appraisal_response_unit AS
SELECT
    f.kode_unit, u.nama_unit, u.sektor, u.kode_wilayah, r.nama AS nama_wilayah,
    f.periode, f.jenis_periode, f.tanggal_mulai,
    CAST(count(*) AS INTEGER) AS pegawai_dinilai,
    CAST(count(f.tanggapan) AS INTEGER) AS ditanggapi,
    100.0 * count(f.tanggapan) / count(*) AS persen_ditanggapi,
    CAST(count(*) FILTER (WHERE f.tanggapan = 'setuju') AS INTEGER) AS setuju,
    CAST(count(*) FILTER (WHERE f.tanggapan = 'keberatan') AS INTEGER) AS keberatan,
    100.0 * count(*) FILTER (WHERE f.tanggapan = 'keberatan') / count(*) AS persen_keberatan,
    core.wilson_bawah(count(*) FILTER (WHERE f.tanggapan = 'keberatan'), count(*)) AS persen_keberatan_bawah,
    core.wilson_atas(count(*) FILTER (WHERE f.tanggapan = 'keberatan'), count(*)) AS persen_keberatan_atas,
    CAST(count(*) FILTER (WHERE f.tanggapan = 'keberatan' AND f.hasil_keberatan = 'diterima') AS INTEGER) AS keberatan_diterima,
    CAST(count(*) FILTER (WHERE f.tanggapan = 'keberatan' AND f.hasil_keberatan = 'ditolak') AS INTEGER) AS keberatan_ditolak,
    CAST(count(*) FILTER (WHERE f.tanggapan = 'keberatan' AND f.hasil_keberatan = 'proses') AS INTEGER) AS keberatan_proses,
    CAST(count(*) FILTER (WHERE f.tanggapan = 'keberatan' AND f.hasil_keberatan IS NULL) AS INTEGER) AS keberatan_tanpa_hasil,
    100.0 * count(*) FILTER (WHERE f.tanggapan = 'keberatan' AND f.hasil_keberatan = 'diterima')
        / nullif(count(*) FILTER (WHERE f.tanggapan = 'keberatan' AND f.hasil_keberatan IN ('diterima', 'ditolak')), 0) AS persen_keberatan_diterima
FROM core.fact_appraisal f
JOIN core.dim_unit u ON u.kode_unit = f.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
WHERE f.sumber = 'atasan'
GROUP BY ALL;

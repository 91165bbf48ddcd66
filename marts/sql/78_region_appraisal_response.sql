-- mart.region_appraisal_response
-- Grain: one region (kab/kota or province the units belong to) x appraisal
-- period (as recorded) of mart.appraisal_response_unit. How the region's
-- people answered their official (atasan) appraisals: every unit's counts
-- summed (the people of the region, not a mean of units):
--   unit_dinilai: units with a row in mart.appraisal_response_unit;
--   pegawai_dinilai, ditanggapi, setuju, keberatan, keberatan_diterima,
--     keberatan_ditolak, keberatan_proses, keberatan_tanpa_hasil: summed;
--   persen_ditanggapi = 100 x ditanggapi / pegawai_dinilai;
--   persen_keberatan = 100 x keberatan / pegawai_dinilai, with its Wilson
--     95 % interval (persen_keberatan_bawah, _atas; core.wilson_bawah,
--     core.wilson_atas over the summed counts);
--   persen_keberatan_diterima = 100 x diterima / (diterima + ditolak)
--     (NULL when none decided).
-- A unit page draws these when most of the unit's own shares are withheld
-- (groups under 5 people).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.region_appraisal_response AS
WITH s AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, periode, jenis_periode, tanggal_mulai,
        CAST(count(DISTINCT kode_unit) AS INTEGER) AS unit_dinilai,
        CAST(sum(pegawai_dinilai) AS INTEGER) AS pegawai_dinilai,
        CAST(sum(ditanggapi) AS INTEGER) AS ditanggapi,
        CAST(sum(setuju) AS INTEGER) AS setuju,
        CAST(sum(keberatan) AS INTEGER) AS keberatan,
        CAST(sum(keberatan_diterima) AS INTEGER) AS keberatan_diterima,
        CAST(sum(keberatan_ditolak) AS INTEGER) AS keberatan_ditolak,
        CAST(sum(keberatan_proses) AS INTEGER) AS keberatan_proses,
        CAST(sum(keberatan_tanpa_hasil) AS INTEGER) AS keberatan_tanpa_hasil
    FROM mart.appraisal_response_unit
    WHERE tanggal_mulai >= {{start}}
    GROUP BY kode_wilayah, periode, jenis_periode, tanggal_mulai
)
SELECT
    kode_wilayah, nama_wilayah, periode, jenis_periode, tanggal_mulai, unit_dinilai,
    pegawai_dinilai, ditanggapi,
    100.0 * ditanggapi / nullif(pegawai_dinilai, 0) AS persen_ditanggapi,
    setuju, keberatan,
    100.0 * keberatan / nullif(pegawai_dinilai, 0) AS persen_keberatan,
    core.wilson_bawah(keberatan, pegawai_dinilai) AS persen_keberatan_bawah,
    core.wilson_atas(keberatan, pegawai_dinilai) AS persen_keberatan_atas,
    keberatan_diterima, keberatan_ditolak, keberatan_proses, keberatan_tanpa_hasil,
    100.0 * keberatan_diterima / nullif(keberatan_diterima + keberatan_ditolak, 0) AS persen_keberatan_diterima
FROM s;

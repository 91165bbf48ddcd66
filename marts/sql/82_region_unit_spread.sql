-- mart.region_unit_spread
-- Grain: one region (kab/kota or province the units belong to) x period of
-- mart.unit_performance. How the region's units differ in their share of
-- Sangat Baik, over ALL its units with an appraisal in the period (the
-- statistics are computed on full data here; a page masks only what it
-- shows of a group under 5 people, never leaves units out of a statistic):
--   unit_dinilai: units with at least one person appraised;
--   p10/q1/median/q3/p90_persen_sangat_baik: the 10th, 25th, 50th, 75th and
--   90th percentile (interpolated, quantile_cont) of the units'
--   persen_sangat_baik. No minimum or maximum: each is one unit's figure,
--   which may be a group under 5 people.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.region_unit_spread AS
SELECT
    u.kode_wilayah, any_value(u.nama_wilayah) AS nama_wilayah, u.periode, u.jenis_periode, u.tanggal_mulai,
    CAST(count(*) AS INTEGER) AS unit_dinilai,
    quantile_cont(u.persen_sangat_baik, 0.10) AS p10_persen_sangat_baik,
    quantile_cont(u.persen_sangat_baik, 0.25) AS q1_persen_sangat_baik,
    quantile_cont(u.persen_sangat_baik, 0.50) AS median_persen_sangat_baik,
    quantile_cont(u.persen_sangat_baik, 0.75) AS q3_persen_sangat_baik,
    quantile_cont(u.persen_sangat_baik, 0.90) AS p90_persen_sangat_baik
FROM mart.unit_performance u
WHERE u.pegawai_dinilai > 0 AND u.tanggal_mulai >= {{start}}
GROUP BY u.kode_wilayah, u.periode, u.jenis_periode, u.tanggal_mulai;

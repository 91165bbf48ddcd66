-- mart.region_spread
-- Grain: one period (quarter or year) of mart.region_summary. How the
-- regions differ from each other in that period (Beranda's trend of the
-- quartiles when there are too many regions for a line each), over EVERY
-- region of mart.region_summary with the figure, small ones included (the
-- statistics are computed on full data here; a page masks only what it
-- shows of a group under 5 people, never leaves regions out of a
-- statistic):
--   wilayah_sangat_baik: regions with a persen_sangat_baik in the period;
--   q1/median/q3_persen_sangat_baik: the 25th, 50th and 75th percentile
--   (interpolated, quantile_cont) of the regions' persen_sangat_baik;
--   wilayah_ikm, q1/median/q3_ikm: the same over the regions' IKM.
-- No minimum or maximum: each is one region's figure, which may be a group
-- under 5 people.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.region_spread AS
SELECT
    periode, jenis_periode, tanggal_mulai,
    CAST(count(persen_sangat_baik) AS INTEGER) AS wilayah_sangat_baik,
    quantile_cont(persen_sangat_baik, 0.25) AS q1_persen_sangat_baik,
    quantile_cont(persen_sangat_baik, 0.50) AS median_persen_sangat_baik,
    quantile_cont(persen_sangat_baik, 0.75) AS q3_persen_sangat_baik,
    CAST(count(ikm) AS INTEGER) AS wilayah_ikm,
    quantile_cont(ikm, 0.25) AS q1_ikm,
    quantile_cont(ikm, 0.50) AS median_ikm,
    quantile_cont(ikm, 0.75) AS q3_ikm
FROM mart.region_summary
WHERE tanggal_mulai >= {{start}}
GROUP BY periode, jenis_periode, tanggal_mulai;

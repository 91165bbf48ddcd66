-- The suppression rule of docs/DASHBOARDS.md, written again for the
-- page-data test (it does not read dashboards/stat.go): a head count of 1-4
-- people, any figure over fewer than 5 people and any percentage that counts
-- 1-4 people show as '<5'; nothing is ''. Numbers are rounded to the
-- decimals the page shows.
CREATE OR REPLACE TEMP MACRO pd_num(v, nd) AS
    CASE WHEN v IS NULL OR isnan(v::DOUBLE) THEN '' ELSE round(v::DOUBLE, nd)::VARCHAR END;
CREATE OR REPLACE TEMP MACRO pd_people(n) AS
    CASE WHEN n IS NULL THEN '' WHEN n BETWEEN 1 AND 4 THEN '<5' ELSE n::BIGINT::VARCHAR END;
CREATE OR REPLACE TEMP MACRO pd_over(v, n, nd) AS
    CASE WHEN n IS NOT NULL AND n < 5 THEN '<5' ELSE pd_num(v, nd) END;
CREATE OR REPLACE TEMP MACRO pd_pct(v, n, nd) AS
    CASE WHEN n IS NOT NULL AND n < 5 THEN '<5'
         WHEN v IS NULL OR isnan(v::DOUBLE) THEN ''
         WHEN n IS NOT NULL AND round(v * n / 100) BETWEEN 1 AND 4 THEN '<5'
         ELSE round(v::DOUBLE, nd)::VARCHAR END;
CREATE OR REPLACE TEMP MACRO pd_share(part, total, nd) AS
    CASE WHEN total IS NULL THEN ''
         WHEN total < 5 THEN CASE WHEN total > 0 THEN '<5' ELSE '' END
         WHEN part IS NULL THEN ''
         WHEN part BETWEEN 1 AND 4 THEN '<5'
         ELSE round(100.0 * part / total, nd)::VARCHAR END;
-- A figure of the predikat distribution as the marts withhold it
-- (mart.suppression's *_alasan_ditahan): '<5' for a group of 1-4 people,
-- '×' for a secondary mask (pelindung), else v.
CREATE OR REPLACE TEMP MACRO pd_masked(alasan, v) AS
    CASE alasan WHEN 'kelompok_kecil' THEN '<5' WHEN 'pelindung' THEN '×' ELSE v END;
-- The seven BerAKHLAK values, and the people of mart.training_needs rated
-- below expectation per unit, year and value (one name per value in
-- nilai_di_bawah).
CREATE OR REPLACE TEMP MACRO pd_values() AS TABLE
    SELECT * FROM (VALUES ('berorientasi_pelayanan'), ('akuntabel'), ('kompeten'), ('harmonis'), ('loyal'), ('adaptif'), ('kolaboratif')) AS v(nilai);
CREATE OR REPLACE TEMP MACRO pd_below() AS TABLE
    SELECT kode_wilayah, kode_unit, tahun, trim(x) AS nilai, count(*) AS n
    FROM mart.training_needs, unnest(string_split(coalesce(nilai_di_bawah, ''), ',')) AS t(x)
    WHERE trim(x) <> ''
    GROUP BY ALL;

-- Table macros the marts share.
-- request_periods(), survey_periods(): each service request and each survey
-- response once per period it counts in: its year ('2025') and its quarter ('2025-Q3'), with
-- the column periode. The marts aggregate over them. Written as UNION ALL
-- rather than unnest([year, quarter]): DuckDB 1.1 pushes the marts' column
-- choice and filters through the union, and not through the unnest (3.5 M
-- requests grouped by region and period: 2.3 s -> 0.3 s).
CREATE OR REPLACE MACRO core.request_periods() AS TABLE
    SELECT f.*, CAST(year(f.diajukan) AS VARCHAR) AS periode FROM core.fact_service_request f
    UNION ALL
    SELECT f.*, year(f.diajukan) || '-Q' || quarter(f.diajukan) AS periode FROM core.fact_service_request f;

CREATE OR REPLACE MACRO core.survey_periods() AS TABLE
    SELECT s.*, CAST(year(s.tanggal) AS VARCHAR) AS periode FROM core.fact_survey s
    UNION ALL
    SELECT s.*, year(s.tanggal) || '-Q' || quarter(s.tanggal) AS periode FROM core.fact_survey s;

-- Each person's reference appraisal of each year from y on (mart.talent_pool
-- and mart.training_needs, which pass their refresh year, 1 in a full run):
-- the annual atasan appraisal, else the latest atasan appraisal of the year.
-- The window sorts the keys and the rowid only; the winning rows are then
-- taken whole by rowid.
CREATE OR REPLACE MACRO core.reference_appraisals(y) AS TABLE
    WITH winners AS (
        SELECT rid FROM (
            SELECT rowid AS rid,
                   row_number() OVER (PARTITION BY nip, tahun
                                      ORDER BY jenis_periode = 'tahun' DESC, tanggal_selesai DESC, tanggal_mulai) AS rn
            FROM core.fact_appraisal WHERE sumber = 'atasan' AND tahun >= y
        ) WHERE rn = 1
    )
    SELECT * EXCLUDE (rid) FROM (SELECT rowid AS rid, * FROM core.fact_appraisal WHERE tahun >= y) f SEMI JOIN winners USING (rid);

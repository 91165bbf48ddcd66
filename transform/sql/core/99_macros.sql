-- Table macros the marts share.
-- request_periods(), survey_periods(): each service request and each survey
-- response once per period it counts in: its year ('2025'), its semester
-- ('2025-S1': January-June, '2025-S2': July-December) and its quarter
-- ('2025-Q3'), with the column periode. A semester's figures are computed from
-- its own rows (a median over the semester's requests, not a mean of its two
-- quarters' medians). The marts aggregate over them. Written as UNION ALL
-- rather than unnest([year, quarter]): DuckDB 1.1 pushes the marts' column
-- choice and filters through the union, and not through the unnest (3.5 M
-- requests grouped by region and period: 2.3 s -> 0.3 s).
CREATE OR REPLACE MACRO core.request_periods() AS TABLE
    SELECT f.*, CAST(year(f.diajukan) AS VARCHAR) AS periode FROM core.fact_service_request f
    UNION ALL
    SELECT f.*, year(f.diajukan) || '-S' || ((month(f.diajukan) + 5) // 6) AS periode FROM core.fact_service_request f
    UNION ALL
    SELECT f.*, year(f.diajukan) || '-Q' || quarter(f.diajukan) AS periode FROM core.fact_service_request f;

CREATE OR REPLACE MACRO core.survey_periods() AS TABLE
    SELECT s.*, CAST(year(s.tanggal) AS VARCHAR) AS periode FROM core.fact_survey s
    UNION ALL
    SELECT s.*, year(s.tanggal) || '-S' || ((month(s.tanggal) + 5) // 6) AS periode FROM core.fact_survey s
    UNION ALL
    SELECT s.*, year(s.tanggal) || '-Q' || quarter(s.tanggal) AS periode FROM core.fact_survey s;

-- service_stats(level, since): the service figures of every unit
-- (level 'unit') or region (level 'wilayah', over all its requests, not
-- from its units' figures) per period and layanan, from the requests
-- submitted on or after since: requests, completed, rejected, median and p90
-- turnaround of the completed ones, the standard in force for the period's
-- latest request, and % of the completed ones within it. One definition for
-- mart.service_outcomes and mart.region_service.
CREATE OR REPLACE MACRO core.service_stats(level, since) AS TABLE
    SELECT CASE WHEN level = 'unit' THEN f.kode_unit ELSE f.kode_wilayah END AS grp, f.periode, f.layanan,
        count(*) AS permohonan,
        count(*) FILTER (WHERE f.status = 'selesai') AS selesai,
        count(*) FILTER (WHERE f.status = 'ditolak') AS ditolak,
        quantile_cont(f.durasi_jam, 0.5) FILTER (WHERE f.status = 'selesai') AS median_jam,
        quantile_cont(f.durasi_jam, 0.9) FILTER (WHERE f.status = 'selesai') AS p90_jam,
        arg_max(f.batas_jam, f.diajukan) AS batas_jam,
        100.0 * avg(CASE WHEN f.durasi_jam <= f.batas_jam THEN 1 ELSE 0 END)
            FILTER (WHERE f.status = 'selesai' AND f.batas_jam IS NOT NULL) AS persen_tepat_waktu,
        -- the two counts of persen_tepat_waktu (its Wilson interval, roll-ups)
        count(*) FILTER (WHERE f.status = 'selesai' AND f.batas_jam IS NOT NULL AND f.durasi_jam <= f.batas_jam) AS tepat_waktu,
        count(*) FILTER (WHERE f.status = 'selesai' AND f.batas_jam IS NOT NULL) AS selesai_berbatas
    FROM core.request_periods() f
    WHERE (CASE WHEN level = 'unit' THEN f.kode_unit ELSE f.kode_wilayah END) IS NOT NULL
      AND f.diajukan >= since
    GROUP BY ALL;

-- Each person's reference appraisal of each year from y on (mart.talent_pool
-- and mart.training_needs, which pass their refresh year, 1 in a full run):
-- the annual atasan appraisal, else the latest atasan appraisal of the year,
-- computed once in core.reference_appraisal (core/52_reference_appraisal.sql).
CREATE OR REPLACE MACRO core.reference_appraisals(y) AS TABLE
    SELECT * FROM core.reference_appraisal WHERE tahun >= y;

-- core.dim_period: grain = one period code. Every year that any fact touches,
-- with its semesters, quarters and months, each pointing at the period that
-- contains it (periode_induk: month -> quarter -> semester -> year), and the
-- roll-up columns periode_triwulan, periode_semester, periode_tahun: the
-- quarter, semester and year a period lies in (NULL when it is longer), so
-- that any period rolls up with one join.
CREATE OR REPLACE TABLE core.dim_period AS
-- The years come from the raw layer (every loaded row; the staging views'
-- de-duplication cannot add or remove a year of appraisals, indicators or
-- potentials, whose keys include the period), computed once (MATERIALIZED)
-- and not once per use below: at national scale each staging view is a
-- window over tens of millions of rows.
WITH years AS MATERIALIZED (
    SELECT DISTINCT y AS tahun FROM (
        SELECT DISTINCT CAST(left(periode, 4) AS INTEGER) AS y FROM raw.appraisals
        UNION ALL SELECT DISTINCT CAST(left(periode, 4) AS INTEGER) FROM raw.indicators
        UNION ALL SELECT DISTINCT year(diajukan) FROM raw.service_requests
        UNION ALL SELECT DISTINCT year(tanggal) FROM raw.survey_responses
        UNION ALL SELECT DISTINCT year(tanggal_mulai) FROM raw.trainings
        UNION ALL SELECT DISTINCT tahun FROM raw.potentials
    ) WHERE y BETWEEN 1990 AND 2100
),
p AS (
    SELECT CAST(tahun AS VARCHAR) AS periode, 'tahun' AS jenis_periode, tahun,
           make_date(tahun, 1, 1) AS tanggal_mulai, 12 AS bulan_panjang, NULL AS periode_induk
    FROM years
    UNION ALL
    SELECT tahun || '-S' || s, 'semester', tahun, make_date(tahun, (s - 1) * 6 + 1, 1), 6, CAST(tahun AS VARCHAR)
    FROM years, range(1, 3) t(s)
    UNION ALL
    SELECT tahun || '-Q' || q, 'triwulan', tahun, make_date(tahun, (q - 1) * 3 + 1, 1), 3, tahun || '-S' || ((q + 1) // 2)
    FROM years, range(1, 5) t(q)
    UNION ALL
    SELECT tahun || '-' || lpad(CAST(m AS VARCHAR), 2, '0'), 'bulan', tahun, make_date(tahun, m, 1), 1, tahun || '-Q' || ((m + 2) // 3)
    FROM years, range(1, 13) t(m)
)
SELECT periode, jenis_periode, tahun, tanggal_mulai,
       CAST(tanggal_mulai + to_months(bulan_panjang) - INTERVAL 1 DAY AS DATE) AS tanggal_selesai,
       periode_induk,
       CASE WHEN bulan_panjang <= 3 THEN tahun || '-Q' || quarter(tanggal_mulai) END AS periode_triwulan,
       CASE WHEN bulan_panjang <= 6 THEN tahun || '-S' || ((month(tanggal_mulai) + 5) // 6) END AS periode_semester,
       CAST(tahun AS VARCHAR) AS periode_tahun
FROM p;

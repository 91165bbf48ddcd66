-- stg.appraisals: one official (atasan) appraisal per person and period, and
-- one per rater for the other feedback sources; the latest batch wins.
-- The window runs on the key columns and the rowid only, and the winning rows
-- are then taken from raw by rowid: sorting every column of raw.appraisals in
-- the window cost twice as much (5.2 M rows: 4.3 s -> 2.0 s).
-- stg.appraisals_since(y) is the same for the periods of year y on (period
-- codes start with their year, so periode >= '2026' is 2026-Q1 ... and 2026
-- itself): the period is part of the key, so leaving earlier periods out of
-- the window changes no winner. A refresh of core.fact_appraisal reads only
-- these (transform/refresh.go); stg.appraisals is stg.appraisals_since('').
CREATE OR REPLACE MACRO stg.appraisals_since(y) AS TABLE
WITH winners AS (
    SELECT rid FROM (
        SELECT rowid AS rid,
               row_number() OVER (
                   PARTITION BY nip, periode, coalesce(sumber, 'atasan'),
                                CASE WHEN coalesce(sumber, 'atasan') = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END
                   ORDER BY _batch DESC, _line DESC) AS rn
        FROM raw.appraisals
        WHERE coalesce(periode >= y, true)
    ) WHERE rn = 1
)
SELECT * EXCLUDE (rid) REPLACE (coalesce(sumber, 'atasan') AS sumber)
FROM (SELECT rowid AS rid, * FROM raw.appraisals WHERE coalesce(periode >= y, true)) r
SEMI JOIN winners USING (rid);

CREATE OR REPLACE VIEW stg.appraisals AS SELECT * FROM stg.appraisals_since('');

-- stg.appraisals: one official (atasan) appraisal per person and period, and
-- one per rater for the other feedback sources; the latest batch wins.
-- Only the rows whose key occurs more than once go through the
-- de-duplication window: a hash aggregate over the keys' hashes (one
-- UBIGINT per row) finds the hashes seen more than once, every other row is
-- its key's only row and is taken as it is. Rows sharing a hash but not a
-- key (a collision) fall into different window partitions and each stays,
-- so the result is the window's over every row; with no repeated key (a
-- national year: 45 M rows, none repeated) the window and its semi join run
-- on nothing (issue 14). Within the repeated rows the window runs on the
-- key columns and the rowid only, and the winning rows are then taken from
-- raw by rowid: sorting every column of raw.appraisals in the window cost
-- twice as much (5.2 M rows: 4.3 s -> 2.0 s).
-- stg.appraisals_since(y) is the same for the periods of year y on (period
-- codes start with their year, so periode >= '2026' is 2026-Q1 ... and 2026
-- itself): the period is part of the key, so leaving earlier periods out of
-- the window changes no winner. A refresh of core.fact_appraisal reads only
-- these (transform/refresh.go); stg.appraisals is stg.appraisals_since('').
CREATE OR REPLACE MACRO stg.appraisal_key_hash(nip, periode, sumber, nip_penilai) AS
    hash(nip, periode, coalesce(sumber, 'atasan'),
         CASE WHEN coalesce(sumber, 'atasan') = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END);

CREATE OR REPLACE MACRO stg.appraisals_since(y) AS TABLE
WITH repeated AS MATERIALIZED (
    SELECT k FROM (
        SELECT stg.appraisal_key_hash(nip, periode, sumber, nip_penilai) AS k
        FROM raw.appraisals WHERE coalesce(periode >= y, true)
    ) GROUP BY k HAVING count(*) > 1
),
winners AS (
    SELECT rid FROM (
        SELECT rowid AS rid,
               row_number() OVER (
                   PARTITION BY nip, periode, coalesce(sumber, 'atasan'),
                                CASE WHEN coalesce(sumber, 'atasan') = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END
                   ORDER BY _batch DESC, _line DESC) AS rn
        FROM raw.appraisals
        WHERE coalesce(periode >= y, true)
          AND stg.appraisal_key_hash(nip, periode, sumber, nip_penilai) IN (SELECT k FROM repeated)
    ) WHERE rn = 1
)
SELECT * REPLACE (coalesce(sumber, 'atasan') AS sumber)
FROM raw.appraisals
WHERE coalesce(periode >= y, true)
  AND stg.appraisal_key_hash(nip, periode, sumber, nip_penilai) NOT IN (SELECT k FROM repeated)
UNION ALL
SELECT * EXCLUDE (rid) REPLACE (coalesce(sumber, 'atasan') AS sumber)
FROM (SELECT rowid AS rid, * FROM raw.appraisals
      WHERE coalesce(periode >= y, true)
        AND stg.appraisal_key_hash(nip, periode, sumber, nip_penilai) IN (SELECT k FROM repeated)) r
SEMI JOIN winners USING (rid);

CREATE OR REPLACE VIEW stg.appraisals AS SELECT * FROM stg.appraisals_since('');

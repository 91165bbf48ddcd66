-- stg.appraisals: one official (atasan) appraisal per person and period, and
-- one per rater for the other feedback sources; the latest batch wins.
-- The window runs on the key columns and the rowid only, and the winning rows
-- are then taken from raw by rowid: sorting every column of raw.appraisals in
-- the window cost twice as much (5.2 M rows: 4.3 s -> 2.0 s).
CREATE OR REPLACE VIEW stg.appraisals AS
WITH winners AS (
    SELECT rid FROM (
        SELECT rowid AS rid,
               row_number() OVER (
                   PARTITION BY nip, periode, coalesce(sumber, 'atasan'),
                                CASE WHEN coalesce(sumber, 'atasan') = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END
                   ORDER BY _batch DESC, _line DESC) AS rn
        FROM raw.appraisals
    ) WHERE rn = 1
)
SELECT * EXCLUDE (rid) REPLACE (coalesce(sumber, 'atasan') AS sumber)
FROM (SELECT rowid AS rid, * FROM raw.appraisals) r
SEMI JOIN winners USING (rid);

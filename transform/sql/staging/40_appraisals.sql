-- stg.appraisals: one official (atasan) appraisal per person and period, and
-- one per rater for the other feedback sources; the latest batch wins.
CREATE OR REPLACE VIEW stg.appraisals AS
SELECT * EXCLUDE (rn) FROM (
    SELECT * REPLACE (coalesce(sumber, 'atasan') AS sumber),
           row_number() OVER (
               PARTITION BY nip, periode, coalesce(sumber, 'atasan'),
                            CASE WHEN coalesce(sumber, 'atasan') = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END
               ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.appraisals
) WHERE rn = 1;

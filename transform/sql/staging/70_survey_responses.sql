-- stg.survey_responses: one row per respondent of a unit.
CREATE OR REPLACE VIEW stg.survey_responses AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY kode_unit, id_responden ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.survey_responses
) WHERE rn = 1;

-- What changed in the raw layer since the last successful transform:
--   changed: batches loaded since (added) plus batches it read that are gone
--     (replaced by a corrected file);
--   other: how many of those are of a kind the refresh cannot confine to a
--     range of years (anything but the four event kinds): any = full run;
--   start_year: the earliest year any changed row belongs to, old or new:
--     the new rows, the facts built from the gone batches, and the facts a
--     new row supersedes through a key that does not hold the date (a
--     request's id_permohonan, a respondent's kode_unit + id_responden).
--     NULL when the changed batches hold no rows.
WITH prev AS (SELECT batch_id FROM meta.transform_batches),
live AS (SELECT batch_id, kind FROM meta.batches WHERE replaced_by IS NULL),
added AS (SELECT l.batch_id, l.kind FROM live l ANTI JOIN prev p ON p.batch_id = l.batch_id),
gone AS (
    SELECT p.batch_id, b.kind
    FROM prev p LEFT JOIN meta.batches b ON b.batch_id = p.batch_id
    ANTI JOIN live l ON l.batch_id = p.batch_id
),
new_requests AS (SELECT id_permohonan FROM raw.service_requests WHERE _batch IN (SELECT batch_id FROM added)),
new_respondents AS (SELECT kode_unit, id_responden FROM raw.survey_responses WHERE _batch IN (SELECT batch_id FROM added)),
years AS (
    SELECT try_cast(left(periode, 4) AS INTEGER) AS y FROM raw.appraisals WHERE _batch IN (SELECT batch_id FROM added)
    UNION ALL SELECT tahun FROM core.fact_appraisal WHERE _batch IN (SELECT batch_id FROM gone)
    UNION ALL SELECT tahun FROM core.appraisal_set_aside WHERE _batch IN (SELECT batch_id FROM gone)
    UNION ALL SELECT year(diajukan) FROM raw.service_requests WHERE _batch IN (SELECT batch_id FROM added)
    UNION ALL SELECT year(diajukan) FROM core.fact_service_request
              WHERE _batch IN (SELECT batch_id FROM gone) OR id_permohonan IN (SELECT id_permohonan FROM new_requests)
    UNION ALL SELECT year(tanggal) FROM raw.survey_responses WHERE _batch IN (SELECT batch_id FROM added)
    UNION ALL SELECT year(tanggal) FROM core.fact_survey WHERE _batch IN (SELECT batch_id FROM gone)
    UNION ALL SELECT year(s.tanggal) FROM core.fact_survey s SEMI JOIN new_respondents n
              ON n.kode_unit = s.kode_unit AND n.id_responden = s.id_responden
    UNION ALL SELECT year(tanggal_mulai) FROM raw.trainings WHERE _batch IN (SELECT batch_id FROM added)
    UNION ALL SELECT tahun FROM core.fact_training WHERE _batch IN (SELECT batch_id FROM gone)
)
SELECT
    (SELECT count(*) FROM added) + (SELECT count(*) FROM gone) AS changed,
    (SELECT count(*) FROM (SELECT kind FROM added UNION ALL SELECT kind FROM gone)
     WHERE kind IS NULL OR kind NOT IN ('appraisals', 'service_requests', 'survey_responses', 'trainings')) AS other,
    (SELECT min(y) FROM years) AS start_year

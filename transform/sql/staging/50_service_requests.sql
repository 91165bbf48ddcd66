-- stg.service_requests: one row per id_permohonan (the latest batch wins);
-- status derived when absent. As in stg.appraisals, the window sorts the key
-- and the rowid only, and the winners are taken from raw by rowid.
CREATE OR REPLACE VIEW stg.service_requests AS
WITH winners AS (
    SELECT rid FROM (
        SELECT rowid AS rid,
               row_number() OVER (PARTITION BY id_permohonan ORDER BY _batch DESC, _line DESC) AS rn
        FROM raw.service_requests
    ) WHERE rn = 1
)
SELECT * EXCLUDE (rid) REPLACE (
           coalesce(status, CASE WHEN selesai IS NULL THEN 'proses' ELSE 'selesai' END) AS status)
FROM (SELECT rowid AS rid, * FROM raw.service_requests) r
SEMI JOIN winners USING (rid);

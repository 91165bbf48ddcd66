-- stg.service_requests: one row per id_permohonan (the latest batch wins);
-- status derived when absent. As in stg.appraisals, only the ids whose hash
-- occurs more than once go through the window (none in a clean load: 30 M
-- national requests), which sorts the key and the rowid only; the winners
-- are taken from raw by rowid. Ids sharing a hash but not a value fall into
-- different window partitions and each stays.
CREATE OR REPLACE VIEW stg.service_requests AS
WITH repeated AS MATERIALIZED (
    SELECT k FROM (SELECT hash(id_permohonan) AS k FROM raw.service_requests) GROUP BY k HAVING count(*) > 1
),
winners AS (
    SELECT rid FROM (
        SELECT rowid AS rid,
               row_number() OVER (PARTITION BY id_permohonan ORDER BY _batch DESC, _line DESC) AS rn
        FROM raw.service_requests
        WHERE hash(id_permohonan) IN (SELECT k FROM repeated)
    ) WHERE rn = 1
)
SELECT * REPLACE (
           coalesce(status, CASE WHEN selesai IS NULL THEN 'proses' ELSE 'selesai' END) AS status)
FROM raw.service_requests
WHERE hash(id_permohonan) NOT IN (SELECT k FROM repeated)
UNION ALL
SELECT * EXCLUDE (rid) REPLACE (
           coalesce(status, CASE WHEN selesai IS NULL THEN 'proses' ELSE 'selesai' END) AS status)
FROM (SELECT rowid AS rid, * FROM raw.service_requests WHERE hash(id_permohonan) IN (SELECT k FROM repeated)) r
SEMI JOIN winners USING (rid);

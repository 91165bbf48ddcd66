-- stg.service_requests: one row per id_permohonan; status derived when absent.
CREATE OR REPLACE VIEW stg.service_requests AS
SELECT * EXCLUDE (rn) REPLACE (
           coalesce(status, CASE WHEN selesai IS NULL THEN 'proses' ELSE 'selesai' END) AS status)
FROM (
    SELECT *, row_number() OVER (PARTITION BY id_permohonan ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.service_requests
) WHERE rn = 1;

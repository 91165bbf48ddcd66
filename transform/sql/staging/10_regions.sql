-- stg.regions: one row per kode_wilayah (the latest batch wins).
CREATE OR REPLACE VIEW stg.regions AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY kode_wilayah ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.regions
) WHERE rn = 1;

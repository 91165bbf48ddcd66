CREATE OR REPLACE TABLE meta.transform_fingerprint AS SELECT CAST(? AS VARCHAR) AS fingerprint

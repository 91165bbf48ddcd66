-- The incremental refresh's memory of the last successful transform: which
-- batches it read (meta.transform_batches) and the fingerprint of the models
-- and warehouse settings it ran with (meta.transform_fingerprint).
CREATE TABLE IF NOT EXISTS meta.transform_batches (batch_id BIGINT);
CREATE TABLE IF NOT EXISTS meta.transform_fingerprint (fingerprint VARCHAR);

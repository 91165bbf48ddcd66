-- Ingest ledger additions (issue 3).
-- Where in the file a quarantined row was: 'line 12' for CSV and JSON lines,
-- 'Sheet!7' for XLSX, 'record 5' for JSON arrays, Parquet and HTTP pulls.
ALTER TABLE meta.quarantine ADD COLUMN IF NOT EXISTS location VARCHAR;

-- The watermark of each HTTP source: the greatest value of its watermark
-- field seen in the last successful pull. It is written in the same
-- transaction as that pull's batch, so a pull that fails leaves it unchanged.
CREATE TABLE IF NOT EXISTS meta.watermarks (
    source     VARCHAR PRIMARY KEY,
    watermark  VARCHAR NOT NULL,
    batch_id   BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

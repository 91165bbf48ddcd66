-- Runs (issue 11.10): one row per ingest, transform and dashboards run, failed
-- or not, so operators can see what ran, when, how it ended and on how many
-- rows. `kinerja run` and `kinerja demo` leave one row per stage. A failed
-- transform rolls its transaction back; its row is written after, outside it.
-- Timestamps are WIB (UTC+7), as meta.batches.loaded_at.
CREATE SEQUENCE IF NOT EXISTS meta.run_seq START 1;

CREATE TABLE IF NOT EXISTS meta.runs (
    run_id           BIGINT PRIMARY KEY,
    command          VARCHAR NOT NULL,  -- ingest | transform | dashboards
    args             VARCHAR NOT NULL,  -- how it was invoked, URLs' credentials removed
    kinerja_version  VARCHAR NOT NULL,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP NOT NULL,
    status           VARCHAR NOT NULL CHECK (status IN ('ok', 'failed')),
    rows_read        BIGINT,            -- ingest: rows read from the files loaded
    rows_loaded      BIGINT,            -- ingest: rows loaded into raw
    rows_quarantined BIGINT,            -- ingest: rows kept in meta.quarantine
    rows_built       BIGINT,            -- transform: rows in the core and mart tables after it
    pages            BIGINT,            -- dashboards: pages written
    detail           VARCHAR,           -- one line: files, plan and tests, or the site's directory
    error            VARCHAR            -- why it failed (NULL when ok)
);

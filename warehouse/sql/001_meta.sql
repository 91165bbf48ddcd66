-- Schemas of the warehouse and the ledger of loaded batches.
-- raw: normalised source rows, one table per source kind, tagged with their batch
-- stg: staging views over raw (deduplicated, codes crosswalked)
-- core: dimensions and facts
-- mart: one table per question a user asks
-- meta: batches, quarantine, settings
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS stg;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS mart;
CREATE SCHEMA IF NOT EXISTS meta;

-- No longer used: a batch's id is the ledger's last plus one, taken in the
-- transaction that adds it (ingest/sql/ledger_next_id.sql). A sequence can
-- stand behind the ledger after a crash (ingest/batch.go, beginBatch); it is
-- kept only because warehouses already have it.
CREATE SEQUENCE IF NOT EXISTS meta.batch_seq START 1;

-- One row per loaded file. A batch whose source is loaded again with different
-- content is marked replaced (replaced_by) and its raw rows are removed.
CREATE TABLE IF NOT EXISTS meta.batches (
    batch_id         BIGINT PRIMARY KEY,
    source           VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,
    path             VARCHAR NOT NULL,
    format           VARCHAR NOT NULL,
    sha256           VARCHAR NOT NULL,
    rows_read        BIGINT NOT NULL,
    rows_loaded      BIGINT NOT NULL,
    rows_quarantined BIGINT NOT NULL,
    loaded_at        TIMESTAMP NOT NULL,
    replaced_by      BIGINT
);

-- Rows that broke the input contract: kept with where they came from and why.
CREATE TABLE IF NOT EXISTS meta.quarantine (
    batch_id BIGINT NOT NULL,
    source   VARCHAR NOT NULL,
    path     VARCHAR NOT NULL,
    line     BIGINT,
    field    VARCHAR,
    reason   VARCHAR NOT NULL,
    raw      VARCHAR
);

CREATE TABLE IF NOT EXISTS meta.settings (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- A random salt for the pseudonyms (id_penilai) published instead of NIPs.
INSERT INTO meta.settings
SELECT 'pseudonym_salt', CAST(gen_random_uuid() AS VARCHAR)
WHERE NOT EXISTS (SELECT 1 FROM meta.settings WHERE key = 'pseudonym_salt');

-- Transform runs: when the marts were last rebuilt.
CREATE TABLE IF NOT EXISTS meta.transform_runs (
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NOT NULL,
    models      INTEGER NOT NULL
);

-- Whether a warehouse's batch ledger has read_options (003_identity.sql).
SELECT count(*) > 0 FROM information_schema.columns
WHERE table_schema = 'meta' AND table_name = 'batches' AND column_name = 'read_options';

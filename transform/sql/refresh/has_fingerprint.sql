-- Whether a transform ever finished here (state.sql creates the table).
SELECT count(*) > 0 FROM information_schema.tables
WHERE table_schema = 'meta' AND table_name = 'transform_fingerprint'

-- Whether the warehouse has meta.runs (a read-only open does not migrate: a
-- warehouse no writer opened since 004_runs.sql has none).
SELECT count(*) FROM information_schema.tables WHERE table_schema = 'meta' AND table_name = 'runs'

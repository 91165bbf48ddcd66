-- Records one run (meta.runs) and returns its id. Parameters: command, args,
-- version, started_at, finished_at, status, rows_read, rows_loaded,
-- rows_quarantined, rows_built, pages, detail, error.
INSERT INTO meta.runs
VALUES (nextval('meta.run_seq'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
RETURNING run_id

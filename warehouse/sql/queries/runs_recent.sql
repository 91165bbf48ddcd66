-- The latest runs, newest first. Parameters: only failed runs (boolean), the
-- command ('' = every command), the most rows.
SELECT run_id, command, args, kinerja_version, started_at, finished_at, status,
       rows_read, rows_loaded, rows_quarantined, rows_built, pages,
       coalesce(detail, ''), coalesce(error, '')
FROM meta.runs
WHERE (NOT $1 OR status = 'failed') AND ($2 = '' OR command = $2)
ORDER BY run_id DESC
LIMIT $3

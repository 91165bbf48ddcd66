-- Quarantined rows in file order. Parameters: the batch id (0 = every
-- batch), the most rows to list.
SELECT batch_id, source, path, coalesce(location, 'line ' || line, ''), coalesce(field, ''), reason, coalesce(raw, '')
FROM meta.quarantine
WHERE $1 = 0 OR batch_id = $1
ORDER BY batch_id, line, field
LIMIT $2;

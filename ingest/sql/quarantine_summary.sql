-- Quarantined rows counted by batch, field and reason, with where the first
-- of them is. Parameter: the batch id, or 0 for every batch.
SELECT q.batch_id, q.source, q.path, coalesce(q.field, ''), q.reason, count(*) AS rows,
       b.replaced_by IS NOT NULL AS replaced,
       coalesce(arg_min(coalesce(q.location, 'line ' || q.line), q.line), '') AS first
FROM meta.quarantine q
LEFT JOIN meta.batches b USING (batch_id)
WHERE $1 = 0 OR q.batch_id = $1
GROUP BY ALL
ORDER BY q.batch_id, rows DESC, 4, 5;

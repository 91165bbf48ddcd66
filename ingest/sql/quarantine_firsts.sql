-- A batch's quarantined rows by field and reason, with the first row of
-- each (its line and location), most frequent first. Parameter: the batch id.
SELECT coalesce(field, '') AS field, reason, count(*) AS rows,
       coalesce(min(line), 0) AS line,
       coalesce(arg_min(coalesce(location, 'line ' || line), line), '') AS location
FROM meta.quarantine
WHERE batch_id = $1
GROUP BY ALL
ORDER BY rows DESC, field, reason

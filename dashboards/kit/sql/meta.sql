-- Footer: freshness of the warehouse (loaded_at is WIB) and the number of
-- source batches in force (replaced batches do not count).
SELECT strftime(max(loaded_at), '%Y-%m-%d %H:%M') || ' WIB' AS data_per, count(DISTINCT batch_id) AS batches
FROM meta.batches
WHERE replaced_by IS NULL;

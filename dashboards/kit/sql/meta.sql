-- Footer: freshness of the warehouse (loaded_at is WIB), the number of
-- source batches in force (replaced batches do not count) and the kinds of
-- source they hold (the printed page names them as its data sources).
SELECT strftime(max(loaded_at), '%Y-%m-%d %H:%M') || ' WIB' AS data_per,
       count(DISTINCT batch_id) AS batches,
       coalesce(string_agg(DISTINCT kind, ',' ORDER BY kind), '') AS kinds
FROM meta.batches
WHERE replaced_by IS NULL;

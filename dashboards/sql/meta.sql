-- Footer: freshness of the warehouse and number of source batches.
SELECT CAST(max(loaded_at) AS VARCHAR) AS data_per, count(DISTINCT batch_id) AS batches
FROM meta.batches;

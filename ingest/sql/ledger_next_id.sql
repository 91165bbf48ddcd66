-- The id the next batch gets after the ledger's last one.
SELECT coalesce(max(batch_id), 0) + 1 FROM meta.batches;

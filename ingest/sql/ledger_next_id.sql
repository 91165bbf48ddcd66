-- The id of a new batch: the ledger's last plus one, read in the transaction
-- that adds the batch, under the ledger lock (beginBatch in batch.go).
SELECT coalesce(max(batch_id), 0) + 1 FROM meta.batches;

-- The batch ledger, every column; the last one is read_options, or '' for a
-- ledger from before that column (filled in by copyLedger).
SELECT batch_id, source, kind, path, format, sha256, rows_read, rows_loaded, rows_quarantined,
    loaded_at, replaced_by, %s
FROM meta.batches ORDER BY batch_id;

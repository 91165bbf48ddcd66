-- A new batch in the ledger.
INSERT INTO meta.batches (batch_id, source, kind, path, format, sha256, rows_read, rows_loaded,
    rows_quarantined, loaded_at, replaced_by, read_options)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?);

-- Rows read by the live batches of a source (?1 source, ?2 kind): what a new
-- batch of that source would replace.
SELECT coalesce(sum(rows_read), 0) FROM meta.batches
WHERE source = ? AND kind = ? AND replaced_by IS NULL;

-- The live batch with the same content and kind, read the same way (?1 kind,
-- ?2 sha256, ?3 read options; NULL from before the column = defaults).
SELECT batch_id FROM meta.batches
WHERE kind = ? AND sha256 = ? AND coalesce(read_options, '') = ? AND replaced_by IS NULL
ORDER BY batch_id DESC LIMIT 1;

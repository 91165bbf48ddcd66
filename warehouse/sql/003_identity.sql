-- Batch identity (issue 11.2): how a file was read, besides its content and
-- kind. A file read again with another sheet, mapping, encoding, header row,
-- delimiter or zero_is_value is another batch. '' (and NULL, for batches
-- loaded before this column) means every option at its default.
ALTER TABLE meta.batches ADD COLUMN IF NOT EXISTS read_options VARCHAR;

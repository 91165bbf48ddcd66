-- Indicators carry a kategori (issue 11, point 13): the breakdown a value
-- belongs to (NULL = the total). A warehouse whose raw.indicators was made
-- before gets the column, NULL on the rows it holds (an open-data source
-- loaded then keeps its categories folded into indikator until it is loaded
-- again with --force). A new warehouse gets raw.indicators, with kategori,
-- from ingest.Prepare.
ALTER TABLE IF EXISTS raw.indicators ADD COLUMN IF NOT EXISTS kategori VARCHAR;

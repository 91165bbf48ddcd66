-- Set for the insert of a batch's clean rows into raw.<kind> only (and reset
-- after): raw rows carry _batch and _line, their physical order means nothing,
-- and DuckDB then writes the insert in parallel rather than in scan order.
-- Not for the landing tables: there the rowid is the row's line.
SET preserve_insertion_order = false;

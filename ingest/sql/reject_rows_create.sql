-- Rows a reader could not split into fields, at their physical line; the
-- batch quarantines them (commitBatch). CSV fills it from DuckDB's rejects
-- (csv_lines_map.sql), NDJSON from the lines that are not one JSON object.
CREATE OR REPLACE TEMP TABLE kn_reject_rows (line BIGINT, reason VARCHAR, raw VARCHAR);

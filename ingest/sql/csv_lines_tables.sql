-- Line accounting of a CSV batch (see csvLineMap): the logical lines DuckDB
-- skipped (blank or rejected) and where quoted newlines push lines down.
CREATE OR REPLACE TEMP TABLE kn_skip (logical BIGINT);
CREATE OR REPLACE TEMP TABLE kn_breaks (logical BIGINT, extra BIGINT);

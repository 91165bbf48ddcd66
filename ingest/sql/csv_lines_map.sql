-- Line accounting of a CSV batch (see csvLineMap). kn_skip holds the blank
-- logical lines, kn_breaks where quoted newlines push lines down; DuckDB's
-- rejects (kn_rejects, numbered by logical line) are skipped too.
INSERT INTO kn_skip SELECT DISTINCT line FROM kn_rejects;

-- The rows DuckDB could not split, at their physical line. The reason is
-- in the user's words and names no line, so that the rows of one cause
-- share one reason ("expected 12 columns, found 11"): the quarantine summary
-- and the ingest output show it once with a count and the first line.
CREATE OR REPLACE TEMP TABLE kn_reject_rows AS
SELECT r.line + coalesce(b.extra, 0) AS line, r.reason, r.raw
FROM (
    -- DuckDB may report a short line once per missing column ("found 2",
    -- "found 3"), and does so or not from run to run: the line's own field
    -- count is the fewest found (the most, for too many columns).
    SELECT line,
        'cannot split the line into fields: ' || string_agg(DISTINCT coalesce(
            CASE WHEN kind = 'MISSING COLUMNS' THEN 'expected ' || expected || ' columns, found ' || min_found
                 WHEN kind = 'TOO MANY COLUMNS' THEN 'expected ' || expected || ' columns, found ' || max_found END,
            phrase), '; ') AS reason,
        ltrim(any_value(csv_line), chr(13) || chr(10)) AS raw
    FROM (
        SELECT *,
            min(found) OVER (PARTITION BY line, kind) AS min_found,
            max(found) OVER (PARTITION BY line, kind) AS max_found
        FROM (
            SELECT line, csv_line,
                CASE WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')
                          AND regexp_matches(error_message, 'Expected Number of Columns: \d+ Found: \d+')
                     THEN error_type END AS kind,
                regexp_extract(error_message, 'Expected Number of Columns: (\d+)', 1) AS expected,
                TRY_CAST(regexp_extract(error_message, 'Found: (\d+)', 1) AS INTEGER) AS found,
                CASE
                    WHEN error_type = 'INVALID ENCODING' THEN 'the text is not valid UTF-8 (give --encoding windows-1252?)'
                    WHEN error_type = 'UNQUOTED VALUE' THEN 'a quote (") inside a value that is not quoted'
                    WHEN error_type = 'LINE SIZE OVER MAXIMUM' THEN 'the line is longer than the largest line DuckDB reads'
                    ELSE lower(error_type) || ': ' || error_message
                END AS phrase
            FROM kn_rejects
        )
    )
    GROUP BY line
) r ASOF LEFT JOIN kn_breaks b ON r.line > b.logical;

-- Every row of kn_src with its physical line (kn__line): the rows DuckDB kept
-- are the logical lines %[2]d..%[1]d (under the header) not in kn_skip, in order.
CREATE OR REPLACE TEMP TABLE kn_lines AS
WITH kept AS (
    SELECT row_number() OVER (ORDER BY l) - 1 AS rid, l AS logical
    FROM range(%[2]d, %[1]d + 1) t(l)
    WHERE l NOT IN (SELECT logical FROM kn_skip)
)
SELECT k.rid, k.logical + coalesce(b.extra, 0) AS line
FROM kept k ASOF LEFT JOIN kn_breaks b ON k.logical > b.logical;

CREATE OR REPLACE TEMP VIEW kn_src_lines AS
SELECT s.*, ln.line AS kn__line
FROM (SELECT rowid AS kn__rid, * FROM kn_src) s JOIN kn_lines ln ON ln.rid = s.kn__rid;

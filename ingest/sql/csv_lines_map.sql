-- Line accounting of a CSV batch (see csvLineMap). kn_skip holds the blank
-- logical lines, kn_breaks where quoted newlines push lines down; DuckDB's
-- rejects (kn_rejects, numbered by logical line) are skipped too.
INSERT INTO kn_skip SELECT DISTINCT line FROM kn_rejects;

-- The rows DuckDB could not split, at their physical line.
CREATE OR REPLACE TEMP TABLE kn_reject_rows AS
SELECT r.line + coalesce(b.extra, 0) AS line, r.reason, r.raw
FROM (
    SELECT line,
        'cannot split the line into fields: ' || string_agg(DISTINCT error_type || ': ' || error_message, '; ') AS reason,
        ltrim(any_value(csv_line), chr(13) || chr(10)) AS raw
    FROM kn_rejects GROUP BY line
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

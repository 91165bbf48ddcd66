-- kn_dup: the rows of a batch whose key an earlier line of the same file
-- already has, with the problem they are quarantined with (normalize.sql.tmpl
-- joins it): a row identical to the first one with its key ('identical to
-- line N: loaded once'), or a different row ('duplicate <key> in the same
-- file'). %[1]s: the field the problem names; %[2]s: the key in words; %[3]s:
-- the key columns, trimmed; %[4]s: all of them present; %[5]s: the whole row
-- as text.
CREATE OR REPLACE TEMP TABLE kn_dup AS
SELECT _line,
    '%[1]s' || chr(31) || CASE
        WHEN identical THEN 'identical to line ' || first_line || ': loaded once'
        ELSE 'duplicate %[2]s in the same file (first on line ' || first_line || ')'
    END AS problem
FROM (
    SELECT _line,
        first_value(_line) OVER w AS first_line,
        row_number() OVER w AS rn,
        first_value(%[5]s) OVER w = %[5]s AS identical
    FROM kn_landing
    WHERE %[4]s
    WINDOW w AS (PARTITION BY %[3]s ORDER BY _line)
)
WHERE rn > 1;

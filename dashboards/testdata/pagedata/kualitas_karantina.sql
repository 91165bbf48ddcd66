-- kualitas.html "Alasan karantina": a bar per source, field and reason of
-- meta.quarantine with its rows, labelled "<source> · <field>"; bars that
-- share a label are joined with "+" in the order the chart draws them
-- (bottom up: fewest rows first). The CSV's reasons are masked as the page
-- masks them: quoted values and runs of 6 or more digits become "…".
WITH q AS (SELECT source, coalesce(field, '') AS field, reason, count(*) AS n FROM meta.quarantine GROUP BY ALL)
SELECT 'chart' AS target, 'kualitas.html' AS page, '' AS variant, source || ' · ' || field AS k, '0' AS s,
       string_agg(n::VARCHAR, '+' ORDER BY n, reason DESC) AS v
FROM q GROUP BY source, field
UNION ALL
SELECT 'csv', 'data/kualitas_karantina.csv', '',
       source || '|' || field || '|' || regexp_replace(regexp_replace(reason, '''[^'']*''', '''…''', 'g'), '[0-9]{6,}', '…', 'g'),
       'rows', n::VARCHAR
FROM q;

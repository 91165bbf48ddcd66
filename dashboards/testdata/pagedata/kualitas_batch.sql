-- kualitas.html "Batch sumber": per source batch (label "#<id> <source>")
-- its rows loaded (series 0) and quarantined (1) on a log axis, where 0
-- has no bar (mart.data_quality's 'semua' row of the batch).
WITH b AS (SELECT * FROM mart.data_quality WHERE periode = 'semua')
SELECT 'chart' AS target, 'kualitas.html' AS page, '' AS variant, '#' || batch_id || ' ' || source AS k, x.s,
       CASE WHEN x.n > 0 THEN x.n::VARCHAR ELSE '' END AS v
FROM (SELECT *, unnest([{s: '0', n: baris_dimuat}, {s: '1', n: baris_karantina}]) AS x FROM b)
UNION ALL
SELECT 'csv', 'data/kualitas_batch.csv', '', batch_id::VARCHAR, x.c, x.v
FROM (SELECT *, unnest([{c: 'baris_dibaca', v: pd_num(baris_dibaca, 0)}, {c: 'baris_dimuat', v: pd_num(baris_dimuat, 0)},
                        {c: 'baris_karantina', v: pd_num(baris_karantina, 0)}]) AS x FROM b);

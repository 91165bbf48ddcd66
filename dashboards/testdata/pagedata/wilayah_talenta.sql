-- wilayah/<kode>.html "9-box per unit · <year>": per unit a stacked bar of
-- its promotion pool (boxes 7-9, series 0) and boxes 1-6 (series 1,
-- "<5" when 1-4 people, withheld, "×", when any of those boxes is 1-4
-- people: the bar would be their sum, itself not a group of 1-4); the
-- table and CSV every box (mart.talent_pool, counts only; no box = an
-- incomplete appraisal, tanpa_kotak).
WITH c AS (
    SELECT kode_unit, any_value(nama_unit) AS nama_unit, kode_wilayah, tahun,
           count(*) FILTER (kotak_9 IS NULL) AS b0,
           count(*) FILTER (kotak_9 = 1) AS b1, count(*) FILTER (kotak_9 = 2) AS b2, count(*) FILTER (kotak_9 = 3) AS b3,
           count(*) FILTER (kotak_9 = 4) AS b4, count(*) FILTER (kotak_9 = 5) AS b5, count(*) FILTER (kotak_9 = 6) AS b6,
           count(*) FILTER (kotak_9 = 7) AS b7, count(*) FILTER (kotak_9 = 8) AS b8, count(*) FILTER (kotak_9 = 9) AS b9,
           count(*) AS total
    FROM mart.talent_pool
    GROUP BY kode_unit, kode_wilayah, tahun
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, tahun::VARCHAR AS variant, nama_unit AS k, x.s, x.v
FROM (SELECT *, unnest([
        {s: '0', v: pd_people(b7 + b8 + b9)},
        {s: '1', v: CASE WHEN b1 + b2 + b3 + b4 + b5 + b6 BETWEEN 1 AND 4 THEN '<5'
                         WHEN list_bool_or([b BETWEEN 1 AND 4 FOR b IN [b1, b2, b3, b4, b5, b6]]) THEN '×'
                         ELSE (b1 + b2 + b3 + b4 + b5 + b6)::VARCHAR END}]) AS x FROM c)
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_talenta_unit.csv', '', tahun || '|' || kode_unit, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'kotak_1', v: pd_people(b1)}, {c: 'kotak_2', v: pd_people(b2)}, {c: 'kotak_3', v: pd_people(b3)},
        {c: 'kotak_4', v: pd_people(b4)}, {c: 'kotak_5', v: pd_people(b5)}, {c: 'kotak_6', v: pd_people(b6)},
        {c: 'kotak_7', v: pd_people(b7)}, {c: 'kotak_8', v: pd_people(b8)}, {c: 'kotak_9', v: pd_people(b9)},
        {c: 'tanpa_kotak', v: pd_people(b0)}, {c: 'kelompok_promosi', v: pd_people(b7 + b8 + b9)},
        {c: 'pegawai', v: pd_people(total)}]) AS x FROM c);

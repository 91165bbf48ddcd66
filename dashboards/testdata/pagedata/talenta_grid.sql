-- talenta.html "9-box semua wilayah · <year>": the people in each box of
-- the 9-box grid, every region (mart.talent_pool, counts only); the chart's
-- cells are keyed by their box ("kotak_<n>", from the cell's name).
SELECT 'chart' AS target, 'talenta.html' AS page, y.tahun::VARCHAR AS variant, 'kotak_' || b AS k, '0' AS s,
       pd_people(count(t.kotak_9)) AS v
FROM (SELECT DISTINCT tahun FROM mart.talent_pool) y CROSS JOIN range(1, 10) AS r(b)
LEFT JOIN mart.talent_pool t ON t.tahun = y.tahun AND t.kotak_9 = r.b
GROUP BY y.tahun, b;

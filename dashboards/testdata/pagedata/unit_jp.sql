-- unit/<kode>.html "% < 20 JP": per year the share of the unit's people
-- with fewer than 20 JP of training (mart.training_compliance).
WITH u AS (SELECT *, pd_pct(persen_kurang_20_jp, pegawai, 1) AS p FROM mart.training_compliance)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, tahun::VARCHAR AS k, '0' AS s, p AS v
FROM u
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_jp.csv', '', kode_unit || '|' || tahun, x.c, x.v
FROM (SELECT *, unnest([{c: 'pegawai', v: pd_people(pegawai)}, {c: 'pegawai_kurang_20_jp', v: pd_people(pegawai_kurang_20_jp)},
                        {c: 'persen_kurang_20_jp', v: p}]) AS x FROM u);

-- unit/<kode>.html "IKM per unsur pelayanan · <periode>": for each IKM
-- year, semester and quarter of the unit (the period selector's) the nine
-- elements' scores on the IKM scale (25 x nrr, mart.ikm_unsur), one bar
-- per element named as on the Indonesian page (nama_unsur). A survey
-- score is not a figure about the unit's people: nothing is masked. The
-- CSV adds the mean score and which element is the weakest.
WITH r AS (
    SELECT *, CASE jenis_periode WHEN 'triwulan' THEN 0 WHEN 'semester' THEN 1 WHEN 'tahun' THEN 2 WHEN 'bulan' THEN 3 END AS rk
    FROM mart.ikm_unsur
),
t AS (
    SELECT * FROM r WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, periode AS variant, nama_unsur AS k, '0' AS s, pd_num(ikm_unsur, 2) AS v
FROM t
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_ikm_unsur.csv', '', kode_unit || '|' || periode || '|' || unsur, x.c, x.v
FROM (SELECT *, unnest([{c: 'nrr', v: pd_num(nrr, 2)}, {c: 'ikm_unsur', v: pd_num(ikm_unsur, 2)},
                        {c: 'terendah', v: CASE WHEN terendah THEN 'true' ELSE 'false' END}]) AS x FROM t);

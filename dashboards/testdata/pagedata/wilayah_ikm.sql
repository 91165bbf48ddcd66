-- wilayah/<kode>.html "IKM per unit dan mutu A–D · <quarter>": each unit's
-- IKM per quarter (mart.ikm), and in the table and CSV its respondents and
-- mutu. IKM is a survey score, not a figure about the unit's people: it is
-- not masked.
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, periode AS variant, nama_unit AS k, '0' AS s,
       pd_num(ikm, 2) AS v
FROM mart.ikm WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_ikm.csv', '', periode || '|' || kode_unit, x.c, x.v
FROM (SELECT *, unnest([{c: 'responden', v: pd_num(responden, 0)}, {c: 'ikm', v: pd_num(ikm, 2)}, {c: 'mutu', v: coalesce(mutu, '')}]) AS x
      FROM mart.ikm WHERE jenis_periode IN ('triwulan', 'semester', 'tahun'));

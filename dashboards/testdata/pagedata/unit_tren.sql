-- unit/<kode>.html "Tren % Sangat Baik dan IKM": per quarter with either
-- figure the unit's % Sangat Baik (series 0, mart.unit_performance) and IKM
-- (series 1, mart.ikm).
WITH p AS (SELECT * FROM mart.unit_performance WHERE jenis_periode = 'triwulan'),
     i AS (SELECT * FROM mart.ikm WHERE jenis_periode = 'triwulan'),
     t AS (
    SELECT coalesce(p.kode_unit, i.kode_unit) AS kode_unit, coalesce(p.kode_wilayah, i.kode_wilayah) AS kode_wilayah,
           coalesce(p.periode, i.periode) AS periode,
           pd_masked(p.sangat_baik_alasan_ditahan, pd_pct(p.persen_sangat_baik, p.pegawai_dinilai, 1)) AS sb, pd_num(i.ikm, 2) AS ikm
    FROM p FULL JOIN i ON p.kode_unit = i.kode_unit AND p.periode = i.periode
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, periode AS k, x.s, x.v
FROM (SELECT *, unnest([{s: '0', v: sb}, {s: '1', v: ikm}]) AS x FROM t)
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_tren.csv', '', kode_unit || '|' || periode, x.c, x.v
FROM (SELECT *, unnest([{c: 'persen_sangat_baik', v: sb}, {c: 'ikm', v: ikm}]) AS x FROM t);

-- kualitas.html "Cakupan penilaian per periode": per quarter the % of the
-- employees with an appraisal (mart.data_quality, the same on every batch
-- row of the period).
WITH c AS (
    SELECT periode, max(pegawai) AS pegawai, max(pegawai_dinilai) AS dinilai, max(cakupan_persen) AS cakupan
    FROM mart.data_quality
    WHERE periode <> 'semua' AND jenis_periode = 'triwulan' AND pegawai IS NOT NULL
    GROUP BY periode
)
SELECT 'chart' AS target, 'kualitas.html' AS page, '' AS variant, periode AS k, '0' AS s, pd_pct(cakupan, pegawai, 1) AS v FROM c
UNION ALL
SELECT 'csv', 'data/kualitas_cakupan.csv', '', periode, x.c, x.v
FROM (SELECT *, unnest([{c: 'pegawai', v: pd_people(pegawai)}, {c: 'pegawai_dinilai', v: pd_people(dinilai)},
                        {c: 'cakupan_persen', v: pd_pct(cakupan, pegawai, 1)}]) AS x FROM c);

-- unit/<kode>.html "% penilaian yang diajukan keberatan (IK 95 %)": per
-- quarter of mart.appraisal_response_unit the share objected to (series
-- 0) and its Wilson interval (0.bawah, 0.atas) where the share is shown;
-- the table's counts with the page rule (a count of 1-4 people '<5').
WITH r AS (
    SELECT *, pd_pct(persen_keberatan, pegawai_dinilai, 1) AS pk
    FROM mart.appraisal_response_unit WHERE jenis_periode = 'triwulan'
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, periode AS k, '0' AS s, pk AS v FROM r
UNION ALL
SELECT 'chart', 'unit/' || kode_unit || '.html', '', periode, '0.bawah', pd_num(persen_keberatan_bawah, 1) FROM r WHERE pk NOT IN ('', '<5')
UNION ALL
SELECT 'chart', 'unit/' || kode_unit || '.html', '', periode, '0.atas', pd_num(persen_keberatan_atas, 1) FROM r WHERE pk NOT IN ('', '<5')
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_tanggapan.csv', '', kode_unit || '|' || periode, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'pegawai_dinilai', v: pd_people(pegawai_dinilai)},
        {c: 'persen_keberatan', v: pk}]) AS x
      FROM r);

-- unit/<kode>.html "Selisih terhadap atasan": per period of the unit's
-- preferred kind (quarters when it has any) the mean gap diri - atasan
-- (series 0) and rekan - atasan (series 1) of mart.unit_360, each withheld
-- when it is a mean over fewer than 5 people (pegawai_diri, pegawai_rekan).
-- The CSV adds the people and the mean score of each source.
WITH r AS (
    SELECT *, CASE jenis_periode WHEN 'triwulan' THEN 0 WHEN 'semester' THEN 1 WHEN 'tahun' THEN 2 WHEN 'bulan' THEN 3 END AS rk
    FROM mart.unit_360
),
t AS (
    SELECT * FROM r QUALIFY rk = min(rk) OVER (PARTITION BY kode_unit)
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, periode AS k, x.s, x.v
FROM (SELECT *, unnest([{s: '0', v: pd_over(selisih_diri_atasan, pegawai_diri, 2)},
                        {s: '1', v: pd_over(selisih_rekan_atasan, pegawai_rekan, 2)}]) AS x FROM t)
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_360.csv', '', kode_unit || '|' || periode, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'pegawai_atasan', v: pd_people(pegawai_atasan)}, {c: 'pegawai_diri', v: pd_people(pegawai_diri)},
        {c: 'pegawai_rekan', v: pd_people(pegawai_rekan)}, {c: 'rata_atasan', v: pd_over(rata_atasan, pegawai_atasan, 2)},
        {c: 'rata_diri', v: pd_over(rata_diri, pegawai_diri, 2)}, {c: 'rata_rekan', v: pd_over(rata_rekan, pegawai_rekan, 2)},
        {c: 'selisih_diri_atasan', v: pd_over(selisih_diri_atasan, pegawai_diri, 2)},
        {c: 'selisih_rekan_atasan', v: pd_over(selisih_rekan_atasan, pegawai_rekan, 2)}]) AS x FROM t);

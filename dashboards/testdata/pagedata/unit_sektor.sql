-- unit/<kode>.html "<indicator>": per quarter the unit's value (series 0)
-- and target (series 1) of each of its sector indicators
-- (mart.sector_outcomes), one chart per indicator; the CSV is the region's
-- units' file per indicator.
WITH s AS (
    SELECT *, CASE WHEN satuan IN ('orang', 'jiwa', 'pasien', 'kunjungan', 'siswa', 'guru') THEN 0 ELSE 1 END AS nd
    FROM mart.sector_outcomes WHERE jenis_periode = 'triwulan'
)
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, indikator || '|' || periode AS k, x.s, x.v
FROM (SELECT *, unnest([{s: '0', v: pd_num(nilai, nd)}, {s: '1', v: pd_num(target, nd)}]) AS x FROM s)
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_sektor_' || indikator || '.csv', '', kode_unit || '|' || periode, x.c, x.v
FROM (SELECT *, unnest([{c: 'nilai', v: pd_num(nilai, nd)}, {c: 'target', v: pd_num(target, nd)},
                        {c: 'capaian_persen', v: pd_num(capaian_persen, 1)},
                        {c: 'memenuhi_target', v: coalesce(memenuhi_target::VARCHAR, '')},
                        {c: 'tren', v: coalesce(tren, '')}, {c: 'memburuk_beruntun', v: pd_num(memburuk_beruntun, 0)}]) AS x FROM s);

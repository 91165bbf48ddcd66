-- unit/<kode>.html "<layanan>: Median (jam)": per quarter the unit's
-- median (series 0), P90 (1) and standard (2) turnaround in hours of each
-- layanan (mart.service_outcomes), one chart per layanan; the CSV is the region's
-- units' file per layanan.
WITH s AS (SELECT * FROM mart.service_outcomes WHERE jenis_periode = 'triwulan')
SELECT 'chart' AS target, 'unit/' || kode_unit || '.html' AS page, '' AS variant, layanan || '|' || periode AS k, x.s, x.v
FROM (SELECT *, unnest([{s: '0', v: pd_num(median_jam, 2)}, {s: '1', v: pd_num(p90_jam, 2)}, {s: '2', v: pd_num(batas_jam, 2)}]) AS x FROM s)
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_layanan_' || layanan || '.csv', '', kode_unit || '|' || periode, x.c, x.v
FROM (SELECT *, unnest([{c: 'permohonan', v: pd_num(permohonan, 0)}, {c: 'median_jam', v: pd_num(median_jam, 2)},
                        {c: 'p90_jam', v: pd_num(p90_jam, 2)}, {c: 'batas_jam', v: pd_num(batas_jam, 2)},
                        {c: 'persen_tepat_waktu', v: pd_num(persen_tepat_waktu, 1)}, {c: 'backlog', v: pd_num(backlog, 0)}]) AS x FROM s);

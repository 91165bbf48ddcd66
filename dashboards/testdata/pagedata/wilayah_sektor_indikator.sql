-- wilayah/<kode>.html "Capaian target per indikator · <quarter>": a bar
-- per unit and sector indicator of the quarter, its attainment against
-- target (capaian_persen, arah respected; mart.sector_outcomes), labelled
-- "<unit> · <indicator>" (the Indonesian page names the indicator as the
-- mart does). Sector figures are not about the unit's people: not masked.
WITH s AS (
    SELECT *, CASE WHEN satuan IN ('orang', 'jiwa', 'pasien', 'kunjungan', 'siswa', 'guru') THEN 0 ELSE 1 END AS nd
    FROM mart.sector_outcomes WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, periode AS variant,
       nama_unit || ' · ' || coalesce(nama_indikator, indikator) AS k, '0' AS s, pd_num(capaian_persen, 1) AS v
FROM s
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_sektor_indikator.csv', '', periode || '|' || kode_unit || '|' || indikator, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'satuan', v: satuan}, {c: 'arah', v: arah},
        {c: 'nilai', v: pd_num(nilai, nd)}, {c: 'target', v: pd_num(target, nd)},
        {c: 'capaian_persen', v: pd_num(capaian_persen, 1)},
        {c: 'memenuhi_target', v: coalesce(memenuhi_target::VARCHAR, '')},
        {c: 'nilai_sebelumnya', v: pd_num(nilai_sebelumnya, nd)}, {c: 'perubahan', v: pd_num(perubahan, nd)},
        {c: 'tren', v: coalesce(tren, '')}, {c: 'memburuk_beruntun', v: pd_num(memburuk_beruntun, 0)}]) AS x
      FROM s);

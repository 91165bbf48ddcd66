-- wilayah/<kode>.html "Per unit kerja: % Sangat Baik dan IKM · <quarter>":
-- each unit's % Sangat Baik (series 0) with its Wilson 95 % interval
-- (0.bawah, 0.atas, from mart.unit_performance, drawn only where the share
-- is shown) and IKM (series 1) per quarter of
-- mart.performance_service_link. The ranks in the table and CSV are the
-- region's (issue 12, point 4), computed here again over the units of the
-- region and quarter that have both figures; a rank by a masked % Sangat
-- Baik is masked with it (it would order the masked figure).
WITH u AS (
    SELECT *, pd_masked(sangat_baik_alasan_ditahan, pd_pct(persen_sangat_baik, pegawai_dinilai, 1)) AS sb,
           CASE WHEN persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL THEN
               rank() OVER (PARTITION BY kode_wilayah, periode, persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL
                            ORDER BY persen_sangat_baik DESC) END AS rank_nilai,
           CASE WHEN persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL THEN
               rank() OVER (PARTITION BY kode_wilayah, periode, persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL
                            ORDER BY ikm DESC) END AS rank_layanan
    FROM mart.performance_service_link
    WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
), ci AS (
    SELECT u.*, pd_num(p.persen_sangat_baik_bawah, 1) AS lo, pd_num(p.persen_sangat_baik_atas, 1) AS hi
    FROM u JOIN mart.unit_performance p USING (kode_unit, periode, jenis_periode)
    WHERE u.sb NOT IN ('', '<5', '×') AND p.persen_sangat_baik_bawah IS NOT NULL AND p.persen_sangat_baik_atas IS NOT NULL
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, periode AS variant, nama_unit AS k, '0' AS s, sb AS v FROM u
UNION ALL
SELECT 'chart', 'wilayah/' || kode_wilayah || '.html', periode, nama_unit, '1', pd_num(ikm, 2) FROM u
UNION ALL
SELECT 'chart', 'wilayah/' || kode_wilayah || '.html', periode, nama_unit, '0.bawah', lo FROM ci
UNION ALL
SELECT 'chart', 'wilayah/' || kode_wilayah || '.html', periode, nama_unit, '0.atas', hi FROM ci
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_unit.csv', '', periode || '|' || kode_unit, 'persen_sangat_baik_ik', lo || '-' || hi FROM ci
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_unit.csv', '', periode || '|' || kode_unit, 'persen_sangat_baik_ik', sb FROM u WHERE sb IN ('<5', '×')
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_unit.csv', '', periode || '|' || kode_unit, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'pegawai_dinilai', v: pd_masked(pegawai_dinilai_alasan_ditahan, pd_people(pegawai_dinilai))},
        {c: 'persen_sangat_baik', v: sb},
        {c: 'ikm', v: pd_num(ikm, 2)},
        {c: 'mutu', v: coalesce(mutu, '')},
        {c: 'peringkat_nilai', v: CASE WHEN sb IN ('<5', '×') AND rank_nilai IS NOT NULL THEN sb ELSE pd_num(rank_nilai, 0) END},
        {c: 'peringkat_layanan', v: pd_num(rank_layanan, 0)}]) AS x
      FROM u);

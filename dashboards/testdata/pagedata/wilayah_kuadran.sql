-- wilayah/<kode>.html "Nilai kinerja vs. layanan · <quarter>": one point
-- per unit with both figures shown, x = IKM, y = % Sangat Baik
-- (mart.performance_service_link, masked by its flags); a unit with either
-- figure masked or
-- missing is no point. The table and CSV keep every unit.
WITH u AS (
    SELECT *, pd_masked(sangat_baik_alasan_ditahan, pd_pct(persen_sangat_baik, pegawai_dinilai, 1)) AS sb, pd_num(ikm, 2) AS ikm_v
    FROM mart.performance_service_link
    WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, periode AS variant, nama_unit AS k, x.s, x.v
FROM (SELECT *, unnest([{s: 'x', v: ikm_v}, {s: 'y', v: sb}]) AS x FROM u WHERE sb NOT IN ('', '<5', '×') AND ikm_v <> '')
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_kuadran.csv', '', periode || '|' || kode_unit, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'ikm', v: ikm_v}, {c: 'persen_sangat_baik', v: sb},
        {c: 'label_keselarasan', v: coalesce(label_keselarasan, '')}]) AS x
      FROM u);

-- perbandingan.html "Nilai kinerja vs. IKM per wilayah · <period>": a point
-- per kab/kota with both figures shown, x = IKM, y = % Sangat Baik
-- (mart.region_benchmark); the table and CSV keep every region.
WITH b AS (
    SELECT *, pd_pct(persen_sangat_baik, pegawai_dinilai, 1) AS sb, pd_num(ikm, 2) AS ikm_v FROM mart.region_benchmark
    WHERE kode_wilayah IN (SELECT kode_wilayah FROM mart.region_summary)
)
SELECT 'chart' AS target, 'perbandingan.html' AS page, periode AS variant, nama_wilayah AS k, x.s, x.v
FROM (SELECT *, unnest([{s: 'x', v: ikm_v}, {s: 'y', v: sb}]) AS x FROM b WHERE sb NOT IN ('', '<5') AND ikm_v <> '')
UNION ALL
SELECT 'csv', 'data/perbandingan_nilai_layanan_' || periode || '.csv', '', kode_wilayah, x.c, x.v
FROM (SELECT *, unnest([{c: 'ikm', v: ikm_v}, {c: 'persen_sangat_baik', v: sb},
                        {c: 'persen_tepat_waktu', v: pd_num(persen_tepat_waktu, 1)}]) AS x FROM b);

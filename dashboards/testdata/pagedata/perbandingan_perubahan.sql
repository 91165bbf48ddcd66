-- perbandingan.html "Perubahan IKM · <period>": per quarter and year, a bar
-- per kab/kota with an IKM a year earlier: the change of its IKM
-- (mart.region_benchmark); the table and CSV the other changes too.
WITH b AS (
    SELECT * FROM mart.region_benchmark
    WHERE kode_wilayah IN (SELECT kode_wilayah FROM mart.region_summary)
)
SELECT 'chart' AS target, 'perbandingan.html' AS page, periode AS variant, nama_wilayah AS k, '0' AS s, pd_num(perubahan_ikm, 2) AS v
FROM b WHERE perubahan_ikm IS NOT NULL
UNION ALL
SELECT 'csv', 'data/perbandingan_perubahan_' || periode || '.csv', '', kode_wilayah, x.c, x.v
FROM (SELECT *, unnest([{c: 'periode_tahun_lalu', v: coalesce(periode_tahun_lalu, '')}, {c: 'ikm', v: pd_num(ikm, 2)},
                        {c: 'perubahan_ikm', v: pd_num(perubahan_ikm, 2)},
                        {c: 'persen_sangat_baik', v: pd_pct(persen_sangat_baik, pegawai_dinilai, 1)},
                        {c: 'perubahan_median_jam_ktp_el', v: pd_num(perubahan_median_jam_ktp_el, 2)},
                        {c: 'perubahan_persen_tepat_waktu', v: pd_num(perubahan_persen_tepat_waktu, 1)}]) AS x FROM b);

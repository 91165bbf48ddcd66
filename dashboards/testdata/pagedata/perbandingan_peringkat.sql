-- perbandingan.html "Peringkat IKM · <period>": per quarter and year, a
-- bar per kab/kota of the site (those of mart.region_summary) with its IKM
-- (mart.region_benchmark); the table and CSV (one per period) its rank and
-- figures.
WITH b AS (
    SELECT * FROM mart.region_benchmark
    WHERE kode_wilayah IN (SELECT kode_wilayah FROM mart.region_summary)
)
SELECT 'chart' AS target, 'perbandingan.html' AS page, periode AS variant, nama_wilayah AS k, '0' AS s, pd_num(ikm, 2) AS v FROM b
UNION ALL
SELECT 'csv', 'data/perbandingan_peringkat_' || periode || '.csv', '', kode_wilayah, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'peringkat_ikm', v: pd_num(peringkat_ikm, 0)}, {c: 'ikm', v: pd_num(ikm, 2)}, {c: 'mutu', v: coalesce(mutu, '')},
        {c: 'persen_sangat_baik', v: pd_pct(persen_sangat_baik, pegawai_dinilai, 1)},
        {c: 'persen_tepat_waktu', v: pd_num(persen_tepat_waktu, 1)}, {c: 'median_jam_ktp_el', v: pd_num(median_jam_ktp_el, 2)},
        {c: 'persen_kurang_20_jp', v: pd_num(persen_kurang_20_jp, 1)}]) AS x
      FROM b);

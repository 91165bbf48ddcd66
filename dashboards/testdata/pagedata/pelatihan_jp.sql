-- pelatihan.html "% < 20 JP · <year>": per region the share of its people
-- with fewer than 20 JP (its units of mart.training_needs_unit summed).
WITH r AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, tahun, sum(pegawai) AS pegawai,
           sum(pegawai_kurang_20_jp) AS kurang, sum(pegawai_prioritas_tinggi) AS tinggi
    FROM mart.training_needs_unit
    WHERE kode_wilayah IN (SELECT kode_wilayah FROM mart.region_summary)
    GROUP BY kode_wilayah, tahun
)
SELECT 'chart' AS target, 'pelatihan.html' AS page, tahun::VARCHAR AS variant, nama_wilayah AS k, '0' AS s,
       pd_share(kurang, pegawai, 1) AS v
FROM r
UNION ALL
SELECT 'csv', 'data/pelatihan_jp_' || tahun || '.csv', '', kode_wilayah, x.c, x.v
FROM (SELECT *, unnest([{c: 'pegawai', v: pd_people(pegawai)}, {c: 'pegawai_kurang_20_jp', v: pd_people(kurang)},
                        {c: 'persen_kurang_20_jp', v: pd_share(kurang, pegawai, 1)},
                        {c: 'pegawai_prioritas_tinggi', v: pd_people(tinggi)}]) AS x FROM r);

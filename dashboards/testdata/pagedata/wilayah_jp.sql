-- wilayah/<kode>.html "% < 20 JP · <region>": per year the share of the
-- region's people with fewer than 20 JP of training, every unit of
-- mart.training_compliance summed.
WITH r AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, tahun,
           sum(pegawai) AS pegawai, sum(pegawai_kurang_20_jp) AS kurang
    FROM mart.training_compliance
    GROUP BY kode_wilayah, tahun
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, nama_wilayah AS variant, tahun::VARCHAR AS k, '0' AS s,
       pd_share(kurang, pegawai, 1) AS v
FROM r
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_jp.csv', '', tahun::VARCHAR, x.c, x.v
FROM (SELECT *, unnest([{c: 'pegawai', v: pd_people(pegawai)}, {c: 'pegawai_kurang_20_jp', v: pd_people(kurang)},
                        {c: 'persen_kurang_20_jp', v: pd_share(kurang, pegawai, 1)}]) AS x FROM r);

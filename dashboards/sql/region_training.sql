-- 20 JP compliance per region and year, summed over units.
SELECT kode_wilayah, tahun, sum(pegawai)::BIGINT AS pegawai, sum(pegawai_kurang_20_jp)::BIGINT AS pegawai_kurang_20_jp,
       CASE WHEN sum(pegawai) > 0 THEN 100.0 * sum(pegawai_kurang_20_jp) / sum(pegawai) END AS persen_kurang_20_jp
FROM mart.training_compliance
GROUP BY kode_wilayah, tahun
ORDER BY kode_wilayah, tahun;

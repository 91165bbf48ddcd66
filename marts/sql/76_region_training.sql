-- mart.region_training
-- Grain: one region (kab/kota or province the units belong to) x year. The
-- 20 JP a year (PP 11/2017 as amended by PP 17/2020) over the region's
-- people: mart.training_compliance's units summed:
--   pegawai: people assigned to the region's units on 31 December;
--   pegawai_kurang_20_jp: those of them under 20 JP that year;
--   persen_kurang_20_jp: that share in % (NULL when pegawai is 0).
-- mart.region_summary's persen_kurang_20_jp is this figure (one definition).
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.region_training AS
SELECT
    kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, tahun,
    CAST(sum(pegawai) AS INTEGER) AS pegawai,
    CAST(sum(pegawai_kurang_20_jp) AS INTEGER) AS pegawai_kurang_20_jp,
    100.0 * sum(pegawai_kurang_20_jp) / nullif(sum(pegawai), 0) AS persen_kurang_20_jp
FROM mart.training_compliance
WHERE tahun >= {{year}}
GROUP BY kode_wilayah, tahun;

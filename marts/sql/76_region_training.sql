-- mart.region_training
-- Grain: one region (kab/kota or province the units belong to) x year of
-- mart.training_compliance. The 20 JP a year (PP 11/2017 as amended by PP
-- 17/2020) and the training needs over the region's people, its units
-- summed (no mean of units; a page shows these, it never sums units itself):
--   pegawai: people assigned to the region's units on 31 December
--   (mart.training_compliance);
--   pegawai_kurang_20_jp: those of them under 20 JP that year;
--   persen_kurang_20_jp: that share in % (NULL when pegawai is 0);
--   total_kekurangan_jp: JP missing to bring each of them to 20
--   (mart.training_needs_unit summed: sum of max(0, 20 - jp));
--   pegawai_prioritas_tinggi: those of kategori_prioritas tinggi
--   (mart.training_needs_unit summed); both NULL when the region has no
--   training needs that year.
-- mart.region_summary's persen_kurang_20_jp is this figure (one definition).
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.region_training AS
WITH c AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, tahun,
        sum(pegawai) AS pegawai, sum(pegawai_kurang_20_jp) AS pegawai_kurang_20_jp
    FROM mart.training_compliance
    WHERE tahun >= {{year}}
    GROUP BY kode_wilayah, tahun
),
n AS (
    SELECT kode_wilayah, tahun, sum(total_kekurangan_jp) AS total_kekurangan_jp,
        sum(pegawai_prioritas_tinggi) AS pegawai_prioritas_tinggi
    FROM mart.training_needs_unit
    WHERE tahun >= {{year}}
    GROUP BY kode_wilayah, tahun
)
SELECT
    c.kode_wilayah, c.nama_wilayah, c.tahun,
    CAST(c.pegawai AS INTEGER) AS pegawai,
    CAST(c.pegawai_kurang_20_jp AS INTEGER) AS pegawai_kurang_20_jp,
    100.0 * c.pegawai_kurang_20_jp / nullif(c.pegawai, 0) AS persen_kurang_20_jp,
    n.total_kekurangan_jp,
    CAST(n.pegawai_prioritas_tinggi AS INTEGER) AS pegawai_prioritas_tinggi
FROM c
LEFT JOIN n ON n.kode_wilayah = c.kode_wilayah AND n.tahun = c.tahun;

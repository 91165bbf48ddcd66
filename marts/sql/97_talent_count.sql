-- mart.talent_count
-- Grain: one unit x year x 9-box (kotak_9) of mart.talent_pool. How many
-- people of the unit are in each box that year, counts only (no person):
--   kotak_9: the box 1-9 (PermenPANRB 3/2020, as in mart.talent_pool); 0 =
--   incomplete (kinerja or potensi missing, kotak_9 NULL in talent_pool);
--   pegawai: the people of the unit in that box;
--   kelompok_promosi: the box is in the promotion pool (7-9).
-- mart.talent_grid holds the same counts a row per unit, per region and for
-- every region (what the pages read).
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.talent_count AS
SELECT
    kode_unit, any_value(nama_unit) AS nama_unit, kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, tahun,
    CAST(coalesce(kotak_9, 0) AS INTEGER) AS kotak_9,
    coalesce(kotak_9, 0) BETWEEN 7 AND 9 AS kelompok_promosi,
    CAST(count(*) AS INTEGER) AS pegawai
FROM mart.talent_pool
WHERE tahun >= {{year}}
GROUP BY kode_unit, kode_wilayah, tahun, coalesce(kotak_9, 0);

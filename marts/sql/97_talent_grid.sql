-- mart.talent_grid
-- Grain: one year x one unit (tingkat 'unit'), one region (tingkat
-- 'wilayah': all its units) or every region together (tingkat 'semua').
-- The 9-box of mart.talent_pool as one row of counts, what a page's 9-box
-- grid and tables show (counts only, no person; a page never sums them):
--   kode_unit: the unit (NULL on wilayah and semua rows); kode_wilayah: the
--   unit's region (NULL on the semua row);
--   kotak_1 .. kotak_9: people in each box (PermenPANRB 3/2020, as in
--   mart.talent_pool); tanpa_kotak: people without one (kinerja or potensi
--   missing);
--   kelompok_promosi: people in the promotion pool (boxes 7-9);
--   kotak_1_6: people in boxes 1-6 (with a box, outside the pool);
--   pegawai: every person of mart.talent_pool there that year (tanpa_kotak
--   included): kelompok_promosi + kotak_1_6 + tanpa_kotak.
-- The semua row is the sum of the wilayah rows, a wilayah row the sum of its
-- unit rows (mart.talent_count holds the same unit counts, one box a row).
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.talent_grid AS
SELECT
    CASE WHEN grouping(kode_unit) = 0 THEN 'unit' WHEN grouping(kode_wilayah) = 0 THEN 'wilayah' ELSE 'semua' END AS tingkat,
    kode_unit, kode_wilayah,
    CASE WHEN grouping(kode_wilayah) = 0 THEN any_value(nama_wilayah) END AS nama_wilayah, tahun,
    CAST(count(*) FILTER (WHERE kotak_9 = 1) AS INTEGER) AS kotak_1,
    CAST(count(*) FILTER (WHERE kotak_9 = 2) AS INTEGER) AS kotak_2,
    CAST(count(*) FILTER (WHERE kotak_9 = 3) AS INTEGER) AS kotak_3,
    CAST(count(*) FILTER (WHERE kotak_9 = 4) AS INTEGER) AS kotak_4,
    CAST(count(*) FILTER (WHERE kotak_9 = 5) AS INTEGER) AS kotak_5,
    CAST(count(*) FILTER (WHERE kotak_9 = 6) AS INTEGER) AS kotak_6,
    CAST(count(*) FILTER (WHERE kotak_9 = 7) AS INTEGER) AS kotak_7,
    CAST(count(*) FILTER (WHERE kotak_9 = 8) AS INTEGER) AS kotak_8,
    CAST(count(*) FILTER (WHERE kotak_9 = 9) AS INTEGER) AS kotak_9,
    CAST(count(*) FILTER (WHERE kotak_9 IS NULL) AS INTEGER) AS tanpa_kotak,
    CAST(count(*) FILTER (WHERE kotak_9 BETWEEN 7 AND 9) AS INTEGER) AS kelompok_promosi,
    CAST(count(*) FILTER (WHERE kotak_9 BETWEEN 1 AND 6) AS INTEGER) AS kotak_1_6,
    CAST(count(*) AS INTEGER) AS pegawai
FROM mart.talent_pool
WHERE tahun >= {{year}}
GROUP BY GROUPING SETS ((tahun, kode_wilayah, kode_unit), (tahun, kode_wilayah), (tahun));

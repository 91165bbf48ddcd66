-- Kode wilayah changes known to kinerja (dated crosswalk). Regions sources add
-- their own through kode_lama. Kota Sorong moved to the new province Papua
-- Barat Daya (UU 29/2022, in force 2022-12-08): 92.71 -> 96.71.
CREATE OR REPLACE TABLE core.ref_region_change AS
SELECT * FROM (VALUES
    ('92.71', '96.71', DATE '2022-12-08', 'UU 29/2022: Kota Sorong ke Provinsi Papua Barat Daya')
) AS t(kode_lama, kode_baru, berlaku_mulai, dasar);

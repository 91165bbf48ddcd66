-- mart.region_berakhlak
-- Grain: one region (kab/kota or province the units belong to) x appraisal
-- period (as recorded) x BerAKHLAK value of mart.berakhlak_unit. Of the
-- people the atasan rated on that value in the region's units, how many
-- were below (di_bawah) and above (di_atas) expectation: every unit's
-- counts summed (the people of the region, not a mean of units):
--   unit_dinilai: units with a row in mart.berakhlak_unit for the value;
--   dinilai, di_bawah, di_atas: people rated, below and above, summed;
--   persen_di_bawah, persen_di_atas: % of dinilai (the shares a page
--   shows; it never divides the counts itself).
-- A unit page draws these when most of the unit's own shares are withheld
-- (groups under 5 people).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.region_berakhlak AS
SELECT
    b.kode_wilayah, any_value(b.nama_wilayah) AS nama_wilayah, b.periode, b.jenis_periode, b.tanggal_mulai,
    b.nilai_berakhlak, any_value(b.nama_nilai) AS nama_nilai,
    CAST(count(DISTINCT b.kode_unit) AS INTEGER) AS unit_dinilai,
    CAST(sum(b.dinilai) AS INTEGER) AS dinilai,
    CAST(sum(b.di_bawah) AS INTEGER) AS di_bawah,
    100.0 * sum(b.di_bawah) / nullif(sum(b.dinilai), 0) AS persen_di_bawah,
    CAST(sum(b.di_atas) AS INTEGER) AS di_atas,
    100.0 * sum(b.di_atas) / nullif(sum(b.dinilai), 0) AS persen_di_atas
FROM mart.berakhlak_unit b
WHERE b.tanggal_mulai >= {{start}}
GROUP BY b.kode_wilayah, b.periode, b.jenis_periode, b.tanggal_mulai, b.nilai_berakhlak;

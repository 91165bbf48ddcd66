-- unit/<kode>.html "Kekurangan nilai BerAKHLAK (% di bawah ekspektasi) ·
-- <region>": the chart a unit page draws when most of the unit's shares
-- are withheld (its region's, region_fallback.go), given on the region's
-- page key: one line per value (series by value key), per quarter the % of
-- the region's appraised rated below expectation on it, every unit's
-- counts of mart.berakhlak_unit summed. Variant: the region's name.
WITH r AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, periode, nilai_berakhlak,
           sum(dinilai) AS n, sum(di_bawah) AS bawah
    FROM mart.berakhlak_unit
    WHERE jenis_periode = 'triwulan'
    GROUP BY kode_wilayah, periode, nilai_berakhlak
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, nama_wilayah AS variant, periode AS k, nilai_berakhlak AS s,
       pd_share(bawah, n, 1) AS v
FROM r;

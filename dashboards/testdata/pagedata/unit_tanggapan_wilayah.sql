-- unit/<kode>.html "% penilaian yang diajukan keberatan (IK 95 %) ·
-- <region>": the chart a unit page draws when most of the unit's shares
-- are withheld (its region's, region_fallback.go), given on the region's
-- page key: per quarter the share of the region's appraisals objected to
-- (series 0), every unit's counts of mart.appraisal_response_unit summed,
-- and its Wilson interval (0.bawah, 0.atas; core's macros over the sums)
-- where the share is shown. Variant: the region's name.
WITH r AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, periode,
           sum(pegawai_dinilai) AS n, sum(keberatan) AS kb
    FROM mart.appraisal_response_unit
    WHERE jenis_periode = 'triwulan'
    GROUP BY kode_wilayah, periode
), s AS (
    SELECT *, pd_share(kb, n, 1) AS pk FROM r
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, nama_wilayah AS variant, periode AS k, '0' AS s, pk AS v FROM s
UNION ALL
SELECT 'chart', 'wilayah/' || kode_wilayah || '.html', nama_wilayah, periode, '0.bawah', pd_num(core.wilson_bawah(kb, n), 1) FROM s WHERE pk NOT IN ('', '<5')
UNION ALL
SELECT 'chart', 'wilayah/' || kode_wilayah || '.html', nama_wilayah, periode, '0.atas', pd_num(core.wilson_atas(kb, n), 1) FROM s WHERE pk NOT IN ('', '<5');

-- unit/<kode>.html "Distribusi predikat per periode (%) · <region>": the
-- chart a unit page draws when most of the unit's shares are withheld (its
-- region's, region_fallback.go), given on the region's page key: per
-- quarter each predikat's share of the region's appraised, every unit's
-- counts summed. Variant: the region's name (the chart's title ends with it).
WITH r AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, periode,
           sum(pegawai_dinilai) AS n, sum(jumlah_sangat_baik) AS sb, sum(jumlah_baik) AS b,
           sum(jumlah_butuh_perbaikan) AS bp, sum(jumlah_kurang) AS k, sum(jumlah_sangat_kurang) AS sk
    FROM mart.unit_performance
    WHERE jenis_periode = 'triwulan'
    GROUP BY kode_wilayah, periode
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, nama_wilayah AS variant, periode AS k, x.i AS s,
       pd_share(x.part, n, 1) AS v
FROM (SELECT *, unnest([{i: '0', part: sb}, {i: '1', part: b}, {i: '2', part: bp}, {i: '3', part: k}, {i: '4', part: sk}]) AS x FROM r);

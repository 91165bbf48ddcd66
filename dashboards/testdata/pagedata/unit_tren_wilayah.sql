-- unit/<kode>.html "Tren % Sangat Baik dan IKM · <region>": the chart a unit
-- page draws when most of the unit's figures are withheld (its region's,
-- region_fallback.go), given on the region's page key: per quarter the
-- region's % Sangat Baik (series 0: every unit's counts summed) and IKM
-- (series 1: the elements' means over all the region's respondents,
-- mart.ikm_unsur, scored 25 x sum(nrr / 9)). Variant: the region's name.
WITH p AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, periode,
           sum(pegawai_dinilai) AS n, sum(jumlah_sangat_baik) AS sb
    FROM mart.unit_performance WHERE jenis_periode = 'triwulan' GROUP BY ALL
), e AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, periode, unsur, sum(nrr * responden) / sum(responden) AS nrr
    FROM mart.ikm_unsur WHERE jenis_periode = 'triwulan' AND responden > 0 GROUP BY ALL
), i AS (
    SELECT kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, periode, 25 * sum(nrr / 9) AS ikm FROM e GROUP BY ALL
), t AS (
    SELECT coalesce(p.kode_wilayah, i.kode_wilayah) AS kode_wilayah, coalesce(p.nama_wilayah, i.nama_wilayah) AS nama_wilayah,
           coalesce(p.periode, i.periode) AS periode, pd_share(p.sb, p.n, 1) AS sb, pd_num(i.ikm, 2) AS ikm
    FROM p FULL JOIN i ON p.kode_wilayah = i.kode_wilayah AND p.periode = i.periode
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, nama_wilayah AS variant, periode AS k, x.s, x.v
FROM (SELECT *, unnest([{s: '0', v: sb}, {s: '1', v: ikm}]) AS x FROM t);

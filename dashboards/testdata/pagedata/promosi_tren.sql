-- promosi.html "Tren: promosi dari luar kelompok promosi per tahun": per
-- year the share of the checked promotions of every region that came from
-- outside the promotion pool (series 0, mart.promotion_merit_total's
-- nasional rows) and its Wilson 95 % interval as error bars on it
-- (0.bawah, 0.atas: kit.Intervals' mark line), drawn only where the share
-- is shown; the table and CSV hold every
-- region per year too (mart.promotion_merit_region), masked as on the
-- region table.
WITH y AS (
    SELECT periode AS tahun, kode_wilayah, kenaikan, kenaikan_jabatan, dalam_kelompok_promosi AS dalam, di_luar_kelompok_promosi AS luar,
           data_tidak_lengkap AS tidak, persen_di_luar, persen_di_luar_bawah, persen_di_luar_atas
    FROM mart.promotion_merit_region WHERE jenis_periode = 'tahun'
    UNION ALL
    SELECT periode, '', kenaikan, kenaikan_jabatan, dalam_kelompok_promosi, di_luar_kelompok_promosi, data_tidak_lengkap,
           persen_di_luar, persen_di_luar_bawah, persen_di_luar_atas
    FROM mart.promotion_merit_total WHERE cakupan = 'nasional' AND jenis_periode = 'tahun'
),
v AS (
    SELECT *, dalam BETWEEN 1 AND 4 OR luar BETWEEN 1 AND 4 AS small,
           CASE WHEN dalam BETWEEN 1 AND 4 OR luar BETWEEN 1 AND 4 THEN '<5' ELSE pd_num(persen_di_luar, 1) END AS pct,
           CASE WHEN dalam BETWEEN 1 AND 4 OR luar BETWEEN 1 AND 4 THEN '<5' ELSE pd_num(persen_di_luar_bawah, 1) END AS lo,
           CASE WHEN dalam BETWEEN 1 AND 4 OR luar BETWEEN 1 AND 4 THEN '<5' ELSE pd_num(persen_di_luar_atas, 1) END AS hi
    FROM y
)
SELECT 'chart' AS target, 'promosi.html' AS page, '' AS variant, tahun AS k, x.s, x.v
FROM (SELECT *, unnest(CASE WHEN small OR persen_di_luar IS NULL THEN [{s: '0', v: pct}]
                            ELSE [{s: '0', v: pct}, {s: '0.bawah', v: lo}, {s: '0.atas', v: hi}] END) AS x
      FROM v WHERE kode_wilayah = '')
UNION ALL
SELECT 'csv', 'data/promosi_tren.csv', '', tahun || '|' || kode_wilayah, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'kenaikan', v: pd_people(kenaikan)}, {c: 'kenaikan_jabatan', v: pd_people(kenaikan_jabatan)},
        {c: 'dalam_kelompok_promosi', v: pd_people(dalam)}, {c: 'di_luar_kelompok_promosi', v: pd_people(luar)},
        {c: 'data_tidak_lengkap', v: pd_people(tidak)}, {c: 'persen_di_luar', v: pct},
        {c: 'persen_di_luar_bawah', v: lo}, {c: 'persen_di_luar_atas', v: hi}]) AS x
      FROM v);

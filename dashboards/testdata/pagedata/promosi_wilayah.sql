-- promosi.html "Promosi per wilayah: di dalam dan di luar kelompok
-- promosi · <years>": per region the promotions of people inside (series
-- 0) and outside (1) the promotion pool before the promotion and those
-- without the data to tell (2), for each year (mart.promotion_merit_region)
-- and for every year together (mart.promotion_merit_total's wilayah rows;
-- the selector's first choice, named by the years it spans). Chart, table
-- and CSV add every region together (mart.promotion_merit_total's nasional
-- rows; the chart's category 'Semua wilayah'). Head counts of 1-4 people are '<5'; the page withholds more where
-- a total beside them would give one away ('×', accepted in place of a
-- number); the share outside is shown only where both counts are.
WITH y AS (
    SELECT periode AS variant, periode AS k, kode_wilayah, nama_wilayah, kenaikan, kenaikan_jabatan, dalam_kelompok_promosi AS dalam,
           di_luar_kelompok_promosi AS luar, data_tidak_lengkap AS tidak, persen_di_luar, persen_di_luar_bawah, persen_di_luar_atas
    FROM mart.promotion_merit_region WHERE jenis_periode = 'tahun'
    UNION ALL
    SELECT CASE WHEN periode_awal = periode_akhir THEN periode_awal ELSE periode_awal || '–' || periode_akhir END, periode,
           coalesce(kode_wilayah, ''), nama_wilayah, kenaikan, kenaikan_jabatan, dalam_kelompok_promosi, di_luar_kelompok_promosi,
           data_tidak_lengkap, persen_di_luar, persen_di_luar_bawah, persen_di_luar_atas
    FROM mart.promotion_merit_total
    WHERE periode = 'semua' OR cakupan = 'nasional' AND jenis_periode = 'tahun'
),
v AS (
    SELECT *,
           CASE WHEN dalam BETWEEN 1 AND 4 OR luar BETWEEN 1 AND 4 THEN '<5' ELSE pd_num(persen_di_luar, 1) END AS pct,
           CASE WHEN dalam BETWEEN 1 AND 4 OR luar BETWEEN 1 AND 4 THEN '<5' ELSE pd_num(persen_di_luar_bawah, 1) END AS lo,
           CASE WHEN dalam BETWEEN 1 AND 4 OR luar BETWEEN 1 AND 4 THEN '<5' ELSE pd_num(persen_di_luar_atas, 1) END AS hi
    FROM y
)
SELECT 'chart' AS target, 'promosi.html' AS page, variant, coalesce(nama_wilayah, 'Semua wilayah') AS k, x.s, x.v
FROM (SELECT *, unnest([{s: '0', v: pd_people(dalam)}, {s: '1', v: pd_people(luar)}, {s: '2', v: pd_people(tidak)}]) AS x
      FROM v)
UNION ALL
SELECT 'csv', 'data/promosi_wilayah.csv', '', k || '|' || kode_wilayah, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'kenaikan', v: pd_people(kenaikan)}, {c: 'kenaikan_jabatan', v: pd_people(kenaikan_jabatan)},
        {c: 'dalam_kelompok_promosi', v: pd_people(dalam)}, {c: 'di_luar_kelompok_promosi', v: pd_people(luar)},
        {c: 'data_tidak_lengkap', v: pd_people(tidak)}, {c: 'persen_di_luar', v: pct},
        {c: 'persen_di_luar_bawah', v: lo}, {c: 'persen_di_luar_atas', v: hi}]) AS x
      FROM v);

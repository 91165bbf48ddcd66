-- Keys and reconciliation of mart.promotion_merit_total (the Promosi
-- page's totals, issue 13 point 4).

-- test: unik_promotion_merit_total
-- mart.promotion_merit_total has one row per (cakupan, kode_wilayah, periode); the statuses add up to kenaikan.
SELECT cakupan, kode_wilayah, periode, count(*) AS n FROM mart.promotion_merit_total GROUP BY ALL
HAVING n > 1 OR cakupan IS NULL OR periode IS NULL OR (cakupan = 'wilayah') <> (kode_wilayah IS NOT NULL)
    OR any_value(dalam_kelompok_promosi + di_luar_kelompok_promosi + data_tidak_lengkap) <> any_value(kenaikan);

-- test: rekonsiliasi_promotion_merit_total
-- Every region's 'semua' row is the sum of its years, and every national row the sum of its regions' rows (the same period, or 'semua').
WITH r AS (
    SELECT kode_wilayah, periode, kenaikan, kenaikan_jabatan, dalam_kelompok_promosi, di_luar_kelompok_promosi FROM mart.promotion_merit_region
    UNION ALL
    SELECT kode_wilayah, 'semua', sum(kenaikan), sum(kenaikan_jabatan), sum(dalam_kelompok_promosi), sum(di_luar_kelompok_promosi)
    FROM mart.promotion_merit_region WHERE jenis_periode = 'tahun' GROUP BY kode_wilayah
),
want AS (
    SELECT 'wilayah' AS cakupan, kode_wilayah, periode, kenaikan, kenaikan_jabatan, dalam_kelompok_promosi, di_luar_kelompok_promosi
    FROM r WHERE periode = 'semua'
    UNION ALL
    SELECT 'nasional', NULL, periode, sum(kenaikan), sum(kenaikan_jabatan), sum(dalam_kelompok_promosi), sum(di_luar_kelompok_promosi)
    FROM r GROUP BY periode
)
SELECT w.*, t.kenaikan AS mart_kenaikan, t.di_luar_kelompok_promosi AS mart_di_luar
FROM want w FULL JOIN mart.promotion_merit_total t
  ON t.cakupan = w.cakupan AND t.kode_wilayah IS NOT DISTINCT FROM w.kode_wilayah AND t.periode = w.periode
WHERE t.kenaikan IS DISTINCT FROM w.kenaikan OR t.kenaikan_jabatan IS DISTINCT FROM w.kenaikan_jabatan
   OR t.dalam_kelompok_promosi IS DISTINCT FROM w.dalam_kelompok_promosi OR t.di_luar_kelompok_promosi IS DISTINCT FROM w.di_luar_kelompok_promosi;

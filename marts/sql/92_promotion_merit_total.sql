-- mart.promotion_merit_total
-- Grain: one scope (cakupan) x period. The totals the Promosi page shows
-- beside mart.promotion_merit_region's rows, so that the page sums nothing:
--   cakupan nasional (kode_wilayah NULL): every region together, for each
--     period of mart.promotion_merit_region (year, semester, quarter) and
--     for all its years together (periode 'semua');
--   cakupan wilayah: one region over all its years together (periode
--     'semua'); its single periods are mart.promotion_merit_region's rows.
-- periode 'semua' has jenis_periode 'semua', tanggal_mulai the first day of
-- the first year; periode_awal and periode_akhir name the years it spans
-- (the period itself on any other row).
-- The counts are the sums of mart.promotion_merit_region's (over regions,
-- or over the years), so every figure reconciles with the rows beside it:
--   kenaikan, kenaikan_jabatan, dalam_kelompok_promosi,
--     di_luar_kelompok_promosi, data_tidak_lengkap: as in that mart;
--   persen_di_luar = di_luar / (dalam + di_luar) (NULL when none could be
--     checked), persen_di_luar_bawah, _atas its Wilson 95 % interval
--     (core.wilson_bawah / core.wilson_atas);
--   di_luar_sebelumnya, persen_di_luar_sebelumnya: the previous period of
--     the same jenis_periode of the scope (NULL on 'semua').
-- What "outside" means is mart.promotion_merit_region's: box 1-6 of the
-- 9-box before the promotion. A page masks counts under 5 people.
CREATE OR REPLACE TABLE mart.promotion_merit_total AS
WITH nasional AS (
    SELECT periode, any_value(jenis_periode) AS jenis_periode, any_value(tanggal_mulai) AS tanggal_mulai,
        periode AS periode_awal, periode AS periode_akhir,
        sum(kenaikan) AS kenaikan, sum(kenaikan_jabatan) AS kenaikan_jabatan,
        sum(dalam_kelompok_promosi) AS dalam, sum(di_luar_kelompok_promosi) AS di_luar,
        sum(data_tidak_lengkap) AS tidak_lengkap
    FROM mart.promotion_merit_region
    GROUP BY periode
),
semua AS (
    SELECT kode_wilayah, 'semua' AS periode, 'semua' AS jenis_periode, min(tanggal_mulai) AS tanggal_mulai,
        min(periode) AS periode_awal, max(periode) AS periode_akhir,
        sum(kenaikan) AS kenaikan, sum(kenaikan_jabatan) AS kenaikan_jabatan,
        sum(dalam_kelompok_promosi) AS dalam, sum(di_luar_kelompok_promosi) AS di_luar,
        sum(data_tidak_lengkap) AS tidak_lengkap
    FROM mart.promotion_merit_region
    WHERE jenis_periode = 'tahun'
    GROUP BY GROUPING SETS ((kode_wilayah), ())
),
scopes AS (
    SELECT 'nasional' AS cakupan, CAST(NULL AS VARCHAR) AS kode_wilayah, * FROM nasional
    UNION ALL BY NAME
    SELECT CASE WHEN kode_wilayah IS NULL THEN 'nasional' ELSE 'wilayah' END AS cakupan, * FROM semua
)
SELECT
    s.cakupan, s.kode_wilayah, r.nama AS nama_wilayah, s.periode, s.jenis_periode, CAST(s.tanggal_mulai AS DATE) AS tanggal_mulai,
    s.periode_awal, s.periode_akhir,
    CAST(s.kenaikan AS INTEGER) AS kenaikan,
    CAST(s.kenaikan_jabatan AS INTEGER) AS kenaikan_jabatan,
    CAST(s.dalam AS INTEGER) AS dalam_kelompok_promosi,
    CAST(s.di_luar AS INTEGER) AS di_luar_kelompok_promosi,
    CAST(s.tidak_lengkap AS INTEGER) AS data_tidak_lengkap,
    100.0 * s.di_luar / nullif(s.dalam + s.di_luar, 0) AS persen_di_luar,
    core.wilson_bawah(s.di_luar, s.dalam + s.di_luar) AS persen_di_luar_bawah,
    core.wilson_atas(s.di_luar, s.dalam + s.di_luar) AS persen_di_luar_atas,
    CAST(CASE WHEN s.periode <> 'semua' THEN lag(s.di_luar) OVER w END AS INTEGER) AS di_luar_sebelumnya,
    CASE WHEN s.periode <> 'semua' THEN lag(100.0 * s.di_luar / nullif(s.dalam + s.di_luar, 0)) OVER w END AS persen_di_luar_sebelumnya
FROM scopes s
LEFT JOIN core.dim_region r ON r.kode_wilayah = s.kode_wilayah
WINDOW w AS (PARTITION BY s.cakupan, s.kode_wilayah, s.jenis_periode ORDER BY s.tanggal_mulai)
ORDER BY s.cakupan, s.kode_wilayah, s.jenis_periode, s.tanggal_mulai;

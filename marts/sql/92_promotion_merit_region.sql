-- mart.promotion_merit_region
-- Grain: one region (kode_wilayah of the unit promoted into) x period (each
-- year, semester and quarter from the first to the last year with a
-- promotion, zero rows included so that a trend has no holes; only years of
-- core.dim_period, i.e. years some fact touches: a promotion dated in a year
-- without any appraisal has nothing to judge it by and no period row), for
-- every region with a unit. The merit check of mart.promotion_merit counted per
-- region and period of tanggal_kenaikan, for the Promosi page.
-- What "outside" means (di_luar_kelompok_promosi): the promoted person's
-- 9-box before the promotion - from their latest atasan appraisal that ended
-- before tanggal_kenaikan and their latest talent assessment of that year or
-- earlier - was box 1-6, outside the promotion pool of boxes 7-9
-- (PermenPANRB 3/2020; mart.talent_pool). A promotion without both is
-- data_tidak_lengkap and counted neither inside nor outside.
--   kenaikan: promotions (jabatan and/or golongan); kenaikan_jabatan: of them
--     those that moved the jabatan up a jenjang;
--   dalam_kelompok_promosi, di_luar_kelompok_promosi, data_tidak_lengkap:
--     by status_merit (they add up to kenaikan);
--   persen_di_luar: di_luar / (dalam + di_luar), the share of the promotions
--     that could be checked that came from outside the pool (NULL when none
--     could); persen_di_luar_bawah, _atas: its Wilson 95 % interval
--     (core.wilson_bawah / core.wilson_atas);
--   di_luar_sebelumnya, persen_di_luar_sebelumnya: the region's previous
--     period of the same jenis_periode.
-- Counts of a handful of people: a page masks those under 5 as it does
-- every group; the counts are all here so that it can.
CREATE OR REPLACE TABLE mart.promotion_merit_region AS
WITH periods AS (
    SELECT p.* FROM core.dim_period p
    WHERE p.jenis_periode IN ('tahun', 'semester', 'triwulan')
      AND p.tahun BETWEEN (SELECT min(tahun) FROM mart.promotion_merit) AND (SELECT max(tahun) FROM mart.promotion_merit)
),
regions AS (
    SELECT DISTINCT u.kode_wilayah FROM core.dim_unit u WHERE u.kode_wilayah IS NOT NULL
),
counted AS (
    SELECT g.kode_wilayah, p.periode,
        count(m.nip) AS kenaikan,
        count(m.nip) FILTER (WHERE m.jenis_kenaikan IN ('jabatan', 'jabatan_dan_golongan')) AS kenaikan_jabatan,
        count(m.nip) FILTER (WHERE m.status_merit = 'dalam_kelompok_promosi') AS dalam_kelompok_promosi,
        count(m.nip) FILTER (WHERE m.status_merit = 'di_luar_kelompok_promosi') AS di_luar_kelompok_promosi,
        count(m.nip) FILTER (WHERE m.status_merit = 'data_tidak_lengkap') AS data_tidak_lengkap
    FROM regions g
    CROSS JOIN periods p
    LEFT JOIN mart.promotion_merit m ON m.kode_wilayah = g.kode_wilayah
        AND m.tanggal_kenaikan BETWEEN p.tanggal_mulai AND p.tanggal_selesai
    GROUP BY g.kode_wilayah, p.periode
),
shares AS (
    SELECT c.*, p.jenis_periode, p.tanggal_mulai,
        100.0 * c.di_luar_kelompok_promosi / nullif(c.dalam_kelompok_promosi + c.di_luar_kelompok_promosi, 0) AS persen_di_luar,
        core.wilson_bawah(c.di_luar_kelompok_promosi, c.dalam_kelompok_promosi + c.di_luar_kelompok_promosi) AS persen_di_luar_bawah,
        core.wilson_atas(c.di_luar_kelompok_promosi, c.dalam_kelompok_promosi + c.di_luar_kelompok_promosi) AS persen_di_luar_atas
    FROM counted c JOIN core.dim_period p USING (periode)
)
SELECT
    s.kode_wilayah, r.nama AS nama_wilayah, s.periode, s.jenis_periode, s.tanggal_mulai,
    CAST(s.kenaikan AS INTEGER) AS kenaikan,
    CAST(s.kenaikan_jabatan AS INTEGER) AS kenaikan_jabatan,
    CAST(s.dalam_kelompok_promosi AS INTEGER) AS dalam_kelompok_promosi,
    CAST(s.di_luar_kelompok_promosi AS INTEGER) AS di_luar_kelompok_promosi,
    CAST(s.data_tidak_lengkap AS INTEGER) AS data_tidak_lengkap,
    s.persen_di_luar, s.persen_di_luar_bawah, s.persen_di_luar_atas,
    CAST(lag(s.di_luar_kelompok_promosi) OVER w AS INTEGER) AS di_luar_sebelumnya,
    lag(s.persen_di_luar) OVER w AS persen_di_luar_sebelumnya
FROM shares s
LEFT JOIN core.dim_region r ON r.kode_wilayah = s.kode_wilayah
WINDOW w AS (PARTITION BY s.kode_wilayah, s.jenis_periode ORDER BY s.tanggal_mulai);

-- Statistics the marts share, each defined once here (docs/MARTS.md quotes
-- the formulas; marts/uncertainty_test.go checks them on hand-computed cases).

-- Wilson score interval, 95 %, of a share k of n, in percent (0-100), the
-- interval the marts give beside a percentage of a small group:
--   p = k / n, z = 1.959963984540054 (the 97.5 % normal quantile),
--   centre = (p + z^2 / (2n)) / (1 + z^2 / n),
--   half   = z / (1 + z^2 / n) x sqrt(p (1 - p) / n + z^2 / (4 n^2)),
--   bounds = 100 x (centre -/+ half), clamped to 0-100 (rounding only).
-- NULL when n is 0 or NULL. 3 of 10: 10.78-60.32 %; 0 of 5: 0-43.45 %.
CREATE OR REPLACE MACRO core.wilson_bawah(k, n) AS
    CASE WHEN n > 0 THEN greatest(0.0, 100.0 * (
        (k / n + 1.959963984540054 ^ 2 / (2.0 * n))
        - 1.959963984540054 * sqrt((k / n) * (1 - k / n) / n + 1.959963984540054 ^ 2 / (4.0 * n * n))
    ) / (1 + 1.959963984540054 ^ 2 / n)) END;

CREATE OR REPLACE MACRO core.wilson_atas(k, n) AS
    CASE WHEN n > 0 THEN least(100.0, 100.0 * (
        (k / n + 1.959963984540054 ^ 2 / (2.0 * n))
        + 1.959963984540054 * sqrt((k / n) * (1 - k / n) / n + 1.959963984540054 ^ 2 / (4.0 * n * n))
    ) / (1 + 1.959963984540054 ^ 2 / n)) END;

-- 95 % confidence interval of a Spearman rank correlation rho over n units,
-- by Fisher's z with the standard error of Fieller, Hartley and Pearson
-- (1957) for Spearman's rho:
--   z = atanh(rho), se = sqrt(1.06 / (n - 3)),
--   bounds = tanh(z -/+ 1.959963984540054 x se).
-- NULL when n < 4 (no standard error) or |rho| = 1 (z is infinite).
-- |rho| within 1e-12 of 1 counts as 1: corr() of perfectly ordered ranks
-- comes out one ulp either side of 1 depending on its summation order, and
-- one ulp inside gave an "interval" of 1.0 to 1.0 (without ties a rho of ranks
-- over n units lies at least 12 / (n^3 - n) from 1 unless it is 1: 1e-12 is
-- safe up to 20 000 units).
-- n = 10, rho = 0.5: -0.2102 to 0.8646.
CREATE OR REPLACE MACRO core.spearman_bawah(rho, n) AS
    CASE WHEN n >= 4 AND abs(rho) < 1 - 1e-12 THEN tanh(atanh(rho) - 1.959963984540054 * sqrt(1.06 / (n - 3))) END;

CREATE OR REPLACE MACRO core.spearman_atas(rho, n) AS
    CASE WHEN n >= 4 AND abs(rho) < 1 - 1e-12 THEN tanh(atanh(rho) + 1.959963984540054 * sqrt(1.06 / (n - 3))) END;

-- The minimum IKM/SKM sample for a population of N service users
-- (PermenPANRB 14/2017, Krejcie and Morgan 1970; DOMAIN.md):
--   s = chi2 N P (1 - P) / (d^2 (N - 1) + chi2 P (1 - P)),
--   chi2 = 3.841, P = 0.5, d = 0.05, rounded to the nearest whole respondent
-- (Krejcie and Morgan's table: N = 100 -> 80, 1 000 -> 278, 10 000 -> 370,
-- 1 000 000 -> 384). With N unknown (NULL) the limit for a large N, 384, the
-- largest minimum the formula gives.
CREATE OR REPLACE MACRO core.ikm_sampel_minimum(n) AS
    CAST(CASE WHEN n IS NULL THEN 384
              WHEN n <= 0 THEN 0
              ELSE round(3.841 * n * 0.25 / (0.05 ^ 2 * (n - 1) + 3.841 * 0.25)) END AS INTEGER);

-- Outcome indicators (core.fact_indicator, total rows) that count the
-- people a unit served in a period: the IKM's population where the unit
-- has no service requests (mart.ikm, sumber_populasi).
CREATE OR REPLACE TABLE core.ref_indikator_populasi AS
SELECT * FROM (VALUES
    ('pasien_dilayani', 'pasien dilayani')
) AS t(indikator, keterangan);

-- One score of an appraisal for comparing sources (atasan, diri, rekan,
-- bawahan): di_bawah = 1, sesuai = 2, di_atas = 3 on hasil kerja and on
-- perilaku kerja, and their mean (1-3). mart.rater_calibration and
-- mart.unit_360 both score with it.
CREATE OR REPLACE MACRO core.nilai_skor(hasil_kerja, perilaku_kerja) AS
    (CASE hasil_kerja WHEN 'di_bawah' THEN 1 WHEN 'sesuai' THEN 2 WHEN 'di_atas' THEN 3 END
     + CASE perilaku_kerja WHEN 'di_bawah' THEN 1 WHEN 'sesuai' THEN 2 WHEN 'di_atas' THEN 3 END) / 2.0;

-- Reconciliations: the same number reached by two roads must agree.

-- test: rekonsiliasi_unit_performance_fact
-- Every atasan appraisal is counted in exactly one unit_performance row: per period, the units' pegawai_dinilai sum to the fact's rows.
SELECT f.periode, f.n AS fact, up.n AS mart FROM
    (SELECT periode, count(*) AS n FROM core.fact_appraisal WHERE sumber = 'atasan' GROUP BY ALL) f
FULL JOIN (SELECT periode, sum(pegawai_dinilai) AS n FROM mart.unit_performance GROUP BY ALL) up USING (periode)
WHERE f.n IS DISTINCT FROM up.n;

-- test: rekonsiliasi_units_sum_to_region
-- Units sum to their region: region_summary's pegawai_dinilai and permohonan equal the sums over the region's units.
SELECT rs.kode_wilayah, rs.periode, rs.pegawai_dinilai, u.pegawai_dinilai AS units_pegawai, rs.permohonan, s.permohonan AS units_permohonan
FROM mart.region_summary rs
LEFT JOIN (SELECT kode_wilayah, periode, sum(pegawai_dinilai) AS pegawai_dinilai FROM mart.unit_performance GROUP BY ALL) u USING (kode_wilayah, periode)
LEFT JOIN (SELECT kode_wilayah, periode, sum(permohonan) AS permohonan FROM mart.service_outcomes GROUP BY ALL) s USING (kode_wilayah, periode)
WHERE rs.pegawai_dinilai <> coalesce(u.pegawai_dinilai, 0) OR rs.permohonan <> coalesce(s.permohonan, 0);

-- test: rekonsiliasi_region_benchmark
-- A kab/kota's benchmark equals its region_summary; a province's equals the sum of its kab/kota and its own units.
SELECT b.kode_wilayah, b.periode, b.pegawai_dinilai, x.pegawai_dinilai AS expected_pegawai, b.permohonan, x.permohonan AS expected_permohonan
FROM mart.region_benchmark b
LEFT JOIN (
    -- kab/kota rows only: a province that is also a government with its own
    -- units has a region_summary row of its own, which the sum below includes
    SELECT kode_wilayah, periode, pegawai_dinilai, permohonan FROM mart.region_summary
    WHERE kode_wilayah NOT IN (SELECT kode_provinsi FROM core.dim_region WHERE kode_provinsi IS NOT NULL)
    UNION ALL
    SELECT r.kode_provinsi, s.periode, sum(s.pegawai_dinilai), sum(s.permohonan)
    FROM mart.region_summary s JOIN core.dim_region r USING (kode_wilayah)
    GROUP BY ALL
) x USING (kode_wilayah, periode)
WHERE b.pegawai_dinilai IS DISTINCT FROM x.pegawai_dinilai OR b.permohonan IS DISTINCT FROM x.permohonan;

-- test: rekonsiliasi_service_outcomes_tahun
-- Period roll-up: a year's requests per unit and service equal the sum of its quarters'.
SELECT y.kode_unit, y.layanan, y.periode, y.permohonan, q.permohonan AS quarters
FROM mart.service_outcomes y
JOIN (SELECT s.kode_unit, s.layanan, p.periode_tahun, sum(s.permohonan) AS permohonan
      FROM mart.service_outcomes s JOIN core.dim_period p USING (periode)
      WHERE s.jenis_periode = 'triwulan' GROUP BY ALL) q
  ON q.kode_unit = y.kode_unit AND q.layanan = y.layanan AND q.periode_tahun = y.periode
WHERE y.jenis_periode = 'tahun' AND y.permohonan <> q.permohonan;

-- test: rekonsiliasi_ikm_tahun
-- Period roll-up: a year's IKM respondents per unit equal the sum of its quarters'.
SELECT y.kode_unit, y.periode, y.responden, q.responden AS quarters
FROM mart.ikm y
LEFT JOIN (SELECT i.kode_unit, p.periode_tahun, sum(i.responden) AS responden
      FROM mart.ikm i JOIN core.dim_period p USING (periode)
      WHERE i.jenis_periode = 'triwulan' GROUP BY ALL) q
  ON q.kode_unit = y.kode_unit AND q.periode_tahun = y.periode
WHERE y.jenis_periode = 'tahun' AND y.responden IS DISTINCT FROM q.responden;

-- test: rekonsiliasi_service_outcomes_semester
-- Period roll-up: a semester's requests per unit and service equal the sum of its two quarters'.
SELECT s.kode_unit, s.layanan, s.periode, s.permohonan, q.permohonan AS quarters
FROM mart.service_outcomes s
LEFT JOIN (SELECT o.kode_unit, o.layanan, p.periode_semester, sum(o.permohonan) AS permohonan
      FROM mart.service_outcomes o JOIN core.dim_period p USING (periode)
      WHERE o.jenis_periode = 'triwulan' GROUP BY ALL) q
  ON q.kode_unit = s.kode_unit AND q.layanan = s.layanan AND q.periode_semester = s.periode
WHERE s.jenis_periode = 'semester' AND s.permohonan IS DISTINCT FROM q.permohonan;

-- test: rekonsiliasi_ikm_semester
-- Period roll-up: a semester's IKM respondents per unit equal the sum of its two quarters'.
SELECT s.kode_unit, s.periode, s.responden, q.responden AS quarters
FROM mart.ikm s
LEFT JOIN (SELECT i.kode_unit, p.periode_semester, sum(i.responden) AS responden
      FROM mart.ikm i JOIN core.dim_period p USING (periode)
      WHERE i.jenis_periode = 'triwulan' GROUP BY ALL) q
  ON q.kode_unit = s.kode_unit AND q.periode_semester = s.periode
WHERE s.jenis_periode = 'semester' AND s.responden IS DISTINCT FROM q.responden;

-- test: rekonsiliasi_ikm_unsur
-- The IKM is 25 x the sum of its nine weighted element means (exactly 1/9 each).
SELECT i.kode_unit, i.periode, i.ikm, 25 * e.s AS from_elements
FROM mart.ikm i
JOIN (SELECT kode_unit, periode, sum(nrr_tertimbang) AS s, count(*) AS n FROM mart.ikm_unsur GROUP BY ALL) e USING (kode_unit, periode)
WHERE e.n <> 9 OR abs(i.ikm - 25 * e.s) > 1e-9;

-- test: rekonsiliasi_distribution_compliance
-- The kurva check counts the same people as unit_performance.
SELECT d.kode_unit, d.periode, d.pegawai_dinilai, u.pegawai_dinilai AS unit_performance
FROM mart.distribution_compliance d
FULL JOIN mart.unit_performance u USING (kode_unit, periode)
WHERE d.pegawai_dinilai IS DISTINCT FROM u.pegawai_dinilai OR d.jumlah_sangat_baik IS DISTINCT FROM u.jumlah_sangat_baik;

-- test: rekonsiliasi_training_needs_unit
-- The planner's unit view agrees with the 20 JP compliance mart, and with the people it sums.
SELECT t.kode_unit, t.tahun, t.pegawai, c.pegawai AS compliance_pegawai, t.pegawai_kurang_20_jp, c.pegawai_kurang_20_jp AS compliance_kurang
FROM mart.training_needs_unit t
JOIN mart.training_compliance c USING (kode_unit, tahun)
WHERE t.pegawai <> c.pegawai OR t.pegawai_kurang_20_jp <> c.pegawai_kurang_20_jp
UNION ALL
SELECT t.kode_unit, t.tahun, t.pegawai, n.pegawai, NULL, NULL
FROM mart.training_needs_unit t
JOIN (SELECT kode_unit, tahun, count(*) AS pegawai FROM mart.training_needs GROUP BY ALL) n USING (kode_unit, tahun)
WHERE t.pegawai <> n.pegawai;

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

-- test: rekonsiliasi_talent_grid
-- A 9-box row adds up (pool = kotak 7-9, kotak_1_6 = kotak 1-6, pegawai = pool + kotak_1_6 + tanpa_kotak), the semua row is the sum of the wilayah rows and a wilayah row the sum of its units, and a unit's boxes are mart.talent_count's.
WITH g AS (SELECT * FROM mart.talent_grid),
up AS (
    SELECT 'wilayah' AS tingkat, kode_wilayah, tahun, sum(pegawai) AS pegawai, sum(kelompok_promosi) AS pool, sum(kotak_5) AS k5
    FROM g WHERE tingkat = 'unit' GROUP BY ALL
    UNION ALL
    SELECT 'semua', NULL, tahun, sum(pegawai), sum(kelompok_promosi), sum(kotak_5) FROM g WHERE tingkat = 'wilayah' GROUP BY ALL
),
tc AS (
    SELECT kode_unit, tahun, sum(pegawai) FILTER (WHERE kotak_9 = 0) AS tanpa, sum(pegawai) FILTER (WHERE kotak_9 = 9) AS k9,
           sum(pegawai) AS pegawai
    FROM mart.talent_count GROUP BY ALL
)
SELECT g.tingkat, g.kode_unit, g.kode_wilayah, g.tahun, 'row' AS what FROM g
WHERE g.kelompok_promosi <> g.kotak_7 + g.kotak_8 + g.kotak_9
   OR g.kotak_1_6 <> g.kotak_1 + g.kotak_2 + g.kotak_3 + g.kotak_4 + g.kotak_5 + g.kotak_6
   OR g.pegawai <> g.kelompok_promosi + g.kotak_1_6 + g.tanpa_kotak
UNION ALL
SELECT g.tingkat, NULL, g.kode_wilayah, g.tahun, 'sum' FROM g
LEFT JOIN up ON up.tingkat = g.tingkat AND up.kode_wilayah IS NOT DISTINCT FROM g.kode_wilayah AND up.tahun = g.tahun
WHERE g.tingkat <> 'unit' AND (up.pegawai IS DISTINCT FROM g.pegawai OR up.pool IS DISTINCT FROM g.kelompok_promosi OR up.k5 IS DISTINCT FROM g.kotak_5)
UNION ALL
SELECT 'unit', kode_unit, NULL, tahun, 'talent_count' FROM g FULL JOIN tc USING (kode_unit, tahun)
WHERE (g.tingkat = 'unit' OR g.tingkat IS NULL)
  AND (g.pegawai IS DISTINCT FROM tc.pegawai OR g.tanpa_kotak IS DISTINCT FROM coalesce(tc.tanpa, 0) OR g.kotak_9 IS DISTINCT FROM coalesce(tc.k9, 0));

-- test: rekonsiliasi_region_training_need_count
-- A region's counts are its units' (mart.training_need_count) summed, and the semua rows the regions' summed.
WITH u AS (
    SELECT kode_wilayah, tahun, aspek, kunci, sum(pegawai) AS pegawai FROM mart.training_need_count GROUP BY ALL
    UNION ALL
    SELECT NULL, tahun, aspek, kunci, sum(pegawai) FROM mart.training_need_count GROUP BY ALL
)
SELECT r.tingkat, r.kode_wilayah, u.kode_wilayah AS unit_wilayah, r.tahun, u.tahun AS unit_tahun, r.aspek, r.kunci, r.pegawai, u.pegawai AS units
FROM mart.region_training_need_count r
FULL JOIN u ON u.kode_wilayah IS NOT DISTINCT FROM r.kode_wilayah AND u.tahun = r.tahun AND u.aspek = r.aspek AND u.kunci = r.kunci
WHERE r.pegawai IS DISTINCT FROM u.pegawai;

-- test: rekonsiliasi_data_quality_summary
-- The data-quality headline is its tables summed: one row, the batches in force and their rows those of mart.data_quality's 'semua' rows, the appraisals set aside those of mart.set_aside_reason.
SELECT s.batch_berlaku, b.n, s.baris_dibaca, b.dibaca, s.baris_karantina, b.karantina, s.penilaian_disisihkan, x.baris
FROM mart.data_quality_summary s,
     (SELECT count(*) AS n, coalesce(sum(baris_dibaca), 0) AS dibaca, coalesce(sum(baris_karantina), 0) AS karantina
      FROM mart.data_quality WHERE periode = 'semua' AND diganti_oleh IS NULL) b,
     (SELECT coalesce(sum(baris), 0) AS baris FROM mart.set_aside_reason) x
WHERE s.batch_berlaku <> b.n OR s.baris_dibaca <> b.dibaca OR s.baris_karantina <> b.karantina OR s.penilaian_disisihkan <> x.baris
   OR (SELECT count(*) FROM mart.data_quality_summary) <> 1;

-- test: rekonsiliasi_region_berakhlak
-- A region's BerAKHLAK counts per period and value are its units' (mart.berakhlak_unit) summed, and its shares those sums' shares.
SELECT coalesce(r.kode_wilayah, u.kode_wilayah) AS kode_wilayah, coalesce(r.periode, u.periode) AS periode,
       coalesce(r.nilai_berakhlak, u.nilai_berakhlak) AS nilai_berakhlak, r.dinilai, u.dinilai AS units_dinilai,
       r.di_bawah, u.di_bawah AS units_di_bawah, r.di_atas, u.di_atas AS units_di_atas
FROM mart.region_berakhlak r
FULL JOIN (SELECT kode_wilayah, periode, nilai_berakhlak, count(*) AS unit_dinilai, sum(dinilai) AS dinilai,
                  sum(di_bawah) AS di_bawah, sum(di_atas) AS di_atas
           FROM mart.berakhlak_unit GROUP BY ALL) u
  ON u.kode_wilayah = r.kode_wilayah AND u.periode = r.periode AND u.nilai_berakhlak = r.nilai_berakhlak
WHERE r.dinilai IS DISTINCT FROM u.dinilai OR r.di_bawah IS DISTINCT FROM u.di_bawah OR r.di_atas IS DISTINCT FROM u.di_atas
   OR r.unit_dinilai IS DISTINCT FROM u.unit_dinilai
   OR abs(r.persen_di_bawah - 100.0 * u.di_bawah / u.dinilai) > 1e-9 OR abs(r.persen_di_atas - 100.0 * u.di_atas / u.dinilai) > 1e-9;

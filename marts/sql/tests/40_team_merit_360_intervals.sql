-- Keys and rules of the team, merit and 360 marts and of the intervals
-- (issue 13); kept apart from the older marts' tests.

-- test: unik_unit_team
-- mart.unit_team has one row per (kode_unit_induk, periode, peran, kode_unit), none of them NULL.
SELECT kode_unit_induk, periode, peran, kode_unit, count(*) AS n FROM mart.unit_team GROUP BY ALL
HAVING n > 1 OR kode_unit_induk IS NULL OR periode IS NULL OR peran IS NULL OR kode_unit IS NULL;

-- test: rekonsiliasi_unit_team
-- A team row's counts are the sums of its members' rows (induk and sub_unit) of the period.
SELECT t.kode_unit_induk, t.periode, t.pegawai_dinilai, m.pegawai_dinilai AS members_pegawai, t.responden, m.responden AS members_responden
FROM mart.unit_team t
JOIN (SELECT kode_unit_induk, periode, sum(pegawai_dinilai) AS pegawai_dinilai, sum(jumlah_sangat_baik) AS jumlah_sangat_baik,
             sum(permohonan) AS permohonan, sum(responden) AS responden, count(*) AS unit_anggota
      FROM mart.unit_team WHERE peran <> 'tim' GROUP BY ALL) m USING (kode_unit_induk, periode)
WHERE t.peran = 'tim' AND (t.pegawai_dinilai IS DISTINCT FROM m.pegawai_dinilai OR t.jumlah_sangat_baik IS DISTINCT FROM m.jumlah_sangat_baik
   OR t.permohonan IS DISTINCT FROM m.permohonan OR t.responden IS DISTINCT FROM m.responden OR t.unit_anggota <> m.unit_anggota);

-- test: unik_unit_360
-- mart.unit_360 has one row per (kode_unit, periode), none of them NULL; the rater counts add up.
SELECT kode_unit, periode, count(*) AS n FROM mart.unit_360 GROUP BY ALL
HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL
    OR any_value(penilai_lunak + penilai_ketat + penilai_wajar) <> any_value(penilai_dinilai_cukup)
    OR any_value(penilai_dinilai_cukup) > any_value(penilai);

-- test: unik_promotion_merit_region
-- mart.promotion_merit_region has one row per (kode_wilayah, periode); the statuses add up to kenaikan; each year's promotions are those of mart.promotion_merit, for the years of core.dim_period (a promotion dated in a year no fact touches has no appraisal to judge it by and no period row).
SELECT kode_wilayah, periode, count(*) AS n FROM mart.promotion_merit_region GROUP BY ALL
HAVING n > 1 OR kode_wilayah IS NULL OR periode IS NULL
    OR any_value(dalam_kelompok_promosi + di_luar_kelompok_promosi + data_tidak_lengkap) <> any_value(kenaikan)
UNION ALL
SELECT m.kode_wilayah, CAST(m.tahun AS VARCHAR), count(*) FROM mart.promotion_merit m
LEFT JOIN mart.promotion_merit_region r ON r.kode_wilayah = m.kode_wilayah AND r.periode = CAST(m.tahun AS VARCHAR)
WHERE m.kode_wilayah IS NOT NULL AND m.tahun IN (SELECT tahun FROM core.dim_period)
GROUP BY m.kode_wilayah, m.tahun HAVING count(*) <> any_value(r.kenaikan) OR any_value(r.kenaikan) IS NULL;

-- test: interval_wilson
-- A Wilson interval lies in 0-100 and holds its percentage: unit_performance's % Sangat Baik, service_outcomes' % on time, promotion_merit_region's % outside, appraisal_response_unit's % objected.
SELECT 'unit_performance' AS mart, kode_unit AS kunci, periode, persen_sangat_baik AS persen, persen_sangat_baik_bawah AS bawah, persen_sangat_baik_atas AS atas
FROM mart.unit_performance
WHERE NOT (persen_sangat_baik_bawah >= 0 AND persen_sangat_baik_bawah <= persen_sangat_baik + 1e-9
           AND persen_sangat_baik <= persen_sangat_baik_atas + 1e-9 AND persen_sangat_baik_atas <= 100)
UNION ALL
SELECT 'service_outcomes', kode_unit || ' ' || layanan, periode, persen_tepat_waktu, persen_tepat_waktu_bawah, persen_tepat_waktu_atas
FROM mart.service_outcomes
WHERE selesai_berbatas > 0 AND NOT (persen_tepat_waktu_bawah >= 0 AND persen_tepat_waktu_bawah <= persen_tepat_waktu + 1e-9
           AND persen_tepat_waktu <= persen_tepat_waktu_atas + 1e-9 AND persen_tepat_waktu_atas <= 100
           AND abs(persen_tepat_waktu - 100.0 * tepat_waktu / selesai_berbatas) < 1e-9)
UNION ALL
SELECT 'promotion_merit_region', kode_wilayah, periode, persen_di_luar, persen_di_luar_bawah, persen_di_luar_atas
FROM mart.promotion_merit_region
WHERE persen_di_luar IS NOT NULL AND NOT (persen_di_luar_bawah <= persen_di_luar + 1e-9 AND persen_di_luar <= persen_di_luar_atas + 1e-9)
UNION ALL
SELECT 'appraisal_response_unit', kode_unit, periode, persen_keberatan, persen_keberatan_bawah, persen_keberatan_atas
FROM mart.appraisal_response_unit
WHERE NOT (persen_keberatan_bawah >= 0 AND persen_keberatan_bawah <= persen_keberatan + 1e-9
           AND persen_keberatan <= persen_keberatan_atas + 1e-9 AND persen_keberatan_atas <= 100);

-- test: interval_spearman
-- Spearman's interval holds rho and lies in [-1, 1]; terlalu_sedikit_unit means fewer than 8 units.
-- A rho within 1e-12 of 1 or -1 counts as +-1, as in core.spearman_bawah: no interval.
SELECT kode_wilayah, periode, spearman_nilai_ikm, spearman_bawah, spearman_atas, spearman_n FROM mart.performance_service_link
WHERE terlalu_sedikit_unit <> (spearman_n < 8)
   OR (spearman_bawah IS NOT NULL AND NOT (spearman_bawah >= -1 AND spearman_bawah <= spearman_nilai_ikm AND spearman_nilai_ikm <= spearman_atas AND spearman_atas <= 1))
   OR (spearman_bawah IS NULL AND spearman_n >= 4 AND abs(spearman_nilai_ikm) < 1 - 1e-12);

-- test: sampel_ikm
-- The IKM's sample flag follows its rule: sampel_cukup = responden >= sampel_minimum, the minimum from the population (384 when unknown).
SELECT kode_unit, periode, responden, populasi, sumber_populasi, sampel_minimum, sampel_cukup FROM mart.ikm
WHERE sampel_cukup IS DISTINCT FROM (responden >= sampel_minimum)
   OR sampel_minimum IS DISTINCT FROM core.ikm_sampel_minimum(populasi)
   OR (populasi IS NULL) <> (sumber_populasi = 'tidak_diketahui');

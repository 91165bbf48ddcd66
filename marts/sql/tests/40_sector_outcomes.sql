-- Data tests of the sector outcomes (issue 13): mart.sector_outcomes and its
-- columns in mart.performance_service_link.

-- test: unik_sector_outcomes
-- mart.sector_outcomes has one row per (kode_unit, periode, indikator), none of them NULL.
SELECT kode_unit, periode, indikator, count(*) AS n FROM mart.sector_outcomes GROUP BY ALL
HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL OR indikator IS NULL;

-- test: nilai_sector_outcomes
-- arah is naik | turun; tren is membaik | memburuk | tetap, NULL exactly without a previous period, and agrees with arah; memburuk_beruntun is positive exactly when tren is memburuk; attainment is 100 exactly on target.
SELECT kode_unit, periode, indikator, arah, tren, memburuk_beruntun, capaian_persen FROM mart.sector_outcomes
WHERE arah NOT IN ('naik', 'turun')
   OR (tren IS NULL) <> (nilai_sebelumnya IS NULL)
   OR tren NOT IN ('membaik', 'memburuk', 'tetap')
   OR (tren = 'memburuk') <> (memburuk_beruntun > 0)
   OR (tren = 'memburuk' AND (perubahan > 0) <> (arah = 'turun'))
   OR asal_nilai NOT IN ('sumber', 'jumlah_triwulan', 'rerata_triwulan')
   OR (nilai = target AND capaian_persen IS NOT NULL AND abs(capaian_persen - 100) > 1e-9)
   OR (memenuhi_target IS NULL) <> (target IS NULL);

-- test: rekonsiliasi_sector_outcomes_link
-- performance_service_link counts the unit's sector indicators of the period, and its label_sektor is one of three values, NULL exactly when a side is missing; Spearman's rho lies in [-1, 1].
SELECT l.kode_unit, l.periode, l.indikator_sektor, s.n, l.label_sektor
FROM mart.performance_service_link l
LEFT JOIN (SELECT kode_unit, periode, count(*) AS n FROM mart.sector_outcomes GROUP BY ALL) s USING (kode_unit, periode)
WHERE l.indikator_sektor IS DISTINCT FROM CAST(s.n AS INTEGER)
   OR (l.label_sektor IS NULL) <> (l.persen_sangat_baik IS NULL OR l.indikator_sektor IS NULL)
   OR l.label_sektor NOT IN ('selaras', 'nilai_tinggi_sektor_memburuk', 'nilai_rendah_sektor_baik')
   OR l.spearman_nilai_sektor NOT BETWEEN -1 - 1e-9 AND 1 + 1e-9;

-- Unique keys and not-null keys of every mart: the grain its header comment
-- promises. Generated once by hand from the headers; keep in step with them.

-- test: unik_unit_performance
-- mart.unit_performance has one row per (kode_unit, periode), none of them NULL.
SELECT kode_unit, periode, count(*) AS n FROM mart.unit_performance GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL;

-- test: unik_service_outcomes
-- mart.service_outcomes has one row per (kode_unit, periode, layanan), none of them NULL.
SELECT kode_unit, periode, layanan, count(*) AS n FROM mart.service_outcomes GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL OR layanan IS NULL;

-- test: unik_ikm
-- mart.ikm has one row per (kode_unit, periode), none of them NULL.
SELECT kode_unit, periode, count(*) AS n FROM mart.ikm GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL;

-- test: unik_ikm_unsur
-- mart.ikm_unsur has one row per (kode_unit, periode, unsur), none of them NULL.
SELECT kode_unit, periode, unsur, count(*) AS n FROM mart.ikm_unsur GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL OR unsur IS NULL;

-- test: unik_performance_service_link
-- mart.performance_service_link has one row per (kode_unit, periode), none of them NULL.
SELECT kode_unit, periode, count(*) AS n FROM mart.performance_service_link GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL;

-- test: unik_berakhlak_unit
-- mart.berakhlak_unit has one row per (kode_unit, periode, nilai_berakhlak), none of them NULL.
SELECT kode_unit, periode, nilai_berakhlak, count(*) AS n FROM mart.berakhlak_unit GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL OR nilai_berakhlak IS NULL;

-- test: unik_region_berakhlak
-- mart.region_berakhlak has one row per (kode_wilayah, periode, nilai_berakhlak), none of them NULL.
SELECT kode_wilayah, periode, nilai_berakhlak, count(*) AS n FROM mart.region_berakhlak GROUP BY ALL HAVING n > 1 OR kode_wilayah IS NULL OR periode IS NULL OR nilai_berakhlak IS NULL;

-- test: unik_rater_calibration
-- mart.rater_calibration has one row per (nip_penilai, periode), none of them NULL.
SELECT nip_penilai, periode, count(*) AS n FROM mart.rater_calibration GROUP BY ALL HAVING n > 1 OR nip_penilai IS NULL OR periode IS NULL;

-- test: unik_training_compliance
-- mart.training_compliance has one row per (kode_unit, tahun), none of them NULL.
SELECT kode_unit, tahun, count(*) AS n FROM mart.training_compliance GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR tahun IS NULL;

-- test: unik_region_summary
-- mart.region_summary has one row per (kode_wilayah, periode), none of them NULL.
SELECT kode_wilayah, periode, count(*) AS n FROM mart.region_summary GROUP BY ALL HAVING n > 1 OR kode_wilayah IS NULL OR periode IS NULL;

-- test: unik_region_benchmark
-- mart.region_benchmark has one row per (kode_wilayah, periode), none of them NULL.
SELECT kode_wilayah, periode, count(*) AS n FROM mart.region_benchmark GROUP BY ALL HAVING n > 1 OR kode_wilayah IS NULL OR periode IS NULL;

-- test: unik_distribution_compliance
-- mart.distribution_compliance has one row per (kode_unit, periode), none of them NULL.
SELECT kode_unit, periode, count(*) AS n FROM mart.distribution_compliance GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL;

-- test: unik_talent_grid
-- mart.talent_grid has one row per (tingkat, kode_unit, kode_wilayah, tahun): a unit row names its unit and region, a wilayah row its region, the semua row neither.
SELECT tingkat, kode_unit, kode_wilayah, tahun, count(*) AS n FROM mart.talent_grid GROUP BY ALL
HAVING n > 1 OR tahun IS NULL OR tingkat NOT IN ('unit', 'wilayah', 'semua')
    OR (tingkat = 'unit') <> (kode_unit IS NOT NULL) OR (tingkat = 'semua') <> (kode_wilayah IS NULL AND kode_unit IS NULL);

-- test: unik_region_training_need_count
-- mart.region_training_need_count has one row per (tingkat, kode_wilayah, tahun, aspek, kunci); kode_wilayah is NULL on the semua rows only.
SELECT tingkat, kode_wilayah, tahun, aspek, kunci, count(*) AS n FROM mart.region_training_need_count GROUP BY ALL
HAVING n > 1 OR tahun IS NULL OR aspek IS NULL OR kunci IS NULL OR tingkat NOT IN ('wilayah', 'semua') OR (tingkat = 'semua') <> (kode_wilayah IS NULL);

-- test: unik_talent_pool
-- mart.talent_pool has one row per (nip, tahun), none of them NULL (after a refresh from year Y: its rows of Y on).
SELECT nip, tahun, count(*) AS n FROM mart.talent_pool WHERE coalesce(tahun >= {{year}}, true)
GROUP BY ALL HAVING n > 1 OR nip IS NULL OR tahun IS NULL;

-- test: unik_promotion_merit
-- mart.promotion_merit has one row per (nip, tanggal_kenaikan), none of them NULL.
SELECT nip, tanggal_kenaikan, count(*) AS n FROM mart.promotion_merit GROUP BY ALL HAVING n > 1 OR nip IS NULL OR tanggal_kenaikan IS NULL;

-- test: unik_training_needs
-- mart.training_needs has one row per (nip, tahun), none of them NULL (after a refresh from year Y: its rows of Y on).
SELECT nip, tahun, count(*) AS n FROM mart.training_needs WHERE coalesce(tahun >= {{year}}, true)
GROUP BY ALL HAVING n > 1 OR nip IS NULL OR tahun IS NULL;

-- test: unik_training_needs_unit
-- mart.training_needs_unit has one row per (kode_unit, tahun), none of them NULL.
SELECT kode_unit, tahun, count(*) AS n FROM mart.training_needs_unit GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR tahun IS NULL;

-- test: unik_data_quality
-- mart.data_quality has one row per (batch_id, periode), none of them NULL.
SELECT batch_id, periode, count(*) AS n FROM mart.data_quality GROUP BY ALL HAVING n > 1 OR batch_id IS NULL OR periode IS NULL;

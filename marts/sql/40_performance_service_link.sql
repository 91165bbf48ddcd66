-- mart.performance_service_link
-- Grain: one unit x period (quarter, semester or year) where the unit has appraisals or
-- service data. Puts how the unit rates its people next to how well it serves:
-- % Sangat Baik against IKM and Dukcapil turnaround.
-- Ranks are within the region and period among units that have both a
-- % Sangat Baik and an IKM (unit_dibandingkan of them); 1 = highest % Sangat
-- Baik (peringkat_nilai) or best IKM (peringkat_layanan).
-- label_keselarasan (NULL when either side is missing):
--   nilai_tinggi_layanan_buruk: >= 50 % Sangat Baik while the IKM is in the
--     region's worst quarter (rank > 3/4 of the units compared) or of mutu C/D;
--   nilai_rendah_layanan_baik: <= 10 % Sangat Baik while the IKM is in the
--     region's best quarter and of mutu A/B;
--   selaras: anything else.
-- How far to trust spearman_nilai_ikm (below): spearman_n, the units it is
-- computed over (unit_dibandingkan); spearman_bawah, spearman_atas, its 95 %
-- confidence interval by Fisher's z with the Spearman standard error of
-- Fieller, Hartley and Pearson (core.spearman_bawah / core.spearman_atas):
-- tanh(atanh(rho) -/+ 1.96 x sqrt(1.06 / (n - 3))), NULL when n < 4 or
-- |rho| = 1; terlalu_sedikit_unit: fewer than 8 units, where a page says
-- "terlalu sedikit unit" instead of reading the correlation.
-- spearman_nilai_ikm: per region and period, Spearman's rank correlation
-- between the units' % Sangat Baik and their IKM, over the unit_dibandingkan
-- units that have both: the Pearson correlation of their average ranks (ties
-- share the mean of the ranks they span). +1 = the units rated best also serve
-- best, -1 = the opposite. NULL with fewer than 3 units or when either side
-- has no spread. The same value on every unit row of the region and period.
-- Sector outcomes (mart.sector_outcomes: health and education indicators of
-- puskesmas, schools, Dinkes, Dindik, ...), over the unit's indicators of the
-- period:
--   indikator_sektor: how many; capaian_sektor: the mean of their
--   capaian_persen (attainment against target, arah respected; those with a
--   target); indikator_memenuhi_target: how many meet their target;
--   indikator_memburuk: how many got worse on the previous period;
--   memburuk_beruntun_maks, indikator_memburuk_beruntun: the longest run of
--   periods in a row an indicator got worse, up to this one, and which
--   indicator (ties: the first by code; NULL when none got worse);
--   capaian_sektor_sebelumnya: capaian_sektor in the previous period of the
--   same kind.
-- label_sektor (NULL when % Sangat Baik or the sector indicators are missing):
--   nilai_tinggi_sektor_memburuk: >= 50 % Sangat Baik while an indicator has
--     got worse 3 periods in a row (memburuk_beruntun_maks >= 3);
--   nilai_rendah_sektor_baik: <= 10 % Sangat Baik while every indicator with
--     a target meets it and none got worse;
--   selaras: anything else.
-- spearman_nilai_sektor: Spearman's rho, as spearman_nilai_ikm, between the
-- units' % Sangat Baik and their capaian_sektor, over the
-- unit_dibandingkan_sektor units of the region and period that have both;
-- spearman_sektor_bawah, spearman_sektor_atas its 95 % interval and
-- terlalu_sedikit_unit_sektor (fewer than 8 units), as for spearman_nilai_ikm.
-- pegawai_dinilai_ditahan, sangat_baik_ditahan and their *_alasan_ditahan:
-- mart.unit_performance's (mart.suppression): whether a page withholds the
-- unit's pegawai_dinilai and its % Sangat Baik (NULL without appraisals).
-- The ranks and correlations above are over every unit, withheld or not.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.performance_service_link AS
WITH svc AS MATERIALIZED (
    SELECT kode_unit, periode,
        count(*) AS permohonan,
        quantile_cont(durasi_jam, 0.5) FILTER (WHERE status = 'selesai') AS median_jam,
        100.0 * avg(CASE WHEN durasi_jam <= batas_jam THEN 1 ELSE 0 END)
            FILTER (WHERE status = 'selesai' AND batas_jam IS NOT NULL) AS persen_tepat_waktu
    FROM (
        SELECT * FROM core.request_periods() f WHERE f.kode_unit IS NOT NULL
    )
    GROUP BY ALL
),
sektor AS MATERIALIZED (
    SELECT kode_unit, periode,
        CAST(count(*) AS INTEGER) AS indikator_sektor,
        avg(capaian_persen) AS capaian_sektor,
        CAST(count(*) FILTER (WHERE memenuhi_target) AS INTEGER) AS indikator_memenuhi_target,
        CAST(count(*) FILTER (WHERE tren = 'memburuk') AS INTEGER) AS indikator_memburuk,
        CAST(max(memburuk_beruntun) AS INTEGER) AS memburuk_beruntun_maks,
        first(indikator ORDER BY memburuk_beruntun DESC, indikator) FILTER (WHERE memburuk_beruntun > 0) AS indikator_memburuk_beruntun,
        count(target) > 0 AND count(target) = count(*) FILTER (WHERE memenuhi_target) AS semua_memenuhi_target
    FROM mart.sector_outcomes
    WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
    GROUP BY ALL
),
keys AS (
    SELECT kode_unit, periode FROM mart.unit_performance WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
    UNION SELECT kode_unit, periode FROM mart.ikm
    UNION SELECT kode_unit, periode FROM svc
    UNION SELECT kode_unit, periode FROM sektor
),
joined AS MATERIALIZED (
    SELECT k.kode_unit, u.nama_unit, u.sektor, u.kode_wilayah, r.nama AS nama_wilayah,
           k.periode, p.jenis_periode, p.tanggal_mulai,
           up.pegawai_dinilai, up.persen_sangat_baik, i.ikm, i.mutu,
           up.pegawai_dinilai_ditahan, up.pegawai_dinilai_alasan_ditahan,
           up.sangat_baik_ditahan, up.sangat_baik_alasan_ditahan,
           s.median_jam, s.persen_tepat_waktu, s.permohonan,
           sk.indikator_sektor, sk.capaian_sektor, sk.indikator_memenuhi_target, sk.indikator_memburuk,
           sk.memburuk_beruntun_maks, sk.indikator_memburuk_beruntun, sk.semua_memenuhi_target
    FROM keys k
    JOIN core.dim_period p USING (periode)
    JOIN core.dim_unit u ON u.kode_unit = k.kode_unit
    LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
    LEFT JOIN mart.unit_performance up ON up.kode_unit = k.kode_unit AND up.periode = k.periode
    LEFT JOIN mart.ikm i ON i.kode_unit = k.kode_unit AND i.periode = k.periode
    LEFT JOIN svc s ON s.kode_unit = k.kode_unit AND s.periode = k.periode
    LEFT JOIN sektor sk ON sk.kode_unit = k.kode_unit AND sk.periode = k.periode
),
ranked AS (
    SELECT *,
        CASE WHEN persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL THEN
            CAST(rank() OVER (PARTITION BY kode_wilayah, periode, (persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL)
                              ORDER BY persen_sangat_baik DESC) AS INTEGER) END AS peringkat_nilai,
        CASE WHEN persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL THEN
            CAST(rank() OVER (PARTITION BY kode_wilayah, periode, (persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL)
                              ORDER BY ikm DESC) AS INTEGER) END AS peringkat_layanan,
        CAST(count(*) FILTER (WHERE persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL)
             OVER (PARTITION BY kode_wilayah, periode) AS INTEGER) AS unit_dibandingkan,
        CAST(count(*) FILTER (WHERE persen_sangat_baik IS NOT NULL AND capaian_sektor IS NOT NULL)
             OVER (PARTITION BY kode_wilayah, periode) AS INTEGER) AS unit_dibandingkan_sektor
    FROM joined
),
-- average ranks (1 = lowest) of the compared units, for Spearman's rho
avg_ranks AS (
    SELECT kode_wilayah, periode,
        rank() OVER (PARTITION BY kode_wilayah, periode ORDER BY persen_sangat_baik)
            + (count(*) OVER (PARTITION BY kode_wilayah, periode, persen_sangat_baik) - 1) / 2.0 AS r_nilai,
        rank() OVER (PARTITION BY kode_wilayah, periode ORDER BY ikm)
            + (count(*) OVER (PARTITION BY kode_wilayah, periode, ikm) - 1) / 2.0 AS r_ikm
    FROM joined
    WHERE persen_sangat_baik IS NOT NULL AND ikm IS NOT NULL
),
spearman AS (
    SELECT kode_wilayah, periode,
        CASE WHEN count(*) >= 3 AND var_pop(r_nilai) > 0 AND var_pop(r_ikm) > 0
             THEN corr(r_nilai, r_ikm) END AS spearman_nilai_ikm,
        CAST(count(*) AS INTEGER) AS spearman_n
    FROM avg_ranks
    GROUP BY ALL
),
-- the same over % Sangat Baik and capaian_sektor
avg_ranks_sektor AS (
    SELECT kode_wilayah, periode,
        rank() OVER (PARTITION BY kode_wilayah, periode ORDER BY persen_sangat_baik)
            + (count(*) OVER (PARTITION BY kode_wilayah, periode, persen_sangat_baik) - 1) / 2.0 AS r_nilai,
        rank() OVER (PARTITION BY kode_wilayah, periode ORDER BY capaian_sektor)
            + (count(*) OVER (PARTITION BY kode_wilayah, periode, capaian_sektor) - 1) / 2.0 AS r_sektor
    FROM joined
    WHERE persen_sangat_baik IS NOT NULL AND capaian_sektor IS NOT NULL
),
spearman_sektor AS (
    SELECT kode_wilayah, periode,
        CASE WHEN count(*) >= 3 AND var_pop(r_nilai) > 0 AND var_pop(r_sektor) > 0
             THEN corr(r_nilai, r_sektor) END AS spearman_nilai_sektor
    FROM avg_ranks_sektor
    GROUP BY ALL
)
SELECT
    kode_unit, nama_unit, sektor, kode_wilayah, nama_wilayah, periode, jenis_periode, tanggal_mulai,
    pegawai_dinilai, persen_sangat_baik, ikm, mutu, median_jam, persen_tepat_waktu, permohonan,
    peringkat_nilai, peringkat_layanan, unit_dibandingkan,
    coalesce(s.spearman_n, 0) AS spearman_n,
    core.spearman_bawah(s.spearman_nilai_ikm, s.spearman_n) AS spearman_bawah,
    core.spearman_atas(s.spearman_nilai_ikm, s.spearman_n) AS spearman_atas,
    coalesce(s.spearman_n, 0) < 8 AS terlalu_sedikit_unit,
    CASE
        WHEN persen_sangat_baik IS NULL OR ikm IS NULL THEN NULL
        WHEN persen_sangat_baik >= 50 AND (peringkat_layanan > 0.75 * unit_dibandingkan OR mutu IN ('C', 'D'))
            THEN 'nilai_tinggi_layanan_buruk'
        WHEN persen_sangat_baik <= 10 AND peringkat_layanan <= 0.25 * unit_dibandingkan AND mutu IN ('A', 'B')
            THEN 'nilai_rendah_layanan_baik'
        ELSE 'selaras'
    END AS label_keselarasan,
    lag(persen_sangat_baik) OVER w AS persen_sangat_baik_sebelumnya,
    lag(ikm) OVER w AS ikm_sebelumnya,
    s.spearman_nilai_ikm,
    indikator_sektor, capaian_sektor, indikator_memenuhi_target, indikator_memburuk,
    memburuk_beruntun_maks, indikator_memburuk_beruntun,
    lag(capaian_sektor) OVER w AS capaian_sektor_sebelumnya,
    unit_dibandingkan_sektor,
    CASE
        WHEN persen_sangat_baik IS NULL OR indikator_sektor IS NULL THEN NULL
        WHEN persen_sangat_baik >= 50 AND memburuk_beruntun_maks >= 3 THEN 'nilai_tinggi_sektor_memburuk'
        WHEN persen_sangat_baik <= 10 AND semua_memenuhi_target AND indikator_memburuk = 0 THEN 'nilai_rendah_sektor_baik'
        ELSE 'selaras'
    END AS label_sektor,
    ss.spearman_nilai_sektor,
    core.spearman_bawah(ss.spearman_nilai_sektor, unit_dibandingkan_sektor) AS spearman_sektor_bawah,
    core.spearman_atas(ss.spearman_nilai_sektor, unit_dibandingkan_sektor) AS spearman_sektor_atas,
    coalesce(unit_dibandingkan_sektor, 0) < 8 AS terlalu_sedikit_unit_sektor,
    pegawai_dinilai_ditahan, pegawai_dinilai_alasan_ditahan,
    sangat_baik_ditahan, sangat_baik_alasan_ditahan
FROM ranked
LEFT JOIN spearman s USING (kode_wilayah, periode)
LEFT JOIN spearman_sektor ss USING (kode_wilayah, periode)
WINDOW w AS (PARTITION BY kode_unit, jenis_periode ORDER BY tanggal_mulai);

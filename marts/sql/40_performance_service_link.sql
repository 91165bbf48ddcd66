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
-- spearman_nilai_ikm: per region and period, Spearman's rank correlation
-- between the units' % Sangat Baik and their IKM, over the unit_dibandingkan
-- units that have both: the Pearson correlation of their average ranks (ties
-- share the mean of the ranks they span). +1 = the units rated best also serve
-- best, -1 = the opposite. NULL with fewer than 3 units or when either side
-- has no spread. The same value on every unit row of the region and period.
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
keys AS (
    SELECT kode_unit, periode FROM mart.unit_performance WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
    UNION SELECT kode_unit, periode FROM mart.ikm
    UNION SELECT kode_unit, periode FROM svc
),
joined AS MATERIALIZED (
    SELECT k.kode_unit, u.nama_unit, u.sektor, u.kode_wilayah, r.nama AS nama_wilayah,
           k.periode, p.jenis_periode, p.tanggal_mulai,
           up.pegawai_dinilai, up.persen_sangat_baik, i.ikm, i.mutu,
           s.median_jam, s.persen_tepat_waktu, s.permohonan
    FROM keys k
    JOIN core.dim_period p USING (periode)
    JOIN core.dim_unit u ON u.kode_unit = k.kode_unit
    LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
    LEFT JOIN mart.unit_performance up ON up.kode_unit = k.kode_unit AND up.periode = k.periode
    LEFT JOIN mart.ikm i ON i.kode_unit = k.kode_unit AND i.periode = k.periode
    LEFT JOIN svc s ON s.kode_unit = k.kode_unit AND s.periode = k.periode
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
             OVER (PARTITION BY kode_wilayah, periode) AS INTEGER) AS unit_dibandingkan
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
             THEN corr(r_nilai, r_ikm) END AS spearman_nilai_ikm
    FROM avg_ranks
    GROUP BY ALL
)
SELECT
    kode_unit, nama_unit, sektor, kode_wilayah, nama_wilayah, periode, jenis_periode, tanggal_mulai,
    pegawai_dinilai, persen_sangat_baik, ikm, mutu, median_jam, persen_tepat_waktu, permohonan,
    peringkat_nilai, peringkat_layanan, unit_dibandingkan,
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
    s.spearman_nilai_ikm
FROM ranked
LEFT JOIN spearman s USING (kode_wilayah, periode)
WINDOW w AS (PARTITION BY kode_unit, jenis_periode ORDER BY tanggal_mulai);

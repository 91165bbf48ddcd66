-- mart.region_benchmark
-- Grain: one region x period (quarter or year), at two levels (tingkat):
-- (no semester rows yet: the comparison page reads every period of this
-- mart and offers quarters and years; semesters come with its period
-- selector, see docs/MARTS.md "Period keys")
-- every kab/kota, and every province, which pools the units of the province
-- government and of all its kab/kota (kode_provinsi after the code
-- crosswalk: Kota Sorong's history counts for 96 Papua Barat Daya). Regions
-- are compared only with regions of the same tingkat in the same period.
-- Key figures (pooled over the region's units, as in mart.region_summary):
--   pegawai_dinilai, persen_sangat_baik (atasan appraisals);
--   ikm, mutu (all the region's IKM respondents); median_jam_ktp_el (KTP-el
--   requests completed); persen_tepat_waktu, permohonan (all Dukcapil
--   services); persen_kurang_20_jp (staff on 31 December under 20 JP; year
--   rows only).
-- Ranks (1 = best; NULL when the figure is missing; ties share the rank) and
-- percentiles (persentil_*: 100 = best, 0 = worst: percent_rank among the
-- regions of the tingkat and period that have the figure; 100 when only one).
-- Higher is better for ikm and persen_tepat_waktu, lower is better for
-- median_jam_ktp_el and persen_kurang_20_jp. wilayah_dibandingkan counts the
-- regions of the tingkat and period.
-- *_tahun_lalu: the same figure for the same period a year earlier (2025-Q3
-- against 2024-Q3, 2025 against 2024); perubahan_* = now - a year earlier.
-- Per capita (NULL when penduduk_total is unknown): permohonan_per_1000
-- penduduk, pegawai_dinilai_per_100rb penduduk.
-- The service figures of a kab/kota are mart.region_summary's (the same
-- requests, the same formulas); only the provinces' are computed here.
-- The CTEs used twice (in keys and in base; base again for the year before)
-- are MATERIALIZED: computed once, not once per use.
-- A refresh reads the periods from a year before the ones it recomputes
-- (the year-earlier comparison); each period's figures and ranks need only
-- its own rows.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.region_benchmark AS
WITH geo AS (
    -- each unit counts for its kab/kota and for its province
    SELECT u.kode_unit, u.kode_wilayah, r.tingkat
    FROM core.dim_unit u JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
    UNION ALL
    SELECT u.kode_unit, r.kode_provinsi, 'provinsi'
    FROM core.dim_unit u JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
    WHERE r.tingkat = 'kabkota'
),
perf AS MATERIALIZED (
    SELECT g.kode_wilayah, g.tingkat, f.periode,
           count(*) AS pegawai_dinilai,
           100.0 * count(*) FILTER (WHERE f.predikat = 'sangat_baik') / count(*) AS persen_sangat_baik
    FROM core.fact_appraisal f JOIN geo g USING (kode_unit)
    WHERE f.sumber = 'atasan' AND f.jenis_periode IN ('triwulan', 'tahun')
      AND f.tanggal_mulai >= {{start}} - INTERVAL 1 YEAR
    GROUP BY ALL
),
ikm AS MATERIALIZED (
    SELECT g.kode_wilayah, g.tingkat, s.periode,
           core.ikm_score(avg(u_persyaratan), avg(u_prosedur), avg(u_waktu), avg(u_biaya), avg(u_produk),
                          avg(u_kompetensi), avg(u_perilaku), avg(u_pengaduan), avg(u_sarana)) AS ikm
    FROM (
        SELECT * FROM core.survey_periods() s WHERE s.tanggal >= {{start}} - INTERVAL 1 YEAR AND s.periode NOT LIKE '%-S_'
    ) s JOIN geo g USING (kode_unit)
    GROUP BY ALL
),
svc AS MATERIALIZED (
    -- kab/kota: mart.region_summary's figures, computed there over the same
    -- requests (the units of the kab/kota); the median is computed once per
    -- level, not again here. Its semester rows are left out, as below.
    SELECT s.kode_wilayah, r.tingkat, s.periode, s.median_jam_ktp_el, s.persen_tepat_waktu, s.permohonan
    FROM mart.region_summary s JOIN core.dim_region r USING (kode_wilayah)
    WHERE r.tingkat = 'kabkota' AND s.permohonan > 0 AND s.jenis_periode <> 'semester'
      AND s.tanggal_mulai >= {{start}} - INTERVAL 1 YEAR
    UNION ALL
    SELECT g.kode_wilayah, g.tingkat, f.periode,
           quantile_cont(durasi_jam, 0.5) FILTER (WHERE status = 'selesai' AND layanan = 'KTP_EL') AS median_jam_ktp_el,
           100.0 * avg(CASE WHEN durasi_jam <= batas_jam THEN 1 ELSE 0 END)
               FILTER (WHERE status = 'selesai' AND batas_jam IS NOT NULL) AS persen_tepat_waktu,
           count(*) AS permohonan
    FROM (
        SELECT * FROM core.request_periods() f WHERE f.diajukan >= {{start}} - INTERVAL 1 YEAR AND f.periode NOT LIKE '%-S_'
    ) f JOIN geo g USING (kode_unit)
    WHERE g.tingkat = 'provinsi'
    GROUP BY ALL
),
jp AS (
    SELECT g.kode_wilayah, g.tingkat, CAST(t.tahun AS VARCHAR) AS periode,
           100.0 * sum(t.pegawai_kurang_20_jp) / sum(t.pegawai) AS persen_kurang_20_jp
    FROM mart.training_compliance t JOIN geo g USING (kode_unit)
    WHERE t.tahun >= {{year}} - 1
    GROUP BY ALL
),
keys AS (
    SELECT kode_wilayah, tingkat, periode FROM perf
    UNION SELECT kode_wilayah, tingkat, periode FROM ikm
    UNION SELECT kode_wilayah, tingkat, periode FROM svc
),
base AS MATERIALIZED (
    SELECT k.kode_wilayah, r.nama AS nama_wilayah, k.tingkat, r.kode_provinsi, r.penduduk_total,
           k.periode, p.jenis_periode, p.tanggal_mulai, p.tahun,
           CAST(coalesce(perf.pegawai_dinilai, 0) AS INTEGER) AS pegawai_dinilai, perf.persen_sangat_baik,
           ikm.ikm, m.mutu, svc.median_jam_ktp_el, svc.persen_tepat_waktu,
           CAST(coalesce(svc.permohonan, 0) AS BIGINT) AS permohonan, jp.persen_kurang_20_jp
    FROM keys k
    JOIN core.dim_period p ON p.periode = k.periode
    JOIN core.dim_region r ON r.kode_wilayah = k.kode_wilayah
    LEFT JOIN perf ON perf.kode_wilayah = k.kode_wilayah AND perf.tingkat = k.tingkat AND perf.periode = k.periode
    LEFT JOIN ikm ON ikm.kode_wilayah = k.kode_wilayah AND ikm.tingkat = k.tingkat AND ikm.periode = k.periode
    LEFT JOIN svc ON svc.kode_wilayah = k.kode_wilayah AND svc.tingkat = k.tingkat AND svc.periode = k.periode
    LEFT JOIN jp ON jp.kode_wilayah = k.kode_wilayah AND jp.tingkat = k.tingkat AND jp.periode = k.periode
    LEFT JOIN core.ref_ikm_mutu m ON round(ikm.ikm, 2) BETWEEN m.ikm_min AND m.ikm_max
),
ranked AS (
    SELECT *,
        CAST(count(*) OVER (PARTITION BY tingkat, periode) AS INTEGER) AS wilayah_dibandingkan,
        CASE WHEN ikm IS NOT NULL THEN CAST(rank() OVER (PARTITION BY tingkat, periode, ikm IS NULL ORDER BY ikm DESC) AS INTEGER) END AS peringkat_ikm,
        CASE WHEN ikm IS NOT NULL THEN CASE WHEN count(*) OVER (PARTITION BY tingkat, periode, ikm IS NULL) = 1 THEN 100.0
             ELSE 100.0 * percent_rank() OVER (PARTITION BY tingkat, periode, ikm IS NULL ORDER BY ikm) END END AS persentil_ikm,
        CASE WHEN persen_tepat_waktu IS NOT NULL THEN CAST(rank() OVER (PARTITION BY tingkat, periode, persen_tepat_waktu IS NULL ORDER BY persen_tepat_waktu DESC) AS INTEGER) END AS peringkat_tepat_waktu,
        CASE WHEN persen_tepat_waktu IS NOT NULL THEN CASE WHEN count(*) OVER (PARTITION BY tingkat, periode, persen_tepat_waktu IS NULL) = 1 THEN 100.0
             ELSE 100.0 * percent_rank() OVER (PARTITION BY tingkat, periode, persen_tepat_waktu IS NULL ORDER BY persen_tepat_waktu) END END AS persentil_tepat_waktu,
        CASE WHEN median_jam_ktp_el IS NOT NULL THEN CAST(rank() OVER (PARTITION BY tingkat, periode, median_jam_ktp_el IS NULL ORDER BY median_jam_ktp_el) AS INTEGER) END AS peringkat_median_jam_ktp_el,
        CASE WHEN median_jam_ktp_el IS NOT NULL THEN CASE WHEN count(*) OVER (PARTITION BY tingkat, periode, median_jam_ktp_el IS NULL) = 1 THEN 100.0
             ELSE 100.0 * percent_rank() OVER (PARTITION BY tingkat, periode, median_jam_ktp_el IS NULL ORDER BY median_jam_ktp_el DESC) END END AS persentil_median_jam_ktp_el,
        CASE WHEN persen_kurang_20_jp IS NOT NULL THEN CAST(rank() OVER (PARTITION BY tingkat, periode, persen_kurang_20_jp IS NULL ORDER BY persen_kurang_20_jp) AS INTEGER) END AS peringkat_kurang_20_jp,
        CASE WHEN persen_kurang_20_jp IS NOT NULL THEN CASE WHEN count(*) OVER (PARTITION BY tingkat, periode, persen_kurang_20_jp IS NULL) = 1 THEN 100.0
             ELSE 100.0 * percent_rank() OVER (PARTITION BY tingkat, periode, persen_kurang_20_jp IS NULL ORDER BY persen_kurang_20_jp DESC) END END AS persentil_kurang_20_jp
    FROM base
)
SELECT
    c.kode_wilayah, c.nama_wilayah, c.tingkat, c.kode_provinsi, c.penduduk_total,
    c.periode, c.jenis_periode, c.tanggal_mulai, c.tahun,
    c.pegawai_dinilai, c.persen_sangat_baik, c.ikm, c.mutu, c.median_jam_ktp_el, c.persen_tepat_waktu,
    c.permohonan, c.persen_kurang_20_jp,
    c.wilayah_dibandingkan,
    c.peringkat_ikm, c.persentil_ikm, c.peringkat_tepat_waktu, c.persentil_tepat_waktu,
    c.peringkat_median_jam_ktp_el, c.persentil_median_jam_ktp_el, c.peringkat_kurang_20_jp, c.persentil_kurang_20_jp,
    l.periode AS periode_tahun_lalu,
    l.persen_sangat_baik AS persen_sangat_baik_tahun_lalu, c.persen_sangat_baik - l.persen_sangat_baik AS perubahan_persen_sangat_baik,
    l.ikm AS ikm_tahun_lalu, c.ikm - l.ikm AS perubahan_ikm,
    l.median_jam_ktp_el AS median_jam_ktp_el_tahun_lalu, c.median_jam_ktp_el - l.median_jam_ktp_el AS perubahan_median_jam_ktp_el,
    l.persen_tepat_waktu AS persen_tepat_waktu_tahun_lalu, c.persen_tepat_waktu - l.persen_tepat_waktu AS perubahan_persen_tepat_waktu,
    l.permohonan AS permohonan_tahun_lalu,
    1000.0 * c.permohonan / nullif(c.penduduk_total, 0) AS permohonan_per_1000_penduduk,
    100000.0 * c.pegawai_dinilai / nullif(c.penduduk_total, 0) AS pegawai_dinilai_per_100rb_penduduk
FROM ranked c
LEFT JOIN base l
  ON l.kode_wilayah = c.kode_wilayah AND l.tingkat = c.tingkat AND l.jenis_periode = c.jenis_periode
 AND l.tanggal_mulai = CAST(c.tanggal_mulai - INTERVAL 1 YEAR AS DATE);

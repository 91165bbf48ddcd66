-- mart.region_summary
-- Grain: one region (the government units belong to: kab/kota or province) x
-- period (quarter, semester or year). The headline figures of a region:
--   unit_dinilai, pegawai_dinilai, persen_sangat_baik: mart.region_performance
--   (pooled over the region's units);
--   ikm, mutu: pooled over all the region's respondents (not a mean of units);
--   median_jam_ktp_el: median KTP-el turnaround of requests completed;
--   persen_tepat_waktu, permohonan, backlog: over all Dukcapil services;
--   persen_kurang_20_jp: share of staff under 20 JP, on year rows only
--   (mart.region_training).
--   pegawai_dinilai_ditahan, sangat_baik_ditahan and their
--   *_alasan_ditahan: mart.region_performance's, whether a page withholds
--   pegawai_dinilai and persen_sangat_baik (false without appraisals).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.region_summary AS
WITH perf AS MATERIALIZED (
    SELECT kode_wilayah, periode, unit_dinilai, pegawai_dinilai, persen_sangat_baik,
           pegawai_dinilai_ditahan, pegawai_dinilai_alasan_ditahan, sangat_baik_ditahan, sangat_baik_alasan_ditahan
    FROM mart.region_performance
    WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
),
ikm AS MATERIALIZED (
    SELECT kode_wilayah, periode,
           core.ikm_score(avg(u_persyaratan), avg(u_prosedur), avg(u_waktu), avg(u_biaya), avg(u_produk),
                          avg(u_kompetensi), avg(u_perilaku), avg(u_pengaduan), avg(u_sarana)) AS ikm
    FROM (
        SELECT * FROM core.survey_periods() s WHERE s.kode_wilayah IS NOT NULL
    )
    GROUP BY ALL
),
svc AS MATERIALIZED (
    SELECT kode_wilayah, periode,
           quantile_cont(durasi_jam, 0.5) FILTER (WHERE status = 'selesai' AND layanan = 'KTP_EL') AS median_jam_ktp_el,
           100.0 * avg(CASE WHEN durasi_jam <= batas_jam THEN 1 ELSE 0 END)
               FILTER (WHERE status = 'selesai' AND batas_jam IS NOT NULL) AS persen_tepat_waktu,
           count(*) AS permohonan
    FROM (
        SELECT * FROM core.request_periods() f WHERE f.kode_wilayah IS NOT NULL
    )
    GROUP BY ALL
),
backlog AS (
    SELECT kode_wilayah, periode, sum(backlog) AS backlog FROM mart.service_outcomes GROUP BY ALL
),
jp AS (
    SELECT kode_wilayah, CAST(tahun AS VARCHAR) AS periode, persen_kurang_20_jp FROM mart.region_training
),
keys AS (
    SELECT kode_wilayah, periode FROM perf
    UNION SELECT kode_wilayah, periode FROM ikm
    UNION SELECT kode_wilayah, periode FROM svc
)
SELECT
    k.kode_wilayah, r.nama AS nama_wilayah, r.kode_provinsi, r.nama_provinsi, r.penduduk_total,
    k.periode, p.jenis_periode, p.tanggal_mulai, p.tahun,
    coalesce(perf.unit_dinilai, 0) AS unit_dinilai, coalesce(perf.pegawai_dinilai, 0) AS pegawai_dinilai,
    perf.persen_sangat_baik,
    ikm.ikm, m.mutu,
    svc.median_jam_ktp_el, svc.persen_tepat_waktu,
    coalesce(svc.permohonan, 0) AS permohonan,
    CAST(coalesce(backlog.backlog, 0) AS BIGINT) AS backlog,
    jp.persen_kurang_20_jp,
    coalesce(perf.pegawai_dinilai_ditahan, false) AS pegawai_dinilai_ditahan, perf.pegawai_dinilai_alasan_ditahan,
    coalesce(perf.sangat_baik_ditahan, false) AS sangat_baik_ditahan, perf.sangat_baik_alasan_ditahan
FROM keys k
JOIN core.dim_period p ON p.periode = k.periode
JOIN core.dim_region r ON r.kode_wilayah = k.kode_wilayah
LEFT JOIN perf ON perf.kode_wilayah = k.kode_wilayah AND perf.periode = k.periode
LEFT JOIN ikm ON ikm.kode_wilayah = k.kode_wilayah AND ikm.periode = k.periode
LEFT JOIN svc ON svc.kode_wilayah = k.kode_wilayah AND svc.periode = k.periode
LEFT JOIN backlog ON backlog.kode_wilayah = k.kode_wilayah AND backlog.periode = k.periode
LEFT JOIN jp ON jp.kode_wilayah = k.kode_wilayah AND jp.periode = k.periode
LEFT JOIN core.ref_ikm_mutu m ON round(ikm.ikm, 2) BETWEEN m.ikm_min AND m.ikm_max;

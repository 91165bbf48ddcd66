-- mart.ikm
-- Grain: one unit x period (each quarter, semester and year) of IKM/SKM answers.
-- nrr_<unsur> is the mean score (1-4) of an element; the IKM is
-- core.ikm_score: 25 x sum(nrr x 1/9) over the nine elements, exactly 1/9.
-- mutu and kinerja_pelayanan come from the bands in core.ref_ikm_mutu, applied
-- to the IKM rounded to two decimals.
-- The element means come from core.ikm_stats, the one place they are
-- computed, which mart.ikm_unsur reads too.
-- unsur_terendah, nama_unsur_terendah, nrr_terendah: the weakest element
-- (lowest nrr; ties: the earlier in PermenPANRB 14/2017's order, urutan), as
-- mart.ikm_unsur's terendah.
-- Sample size (PermenPANRB 14/2017, Krejcie and Morgan; DOMAIN.md):
--   populasi: the unit's service users in the period, from data: the service
--     requests submitted to the unit in the period (mart.service_outcomes,
--     all layanan), else the unit's outcome indicator that counts people
--     served (core.ref_indikator_populasi: pasien_dilayani; the period's own
--     value, else the sum of the longest periods within it, e.g. the four
--     quarters of a year), else NULL;
--   sumber_populasi: permohonan | indikator:<name> | tidak_diketahui;
--   sampel_minimum: core.ikm_sampel_minimum(populasi) = round(3.841 x N x
--     0.25 / (0.0025 x (N - 1) + 3.841 x 0.25)); 384 when N is unknown;
--   sampel_cukup: responden >= sampel_minimum; false = the IKM is indicative
--     ("berdasarkan 35 responden").
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.ikm AS
WITH agg AS (
    SELECT * FROM core.ikm_stats({{start}})
),
scored AS (
    SELECT *, core.ikm_score(nrr_persyaratan, nrr_prosedur, nrr_waktu, nrr_biaya, nrr_produk,
                             nrr_kompetensi, nrr_perilaku, nrr_pengaduan, nrr_sarana) AS ikm,
        list_sort(list_filter([
            {'nrr': nrr_persyaratan, 'urutan': 1, 'unsur': 'persyaratan'},
            {'nrr': nrr_prosedur, 'urutan': 2, 'unsur': 'prosedur'},
            {'nrr': nrr_waktu, 'urutan': 3, 'unsur': 'waktu'},
            {'nrr': nrr_biaya, 'urutan': 4, 'unsur': 'biaya'},
            {'nrr': nrr_produk, 'urutan': 5, 'unsur': 'produk'},
            {'nrr': nrr_kompetensi, 'urutan': 6, 'unsur': 'kompetensi'},
            {'nrr': nrr_perilaku, 'urutan': 7, 'unsur': 'perilaku'},
            {'nrr': nrr_pengaduan, 'urutan': 8, 'unsur': 'pengaduan'},
            {'nrr': nrr_sarana, 'urutan': 9, 'unsur': 'sarana'}], x -> x.nrr IS NOT NULL))[1] AS terendah
    FROM agg
),
permohonan AS (
    SELECT kode_unit, periode, sum(permohonan) AS populasi
    FROM mart.service_outcomes GROUP BY ALL
),
indikator_baris AS (
    SELECT s.kode_unit, s.periode, f.indikator, f.nilai,
           list_position(['tahun', 'semester', 'triwulan', 'bulan'], fp.jenis_periode) AS jenis
    FROM scored s
    JOIN core.dim_period p ON p.periode = s.periode
    JOIN core.fact_indicator f ON f.kode_unit = s.kode_unit AND f.kategori = ''
        AND f.indikator IN (SELECT indikator FROM core.ref_indikator_populasi)
    JOIN core.dim_period fp ON fp.periode = f.periode
    WHERE fp.tanggal_mulai >= p.tanggal_mulai AND fp.tanggal_selesai <= p.tanggal_selesai
    QUALIFY jenis = min(jenis) OVER (PARTITION BY s.kode_unit, s.periode, f.indikator)
),
indikator AS (
    SELECT kode_unit, periode, arg_min(indikator, indikator) AS indikator,
           arg_min(populasi, indikator) AS populasi
    FROM (SELECT kode_unit, periode, indikator, sum(nilai) AS populasi FROM indikator_baris GROUP BY ALL)
    GROUP BY ALL
),
sized AS (
    SELECT s.*,
        CASE WHEN q.populasi IS NOT NULL THEN q.populasi ELSE i.populasi END AS populasi,
        CASE WHEN q.populasi IS NOT NULL THEN 'permohonan'
             WHEN i.populasi IS NOT NULL THEN 'indikator:' || i.indikator
             ELSE 'tidak_diketahui' END AS sumber_populasi
    FROM scored s
    LEFT JOIN permohonan q ON q.kode_unit = s.kode_unit AND q.periode = s.periode
    LEFT JOIN indikator i ON i.kode_unit = s.kode_unit AND i.periode = s.periode
)
SELECT
    s.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    s.periode, p.jenis_periode, p.tanggal_mulai,
    s.responden, s.ikm, m.mutu, m.kinerja_pelayanan,
    s.nrr_persyaratan, s.nrr_prosedur, s.nrr_waktu, s.nrr_biaya, s.nrr_produk,
    s.nrr_kompetensi, s.nrr_perilaku, s.nrr_pengaduan, s.nrr_sarana,
    s.terendah.unsur AS unsur_terendah, e.nama_unsur AS nama_unsur_terendah, s.terendah.nrr AS nrr_terendah,
    CAST(round(s.populasi) AS BIGINT) AS populasi, s.sumber_populasi,
    core.ikm_sampel_minimum(round(s.populasi)) AS sampel_minimum,
    s.responden >= core.ikm_sampel_minimum(round(s.populasi)) AS sampel_cukup
FROM sized s
JOIN core.dim_period p USING (periode)
JOIN core.dim_unit u ON u.kode_unit = s.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
LEFT JOIN core.ref_ikm_unsur e ON e.unsur = s.terendah.unsur
LEFT JOIN core.ref_ikm_mutu m ON round(s.ikm, 2) BETWEEN m.ikm_min AND m.ikm_max;

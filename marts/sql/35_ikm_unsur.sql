-- mart.ikm_unsur
-- Grain: one unit x period (each quarter, semester and year) x IKM element (unsur,
-- keyed by name as in core.ref_ikm_unsur; urutan is PermenPANRB 14/2017's
-- order). The IKM per element, computed exactly as DOMAIN.md says:
--   nrr: mean score (1-4) of the element over the unit's respondents who
--     answered it;
--   nrr_tertimbang: nrr x 1/9 (exactly 1/9, not 0.111); the nine of a unit
--     and period sum to ikm / 25 of mart.ikm;
--   ikm_unsur: 25 x nrr, the element on the IKM's 25-100 scale;
--   mutu_unsur, kinerja_pelayanan_unsur: the IKM band of ikm_unsur rounded to
--     two decimals (core.ref_ikm_mutu).
-- terendah is true for the element(s) with the lowest nrr of the unit and
-- period: where to improve first.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.ikm_unsur AS
WITH f AS (
    SELECT * FROM core.survey_periods() s
    WHERE s.kode_unit IS NOT NULL
      AND s.tanggal >= {{start}} -- a period's rows come from its own answers only
),
v AS (
    UNPIVOT (SELECT kode_unit, periode, id_responden, u_persyaratan AS persyaratan, u_prosedur AS prosedur,
                    u_waktu AS waktu, u_biaya AS biaya, u_produk AS produk, u_kompetensi AS kompetensi,
                    u_perilaku AS perilaku, u_pengaduan AS pengaduan, u_sarana AS sarana FROM f)
    ON persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana
    INTO NAME unsur VALUE nilai
),
agg AS (
    SELECT kode_unit, periode, unsur, CAST(count(nilai) AS INTEGER) AS responden, avg(nilai) AS nrr
    FROM v GROUP BY ALL
)
SELECT
    a.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    a.periode, p.jenis_periode, p.tanggal_mulai,
    a.unsur, e.nama_unsur, e.urutan,
    a.responden, a.nrr,
    a.nrr * (1.0 / 9) AS nrr_tertimbang,
    25.0 * a.nrr AS ikm_unsur,
    m.mutu AS mutu_unsur, m.kinerja_pelayanan AS kinerja_pelayanan_unsur,
    a.nrr = min(a.nrr) OVER (PARTITION BY a.kode_unit, a.periode) AS terendah
FROM agg a
JOIN core.ref_ikm_unsur e USING (unsur)
JOIN core.dim_period p ON p.periode = a.periode
JOIN core.dim_unit u ON u.kode_unit = a.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
LEFT JOIN core.ref_ikm_mutu m ON round(25.0 * a.nrr, 2) BETWEEN m.ikm_min AND m.ikm_max;

-- mart.ikm_unsur
-- Grain: one unit x period (each quarter, semester and year) x IKM element (unsur,
-- keyed by name as in core.ref_ikm_unsur; urutan is PermenPANRB 14/2017's
-- order). The IKM per element, computed exactly as DOMAIN.md says:
--   nrr: mean score (1-4) of the element over the unit's respondents who
--     answered it (core.ikm_stats, the same means mart.ikm scores);
--   nrr_tertimbang: nrr x 1/9 (exactly 1/9, not 0.111); the nine of a unit
--     and period sum to ikm / 25 of mart.ikm;
--   ikm_unsur: 25 x nrr, the element on the IKM's 25-100 scale;
--   mutu_unsur, kinerja_pelayanan_unsur: the IKM band of ikm_unsur rounded to
--     two decimals (core.ref_ikm_mutu).
-- terendah is true for the element(s) with the lowest nrr of the unit and
-- period: where to improve first.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.ikm_unsur AS
WITH agg AS (
    -- the element means of mart.ikm (core.ikm_stats: one definition), one row per element
    UNPIVOT (SELECT * EXCLUDE (responden) FROM core.ikm_stats({{start}}))
    ON (n_persyaratan, nrr_persyaratan) AS persyaratan, (n_prosedur, nrr_prosedur) AS prosedur,
       (n_waktu, nrr_waktu) AS waktu, (n_biaya, nrr_biaya) AS biaya, (n_produk, nrr_produk) AS produk,
       (n_kompetensi, nrr_kompetensi) AS kompetensi, (n_perilaku, nrr_perilaku) AS perilaku,
       (n_pengaduan, nrr_pengaduan) AS pengaduan, (n_sarana, nrr_sarana) AS sarana
    INTO NAME unsur VALUE responden, nrr
)
SELECT
    a.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    a.periode, p.jenis_periode, p.tanggal_mulai,
    a.unsur, e.nama_unsur, e.urutan,
    CAST(a.responden AS INTEGER) AS responden, a.nrr,
    a.nrr * (1.0 / 9) AS nrr_tertimbang,
    25.0 * a.nrr AS ikm_unsur,
    m.mutu AS mutu_unsur, m.kinerja_pelayanan AS kinerja_pelayanan_unsur,
    a.nrr = min(a.nrr) OVER (PARTITION BY a.kode_unit, a.periode) AS terendah
FROM agg a
JOIN core.ref_ikm_unsur e USING (unsur)
JOIN core.dim_period p ON p.periode = a.periode
JOIN core.dim_unit u ON u.kode_unit = a.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
LEFT JOIN core.ref_ikm_mutu m ON round(25.0 * a.nrr, 2) BETWEEN m.ikm_min AND m.ikm_max
WHERE a.responden > 0;

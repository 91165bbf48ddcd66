-- mart.ikm
-- Grain: one unit x period (each quarter, semester and year) of IKM/SKM answers.
-- nrr_<unsur> is the mean score (1-4) of an element; the IKM is
-- core.ikm_score: 25 x sum(nrr x 1/9) over the nine elements, exactly 1/9.
-- mutu and kinerja_pelayanan come from the bands in core.ref_ikm_mutu, applied
-- to the IKM rounded to two decimals.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.ikm AS
WITH f AS (
    SELECT * FROM core.survey_periods() s
    WHERE s.kode_unit IS NOT NULL
),
agg AS (
    SELECT kode_unit, periode, count(*) AS responden,
        avg(u_persyaratan) AS nrr_persyaratan, avg(u_prosedur) AS nrr_prosedur, avg(u_waktu) AS nrr_waktu,
        avg(u_biaya) AS nrr_biaya, avg(u_produk) AS nrr_produk, avg(u_kompetensi) AS nrr_kompetensi,
        avg(u_perilaku) AS nrr_perilaku, avg(u_pengaduan) AS nrr_pengaduan, avg(u_sarana) AS nrr_sarana
    FROM f GROUP BY ALL
),
scored AS (
    SELECT *, core.ikm_score(nrr_persyaratan, nrr_prosedur, nrr_waktu, nrr_biaya, nrr_produk,
                             nrr_kompetensi, nrr_perilaku, nrr_pengaduan, nrr_sarana) AS ikm
    FROM agg
)
SELECT
    s.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    s.periode, p.jenis_periode, p.tanggal_mulai,
    s.responden, s.ikm, m.mutu, m.kinerja_pelayanan,
    s.nrr_persyaratan, s.nrr_prosedur, s.nrr_waktu, s.nrr_biaya, s.nrr_produk,
    s.nrr_kompetensi, s.nrr_perilaku, s.nrr_pengaduan, s.nrr_sarana
FROM scored s
JOIN core.dim_period p USING (periode)
JOIN core.dim_unit u ON u.kode_unit = s.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
LEFT JOIN core.ref_ikm_mutu m ON round(s.ikm, 2) BETWEEN m.ikm_min AND m.ikm_max;

-- mart.berakhlak_unit
-- Grain: one unit x appraisal period x BerAKHLAK value. Of the people the
-- atasan rated on that value, how many were below (di_bawah) and above
-- (di_atas) expectation. Counted per unit and period in one pass over the
-- appraisals, then unpivoted to one row per value (unpivoting the appraisals
-- first made seven times as many rows to group).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.berakhlak_unit AS
WITH agg AS (
    SELECT kode_unit, periode, any_value(jenis_periode) AS jenis_periode, any_value(tanggal_mulai) AS tanggal_mulai,
        count(perilaku_berorientasi_pelayanan) AS n_berorientasi_pelayanan, count(*) FILTER (WHERE perilaku_berorientasi_pelayanan = 'di_bawah') AS b_berorientasi_pelayanan,
        count(*) FILTER (WHERE perilaku_berorientasi_pelayanan = 'di_atas') AS a_berorientasi_pelayanan,
        count(perilaku_akuntabel) AS n_akuntabel, count(*) FILTER (WHERE perilaku_akuntabel = 'di_bawah') AS b_akuntabel,
        count(*) FILTER (WHERE perilaku_akuntabel = 'di_atas') AS a_akuntabel,
        count(perilaku_kompeten) AS n_kompeten, count(*) FILTER (WHERE perilaku_kompeten = 'di_bawah') AS b_kompeten,
        count(*) FILTER (WHERE perilaku_kompeten = 'di_atas') AS a_kompeten,
        count(perilaku_harmonis) AS n_harmonis, count(*) FILTER (WHERE perilaku_harmonis = 'di_bawah') AS b_harmonis,
        count(*) FILTER (WHERE perilaku_harmonis = 'di_atas') AS a_harmonis,
        count(perilaku_loyal) AS n_loyal, count(*) FILTER (WHERE perilaku_loyal = 'di_bawah') AS b_loyal,
        count(*) FILTER (WHERE perilaku_loyal = 'di_atas') AS a_loyal,
        count(perilaku_adaptif) AS n_adaptif, count(*) FILTER (WHERE perilaku_adaptif = 'di_bawah') AS b_adaptif,
        count(*) FILTER (WHERE perilaku_adaptif = 'di_atas') AS a_adaptif,
        count(perilaku_kolaboratif) AS n_kolaboratif, count(*) FILTER (WHERE perilaku_kolaboratif = 'di_bawah') AS b_kolaboratif,
        count(*) FILTER (WHERE perilaku_kolaboratif = 'di_atas') AS a_kolaboratif
    FROM core.fact_appraisal
    WHERE sumber = 'atasan' AND kode_unit IS NOT NULL
    GROUP BY kode_unit, periode
),
v AS (
    UNPIVOT agg
    ON (n_berorientasi_pelayanan, b_berorientasi_pelayanan, a_berorientasi_pelayanan) AS berorientasi_pelayanan,
       (n_akuntabel, b_akuntabel, a_akuntabel) AS akuntabel,
       (n_kompeten, b_kompeten, a_kompeten) AS kompeten,
       (n_harmonis, b_harmonis, a_harmonis) AS harmonis,
       (n_loyal, b_loyal, a_loyal) AS loyal,
       (n_adaptif, b_adaptif, a_adaptif) AS adaptif,
       (n_kolaboratif, b_kolaboratif, a_kolaboratif) AS kolaboratif
    INTO NAME nilai_berakhlak VALUE n, n_bawah, n_atas
)
SELECT
    v.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    v.periode, v.jenis_periode, v.tanggal_mulai, v.nilai_berakhlak, b.nama_nilai,
    CAST(v.n AS INTEGER) AS dinilai,
    CAST(v.n_bawah AS INTEGER) AS di_bawah,
    100.0 * v.n_bawah / v.n AS persen_di_bawah,
    CAST(v.n_atas AS INTEGER) AS di_atas,
    100.0 * v.n_atas / v.n AS persen_di_atas
FROM v
JOIN core.ref_berakhlak b USING (nilai_berakhlak)
JOIN core.dim_unit u ON u.kode_unit = v.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
WHERE v.n > 0;

-- mart.berakhlak_unit
-- Grain: one unit x appraisal period x BerAKHLAK value. Of the people the
-- atasan rated on that value, how many were below (di_bawah) and above
-- (di_atas) expectation.
CREATE OR REPLACE TABLE mart.berakhlak_unit AS
WITH v AS (
    UNPIVOT (
        SELECT kode_unit, periode, jenis_periode, tanggal_mulai,
               perilaku_berorientasi_pelayanan AS berorientasi_pelayanan, perilaku_akuntabel AS akuntabel,
               perilaku_kompeten AS kompeten, perilaku_harmonis AS harmonis, perilaku_loyal AS loyal,
               perilaku_adaptif AS adaptif, perilaku_kolaboratif AS kolaboratif
        FROM core.fact_appraisal
        WHERE sumber = 'atasan' AND kode_unit IS NOT NULL
    )
    ON berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif
    INTO NAME nilai_berakhlak VALUE penilaian
)
SELECT
    v.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    v.periode, v.jenis_periode, v.tanggal_mulai, v.nilai_berakhlak, b.nama_nilai,
    CAST(count(*) AS INTEGER) AS dinilai,
    CAST(count(*) FILTER (WHERE penilaian = 'di_bawah') AS INTEGER) AS di_bawah,
    100.0 * count(*) FILTER (WHERE penilaian = 'di_bawah') / count(*) AS persen_di_bawah,
    CAST(count(*) FILTER (WHERE penilaian = 'di_atas') AS INTEGER) AS di_atas,
    100.0 * count(*) FILTER (WHERE penilaian = 'di_atas') / count(*) AS persen_di_atas
FROM v
JOIN core.ref_berakhlak b USING (nilai_berakhlak)
JOIN core.dim_unit u ON u.kode_unit = v.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
GROUP BY ALL;

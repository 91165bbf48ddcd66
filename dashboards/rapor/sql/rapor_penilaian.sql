-- Rapor pegawai: one row per appraisal period of the person (any source),
-- in time order (a quarter before the year that ends with it), with the
-- official (atasan) appraisal: ratings, predikat from the matrix, what the
-- source wrote when it contradicts the matrix, capaian IKI, the unit of the
-- period and the seven BerAKHLAK values in core.ref_berakhlak order.
-- nip_penilai is never selected. Parameter $1: the NIP.
WITH periods AS (
    SELECT DISTINCT periode, jenis_periode, tanggal_mulai, tanggal_selesai
    FROM core.fact_appraisal
    WHERE nip = $1
), atasan AS (
    SELECT * FROM core.fact_appraisal WHERE nip = $1 AND sumber = 'atasan'
)
SELECT p.periode, p.jenis_periode, p.tanggal_mulai, p.tanggal_selesai,
       a.nip IS NOT NULL AS ada_atasan,
       coalesce(a.kode_unit, ''), coalesce(u.nama_unit, a.kode_unit, ''),
       coalesce(a.hasil_kerja, ''), coalesce(a.perilaku_kerja, ''), coalesce(a.predikat, ''),
       coalesce(a.predikat_sumber, ''), coalesce(a.predikat_kontradiksi, false),
       a.capaian_iki, coalesce(a.rating_organisasi, ''),
       coalesce(a.perilaku_berorientasi_pelayanan, ''), coalesce(a.perilaku_akuntabel, ''),
       coalesce(a.perilaku_kompeten, ''), coalesce(a.perilaku_harmonis, ''), coalesce(a.perilaku_loyal, ''),
       coalesce(a.perilaku_adaptif, ''), coalesce(a.perilaku_kolaboratif, '')
FROM periods p
LEFT JOIN atasan a ON a.periode = p.periode
LEFT JOIN core.dim_unit u ON u.kode_unit = a.kode_unit
ORDER BY p.tanggal_selesai, p.tanggal_mulai DESC, p.periode;

-- Rapor pegawai: one row per appraisal period of the person (any source),
-- in time order (a quarter before the year that ends with it), with the
-- official (atasan) appraisal: ratings, predikat from the matrix, what the
-- source wrote when it contradicts the matrix, capaian IKI, the unit of the
-- period and the seven BerAKHLAK values in core.ref_berakhlak order; the
-- person's own response to it (mart.appraisal_response: tanggapan setuju |
-- keberatan, hasil_keberatan diterima | ditolak | proses, NULL without).
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
       a.kode_unit, coalesce(u.nama_unit, a.kode_unit) AS nama_unit,
       a.hasil_kerja, a.perilaku_kerja, a.predikat,
       a.predikat_sumber, a.predikat_kontradiksi,
       a.capaian_iki, a.rating_organisasi,
       a.perilaku_berorientasi_pelayanan, a.perilaku_akuntabel,
       a.perilaku_kompeten, a.perilaku_harmonis, a.perilaku_loyal,
       a.perilaku_adaptif, a.perilaku_kolaboratif,
       r.tanggapan, r.hasil_keberatan
FROM periods p
LEFT JOIN atasan a ON a.periode = p.periode
LEFT JOIN core.dim_unit u ON u.kode_unit = a.kode_unit
LEFT JOIN mart.appraisal_response r ON r.nip = $1 AND r.periode = p.periode
ORDER BY p.tanggal_selesai, p.tanggal_mulai DESC, p.periode;

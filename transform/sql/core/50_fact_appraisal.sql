-- core.fact_appraisal: grain = one appraisal: (nip, periode, sumber) for the
-- official atasan rating, (nip, periode, sumber, nip_penilai) for diri, rekan
-- and bawahan. predikat is derived from the matrix (core.ref_predikat_matrix);
-- predikat_sumber is what the source said, predikat_kontradiksi flags a
-- disagreement. kode_unit is the unit the person was assigned to at the end of
-- the period (an explicit kode_unit in the source wins). An appraisal that
-- cannot be placed in a known unit this way (NIP in no employees file, first
-- assignment after the period, unit in no units file) is not here but in
-- core.appraisal_set_aside, with its reason.
-- The assignment is found by an ASOF join on the distinct (nip, periode)
-- pairs only, then hash-joined to the appraisals: an ASOF join sorts both
-- sides with all their columns, which on 5.2 M appraisals cost ten times more.
-- A refresh reads only the appraisals of the periods it recomputes (the
-- period is in the grain, so no earlier row can change a later one).
-- The label columns are ENUMs whose members are the canonical labels the
-- ingest admits (ingest/sql/canonical.sql; TestFactAppraisalLabels), listed
-- in alphabetical order so that ORDER BY, min and max give what they gave on
-- text. Compared with text, an ENUM compares as its label ('sangat_baik'
-- matches, an unknown word matches nothing). One byte per label instead of a
-- string: writing the 45 M national rows took 191 s with text, 147 s so.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE core.fact_appraisal AS
WITH assigned AS (
    SELECT pr.nip, pr.periode, e.kode_unit
    FROM (SELECT DISTINCT r.nip, p.periode, p.tanggal_selesai
          FROM raw.appraisals r JOIN core.dim_period p ON p.periode = r.periode
          WHERE r.periode >= '{{year}}') pr
    ASOF LEFT JOIN core.dim_employee e ON e.nip = pr.nip AND pr.tanggal_selesai >= e.berlaku_mulai
)
SELECT
    a.nip,
    a.periode,
    CAST(p.jenis_periode AS ENUM('bulan', 'semester', 'tahun', 'triwulan')) AS jenis_periode,
    p.tahun,
    p.tanggal_mulai,
    p.tanggal_selesai,
    CAST(a.sumber AS ENUM('atasan', 'bawahan', 'diri', 'rekan')) AS sumber,
    a.nip_penilai,
    CAST(a.hasil_kerja AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS hasil_kerja,
    CAST(a.perilaku_kerja AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS perilaku_kerja,
    CAST(m.predikat AS ENUM('baik', 'butuh_perbaikan', 'kurang', 'sangat_baik', 'sangat_kurang')) AS predikat,
    CAST(a.predikat AS ENUM('baik', 'butuh_perbaikan', 'kurang', 'sangat_baik', 'sangat_kurang')) AS predikat_sumber,
    coalesce(a.predikat IS NOT NULL AND a.predikat <> m.predikat, false) AS predikat_kontradiksi,
    a.capaian_iki,
    CAST(a.rating_organisasi AS ENUM('baik', 'butuh_perbaikan', 'istimewa', 'kurang', 'sangat_kurang')) AS rating_organisasi,
    CAST(a.perilaku_berorientasi_pelayanan AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS perilaku_berorientasi_pelayanan,
    CAST(a.perilaku_akuntabel AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS perilaku_akuntabel,
    CAST(a.perilaku_kompeten AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS perilaku_kompeten,
    CAST(a.perilaku_harmonis AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS perilaku_harmonis,
    CAST(a.perilaku_loyal AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS perilaku_loyal,
    CAST(a.perilaku_adaptif AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS perilaku_adaptif,
    CAST(a.perilaku_kolaboratif AS ENUM('di_atas', 'di_bawah', 'sesuai')) AS perilaku_kolaboratif,
    -- the employee's response (atasan rows; see mart.appraisal_response)
    CAST(a.tanggapan AS ENUM('keberatan', 'setuju')) AS tanggapan,
    CAST(a.hasil_keberatan AS ENUM('diterima', 'ditolak', 'proses')) AS hasil_keberatan,
    coalesce(a.kode_unit, e.kode_unit) AS kode_unit,
    u.kode_wilayah,
    a._batch
FROM stg.appraisals_since('{{year}}') a
JOIN core.dim_period p ON p.periode = a.periode
LEFT JOIN core.ref_predikat_matrix m ON m.hasil_kerja = a.hasil_kerja AND m.perilaku_kerja = a.perilaku_kerja
LEFT JOIN assigned e ON e.nip = a.nip AND e.periode = a.periode
JOIN core.dim_unit u ON u.kode_unit = coalesce(a.kode_unit, e.kode_unit);

-- mart.appraisal_response
-- Grain: one person (nip) x appraisal period (as recorded) whose official
-- (atasan) appraisal carries the employee's response: what the rapor shows
-- the person. tanggapan: setuju (agrees) | keberatan (objects);
-- hasil_keberatan: how the objection ended, diterima (granted) | ditolak
-- (rejected) | proses (being decided), NULL when the source records no
-- outcome (CONTRACT.md: only with tanggapan keberatan; ingest quarantines an
-- outcome without an objection). status_tanggapan in one word: setuju |
-- keberatan_diterima | keberatan_ditolak | keberatan_proses (an outcome of
-- proses and a missing outcome alike). Appraisals without a response are not
-- here (core.fact_appraisal has them with tanggapan NULL). Responses on diri,
-- rekan or bawahan rows are not counted: only the official appraisal is
-- answered. Names and NIPs stay in the warehouse (personal data).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.appraisal_response AS
SELECT
    f.nip, e.nama, f.periode, f.jenis_periode, f.tanggal_mulai,
    f.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    f.nip_penilai, f.predikat, f.tanggapan, f.hasil_keberatan,
    CASE WHEN f.tanggapan = 'setuju' THEN 'setuju'
         WHEN f.hasil_keberatan IN ('diterima', 'ditolak') THEN 'keberatan_' || f.hasil_keberatan
         ELSE 'keberatan_proses' END AS status_tanggapan
FROM core.fact_appraisal f
JOIN core.dim_unit u ON u.kode_unit = f.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
LEFT JOIN (SELECT nip, arg_max(nama, berlaku_mulai) AS nama FROM core.dim_employee GROUP BY nip) e ON e.nip = f.nip
WHERE f.sumber = 'atasan' AND f.tanggapan IS NOT NULL;

-- Data tests of the employees' responses (issue 13): mart.appraisal_response
-- and mart.appraisal_response_unit.

-- test: unik_appraisal_response
-- mart.appraisal_response has one row per (nip, periode), none of them NULL.
SELECT nip, periode, count(*) AS n FROM mart.appraisal_response GROUP BY ALL HAVING n > 1 OR nip IS NULL OR periode IS NULL;

-- test: unik_appraisal_response_unit
-- mart.appraisal_response_unit has one row per (kode_unit, periode), none of them NULL.
SELECT kode_unit, periode, count(*) AS n FROM mart.appraisal_response_unit GROUP BY ALL HAVING n > 1 OR kode_unit IS NULL OR periode IS NULL;

-- test: nilai_appraisal_response
-- tanggapan is setuju | keberatan, an outcome (diterima | ditolak | proses) only with keberatan, and status_tanggapan one of four.
SELECT nip, periode, tanggapan, hasil_keberatan, status_tanggapan FROM mart.appraisal_response
WHERE tanggapan NOT IN ('setuju', 'keberatan')
   OR (hasil_keberatan IS NOT NULL AND (tanggapan <> 'keberatan' OR hasil_keberatan NOT IN ('diterima', 'ditolak', 'proses')))
   OR status_tanggapan NOT IN ('setuju', 'keberatan_diterima', 'keberatan_ditolak', 'keberatan_proses');

-- test: rekonsiliasi_appraisal_response_unit
-- The unit view counts the same people as unit_performance and the person view: responses and objections add up, and every objection has one outcome.
SELECT r.kode_unit, r.periode, r.pegawai_dinilai, up.pegawai_dinilai AS unit_performance, r.keberatan, p.keberatan AS orang
FROM mart.appraisal_response_unit r
FULL JOIN mart.unit_performance up USING (kode_unit, periode)
LEFT JOIN (SELECT kode_unit, periode, count(*) AS ditanggapi, count(*) FILTER (WHERE tanggapan = 'keberatan') AS keberatan
           FROM mart.appraisal_response GROUP BY ALL) p USING (kode_unit, periode)
WHERE r.pegawai_dinilai IS DISTINCT FROM up.pegawai_dinilai
   OR r.setuju + r.keberatan <> r.ditanggapi OR r.ditanggapi > r.pegawai_dinilai
   OR r.keberatan_diterima + r.keberatan_ditolak + r.keberatan_proses + r.keberatan_tanpa_hasil <> r.keberatan
   OR r.ditanggapi <> coalesce(p.ditanggapi, 0) OR r.keberatan <> coalesce(p.keberatan, 0);

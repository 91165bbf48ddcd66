-- Data tests of the employees' responses (issue 13): mart.appraisal_response,
-- mart.appraisal_response_unit and mart.region_appraisal_response.

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

-- test: unik_region_appraisal_response
-- mart.region_appraisal_response has one row per (kode_wilayah, periode), none of them NULL.
SELECT kode_wilayah, periode, count(*) AS n FROM mart.region_appraisal_response GROUP BY ALL HAVING n > 1 OR kode_wilayah IS NULL OR periode IS NULL;

-- test: rekonsiliasi_region_appraisal_response
-- A region's responses per period are its units' (mart.appraisal_response_unit) summed, its shares those sums' shares, and its Wilson interval holds its % objected.
SELECT coalesce(r.kode_wilayah, u.kode_wilayah) AS kode_wilayah, coalesce(r.periode, u.periode) AS periode,
       r.pegawai_dinilai, u.pegawai_dinilai AS units_pegawai, r.keberatan, u.keberatan AS units_keberatan,
       r.persen_keberatan, r.persen_keberatan_bawah, r.persen_keberatan_atas
FROM mart.region_appraisal_response r
FULL JOIN (SELECT kode_wilayah, periode, count(*) AS unit_dinilai, sum(pegawai_dinilai) AS pegawai_dinilai, sum(ditanggapi) AS ditanggapi,
                  sum(setuju) AS setuju, sum(keberatan) AS keberatan, sum(keberatan_diterima) AS diterima, sum(keberatan_ditolak) AS ditolak,
                  sum(keberatan_proses) AS proses, sum(keberatan_tanpa_hasil) AS tanpa_hasil
           FROM mart.appraisal_response_unit GROUP BY ALL) u
  ON u.kode_wilayah = r.kode_wilayah AND u.periode = r.periode
WHERE r.unit_dinilai IS DISTINCT FROM u.unit_dinilai OR r.pegawai_dinilai IS DISTINCT FROM u.pegawai_dinilai
   OR r.ditanggapi IS DISTINCT FROM u.ditanggapi OR r.setuju IS DISTINCT FROM u.setuju OR r.keberatan IS DISTINCT FROM u.keberatan
   OR r.keberatan_diterima IS DISTINCT FROM u.diterima OR r.keberatan_ditolak IS DISTINCT FROM u.ditolak
   OR r.keberatan_proses IS DISTINCT FROM u.proses OR r.keberatan_tanpa_hasil IS DISTINCT FROM u.tanpa_hasil
   OR abs(r.persen_keberatan - 100.0 * u.keberatan / u.pegawai_dinilai) > 1e-9
   OR abs(r.persen_ditanggapi - 100.0 * u.ditanggapi / u.pegawai_dinilai) > 1e-9
   OR (r.persen_keberatan_diterima IS NULL) <> (u.diterima + u.ditolak = 0)
   OR abs(r.persen_keberatan_diterima - 100.0 * u.diterima / nullif(u.diterima + u.ditolak, 0)) > 1e-9
   OR NOT (r.persen_keberatan_bawah >= 0 AND r.persen_keberatan_bawah <= r.persen_keberatan + 1e-9
           AND r.persen_keberatan <= r.persen_keberatan_atas + 1e-9 AND r.persen_keberatan_atas <= 100);

-- Re-sent batches, written from a warehouse's raw layer into {{dir}} and
-- loaded by kinerja ingest as new sources, so that the staging
-- de-duplication (the latest batch wins, within a batch the latest line) has
-- work to do:
--   penilaian_kirim_ulang.csv: 1 in 40 appraisal keys again, with other
--     values (capaian_iki + 1.5, hasil_kerja moved one step, predikat left
--     to the matrix); of the atasan rows a third without nip_penilai and a
--     third with sumber left empty (both still the same key); 1 in 400 keys
--     a second time further down the file (capaian_iki + 3: that line wins);
--   penilaian_kirim_ulang_2.csv: 1 in 120 keys once more, as first loaded
--     (this later batch wins over the one above);
--   permohonan_kirim_ulang.csv / permohonan_kirim_ulang_2.csv: the same for
--     Dukcapil requests (selesai + 2 h, requests in proses finished 30 h
--     after submission with the status left to derive), but no id twice in
--     one file: ingest quarantines the second (CONTRACT.md), so staging
--     would never see it.
CREATE OR REPLACE TEMP TABLE kd_appraisals AS
SELECT a.* EXCLUDE (_batch, _line),
       hash(a.nip, a.periode, a.sumber, a.nip_penilai) AS h, a._batch, a._line
FROM raw.appraisals a
WHERE hash(a.nip, a.periode, a.sumber, a.nip_penilai) % 40 = 0;

COPY (
    SELECT * EXCLUDE (h, ord, _batch, _line) FROM (
        SELECT a.* REPLACE (
                   CASE WHEN a.sumber = 'atasan' AND a.h % 3 = 1 THEN NULL ELSE a.sumber END AS sumber,
                   CASE WHEN a.sumber = 'atasan' AND a.h % 3 = 0 THEN NULL ELSE a.nip_penilai END AS nip_penilai,
                   CASE a.hasil_kerja WHEN 'di_bawah' THEN 'sesuai' WHEN 'sesuai' THEN 'di_atas' ELSE 'sesuai' END AS hasil_kerja,
                   NULL AS predikat,
                   round(coalesce(a.capaian_iki, 80) + 1.5, 1) AS capaian_iki),
               1 AS ord
        FROM kd_appraisals a
        UNION ALL
        SELECT a.* REPLACE (round(coalesce(a.capaian_iki, 80) + 3, 1) AS capaian_iki), 2
        FROM kd_appraisals a WHERE a.h % 400 = 0
    ) ORDER BY ord, _batch, _line
) TO '{{dir}}/penilaian_kirim_ulang.csv' (HEADER);

COPY (
    SELECT * EXCLUDE (h, _batch, _line) FROM kd_appraisals WHERE h % 120 = 0 ORDER BY _batch, _line
) TO '{{dir}}/penilaian_kirim_ulang_2.csv' (HEADER);

CREATE OR REPLACE TEMP TABLE kd_requests AS
SELECT r.* EXCLUDE (_batch, _line), hash(r.id_permohonan) AS h, r._batch, r._line
FROM raw.service_requests r
WHERE hash(r.id_permohonan) % 40 = 0;

COPY (
    SELECT r.* EXCLUDE (h, _batch, _line) REPLACE (
               CASE WHEN r.selesai IS NULL THEN r.diajukan + INTERVAL 30 HOUR ELSE r.selesai + INTERVAL 2 HOUR END AS selesai,
               CASE WHEN r.selesai IS NULL THEN NULL ELSE r.status END AS status)
    FROM kd_requests r ORDER BY r._batch, r._line
) TO '{{dir}}/permohonan_kirim_ulang.csv' (HEADER);

COPY (
    SELECT * EXCLUDE (h, _batch, _line) FROM kd_requests WHERE h % 120 = 0 ORDER BY _batch, _line
) TO '{{dir}}/permohonan_kirim_ulang_2.csv' (HEADER);

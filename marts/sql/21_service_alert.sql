-- mart.service_alert
-- Grain: one unit x period (each quarter, semester and year) x layanan x ukuran
-- (the measure: backlog or persen_tepat_waktu, as in mart.service_outcomes).
-- Whether the measure's change on the unit's previous period of the same
-- kind is an alert ("Peringatan"), by one rule:
--   a change is an alert when
--   (1) it is larger than 2 x the standard deviation of the same series'
--       earlier changes (its own variation), with at least 4 earlier changes
--       (fewer: no alert, keterangan riwayat_kurang);
--   (2) it is at least 10 per 100 requests of the period: backlog by 10 % of
--       the period's permohonan, persen_tepat_waktu by 10 points (a change a
--       unit acts on: a backlog always 0 or 1 has a standard deviation under
--       1, and the few requests still open when the data were extracted
--       would pass (1) alone);
--   (3) both periods stand on at least 30 requests (jumlah: permohonan for
--       backlog, selesai for persen_tepat_waktu);
--   (4) it goes the bad way for the measure (arah, as in CONTRACT.md:
--       naik = higher is better, turun = lower is better).
-- k = 2 keeps a change a unit sees about once in 20 periods out; the
-- standard deviation, not the median absolute deviation, because a backlog
-- that is mostly unchanged has a median absolute deviation of 0.
--   arah: turun for backlog, naik for persen_tepat_waktu;
--   nilai, nilai_sebelumnya, perubahan: the measure now, in the unit's
--     previous period of the same jenis_periode with requests, and the
--     difference;
--   jumlah, jumlah_sebelumnya: the requests each stands on;
--   riwayat: the number of earlier changes; simpangan_baku: their sample
--     standard deviation;
--   ambang: the change the measure must exceed, greatest(2 x simpangan_baku,
--     the 10-per-100 floor) (NULL without enough history);
--   peringatan: true for an alert;
--   keterangan: peringatan, or why not: tanpa_pembanding (no previous
--     period), riwayat_kurang, jumlah_kurang, tetap (no change),
--     arah_baik (the good way), dalam_ambang (within the threshold).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.service_alert AS
WITH ukuran AS (
    SELECT s.kode_unit, s.nama_unit, s.kode_wilayah, s.nama_wilayah, s.periode, s.jenis_periode, s.tanggal_mulai,
           s.layanan, s.permohonan, m.ukuran, m.arah, m.jumlah, m.nilai
    FROM mart.service_outcomes s,
    LATERAL (VALUES ('backlog', 'turun', s.permohonan, CAST(s.backlog AS DOUBLE)),
                    ('persen_tepat_waktu', 'naik', s.selesai, s.persen_tepat_waktu)) m(ukuran, arah, jumlah, nilai)
),
berubah AS (
    SELECT *,
           lag(nilai) OVER w AS nilai_sebelumnya,
           lag(jumlah) OVER w AS jumlah_sebelumnya,
           nilai - lag(nilai) OVER w AS perubahan
    FROM ukuran
    WINDOW w AS (PARTITION BY kode_unit, layanan, ukuran, jenis_periode ORDER BY tanggal_mulai)
),
riwayat AS (
    SELECT *,
           count(perubahan) OVER h AS riwayat,
           stddev_samp(perubahan) OVER h AS simpangan_baku
    FROM berubah
    WINDOW h AS (PARTITION BY kode_unit, layanan, ukuran, jenis_periode ORDER BY tanggal_mulai
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
ambang AS (
    SELECT *,
           CASE WHEN riwayat >= 4 THEN greatest(2 * simpangan_baku,
                CASE ukuran WHEN 'backlog' THEN 0.10 * permohonan ELSE 10.0 END) END AS ambang
    FROM riwayat
)
SELECT kode_unit, nama_unit, kode_wilayah, nama_wilayah, periode, jenis_periode, tanggal_mulai, layanan,
       ukuran, arah, nilai, nilai_sebelumnya, perubahan,
       CAST(jumlah AS BIGINT) AS jumlah, CAST(jumlah_sebelumnya AS BIGINT) AS jumlah_sebelumnya,
       CAST(riwayat AS INTEGER) AS riwayat, simpangan_baku, ambang,
       coalesce(keterangan = 'peringatan', false) AS peringatan,
       keterangan
FROM (
    SELECT *,
           CASE
               WHEN perubahan IS NULL THEN 'tanpa_pembanding'
               WHEN riwayat < 4 THEN 'riwayat_kurang'
               WHEN coalesce(jumlah, 0) < 30 OR coalesce(jumlah_sebelumnya, 0) < 30 THEN 'jumlah_kurang'
               WHEN perubahan = 0 THEN 'tetap'
               WHEN (arah = 'naik' AND perubahan > 0) OR (arah = 'turun' AND perubahan < 0) THEN 'arah_baik'
               WHEN abs(perubahan) <= ambang THEN 'dalam_ambang'
               ELSE 'peringatan'
           END AS keterangan
    FROM ambang
) a;

-- mart.region_service
-- Grain: one region (kab/kota or province the units belong to) x period
-- (each quarter, semester and year) x layanan. The region view of a service,
-- computed over all the region's requests (not from the units' figures):
--   permohonan, selesai: requests submitted in the period and those of them
--   completed; median_jam, p90_jam: turnaround of the completed requests
--   (a true median of the region's requests, the same definition as
--   mart.region_summary's median_jam_ktp_el for KTP_EL); batas_jam: the
--   standard in force for the latest request of the period;
--   persen_tepat_waktu: % of the completed requests within their standard;
--   backlog: mart.service_outcomes' backlog summed over the region's units.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.region_service AS
WITH agg AS (
    SELECT grp AS kode_wilayah, * EXCLUDE (grp, ditolak) FROM core.service_stats('wilayah', {{start}})
),
backlog AS (
    SELECT kode_wilayah, periode, layanan, sum(backlog) AS backlog
    FROM mart.service_outcomes GROUP BY ALL
)
SELECT
    a.kode_wilayah, r.nama AS nama_wilayah, a.periode, p.jenis_periode, p.tanggal_mulai, a.layanan,
    a.permohonan, a.selesai, a.median_jam, a.p90_jam, a.batas_jam, a.persen_tepat_waktu,
    CAST(coalesce(b.backlog, 0) AS BIGINT) AS backlog
FROM agg a
JOIN core.dim_period p ON p.periode = a.periode
LEFT JOIN core.dim_region r ON r.kode_wilayah = a.kode_wilayah
LEFT JOIN backlog b ON b.kode_wilayah = a.kode_wilayah AND b.periode = a.periode AND b.layanan = a.layanan;

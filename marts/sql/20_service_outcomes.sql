-- mart.service_outcomes
-- Grain: one unit x period (each quarter, semester and year) x layanan.
-- permohonan counts requests submitted in the period; median_jam, p90_jam and
-- persen_tepat_waktu are over those completed (status selesai), against the
-- standard in force (batas_jam, the latest in the period); backlog is the
-- number of requests submitted by the end of the period and not yet finished
-- then (pending or finished later).
-- tepat_waktu of selesai_berbatas (the completed requests with a standard)
-- make persen_tepat_waktu; persen_tepat_waktu_bawah, _atas are its Wilson
-- 95 % interval (core.wilson_bawah / core.wilson_atas).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.service_outcomes AS
WITH agg AS (
    -- a period's figures come from its own requests; the backlog below reads all
    SELECT grp AS kode_unit, * EXCLUDE (grp) FROM core.service_stats('unit', {{start}})
),
-- backlog(T) = submitted by T - finished by T, as running sums over quarters
events AS (
    SELECT kode_unit, layanan, date_trunc('quarter', diajukan) AS q, 1 AS delta
    FROM core.fact_service_request WHERE kode_unit IS NOT NULL
    UNION ALL
    SELECT kode_unit, layanan, date_trunc('quarter', selesai), -1
    FROM core.fact_service_request WHERE kode_unit IS NOT NULL AND selesai IS NOT NULL
),
running AS (
    SELECT kode_unit, layanan, CAST(q AS DATE) AS q,
           sum(sum(delta)) OVER (PARTITION BY kode_unit, layanan ORDER BY q) AS backlog
    FROM events GROUP BY kode_unit, layanan, q
),
dated AS (
    SELECT a.*, p.jenis_periode, p.tanggal_mulai, CAST(date_trunc('quarter', p.tanggal_selesai) AS DATE) AS q_akhir
    FROM agg a JOIN core.dim_period p USING (periode)
)
SELECT
    d.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    d.periode, d.jenis_periode, d.tanggal_mulai, d.layanan,
    d.permohonan, d.selesai, d.ditolak, d.median_jam, d.p90_jam, d.batas_jam, d.persen_tepat_waktu,
    CAST(coalesce(b.backlog, 0) AS BIGINT) AS backlog,
    d.tepat_waktu, d.selesai_berbatas,
    core.wilson_bawah(d.tepat_waktu, d.selesai_berbatas) AS persen_tepat_waktu_bawah,
    core.wilson_atas(d.tepat_waktu, d.selesai_berbatas) AS persen_tepat_waktu_atas
FROM dated d
ASOF LEFT JOIN running b ON b.kode_unit = d.kode_unit AND b.layanan = d.layanan AND d.q_akhir >= b.q
JOIN core.dim_unit u ON u.kode_unit = d.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah;

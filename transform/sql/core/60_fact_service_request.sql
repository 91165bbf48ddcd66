-- core.fact_service_request: grain = one service request (id_permohonan).
-- durasi_jam = selesai - diajukan in hours (timestamps are WIB). batas_jam is
-- the standard in force when it was submitted: the region's own, else the
-- national one. A standard is in force from its berlaku_mulai until the next
-- one for the same region and service; the requests are hash-joined to these
-- ranges (an ASOF join sorted all 3.5 M requests twice with every column).
-- Two standards starting the same day for one region and service (an old and
-- a new region code after the crosswalk) count as one: the stricter.
-- refresh: diajukan >= {{start}}
CREATE OR REPLACE TABLE core.fact_service_request AS
WITH std AS (
    SELECT kode_wilayah, layanan, batas_jam, berlaku_mulai,
           coalesce(lead(berlaku_mulai) OVER (PARTITION BY kode_wilayah, layanan ORDER BY berlaku_mulai),
                    TIMESTAMP '9999-12-31') AS berlaku_sampai
    FROM stg.service_standards
    QUALIFY row_number() OVER (PARTITION BY kode_wilayah, layanan, berlaku_mulai ORDER BY batas_jam) = 1
),
regional AS (SELECT * FROM std WHERE kode_wilayah IS NOT NULL),
national AS (SELECT * FROM std WHERE kode_wilayah IS NULL)
SELECT
    r.id_permohonan, r.kode_unit, u.kode_wilayah, r.layanan, r.kanal, r.diajukan, r.selesai, r.status,
    r.nip_petugas,
    CASE WHEN r.selesai IS NOT NULL THEN epoch(r.selesai - r.diajukan) / 3600.0 END AS durasi_jam,
    coalesce(sr.batas_jam, sn.batas_jam) AS batas_jam,
    r._batch
FROM stg.service_requests r
LEFT JOIN core.dim_unit u USING (kode_unit)
LEFT JOIN regional sr ON sr.kode_wilayah = u.kode_wilayah AND sr.layanan = r.layanan
                     AND r.diajukan >= sr.berlaku_mulai AND r.diajukan < sr.berlaku_sampai
LEFT JOIN national sn ON sn.layanan = r.layanan
                     AND r.diajukan >= sn.berlaku_mulai AND r.diajukan < sn.berlaku_sampai;

-- core.fact_service_request: grain = one service request (id_permohonan).
-- durasi_jam = selesai - diajukan in hours (timestamps are WIB). batas_jam is
-- the standard in force when it was submitted: the region's own, else the
-- national one.
CREATE OR REPLACE TABLE core.fact_service_request AS
WITH r AS (
    SELECT r.*, u.kode_wilayah
    FROM stg.service_requests r
    LEFT JOIN core.dim_unit u USING (kode_unit)
),
regional AS (SELECT * FROM stg.service_standards WHERE kode_wilayah IS NOT NULL),
national AS (SELECT * FROM stg.service_standards WHERE kode_wilayah IS NULL)
SELECT
    r.id_permohonan, r.kode_unit, r.kode_wilayah, r.layanan, r.kanal, r.diajukan, r.selesai, r.status,
    r.nip_petugas,
    CASE WHEN r.selesai IS NOT NULL THEN epoch(r.selesai - r.diajukan) / 3600.0 END AS durasi_jam,
    coalesce(sr.batas_jam, sn.batas_jam) AS batas_jam,
    r._batch
FROM r
ASOF LEFT JOIN regional sr ON sr.kode_wilayah = r.kode_wilayah AND sr.layanan = r.layanan AND r.diajukan >= sr.berlaku_mulai
ASOF LEFT JOIN national sn ON sn.layanan = r.layanan AND r.diajukan >= sn.berlaku_mulai;

-- core.dim_employee: grain = one assignment of one person (type-2 history):
-- who was in which unit, with which jabatan and golongan, from berlaku_mulai
-- to berlaku_sampai (NULL = still). jenis_asn is read off the NIP when the
-- source did not give it.
CREATE OR REPLACE TABLE core.dim_employee AS
SELECT
    e.nip,
    e.nama,
    coalesce(e.jenis_asn, CASE WHEN substr(e.nip, 13, 1) = '2' THEN 'PPPK' ELSE 'PNS' END) AS jenis_asn,
    e.jabatan,
    e.jenis_jabatan,
    e.golongan,
    e.kode_unit,
    e.berlaku_mulai,
    CAST(lead(e.berlaku_mulai) OVER w - INTERVAL 1 DAY AS DATE) AS berlaku_sampai,
    row_number() OVER w AS urutan_penugasan,
    lead(e.berlaku_mulai) OVER w IS NULL AS terkini
FROM stg.employees e
WINDOW w AS (PARTITION BY e.nip ORDER BY e.berlaku_mulai);

-- stg.service_standards: the promised time per service; kode_wilayah NULL is
-- the national standard. Old region codes are crosswalked.
CREATE OR REPLACE VIEW stg.service_standards AS
SELECT coalesce(cw.kode_wilayah, s.kode_wilayah) AS kode_wilayah, s.layanan, s.batas_jam,
       CAST(coalesce(s.berlaku_mulai, DATE '1900-01-01') AS TIMESTAMP) AS berlaku_mulai
FROM (
    SELECT *, row_number() OVER (PARTITION BY kode_wilayah, layanan, berlaku_mulai ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.service_standards
) s
LEFT JOIN stg.region_crosswalk cw ON cw.kode_lama = s.kode_wilayah
WHERE s.rn = 1;

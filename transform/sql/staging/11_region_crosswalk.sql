-- stg.region_crosswalk: old kode wilayah -> current one, with the date of the
-- change. Built from the regions sources (kode_lama) plus the reference
-- changes kinerja knows (core.ref_region_change), so that history filed under
-- an old code rolls up to one region.
CREATE OR REPLACE VIEW stg.region_crosswalk AS
SELECT kode_lama, any_value(kode_wilayah ORDER BY berlaku_mulai DESC NULLS LAST) AS kode_wilayah,
       max(berlaku_mulai) AS berlaku_mulai
FROM (
    SELECT kode_lama, kode_wilayah, berlaku_mulai FROM stg.regions WHERE kode_lama IS NOT NULL
    UNION ALL
    SELECT kode_lama, kode_baru, berlaku_mulai FROM core.ref_region_change
)
GROUP BY kode_lama;

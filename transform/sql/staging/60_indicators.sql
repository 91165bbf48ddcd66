-- stg.indicators: one value per (unit or region, period, indicator).
CREATE OR REPLACE VIEW stg.indicators AS
SELECT i.* EXCLUDE (rn, kode_wilayah), coalesce(cw.kode_wilayah, i.kode_wilayah) AS kode_wilayah
FROM (
    SELECT *, row_number() OVER (PARTITION BY coalesce(kode_unit, ''), coalesce(kode_wilayah, ''), periode, indikator
                                 ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.indicators
) i
LEFT JOIN stg.region_crosswalk cw ON cw.kode_lama = i.kode_wilayah
WHERE i.rn = 1;

-- stg.indicator_rows: every row of the live indicators batches, keyed. The
-- key of an indicator value is (indikator, kode_unit or else kode_wilayah,
-- periode, kategori): kode_wilayah after the code crosswalk, kategori ''
-- for the total (NULL in raw: no category, or every category cell blank).
-- konflik: the key has rows with different values (two nilai, or two
-- targets where both are given); such rows go to core.indicator_conflict,
-- none of them to core.fact_indicator. Rows equal in value are no conflict:
-- the key's value counts once.
CREATE OR REPLACE VIEW stg.indicator_rows AS
WITH r AS (
    SELECT i.* EXCLUDE (kode_wilayah, kategori),
           coalesce(cw.kode_wilayah, i.kode_wilayah) AS kode_wilayah,
           coalesce(i.kategori, '') AS kategori
    FROM raw.indicators i
    LEFT JOIN stg.region_crosswalk cw ON cw.kode_lama = i.kode_wilayah
)
SELECT *, (count(DISTINCT nilai) OVER k > 1 OR count(DISTINCT target) OVER k > 1) AS konflik
FROM r
WINDOW k AS (PARTITION BY indikator, kode_unit, CASE WHEN kode_unit IS NULL THEN kode_wilayah END, periode, kategori);

-- stg.indicators: one value per key without a conflict. Rows that agree are
-- one value: nilai and target are theirs, satuan, arah and kode_wilayah
-- those of the latest row that gives them, _batch the latest batch.
CREATE OR REPLACE VIEW stg.indicators AS
SELECT indikator, kode_unit,
       any_value(kode_wilayah ORDER BY _batch DESC, _line DESC) AS kode_wilayah,
       periode, kategori,
       any_value(nilai) AS nilai, any_value(target) AS target,
       any_value(satuan ORDER BY _batch DESC, _line DESC) AS satuan,
       any_value(arah ORDER BY _batch DESC, _line DESC) AS arah,
       max(_batch) AS _batch
FROM stg.indicator_rows
WHERE NOT konflik
GROUP BY indikator, kode_unit, CASE WHEN kode_unit IS NULL THEN kode_wilayah END, periode, kategori;

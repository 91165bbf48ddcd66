-- stg.potentials: one potential per person and year.
CREATE OR REPLACE VIEW stg.potentials AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY nip, tahun ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.potentials
) WHERE rn = 1;

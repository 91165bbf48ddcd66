-- core.fact_potential: grain = one talent assessment (nip, tahun).
CREATE OR REPLACE TABLE core.fact_potential AS
SELECT nip, tahun, potensi, _batch FROM stg.potentials;

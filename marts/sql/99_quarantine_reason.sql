-- mart.quarantine_reason
-- Grain: one source x field x reason of meta.quarantine (rows ingest
-- rejected). baris: how many rows of every batch loaded (replaced batches
-- included, as meta.quarantine keeps them); field '' = the row as a whole.
-- The raw values are never selected.
CREATE OR REPLACE TABLE mart.quarantine_reason AS
SELECT source, coalesce(field, '') AS field, reason, count(*) AS baris
FROM meta.quarantine
GROUP BY ALL;

-- The candidate facts of the written summaries (dashboards/summary writes
-- the sentences by its rules file), grouped by region.
SELECT * FROM mart.summary_facts
ORDER BY kode_wilayah, tingkat, kode_unit NULLS FIRST, fakta, subjek;

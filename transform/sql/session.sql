-- Settings of the transform's session, set before its transaction begins and
-- reset after it (the bench's bare-DuckDB baseline sets the same).
-- preserve_insertion_order = false: no model relies on the physical order of
-- rows in a table (every reader orders explicitly), and without it DuckDB
-- writes each CREATE TABLE AS in parallel instead of in scan order: measured
-- on 5.2 M appraisals, core.fact_appraisal 34.3 s -> 18.8 s on 2 cores.
SET preserve_insertion_order = false;
-- asof_loop_join_threshold = 0: DuckDB (since 1.3) plans an ASOF join as a
-- nested loop when it estimates the left side at under 64 rows, and a table
-- created earlier in the same transaction has no statistics, so every ASOF
-- join on a model's output (talent_pool, rater_calibration) became a nested
-- loop over the whole assignment history: on 1 M employees,
-- mart.rater_calibration 8.6 s with DuckDB 1.1.2, 104 s with 1.5.6, 12 s with
-- this; mart.talent_pool did not finish in 10 minutes.
SET asof_loop_join_threshold = 0;

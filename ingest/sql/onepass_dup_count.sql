-- How many rows of batch %[3]d in raw.%[2]s repeat an earlier row's key
-- (%[1]s: the key columns; %[4]s: all of them present): dup_count.sql on
-- the rows the one pass inserted, whose values are stored as they arrived.
SELECT count(*) - count(DISTINCT [%[1]s]) FROM raw.%[2]s WHERE _batch = %[3]d AND %[4]s;

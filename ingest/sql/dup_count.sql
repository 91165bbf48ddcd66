-- How many rows of the batch repeat an earlier row's key (%[1]s: the key
-- columns of kn_landing, trimmed; %[2]s: all of them present). One hash
-- aggregate: the window of dup_keys.sql runs only when this is not 0.
SELECT count(*) - count(DISTINCT [%[1]s]) FROM kn_landing WHERE %[2]s;

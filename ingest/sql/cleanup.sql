-- Drop the temporary objects of one batch (run when a load ends, however).
DROP VIEW IF EXISTS kn_landing; DROP VIEW IF EXISTS kn_src_lines;
DROP VIEW IF EXISTS kn_norm; DROP TABLE IF EXISTS kn_bad; DROP TABLE IF EXISTS kn_src; DROP TABLE IF EXISTS kn_lines;
DROP TABLE IF EXISTS kn_skip; DROP TABLE IF EXISTS kn_breaks; DROP TABLE IF EXISTS kn_reject_rows;
DROP TABLE IF EXISTS kn_rejects; DROP TABLE IF EXISTS kn_reject_scans; DROP TABLE IF EXISTS kn_dup;

-- Appraisals carry the employee's response (issue 13, point 11): tanggapan
-- (setuju | keberatan) and hasil_keberatan (diterima | ditolak | proses). A
-- warehouse whose raw.appraisals was made before gets the two columns, NULL
-- on the rows it holds (no response recorded). A new warehouse gets them
-- from ingest.Prepare.
ALTER TABLE IF EXISTS raw.appraisals ADD COLUMN IF NOT EXISTS tanggapan VARCHAR;
ALTER TABLE IF EXISTS raw.appraisals ADD COLUMN IF NOT EXISTS hasil_keberatan VARCHAR;

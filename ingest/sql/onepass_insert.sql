-- The one pass (onepass.go): insert into raw.<kind> (%[1]s) the rows of the
-- file, landed in kn_src (kn_landing), whose values are all canonical and that
-- have no problem (kn_norm holds only those), as batch %[3]d (%[2]s: the
-- kind's fields).
INSERT INTO raw.%[1]s (_batch, _line, %[2]s)
SELECT %[3]d, _line, %[2]s FROM kn_norm;

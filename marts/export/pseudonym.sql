-- The pseudonym an export writes for a NIP (%[1]s: the column): 16 hex digits of
-- md5 over the warehouse's secret salt and the NIP, the same for a person in
-- every table and export of this warehouse, not reversible without the salt.
CASE WHEN %[1]s IS NOT NULL THEN 'P-' || upper(substr(md5((SELECT value FROM meta.settings WHERE key = 'pseudonym_salt') || %[1]s), 1, 16)) END

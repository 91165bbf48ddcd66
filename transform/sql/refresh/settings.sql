-- The warehouse settings the models read (the pseudonym salt), as one text
-- for the fingerprint.
SELECT coalesce(string_agg(key || '=' || value, ';' ORDER BY key), '') FROM meta.settings

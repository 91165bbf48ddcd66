-- Quarantined rows per source, field and reason (mart.quarantine_reason;
-- raw values are never selected).
SELECT source, field, reason, baris
FROM mart.quarantine_reason
ORDER BY baris DESC, source, field, reason;

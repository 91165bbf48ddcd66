-- Quarantined rows per source, field and reason (raw values are never selected).
SELECT source, coalesce(field, ''), reason, count(*)::BIGINT
FROM meta.quarantine
GROUP BY ALL
ORDER BY 4 DESC, 1, 2, 3;

-- The appraisals set aside by the transform counted by batch and reason
-- (kinerja quarantine). Parameter: the batch id, or 0 for every batch.
SELECT x._batch, coalesce(b.source, ''), coalesce(b.path, ''), x.alasan, any_value(x.keterangan_en), count(*) AS n,
       coalesce(b.replaced_by IS NOT NULL, false) AS replaced
FROM core.appraisal_set_aside x
LEFT JOIN meta.batches b ON b.batch_id = x._batch
WHERE $1 = 0 OR x._batch = $1
GROUP BY ALL
ORDER BY x._batch, n DESC, x.alasan;

-- The appraisals set aside by the transform in file order (kinerja
-- quarantine --set-aside). Parameters: the batch id (0 = every batch), the
-- most rows to list.
SELECT x._batch, coalesce(b.source, ''), coalesce(b.path, ''),
       CASE b.format WHEN 'csv' THEN 'line ' WHEN 'xlsx' THEN 'row ' ELSE 'record ' END || x._line AS location,
       x.nip, x.periode, x.sumber, coalesce(x.kode_unit, ''), x.alasan, x.keterangan_en,
       coalesce(strftime(x.penugasan_pertama, '%Y-%m-%d'), '')
FROM core.appraisal_set_aside x
LEFT JOIN meta.batches b ON b.batch_id = x._batch
WHERE $1 = 0 OR x._batch = $1
ORDER BY x._batch, x._line, x.sumber, x.nip_penilai
LIMIT $2;

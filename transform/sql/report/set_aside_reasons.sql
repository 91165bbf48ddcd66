-- The appraisals set aside by the transform, counted per reason (the
-- transform's summary line).
SELECT r.alasan, r.keterangan, r.keterangan_en, count(*) AS n
FROM core.appraisal_set_aside x JOIN core.ref_alasan_sisih r USING (alasan)
GROUP BY r.alasan, r.keterangan, r.keterangan_en, r.urutan
ORDER BY n DESC, r.urutan

-- mart.set_aside_reason
-- Grain: one reason (core.ref_alasan_sisih) x region of the appraisals the
-- transform set aside (core.appraisal_set_aside: loaded, but not placeable
-- in a known unit, so counted in no other mart). Counts only, no NIP:
--   urutan, keterangan, keterangan_en: the reason's order and its sentence
--   in Indonesian and English;
--   kode_wilayah, nama_wilayah: the region the person was assigned to
--   (NULL when unknown);
--   baris: the appraisals set aside.
CREATE OR REPLACE TABLE mart.set_aside_reason AS
SELECT x.alasan, r.urutan, r.keterangan, r.keterangan_en, x.kode_wilayah, w.nama AS nama_wilayah, count(*) AS baris
FROM core.appraisal_set_aside x
JOIN core.ref_alasan_sisih r USING (alasan)
LEFT JOIN core.dim_region w ON w.kode_wilayah = x.kode_wilayah
GROUP BY x.alasan, r.urutan, r.keterangan, r.keterangan_en, x.kode_wilayah, w.nama;

-- Appraisals the transform set aside (core.appraisal_set_aside: loaded, but
-- not placeable in a known unit, so in no mart) per reason and region, with
-- the reason in Indonesian and English. Counts only: no NIP is selected.
SELECT x.alasan, r.keterangan, r.keterangan_en, coalesce(x.kode_wilayah, ''), coalesce(w.nama, ''), count(*)::BIGINT AS baris
FROM core.appraisal_set_aside x
JOIN core.ref_alasan_sisih r USING (alasan)
LEFT JOIN core.dim_region w ON w.kode_wilayah = x.kode_wilayah
GROUP BY x.alasan, r.urutan, r.keterangan, r.keterangan_en, x.kode_wilayah, w.nama
ORDER BY r.urutan, baris DESC, x.kode_wilayah NULLS LAST;

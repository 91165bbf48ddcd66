-- Appraisals the transform set aside (mart.set_aside_reason: loaded, but
-- not placeable in a known unit, so in no other mart) per reason and
-- region, with the reason in Indonesian and English. Counts only.
SELECT alasan, keterangan, keterangan_en, kode_wilayah, nama_wilayah, baris
FROM mart.set_aside_reason
ORDER BY urutan, baris DESC, kode_wilayah NULLS LAST;

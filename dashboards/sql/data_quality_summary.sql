-- The data-quality page's headline (mart.data_quality_summary, one row):
-- batches in force and their rows, appraisals set aside.
SELECT batch_berlaku, baris_dibaca, baris_karantina, penilaian_disisihkan
FROM mart.data_quality_summary;

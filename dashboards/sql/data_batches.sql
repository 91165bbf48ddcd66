-- One row per source batch (periode 'semua' of mart.data_quality), with the
-- batch's predikat contradictions (the mart counts them over its periods).
SELECT batch_id, source, kind, path, strftime(loaded_at, '%Y-%m-%d %H:%M') AS dimuat_pada,
       diganti_oleh, baris_dibaca, baris_dimuat, baris_karantina, alasan_karantina,
       predikat_kontradiksi
FROM mart.data_quality
WHERE periode = 'semua'
ORDER BY batch_id;

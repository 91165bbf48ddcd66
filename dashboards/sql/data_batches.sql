-- One row per source batch (periode 'semua' of mart.data_quality), with the
-- batch's predikat contradictions (the mart counts them over its periods).
SELECT batch_id, coalesce(source, ''), coalesce(kind, ''), coalesce(path, ''), strftime(loaded_at, '%Y-%m-%d %H:%M'),
       diganti_oleh, baris_dibaca, baris_dimuat, baris_karantina, coalesce(alasan_karantina, ''),
       coalesce(predikat_kontradiksi, 0)
FROM mart.data_quality
WHERE periode = 'semua'
ORDER BY batch_id;

-- One row per source batch (periode 'semua' of mart.data_quality), with its
-- predikat contradictions: the mart counts them on the batch's period rows
-- (its 'semua' row has none), so they are summed here.
SELECT b.batch_id, coalesce(b.source, ''), coalesce(b.kind, ''), coalesce(b.path, ''), strftime(b.loaded_at, '%Y-%m-%d %H:%M'),
       b.diganti_oleh, b.baris_dibaca, b.baris_dimuat, b.baris_karantina, coalesce(b.alasan_karantina, ''),
       coalesce((SELECT sum(p.predikat_kontradiksi) FROM mart.data_quality p
                 WHERE p.batch_id = b.batch_id AND p.periode <> 'semua'), 0)::BIGINT
FROM mart.data_quality b
WHERE b.periode = 'semua'
ORDER BY b.batch_id;

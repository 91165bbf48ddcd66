-- Rapor pegawai: JP per year, for every year with a training or a row in
-- mart.training_needs (a year with no training is 0 JP); the page compares
-- it with the 20 JP yearly minimum (PP 11/2017 as amended by PP 17/2020).
-- Parameter $1: the NIP.
WITH years AS (
    SELECT tahun FROM core.fact_training WHERE nip = $1
    UNION
    SELECT tahun FROM mart.training_needs WHERE nip = $1
)
SELECT y.tahun, coalesce(sum(t.jp), 0) AS jp, count(t.nip)::BIGINT AS pelatihan
FROM years y
LEFT JOIN core.fact_training t ON t.nip = $1 AND t.tahun = y.tahun
GROUP BY y.tahun
ORDER BY y.tahun;

-- 9-box counts per unit and year (no person is selected); kotak_9 NULL = incomplete.
SELECT kode_unit, kode_wilayah, tahun, coalesce(kotak_9, 0) AS kotak_9, count(*)::BIGINT AS pegawai
FROM mart.talent_pool
GROUP BY ALL
ORDER BY kode_wilayah, kode_unit, tahun, kotak_9;

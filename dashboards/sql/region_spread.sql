-- The quartiles across regions of % Sangat Baik and IKM per period
-- (mart.region_spread: computed over every region, small ones included).
SELECT periode, jenis_periode, tanggal_mulai,
       q1_persen_sangat_baik, median_persen_sangat_baik, q3_persen_sangat_baik,
       q1_ikm, median_ikm, q3_ikm
FROM mart.region_spread
ORDER BY jenis_periode, tanggal_mulai;

-- The spread of the units' % Sangat Baik per region and period, computed on
-- all units in mart.region_unit_spread (the page only picks the period).
SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai, unit_dinilai,
       p10_persen_sangat_baik, q1_persen_sangat_baik, median_persen_sangat_baik,
       q3_persen_sangat_baik, p90_persen_sangat_baik
FROM mart.region_unit_spread
ORDER BY kode_wilayah, jenis_periode, tanggal_mulai;

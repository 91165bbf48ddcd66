-- People rated di_bawah per BerAKHLAK value, per unit and year (counts only).
SELECT kode_unit, kode_wilayah, tahun, nilai, count(*)::BIGINT AS pegawai
FROM (SELECT kode_unit, kode_wilayah, tahun, trim(unnest(string_split(nilai_di_bawah, ','))) AS nilai
      FROM mart.training_needs WHERE nilai_di_bawah IS NOT NULL AND nilai_di_bawah <> '')
WHERE nilai <> ''
GROUP BY ALL
ORDER BY kode_wilayah, kode_unit, tahun, nilai;

-- BerAKHLAK shortfall per unit, value and period, values in the official order.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, nilai_berakhlak,
       coalesce(nama_nilai, nilai_berakhlak), dinilai, di_bawah, persen_di_bawah, di_atas, persen_di_atas
FROM mart.berakhlak_unit
ORDER BY kode_unit, jenis_periode, tanggal_mulai,
  CASE nilai_berakhlak WHEN 'berorientasi_pelayanan' THEN 1 WHEN 'akuntabel' THEN 2 WHEN 'kompeten' THEN 3
    WHEN 'harmonis' THEN 4 WHEN 'loyal' THEN 5 WHEN 'adaptif' THEN 6 WHEN 'kolaboratif' THEN 7 ELSE 8 END;

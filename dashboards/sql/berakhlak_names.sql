-- The name of each BerAKHLAK value of mart.berakhlak_unit.
SELECT nilai_berakhlak, coalesce(any_value(nama_nilai), nilai_berakhlak) AS nama_nilai
FROM mart.berakhlak_unit
GROUP BY nilai_berakhlak;

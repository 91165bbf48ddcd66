-- BerAKHLAK shortfall per region, period and value (mart.region_berakhlak:
-- the units' counts summed in the mart), what a unit page draws when most
-- of the unit's own figures are withheld.
SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai, nilai_berakhlak, dinilai, persen_di_bawah
FROM mart.region_berakhlak
ORDER BY kode_wilayah, jenis_periode, tanggal_mulai, nilai_berakhlak;

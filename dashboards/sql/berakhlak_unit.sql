-- BerAKHLAK shortfall per unit, value and period. Not sorted: the largest
-- mart (units x periods x 7 values), and sorting it took longer than
-- reading it; the pages order units and values themselves. The values'
-- names come from berakhlak_names.sql.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, nilai_berakhlak, dinilai, persen_di_bawah
FROM mart.berakhlak_unit;

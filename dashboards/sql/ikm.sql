-- IKM per unit and period.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, responden, ikm, mutu
FROM mart.ikm
ORDER BY kode_wilayah, kode_unit, jenis_periode, tanggal_mulai;

-- How many lenient raters each unit has per period (mart.unit_360's
-- penilai_lunak: the raters of mart.rater_calibration labelled lunak whose
-- unit it is). Counts only, no rater.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, penilai_lunak
FROM mart.unit_360
WHERE penilai_lunak > 0
ORDER BY kode_wilayah, tanggal_mulai DESC, kode_unit;
